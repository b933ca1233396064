package io.github.mantelzorg.model;

/**
 * Moment for a lobby message (MantelzorgNL, Werkboek 1): Dag van de Mantelzorg, Week van de Jonge Mantelzorger, a media
 * story, elections.
 */
public enum LobbyMoment {
  /** Dag van de Mantelzorg: Carers' Day. */
  DAG_VAN_DE_MANTELZORG,
  /** Week van de Jonge Mantelzorger: Young Carers' Week. */
  WEEK_VAN_DE_JONGE_MANTELZORGER,
  /** Media-aanleiding: a story in the media. */
  MEDIA_AANLEIDING,
  /** Verkiezingen: elections. */
  VERKIEZINGEN
}
