package io.github.mantelzorg.model;

/** Respondent group of the Samenspelscan (seed 002): clients, carers, staff, others involved. */
public enum Respondent {
  CLIENT, MANTELZORGER, MEDEWERKER, OVERIG
}
