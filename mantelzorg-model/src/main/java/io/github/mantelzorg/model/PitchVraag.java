package io.github.mantelzorg.model;

/**
 * One of the four questions an elevator pitch answers (MantelzorgNL, Werkboek 1): who you are and your expertise, the
 * organisation's added value, your own added value, ambitions.
 */
public enum PitchVraag {
  WIE_EN_EXPERTISE, MEERWAARDE_ORGANISATIE, MEERWAARDE_PERSOON, AMBITIES
}
