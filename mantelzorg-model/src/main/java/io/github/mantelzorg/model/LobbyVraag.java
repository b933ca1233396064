package io.github.mantelzorg.model;

/** One of the seven questions of the stappenplan lokale lobby (seed 004). */
public enum LobbyVraag {
  INSTANTIE, WAT_ANDERS, BIJ_WIE, BOODSCHAP, MEDESTANDERS, MOMENT, MIDDEL
}
