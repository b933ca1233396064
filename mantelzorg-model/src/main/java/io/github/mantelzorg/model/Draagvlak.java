package io.github.mantelzorg.model;

/**
 * Draagvlak: where support for a change exists (Movisies 2, 2019): nowhere, with management only, on the work floor
 * only, broadly.
 */
public enum Draagvlak {
  /** Geen: support nowhere. */
  GEEN,
  /** Alleen management: support from management only. */
  ALLEEN_MANAGEMENT,
  /** Alleen werkvloer: support on the work floor only. */
  ALLEEN_WERKVLOER,
  /** Breed: broad support. */
  BREED
}
