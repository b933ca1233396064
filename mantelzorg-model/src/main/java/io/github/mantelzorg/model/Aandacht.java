package io.github.mantelzorg.model;

/**
 * Aandacht: the attention a professional gives to one SOFA role: none, little or enough (design choice after Movisie's
 * "veel of weinig"). A role not assessed is unknown: the field is left out ({@code Optional.empty()}).
 */
public enum Aandacht {
  /** Geen: no attention for this role. */
  GEEN,
  /** Weinig: little attention. */
  WEINIG,
  /** Voldoende: enough attention. */
  VOLDOENDE
}
