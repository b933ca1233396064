package io.github.mantelzorg.model;

/** EDIZ-plus band: none (0), light (1-3), moderate (4-8), heavy (9-15), as published with the EDIZ-plus. */
public enum EdizPlusBand {
  GEEN, LICHT, MATIG, ZWAAR
}
