package io.github.mantelzorg.model;

/** Respondent group of the Samenspelscan (Movisie 2013): clients, carers, staff, others involved. */
public enum Respondent {
  /** Cliënt: clients. */
  CLIENT,
  /** Mantelzorger: carers. */
  MANTELZORGER,
  /** Medewerker: staff. */
  MEDEWERKER,
  /** Overig: others involved. */
  OVERIG
}
