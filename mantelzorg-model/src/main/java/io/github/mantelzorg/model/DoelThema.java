package io.github.mantelzorg.model;

/**
 * Theme of a partnership goal, so rules can recognise respite goals (Movisies 1, 2022) and the Land van Cuijk themes.
 */
public enum DoelThema {
  /** Respijtzorg: respite care. */
  RESPIJTZORG,
  /** Logeerzorg: short-stay care, a form of respite. */
  LOGEERZORG,
  /** Herkennen en erkennen: recognising and acknowledging carers. */
  HERKENNEN_EN_ERKENNEN,
  /** Mantelzorg en werk: caring and work. */
  MANTELZORG_EN_WERK,
  /** Mantelzorg en wonen: caring and housing. */
  MANTELZORG_EN_WONEN,
  /** Jonge mantelzorgers: young carers. */
  JONGE_MANTELZORGERS,
  /** Informele zorg: informal care. */
  INFORMELE_ZORG,
  /** Samenwerking: collaboration. */
  SAMENWERKING,
  /** Overig: another theme. */
  OVERIG
}
