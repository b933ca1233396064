package io.github.mantelzorg.rules;

/** Adviesmodel: the model or topic a rule belongs to; each has one DRL file. */
public enum Adviesmodel {
  /** Zelfregie: eigenaarschap, eigen kracht, motivatie, contacten. */
  ZELFREGIE,
  /** SOFA: working with carers along their four roles. */
  SOFA,
  /** WIFA: working with volunteers. */
  WIFA,
  /** Belasting: caregiver burden (CSI, EDIZ, EDIZ-plus, 10-minutencheck). */
  BELASTING,
  /** Respijt: respite care. */
  RESPIJT,
  /** Netwerk: MantelScan, Een Sterk Sociaal Netwerk, vraagverlegenheid. */
  NETWERK,
  /** Samenwerking: local partnership and learning practice. */
  SAMENWERKING,
  /** Positionering: vision, elevator pitch, lobby. */
  POSITIONERING,
  /** Ervaringsdeskundigheid, draagvlak and lerende netwerken. */
  ERVARINGSDESKUNDIGHEID,
  /** ZRM: Zelfredzaamheid-Matrix. */
  ZRM,
  /** Gecombineerd: rules that combine several models. */
  GECOMBINEERD
}
