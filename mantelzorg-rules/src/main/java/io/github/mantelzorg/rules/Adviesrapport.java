package io.github.mantelzorg.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Adviesrapport: the outcome of one evaluation: the advice sorted by priority, then code, then subject; the open
 * questions (facts the record does not state that would decide a rule); the warnings (facts the evaluation left out);
 * the cards left out because a professional dismissed them (see {@link Terugkoppeling}); with the evaluation date, the language and the version of the rule base that produced it.
 *
 * @param adviezen the advice, most urgent first; the order does not depend on the order of the input lists
 * @param openVragen what to find out, sorted by subject and fact; at most one per fact and subject
 * @param waarschuwingen facts left out of this evaluation, sorted by path
 * @param afgewezen cards left out of {@code adviezen} because their newest feedback dismissed them while their facts
 *     (their {@link Advies#id() id}) are unchanged, in report order, each with that feedback; empty without feedback
 * @param peildatum the evaluation date
 * @param language the language of the texts
 * @param ruleBaseVersion version of the rule base, e.g. {@code 0.2.0 (105 rules)}
 */
public record Adviesrapport(List<Advies> adviezen, List<OpenVraag> openVragen, List<Waarschuwing> waarschuwingen,
    List<Advies> afgewezen, LocalDate peildatum, Language language, String ruleBaseVersion) {
  /**
   * Copies the lists; rejects nulls.
   *
   * @param adviezen the advice, most urgent first
   * @param openVragen what to find out, sorted by subject and fact
   * @param waarschuwingen facts left out of this evaluation, sorted by path
   * @param afgewezen cards left out of {@code adviezen} because feedback dismissed them and their facts are unchanged
   * @param peildatum the evaluation date
   * @param language the language of the texts
   * @param ruleBaseVersion version of the rule base
   */
  public Adviesrapport {
    adviezen = List.copyOf(adviezen);
    openVragen = List.copyOf(openVragen);
    waarschuwingen = List.copyOf(waarschuwingen);
    afgewezen = List.copyOf(afgewezen);
    Objects.requireNonNull(peildatum, "peildatum");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(ruleBaseVersion, "ruleBaseVersion");
  }

  /**
   * The codes of the advice, in report order.
   *
   * @return the codes
   */
  public List<String> codes() {
    return adviezen.stream().map(Advies::code).toList();
  }

  /**
   * The advice with this code.
   *
   * @param code a rule code, e.g. {@code BL-01}
   * @return the advice with this code, in report order; empty when none
   */
  public List<Advies> met(String code) {
    return adviezen.stream().filter(a -> a.code().equals(code)).toList();
  }

  /**
   * The open questions that would decide this rule code.
   *
   * @param code a rule code, e.g. {@code BL-01}
   * @return the open questions; empty when none
   */
  public List<OpenVraag> vragenVoor(String code) {
    return openVragen.stream().filter(v -> v.codes().contains(code)).toList();
  }

  /**
   * Number of advice per priority.
   *
   * @return the number of advice per priority
   */
  public Map<Prioriteit, Long> perPrioriteit() {
    Map<Prioriteit, Long> m = new TreeMap<>();
    adviezen.forEach(a -> m.merge(a.prioriteit(), 1L, Long::sum));
    return m;
  }
}
