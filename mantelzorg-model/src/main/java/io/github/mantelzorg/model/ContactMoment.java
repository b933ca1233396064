package io.github.mantelzorg.model;

/** Contact moment of a SOFA conversation: the start (kennismaking), daily practice, or the end of the care relationship. */
public enum ContactMoment {
  /** Beginfase: the start of the care relationship (kennismaking). */
  BEGINFASE,
  /** Dagelijkse praktijk: daily practice. */
  DAGELIJKSE_PRAKTIJK,
  /** Afronding: the end of the care relationship. */
  AFRONDING
}
