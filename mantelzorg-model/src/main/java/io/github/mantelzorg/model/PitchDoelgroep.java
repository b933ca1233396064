package io.github.mantelzorg.model;

/**
 * Audience of an elevator pitch (MantelzorgNL, Werkboek 1: carers want to hear something else than network partners).
 */
public enum PitchDoelgroep {
  /** Mantelzorgers: carers. */
  MANTELZORGERS,
  /** Netwerkpartners: network partners. */
  NETWERKPARTNERS,
  /** Gemeente: the municipality. */
  GEMEENTE,
  /** Werkgevers: employers. */
  WERKGEVERS
}
