package io.github.mantelzorg.model;

/**
 * Draagvlak: where support for a change exists (Movisies 2, 2019): nowhere, with management only, on the work floor
 * only, broadly.
 */
public enum Draagvlak {
  GEEN, ALLEEN_MANAGEMENT, ALLEEN_WERKVLOER, BREED
}
