package io.github.mantelzorg.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Adviesrapport: the outcome of one evaluation: the advice sorted by priority, then code, then context and subject,
 * with the evaluation date, the language and the version of the rule base that produced it.
 *
 * @param adviezen the advice, most urgent first; the order does not depend on the order of the input lists
 * @param peildatum the evaluation date the rules used for ages of measurements and appreciations
 * @param taal the language of the texts
 * @param regelbasisVersie version of the rule base, e.g. {@code 0.1.0 (98 rules)}
 */
public record Adviesrapport(List<Advies> adviezen, LocalDate peildatum, Taal taal, String regelbasisVersie) {
  /** Copies the list; rejects nulls. */
  public Adviesrapport {
    adviezen = List.copyOf(adviezen);
    Objects.requireNonNull(peildatum, "peildatum");
    Objects.requireNonNull(taal, "taal");
    Objects.requireNonNull(regelbasisVersie, "regelbasisVersie");
  }

  /** The codes of the advice, in report order (a code appears once per advice). */
  public List<String> codes() {
    return adviezen.stream().map(Advies::code).toList();
  }

  /** The advice with this code. */
  public List<Advies> met(String code) {
    return adviezen.stream().filter(a -> a.code().equals(code)).toList();
  }

  /** Number of advice per priority. */
  public Map<Prioriteit, Long> perPrioriteit() {
    Map<Prioriteit, Long> m = new TreeMap<>();
    adviezen.forEach(a -> m.merge(a.prioriteit(), 1L, Long::sum));
    return m;
  }
}
