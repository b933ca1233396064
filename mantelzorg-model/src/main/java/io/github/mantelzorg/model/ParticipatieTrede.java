package io.github.mantelzorg.model;

/**
 * Rung of the participatieladder (Edelenbos e.a. 1998, used in MantelzorgNL, Werkboek 1 for current and desired
 * collaboration). Rung 0, no contact, is a design choice so that "not yet in touch" can be recorded.
 */
public enum ParticipatieTrede {
  /** Rung 0, geen contact: no contact. */
  GEEN_CONTACT,
  /** Rung 1, informeren: informing. */
  INFORMEREN,
  /** Rung 2, raadplegen: consulting. */
  RAADPLEGEN,
  /** Rung 3, adviseren: advising. */
  ADVISEREN,
  /** Rung 4, coproduceren: co-producing. */
  COPRODUCEREN,
  /** Rung 5, meebeslissen: co-deciding. */
  MEEBESLISSEN,
  /** Rung 6, zelfbeheer: self-management. */
  ZELFBEHEER;

  /**
   * The rung number, 0 to 6.
   *
   * @return the rung number
   */
  public int nummer() {
    return ordinal();
  }
}
