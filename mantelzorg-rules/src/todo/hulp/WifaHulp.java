package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.model.Beroepskracht;
import io.github.mantelzorg.model.Vrijwilliger;
import io.github.mantelzorg.model.WifaAspect;
import io.github.mantelzorg.model.WifaProfiel;
import io.github.mantelzorg.model.WifaStatus;
import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/** Helper functions for the WIFA rules (wifa.drl). Stateless; safe from any thread. */
public final class WifaHulp {
  private WifaHulp() {}

  /**
   * The status of one WIFA aspect for a volunteer, {@link WifaStatus#ONBEKEND} when no profile was assessed.
   *
   * @param v the volunteer
   * @param aspect the aspect
   * @return the status
   */
  public static WifaStatus status(Vrijwilliger v, WifaAspect aspect) {
    return v.wifa().map(w -> w.status(aspect)).orElse(WifaStatus.ONBEKEND);
  }

  /**
   * The tasks the volunteer shares with the given professionals, trimmed, lower-case and sorted, compared as
   * {@link Vrijwilliger#deeltTaakMet} does.
   *
   * @param v the volunteer
   * @param beroepskrachten professionals (other objects are skipped)
   * @return the shared tasks, sorted and joined with ", ", or "-" when none
   */
  public static String gedeeldeTaken(Vrijwilliger v, Collection<?> beroepskrachten) {
    TreeSet<String> out = new TreeSet<>();
    for (Object o : beroepskrachten) {
      if (o instanceof Beroepskracht b) {
        for (String t : v.taken()) {
          if (b.taken().stream().anyMatch(a -> a.trim().equalsIgnoreCase(t.trim()))) {
            out.add(t.trim().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return out.isEmpty() ? "-" : String.join(", ", out);
  }

  /**
   * Is the volunteer's last appreciation overdue (WF-02)? Yes when the WIFA aspect Waarderen is ONVOLDOENDE, when
   * the last appreciation lies more than {@code maanden} months before the evaluation date, or when no
   * appreciation is recorded and Waarderen was not assessed as OK (an explicit OK without a date is taken at its
   * word).
   *
   * @param w the WIFA profile
   * @param peildatum the evaluation date
   * @param maanden the term in months
   * @return true when appreciation is due
   */
  public static boolean waarderingNodig(WifaProfiel w, Peildatum peildatum, int maanden) {
    if (w.waarderen() == WifaStatus.ONVOLDOENDE) {
      return true;
    }
    return w.laatsteWaardering().map(d -> peildatum.ouderDan(d, maanden)).orElse(w.waarderen() != WifaStatus.OK);
  }

  /**
   * Is an intake or evaluation due (WF-03)? Yes without an intake, or when the last evaluation lies more than
   * {@code maanden} months before the evaluation date. A missing evaluation alone does not count: the model has no
   * start date of the volunteer, so a volunteer who just had the intake cannot be told from one never evaluated.
   *
   * @param w the WIFA profile
   * @param peildatum the evaluation date
   * @param maanden the term in months
   * @return true when an intake or evaluation is due
   */
  public static boolean intakeOfEvaluatieNodig(WifaProfiel w, Peildatum peildatum, int maanden) {
    return !w.intakeGehad() || w.laatsteEvaluatie().map(d -> peildatum.ouderDan(d, maanden)).orElse(false);
  }
}
