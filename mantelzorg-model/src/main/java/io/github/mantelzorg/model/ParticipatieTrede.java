package io.github.mantelzorg.model;

/**
 * Rung of the participatieladder (Edelenbos e.a. 1998, used in MantelzorgNL, Werkboek 1 for current and desired
 * collaboration). Rung 0, no contact, is a design choice so that "not yet in touch" can be recorded.
 */
public enum ParticipatieTrede {
  GEEN_CONTACT, INFORMEREN, RAADPLEGEN, ADVISEREN, COPRODUCEREN, MEEBESLISSEN, ZELFBEHEER;

  /** The rung number, 0 to 6. */
  public int nummer() {
    return ordinal();
  }
}
