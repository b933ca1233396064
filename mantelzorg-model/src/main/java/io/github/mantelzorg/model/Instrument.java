package io.github.mantelzorg.model;

import java.util.Comparator;

/**
 * Belastingsinstrument: the instrument with which a carer's burden was measured.
 *
 * <p>When two measurements with different instruments share a day, the one that says most counts as the newer:
 * {@link #NIEUWSTE_EERST} orders by date, then by {@link #voorrang()}: EDIZ-plus (15 items, published cut-off), CSI
 * (13 items, published cut-off), 10-minutencheck (outcome only, its cut-off is not published), EDIZ (no cut-off).
 */
public enum Instrument {
  /** EDIZ, 9 statements; no published cut-off. */
  EDIZ(4),
  /** EDIZ-plus, 0-15; 9 or more is heavy burden. */
  EDIZ_PLUS(1),
  /** Caregiver Strain Index, 0-13 yes answers; 7 or more is overload. */
  CSI(2),
  /** 10-minutencheck (Leiden); outcome only. */
  TIEN_MINUTENCHECK(3);

  private final int voorrang;

  Instrument(int voorrang) {
    this.voorrang = voorrang;
  }

  /**
   * Rank on a same-day tie: 1 wins over 2 and so on.
   *
   * @return the rank, 1 to 4
   */
  public int voorrang() {
    return voorrang;
  }

  /** Newest first; on the same day the instrument with the better {@link #voorrang()} first. A total order. */
  public static final Comparator<Belastingmeting> NIEUWSTE_EERST = Comparator
      .comparing(Belastingmeting::datum, Comparator.reverseOrder())
      .thenComparingInt(b -> b.instrument().voorrang());
}
