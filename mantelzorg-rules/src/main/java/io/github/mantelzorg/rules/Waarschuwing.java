package io.github.mantelzorg.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Waarschuwing: a fact of the record that the evaluation left out, with why: a measurement, assessment or event dated
 * after the evaluation date does not exist yet on that date.
 *
 * @param pad the JSON path of the fact, e.g. {@code zorgnetwerken[0].mantelzorgers[0].belasting[1]}
 * @param datum the date of the fact
 * @param reden why it was left out, in the report's language
 */
public record Waarschuwing(String pad, LocalDate datum, String reden) {
  /**
   * Rejects nulls.
   *
   * @param pad the JSON path of the fact
   * @param datum the date of the fact
   * @param reden why it was left out, in the report's language
   */
  public Waarschuwing {
    Objects.requireNonNull(pad, "pad");
    Objects.requireNonNull(datum, "datum");
    Objects.requireNonNull(reden, "reden");
  }
}
