package io.github.mantelzorg.model;

/**
 * Source a vision on carer support builds on (MantelzorgNL, Werkboek 1): the municipality's vision, the organisation's
 * own vision, a joint conversation.
 */
public enum VisieBron {
  /** Gemeente: the municipality's vision. */
  GEMEENTE,
  /** Eigen organisatie: the organisation's own vision. */
  EIGEN_ORGANISATIE,
  /** Gezamenlijk gesprek: a joint conversation. */
  GEZAMENLIJK_GESPREK
}
