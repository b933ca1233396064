package io.github.mantelzorg.model;

/** EDIZ-plus band: none (0), light (1-3), moderate (4-8), heavy (9-15), as published with the EDIZ-plus. */
public enum EdizPlusBand {
  /** Geen: no burden (score 0). */
  GEEN,
  /** Licht: light burden (1-3). */
  LICHT,
  /** Matig: moderate burden (4-8). */
  MATIG,
  /** Zwaar: heavy burden (9-15). */
  ZWAAR
}
