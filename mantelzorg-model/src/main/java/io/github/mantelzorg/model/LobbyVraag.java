package io.github.mantelzorg.model;

/** One of the seven questions of the stappenplan lokale lobby (MantelzorgNL, Werkboek 1). */
public enum LobbyVraag {
  /** Instantie: which body should do more for carers? */
  INSTANTIE,
  /** Wat anders: what should change there? */
  WAT_ANDERS,
  /** Bij wie: whom to approach? */
  BIJ_WIE,
  /** Boodschap: the message and its goal. */
  BOODSCHAP,
  /** Medestanders: allies. */
  MEDESTANDERS,
  /** Moment: the moment to bring the message. */
  MOMENT,
  /** Middel: the means. */
  MIDDEL
}
