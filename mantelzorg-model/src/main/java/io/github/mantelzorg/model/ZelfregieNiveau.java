package io.github.mantelzorg.model;

/** Zelfregie level of one element: weak, moderate, strong or not known. No source gives a scored scale; three levels are a design choice (glossary 1.2). */
public enum ZelfregieNiveau {
  ZWAK, MATIG, STERK, ONBEKEND
}
