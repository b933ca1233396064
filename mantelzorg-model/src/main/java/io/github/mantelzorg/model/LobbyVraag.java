package io.github.mantelzorg.model;

/** One of the seven questions of the stappenplan lokale lobby (MantelzorgNL, Werkboek 1). */
public enum LobbyVraag {
  INSTANTIE, WAT_ANDERS, BIJ_WIE, BOODSCHAP, MEDESTANDERS, MOMENT, MIDDEL
}
