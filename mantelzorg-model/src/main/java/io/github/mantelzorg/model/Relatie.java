package io.github.mantelzorg.model;

/**
 * Relatie: the social relationship between a carer or contact and the person cared for (Movisie 2013: the care grows
 * out of an existing relationship).
 */
public enum Relatie {
  /** Partner: spouse or partner. */
  PARTNER,
  /** Kind: child. */
  KIND,
  /** Ouder: parent. */
  OUDER,
  /** Broer, zus: brother or sister. */
  BROER_ZUS,
  /** Ander familielid: another relative. */
  ANDER_FAMILIELID,
  /** Vriend: friend. */
  VRIEND,
  /** Buur: neighbour. */
  BUUR,
  /** Kennis: acquaintance. */
  KENNIS
}
