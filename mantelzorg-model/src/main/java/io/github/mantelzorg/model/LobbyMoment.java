package io.github.mantelzorg.model;

/**
 * Moment for a lobby message (MantelzorgNL, Werkboek 1): Dag van de Mantelzorg, Week van de Jonge Mantelzorger, a media
 * story, elections.
 */
public enum LobbyMoment {
  DAG_VAN_DE_MANTELZORG, WEEK_VAN_DE_JONGE_MANTELZORGER, MEDIA_AANLEIDING, VERKIEZINGEN
}
