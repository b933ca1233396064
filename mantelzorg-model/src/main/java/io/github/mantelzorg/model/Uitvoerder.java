package io.github.mantelzorg.model;

/** Who delivers respite care: a professional or a volunteer. */
public enum Uitvoerder {
  BEROEPSKRACHT, VRIJWILLIGER
}
