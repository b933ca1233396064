package io.github.mantelzorg.model;

/** Respijtvorm: the form of respite care (time off for the carer). */
public enum RespijtVorm {
  /** Dagopvang: day care. */
  DAGOPVANG,
  /** Logeerzorg: short-stay care. */
  LOGEERZORG,
  /** Respijt thuis: respite at home. */
  RESPIJT_THUIS,
  /** Vakantieopvang: holiday care. */
  VAKANTIEOPVANG,
  /** Tijdelijk verblijf: temporary stay. */
  TIJDELIJK_VERBLIJF,
  /** Time-out: a break for the carer. */
  TIME_OUT
}
