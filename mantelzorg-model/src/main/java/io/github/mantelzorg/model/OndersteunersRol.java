package io.github.mantelzorg.model;

/**
 * Own role of a mantelzorgondersteuner (MantelzorgNL, Werkboek 1, step 1): carer supporter, advocate or centre of
 * expertise.
 */
public enum OndersteunersRol {
  /** Mantelzorgondersteuner: carer supporter. */
  MANTELZORGONDERSTEUNER,
  /** Belangenbehartiger: advocate. */
  BELANGENBEHARTIGER,
  /** Expertisecentrum: centre of expertise. */
  EXPERTISECENTRUM
}
