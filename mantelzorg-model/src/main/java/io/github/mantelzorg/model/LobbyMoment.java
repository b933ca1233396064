package io.github.mantelzorg.model;

/** Moment for a lobby message (seed 004): Dag van de Mantelzorg, Week van de Jonge Mantelzorger, a media story, elections. */
public enum LobbyMoment {
  DAG_VAN_DE_MANTELZORG, WEEK_VAN_DE_JONGE_MANTELZORGER, MEDIA_AANLEIDING, VERKIEZINGEN
}
