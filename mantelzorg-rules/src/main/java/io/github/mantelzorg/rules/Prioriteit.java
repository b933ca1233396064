package io.github.mantelzorg.rules;

/**
 * Prioriteit: how urgent an advice is, as in the rule catalogue. Sorting by this enum puts the most urgent first.
 */
public enum Prioriteit {
  /** Kritiek: critical, act now (e.g. a carer above the CSI cut-off). */
  KRITIEK("KRITIEK", "CRITICAL"),
  /** Hoog: high. */
  HOOG("HOOG", "HIGH"),
  /** Middel: medium. */
  MIDDEL("MIDDEL", "MEDIUM"),
  /** Laag: low. */
  LAAG("LAAG", "LOW");

  private final String nl;
  private final String en;

  Prioriteit(String nl, String en) {
    this.nl = nl;
    this.en = en;
  }

  /**
   * The label a reader sees, in the given language (e.g. {@code HOOG} or {@code HIGH}).
   *
   * @param taal the language
   * @return the label
   */
  public String label(Language taal) {
    return taal == Language.EN ? en : nl;
  }
}
