package io.github.mantelzorg.model;

/** Draagvlak: where support for a change exists (seed 000): nowhere, with management only, on the work floor only, broadly. */
public enum Draagvlak {
  GEEN, ALLEEN_MANAGEMENT, ALLEEN_WERKVLOER, BREED
}
