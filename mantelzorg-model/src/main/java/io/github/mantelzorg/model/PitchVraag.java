package io.github.mantelzorg.model;

/**
 * One of the four questions an elevator pitch answers (MantelzorgNL, Werkboek 1): who you are and your expertise, the
 * organisation's added value, your own added value, ambitions.
 */
public enum PitchVraag {
  /** Wie en expertise: who you are and your expertise. */
  WIE_EN_EXPERTISE,
  /** Meerwaarde organisatie: the organisation's added value. */
  MEERWAARDE_ORGANISATIE,
  /** Meerwaarde persoon: your own added value. */
  MEERWAARDE_PERSOON,
  /** Ambities: ambitions. */
  AMBITIES
}
