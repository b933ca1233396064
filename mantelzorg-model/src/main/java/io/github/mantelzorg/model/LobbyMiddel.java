package io.github.mantelzorg.model;

/** Means of a lobby (MantelzorgNL, Werkboek 1): speak at the council, petition, media, lobby letter, debate. */
public enum LobbyMiddel {
  /** Spreken in de gemeenteraad: speaking at the municipal council. */
  SPREKEN_GEMEENTERAAD,
  /** Petitie: a petition. */
  PETITIE,
  /** Media: the media. */
  MEDIA,
  /** Lobbybrief: a lobby letter. */
  LOBBYBRIEF,
  /** Debat: a debate. */
  DEBAT
}
