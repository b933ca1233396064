package io.github.mantelzorg.rules.feiten;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Fact with the evaluation date of one session, and the date arithmetic the rules use. Rules about the age of a
 * measurement or an appreciation compare with this date, never with the system clock.
 *
 * @param datum the evaluation date
 */
public record Peildatum(LocalDate datum) {
  /**
   * Is {@code dag} more than {@code maanden} months before the evaluation date?
   *
   * @param dag the day
   * @param maanden the number of months
   * @return whether {@code dag} is that old
   */
  public boolean ouderDan(LocalDate dag, int maanden) {
    return dag.isBefore(datum.minusMonths(maanden));
  }

  /**
   * Whole days from {@code dag} to the evaluation date (positive when {@code dag} is earlier).
   *
   * @param dag the day
   * @return the number of days; negative when {@code dag} is later
   */
  public long dagenSinds(LocalDate dag) {
    return ChronoUnit.DAYS.between(dag, datum);
  }
}
