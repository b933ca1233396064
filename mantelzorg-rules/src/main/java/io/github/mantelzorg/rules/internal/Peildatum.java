package io.github.mantelzorg.rules.internal;

import java.time.LocalDate;

/**
 * Fact with the evaluation date of one session. Rules about the age of a measurement or an appreciation compare with
 * this date, never with the system clock.
 *
 * @param datum the evaluation date
 */
public record Peildatum(LocalDate datum) {
  /** Is {@code datum} more than {@code maanden} months before the evaluation date? */
  public boolean ouderDan(LocalDate dag, int maanden) {
    return dag.isBefore(datum.minusMonths(maanden));
  }

  /** Number of whole days from the evaluation date until {@code dag} (negative when {@code dag} is earlier). */
  public long dagenTot(LocalDate dag) {
    return java.time.temporal.ChronoUnit.DAYS.between(datum, dag);
  }
}
