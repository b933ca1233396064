package io.github.mantelzorg.rules;

/**
 * Prioriteit: how urgent an advice is, as in the rule catalogue. Sorting by this enum puts the most urgent first.
 */
public enum Prioriteit {
  /** Critical: act now (e.g. a carer above the CSI cut-off). */
  KRITIEK,
  /** High. */
  HOOG,
  /** Medium. */
  MIDDEL,
  /** Low. */
  LAAG
}
