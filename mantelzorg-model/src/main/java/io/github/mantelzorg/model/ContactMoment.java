package io.github.mantelzorg.model;

/** Contact moment of a SOFA conversation: the start (kennismaking), daily practice, or the end of the care relationship. */
public enum ContactMoment {
  BEGINFASE, DAGELIJKSE_PRAKTIJK, AFRONDING
}
