package io.github.mantelzorg.model;

/** Who delivers respite care: a professional or a volunteer. */
public enum Uitvoerder {
  /** Beroepskracht: a professional. */
  BEROEPSKRACHT,
  /** Vrijwilliger: a volunteer. */
  VRIJWILLIGER
}
