package io.github.mantelzorg.model;

/** Attention a professional gives to one SOFA role: none, little, enough or not known (design choice after Movisie's "veel of weinig"). */
public enum Aandacht {
  GEEN, WEINIG, VOLDOENDE, ONBEKEND
}
