package io.github.mantelzorg.model;

/** Respijtvorm: the form of respite care (time off for the carer). */
public enum RespijtVorm {
  DAGOPVANG, LOGEERZORG, RESPIJT_THUIS, VAKANTIEOPVANG, TIJDELIJK_VERBLIJF, TIME_OUT
}
