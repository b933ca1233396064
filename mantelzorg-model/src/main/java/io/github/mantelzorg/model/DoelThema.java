package io.github.mantelzorg.model;

/**
 * Theme of a partnership goal, so rules can recognise respite goals (Movisies 1, 2022) and the Land van Cuijk themes.
 */
public enum DoelThema {
  RESPIJTZORG, LOGEERZORG, HERKENNEN_EN_ERKENNEN, MANTELZORG_EN_WERK, MANTELZORG_EN_WONEN, JONGE_MANTELZORGERS, INFORMELE_ZORG, SAMENWERKING, OVERIG
}
