package io.github.mantelzorg.model;

/** Belastingsinstrument: the instrument with which a carer's burden was measured. */
public enum Instrument {
  EDIZ, EDIZ_PLUS, CSI, TIEN_MINUTENCHECK
}
