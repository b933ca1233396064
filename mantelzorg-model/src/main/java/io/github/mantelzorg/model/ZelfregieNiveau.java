package io.github.mantelzorg.model;

/**
 * ZelfregieNiveau: the level of one zelfregie element: weak, moderate or strong. No source gives a scored scale; three
 * levels are a design choice (glossary 1.2). An element not assessed is unknown: the field is left out.
 */
public enum ZelfregieNiveau {
  /** Zwak: weak. */
  ZWAK,
  /** Matig: moderate. */
  MATIG,
  /** Sterk: strong. */
  STERK
}
