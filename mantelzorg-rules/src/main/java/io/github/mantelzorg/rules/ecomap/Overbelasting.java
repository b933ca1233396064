package io.github.mantelzorg.rules.ecomap;

import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Drempels;
import io.github.mantelzorg.model.Instrument;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.ThreeValued;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Overbelasting: is a carer overloaded on an evaluation date, as the rules see it. The newest measurement up to that
 * date counts (measurements dated after it do not exist yet; a same-day tie is broken by
 * {@link Instrument#NIEUWSTE_EERST}); it tells overload when it is no older than {@link Drempels#METING_GELDIG_MAANDEN}
 * months and its instrument has a cut-off (CSI 7 or more, EDIZ-plus 9 or more, a 10-minutencheck signal). Otherwise
 * overload is unknown, never "no": without a measurement, with an outdated one, or with an EDIZ (which has no
 * published cut-off).
 *
 * @param overbelast yes, no, or empty when unknown
 * @param meting the newest measurement up to the evaluation date, if any (also when it is too old to tell)
 * @param grond why the answer is what it is
 */
public record Overbelasting(Optional<Boolean> overbelast, Optional<Belastingmeting> meting, Grond grond) {
  /** Grond: the ground of the answer. */
  public enum Grond {
    /** Measured with an instrument with a cut-off, within the validity: the answer is yes or no. */
    GEMETEN,
    /** No measurement up to the evaluation date: unknown. */
    GEEN_METING,
    /** The newest measurement is older than its validity: unknown. */
    METING_TE_OUD,
    /** The newest measurement is an EDIZ, which has no published cut-off: unknown. */
    GEEN_AFKAPPUNT
  }

  /**
   * Rejects nulls, and an answer that does not fit its ground.
   *
   * @param overbelast yes, no, or empty when unknown
   * @param meting the newest measurement up to the evaluation date, if any
   * @param grond why the answer is what it is
   */
  public Overbelasting {
    Objects.requireNonNull(overbelast, "overbelast");
    Objects.requireNonNull(meting, "meting");
    Objects.requireNonNull(grond, "grond");
    if (overbelast.isPresent() != (grond == Grond.GEMETEN) || meting.isEmpty() != (grond == Grond.GEEN_METING)) {
      throw new IllegalArgumentException("overbelast " + overbelast + " with measurement " + meting.isPresent()
          + " does not fit ground " + grond);
    }
  }

  /**
   * The overload of a carer on an evaluation date.
   *
   * @param mantelzorger the carer
   * @param peildatum the evaluation date
   * @return yes, no or unknown, with the measurement it rests on
   */
  public static Overbelasting van(Mantelzorger mantelzorger, LocalDate peildatum) {
    Objects.requireNonNull(peildatum, "peildatum");
    Optional<Belastingmeting> nieuwste = mantelzorger.belasting().stream()
        .filter(b -> !b.datum().isAfter(peildatum))
        .min(Instrument.NIEUWSTE_EERST);
    if (nieuwste.isEmpty()) {
      return new Overbelasting(Optional.empty(), Optional.empty(), Grond.GEEN_METING);
    }
    Belastingmeting b = nieuwste.get();
    // As Peildatum.ouderDan: older than the validity means before the evaluation date minus that many months.
    if (b.datum().isBefore(peildatum.minusMonths(Drempels.METING_GELDIG_MAANDEN))) {
      return new Overbelasting(Optional.empty(), nieuwste, Grond.METING_TE_OUD);
    }
    if (b.instrument() == Instrument.EDIZ) {
      return new Overbelasting(Optional.empty(), nieuwste, Grond.GEEN_AFKAPPUNT);
    }
    return new Overbelasting(ThreeValued.of(b.overbelast()), nieuwste, Grond.GEMETEN);
  }
}
