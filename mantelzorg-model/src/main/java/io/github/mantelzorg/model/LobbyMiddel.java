package io.github.mantelzorg.model;

/** Means of a lobby (MantelzorgNL, Werkboek 1): speak at the council, petition, media, lobby letter, debate. */
public enum LobbyMiddel {
  SPREKEN_GEMEENTERAAD, PETITIE, MEDIA, LOBBYBRIEF, DEBAT
}
