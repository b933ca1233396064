package io.github.mantelzorg.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Vergelijking: what changed between two states of the same care network, partnership or case, each evaluated on its
 * own date ({@link AdviesEngine#compare(io.github.mantelzorg.model.Zorgnetwerk, LocalDate,
 * io.github.mantelzorg.model.Zorgnetwerk, LocalDate)}): the advice resolved, new and persisting, the measured changes
 * behind them, and the open questions that closed or opened.
 *
 * <p>A card's identity across the two states is its code and its subject (the first of {@code betreft}, as a report
 * has one card per code and subject); the other ids a card concerns, its facts and its words may differ. A card whose
 * facts changed persists with a new {@link Advies#id() id}. A card that a more specific new card now replaces counts
 * as resolved: {@link #vervangenDoor(Advies)} finds the card that replaces it.
 *
 * @param opgelost resolved: cards of the old state with no card of the same code and subject in the new state, in the
 *     old report's order
 * @param nieuw new: cards of the new state with no card of the same code and subject in the old state, in report order
 * @param blijvend persisting: the new state's card for each code and subject that has a card in both, in report order
 * @param veranderingen the measured changes, by context, then burden, rung and step, then subject
 * @param vervallenVragen open questions of the old state (by fact and subject) that the new state no longer asks:
 *     answered, or no longer deciding a rule
 * @param nieuweVragen open questions of the new state that the old state did not ask
 * @param rapportOud the report of the old state
 * @param rapportNieuw the report of the new state
 */
public record Vergelijking(List<Advies> opgelost, List<Advies> nieuw, List<Advies> blijvend,
    List<Verandering> veranderingen, List<OpenVraag> vervallenVragen, List<OpenVraag> nieuweVragen,
    Adviesrapport rapportOud, Adviesrapport rapportNieuw) {
  /**
   * Copies the lists; rejects nulls.
   *
   * @param opgelost the old state's cards resolved in the new state
   * @param nieuw the new state's cards that the old state did not have
   * @param blijvend the new state's cards that the old state had too
   * @param veranderingen the measured changes, by context, then burden, rung and step, then subject
   * @param vervallenVragen open questions of the old state
   * @param nieuweVragen open questions of the new state that the old state did not ask
   * @param rapportOud the report of the old state
   * @param rapportNieuw the report of the new state
   */
  public Vergelijking {
    opgelost = List.copyOf(opgelost);
    nieuw = List.copyOf(nieuw);
    blijvend = List.copyOf(blijvend);
    veranderingen = List.copyOf(veranderingen);
    vervallenVragen = List.copyOf(vervallenVragen);
    nieuweVragen = List.copyOf(nieuweVragen);
    Objects.requireNonNull(rapportOud, "rapportOud");
    Objects.requireNonNull(rapportNieuw, "rapportNieuw");
  }

  /**
   * The evaluation date of the old state.
   *
   * @return the date
   */
  public LocalDate oudeDatum() {
    return rapportOud.peildatum();
  }

  /**
   * The evaluation date of the new state.
   *
   * @return the date
   */
  public LocalDate nieuweDatum() {
    return rapportNieuw.peildatum();
  }

  /**
   * The language of the texts.
   *
   * @return the language
   */
  public Language language() {
    return rapportNieuw.language();
  }

  /**
   * The version of the rule base that evaluated both states.
   *
   * @return the version
   */
  public String ruleBaseVersion() {
    return rapportNieuw.ruleBaseVersion();
  }

  /**
   * Does nothing differ: no card resolved or new, no measured change, no question closed or opened?
   *
   * @return whether nothing differs
   */
  public boolean ongewijzigd() {
    return opgelost.isEmpty() && nieuw.isEmpty() && veranderingen.isEmpty() && vervallenVragen.isEmpty()
        && nieuweVragen.isEmpty();
  }

  /**
   * The old state's card with the same code and subject as {@code kaart} (for a persisting card: how it was).
   *
   * @param kaart a card of the new state
   * @return the old state's card, or empty when it had none
   */
  public Optional<Advies> eerder(Advies kaart) {
    return rapportOud.adviezen().stream()
        .filter(a -> a.code().equals(kaart.code()) && a.onderwerp().equals(kaart.onderwerp())).findFirst();
  }

  /**
   * The new state's card that replaces a resolved card: one whose {@link Advies#vervangt()} names its code and that
   * concerns one of the same ids.
   *
   * @param opgelostKaart a resolved card
   * @return the card that replaces it, or empty
   */
  public Optional<Advies> vervangenDoor(Advies opgelostKaart) {
    return rapportNieuw.adviezen().stream().filter(a -> a.vervangt().contains(opgelostKaart.code())
        && !Collections.disjoint(a.betreft(), opgelostKaart.betreft())).findFirst();
  }
}
