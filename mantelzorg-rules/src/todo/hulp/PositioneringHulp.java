package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.model.Drempels;
import io.github.mantelzorg.model.ElevatorPitch;
import io.github.mantelzorg.model.LobbyMoment;
import io.github.mantelzorg.model.Organisatie;
import io.github.mantelzorg.model.OrganisatieType;
import io.github.mantelzorg.model.LobbyPlan;
import io.github.mantelzorg.model.PitchVraag;
import io.github.mantelzorg.model.Positionering;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Visie;
import io.github.mantelzorg.model.VisieBron;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Helpers for the positioning rules (positionering.drl, seed 004): which pitch questions are still open and whether
 * a lobby moment is near.
 */
public final class PositioneringHulp {
  private PositioneringHulp() {}

  /**
   * A lobby moment that is near: the Dag van de Mantelzorg or the local elections.
   *
   * @param moment which moment
   * @param datum its date
   * @param dagen whole days from the evaluation date until it (0 on the day itself)
   */
  public record LobbyKans(LobbyMoment moment, LocalDate datum, long dagen) {}

  /**
   * The sources of the partnership's shared vision; empty when there is no vision.
   *
   * @param v the partnership
   * @return the sources
   */
  public static Set<VisieBron> visieBronnen(Samenwerkingsverband v) {
    return v.visie().map(Visie::bronnen).orElse(Set.of());
  }

  /**
   * A collection for an explanation: empty becomes {@link Optional#empty()}, which the texts show as "-" instead of
   * nothing.
   *
   * @param c the collection
   * @return the collection, or empty when it has no elements
   */
  public static Optional<Collection<?>> nietLeeg(Collection<?> c) {
    return c.isEmpty() ? Optional.empty() : Optional.of(c);
  }

  /**
   * Is this member the carer-support organisation whose own vision counts (VP-02)? When the partnership describes
   * its positioning, only the positioning organisation is meant: seed 004 addresses the mantelzorgondersteuner, not
   * every partner. Without a positioning the rule falls back to the members that typically do carer support: the
   * Steunpunt Mantelzorg and welfare organisations.
   *
   * @param v the partnership
   * @param o a member
   * @return true when {@code o} is the organisation that should have its own vision on carer support
   */
  public static boolean mantelzorgondersteuner(Samenwerkingsverband v, Organisatie o) {
    if (v.positionering().isPresent()) {
      return v.positionering().get().organisatie().equals(o.id());
    }
    return o.type() == OrganisatieType.MANTELZORGSTEUNPUNT || o.type() == OrganisatieType.WELZIJNSORGANISATIE;
  }

  /**
   * The number of guiding principles to check against five to eight (VP-03), or {@code null} when there is nothing to
   * check. With a vision it is the vision's count. Without a vision but with a described positioning it is 0: the
   * carer-support organisation is working on its position, and seed 004 puts the principles in the vision it should
   * build (scenario S8 expects VP-03 with no vision). Without either, VP-01 and VP-02 already ask for a vision first.
   *
   * @param v the partnership
   * @return the count, or {@code null}
   */
  public static Integer aantalLeidendePrincipes(Samenwerkingsverband v) {
    if (v.visie().isPresent()) {
      return v.visie().get().leidendePrincipes().size();
    }
    return v.positionering().isPresent() ? 0 : null;
  }

  /**
   * The questions that the most complete pitch leaves unanswered; all four when there is no pitch. The most complete
   * pitch is reported because "write one pitch that answers everything" is the advice, not "fix every pitch".
   *
   * @param p the positioning
   * @return the open questions, in the order of {@link PitchVraag}
   */
  public static Set<PitchVraag> ontbrekendeVragen(Positionering p) {
    Set<PitchVraag> open = EnumSet.allOf(PitchVraag.class);
    p.pitches().stream()
        .max(Comparator.comparingInt((ElevatorPitch e) -> e.beantwoordeVragen().size()))
        .ifPresent(e -> open.removeAll(e.beantwoordeVragen()));
    return open;
  }

  /**
   * The next Dag van de Mantelzorg (10 November) on or after a day.
   *
   * @param dag the day, usually the evaluation date
   * @return 10 November of that year, or of the next year when it has passed
   */
  public static LocalDate volgendeDagVanDeMantelzorg(LocalDate dag) {
    LocalDate ditJaar = LocalDate.of(dag.getYear(), Drempels.DAG_VAN_DE_MANTELZORG_MAAND, Drempels.DAG_VAN_DE_MANTELZORG_DAG);
    return dag.isAfter(ditJaar) ? ditJaar.plusYears(1) : ditJaar;
  }

  /**
   * The nearest lobby moment that falls within {@link Drempels#LOBBY_MOMENT_WEKEN} weeks from the evaluation date
   * (both ends included: the day itself up to exactly eight weeks ahead), or {@code null} when none does. Moments
   * are the Dag van de Mantelzorg and the plan's election date; the Week van de Jonge Mantelzorger is left out
   * because its date moves from year to year and the model does not record it. When both are near, the earlier one
   * is returned, as that is the one to prepare for first.
   *
   * @param lobby the lobby plan
   * @param peildatum the evaluation date
   * @return the near moment, or {@code null} (so that a DRL {@code from} simply does not match)
   */
  public static LobbyKans lobbyKans(LobbyPlan lobby, LocalDate peildatum) {
    LobbyKans beste = binnenTermijn(LobbyMoment.DAG_VAN_DE_MANTELZORG, volgendeDagVanDeMantelzorg(peildatum), peildatum);
    Optional<LocalDate> verkiezingen = lobby.verkiezingen();
    if (verkiezingen.isPresent()) {
      LobbyKans v = binnenTermijn(LobbyMoment.VERKIEZINGEN, verkiezingen.get(), peildatum);
      if (v != null && (beste == null || v.dagen() < beste.dagen())) {
        beste = v;
      }
    }
    return beste;
  }

  private static LobbyKans binnenTermijn(LobbyMoment moment, LocalDate datum, LocalDate peildatum) {
    long dagen = ChronoUnit.DAYS.between(peildatum, datum);
    return dagen >= 0 && dagen <= Drempels.LOBBY_MOMENT_WEKEN * 7L ? new LobbyKans(moment, datum, dagen) : null;
  }
}
