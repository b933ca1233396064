package io.github.mantelzorg.model;

/** The 13 yes/no items of the Caregiver Strain Index (Dutch version, Schure et al. 1995). */
public enum CsiItem {
  /** Slaap verstoord: the carer's sleep is disturbed. */
  SLAAP_VERSTOORD,
  /** Kost moeite en tijd: caring takes effort and time. */
  KOST_MOEITE_EN_TIJD,
  /** Lichamelijk zwaar: caring is physically heavy. */
  LICHAMELIJK_ZWAAR,
  /** Beperkt andere activiteiten: caring restricts other activities. */
  BEPERKT_ANDERE_ACTIVITEITEN,
  /** Dagritme aangepast: the daily routine has had to be adjusted. */
  DAGRITME_AANGEPAST,
  /** Plannen gewijzigd: personal plans have had to change. */
  PLANNEN_GEWIJZIGD,
  /** Andere eisen aan tijd: there are other demands on the carer's time. */
  ANDERE_EISEN_AAN_TIJD,
  /** Emotioneel anders tegen elkaar: carer and cared-for feel differently about each other. */
  EMOTIONEEL_ANDERS_TEGEN_ELKAAR,
  /** Gedrag maakt van streek: the behaviour of the person cared for is upsetting. */
  GEDRAG_MAAKT_VAN_STREEK,
  /** Ander persoon geworden: the person cared for has become a different person. */
  ANDER_PERSOON_GEWORDEN,
  /** Werk aangepast: the carer's work has had to be adjusted. */
  WERK_AANGEPAST,
  /** Volledig opgeslokt: the carer feels completely swallowed up by the care. */
  VOLLEDIG_OPGESLOKT,
  /** Financiële druk: caring is a financial strain. */
  FINANCIELE_DRUK
}
