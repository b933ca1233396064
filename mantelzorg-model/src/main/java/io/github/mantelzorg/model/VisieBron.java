package io.github.mantelzorg.model;

/**
 * Source a vision on carer support builds on (MantelzorgNL, Werkboek 1): the municipality's vision, the organisation's
 * own vision, a joint conversation.
 */
public enum VisieBron {
  GEMEENTE, EIGEN_ORGANISATIE, GEZAMENLIJK_GESPREK
}
