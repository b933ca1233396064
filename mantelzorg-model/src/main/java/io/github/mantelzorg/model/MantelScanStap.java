package io.github.mantelzorg.model;

/** The five steps of the MantelScan (Expertisecentrum Mantelzorg, 2012). */
public enum MantelScanStap {
  /** 1: get to know the family with a genogram. */
  GENOGRAM,
  /** 2: eight questions about the care situation. */
  ZORGSITUATIE_ACHT_VRAGEN,
  /** 3: the burden of the carers, measured with the EDIZ. */
  BELASTING_EDIZ,
  /** 4: an ecomap of the care network. */
  ECOMAP,
  /** 5: conclusion and advice matching what carers can, know and want. */
  ADVIES;

  /**
   * The step number, 1 to 5.
   *
   * @return the step number
   */
  public int nummer() {
    return ordinal() + 1;
  }
}
