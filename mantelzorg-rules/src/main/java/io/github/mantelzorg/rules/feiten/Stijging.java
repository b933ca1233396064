package io.github.mantelzorg.rules.feiten;

import io.github.mantelzorg.model.Instrument;
import java.time.LocalDate;

/**
 * A fact value: the burden on one instrument rose from one measurement to the next. The text layer words it, e.g.
 * "CSI 4 (2026-09-01) → 6 (2026-11-01)"; an EDIZ-plus score is shown with its band.
 *
 * @param instrument the instrument
 * @param van the earlier score
 * @param vanDatum its date
 * @param naar the newer score
 * @param naarDatum its date
 */
public record Stijging(Instrument instrument, int van, LocalDate vanDatum, int naar, LocalDate naarDatum) implements Comparable<Stijging> {
  @Override
  public int compareTo(Stijging o) {
    return instrument.compareTo(o.instrument);
  }
}
