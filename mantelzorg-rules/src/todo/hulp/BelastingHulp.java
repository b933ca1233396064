package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.EdizPlusBand;
import io.github.mantelzorg.model.Instrument;
import io.github.mantelzorg.model.Mantelzorger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Helpers for the burden rules (belasting.drl) and the rules of other topics that name a carer's overload. They
 * only describe measurements in language-neutral words (instrument names, scores, dates), so that the explanation
 * templates of both languages can use them.
 */
public final class BelastingHulp {
  private static final String PIJL = " \u2192 ";

  private BelastingHulp() {}

  /** The instrument as care workers write it: {@code CSI}, {@code EDIZ}, {@code EDIZ-plus}, {@code 10-minutencheck}. */
  public static String naam(Instrument instrument) {
    switch (instrument) {
      case EDIZ_PLUS:
        return "EDIZ-plus";
      case TIEN_MINUTENCHECK:
        return "10-minutencheck";
      default:
        return instrument.name();
    }
  }

  /** One measurement in words, e.g. {@code CSI 8 (2026-10-02)} or {@code 10-minutencheck (2026-10-02)}. */
  public static String beschrijf(Belastingmeting b) {
    String score = b.waarde().map(w -> " " + w).orElse("");
    return naam(b.instrument()) + score + " (" + b.datum() + ")";
  }

  /**
   * The newest measurements that signal overload, one per instrument, e.g. {@code [CSI 8 (2026-10-02)]}. Empty when
   * the carer is not {@link Mantelzorger#overbelast() overloaded}.
   */
  public static List<String> overbelastingSignalen(Mantelzorger m) {
    List<String> uit = new ArrayList<>(2);
    for (Instrument i : Instrument.values()) {
      m.laatste(i).filter(Belastingmeting::overbelast).ifPresent(b -> uit.add(beschrijf(b)));
    }
    return uit;
  }

  /**
   * Rising burden (BL-06): for CSI and EDIZ-plus, compares the newest measurement with the one before it with the
   * same instrument. CSI counts as rising at {@code csiStijging} points or more; EDIZ-plus when the newest score
   * falls in a higher published band. Other instruments are not compared: the EDIZ has no bands and the
   * 10-minutencheck no score.
   *
   * @return the rises in words, e.g. {@code CSI 5 (2026-08-01) → 7 (2026-10-01)}; empty when nothing rose
   */
  public static List<String> stijgingen(Mantelzorger m, int csiStijging) {
    List<String> uit = new ArrayList<>(2);
    Optional<Belastingmeting> csiNu = m.laatste(Instrument.CSI);
    Optional<Belastingmeting> csiVoor = m.vorige(Instrument.CSI);
    if (csiNu.isPresent() && csiVoor.isPresent() && csiNu.get().score() - csiVoor.get().score() >= csiStijging) {
      uit.add("CSI " + csiVoor.get().score() + " (" + csiVoor.get().datum() + ")" + PIJL
          + csiNu.get().score() + " (" + csiNu.get().datum() + ")");
    }
    Optional<Belastingmeting> edizNu = m.laatste(Instrument.EDIZ_PLUS);
    Optional<Belastingmeting> edizVoor = m.vorige(Instrument.EDIZ_PLUS);
    if (edizNu.isPresent() && edizVoor.isPresent()) {
      EdizPlusBand nu = edizNu.get().edizPlusBand().orElseThrow();
      EdizPlusBand voor = edizVoor.get().edizPlusBand().orElseThrow();
      if (nu.compareTo(voor) > 0) {
        uit.add("EDIZ-plus " + edizVoor.get().score() + " " + band(voor) + " (" + edizVoor.get().datum() + ")" + PIJL
            + edizNu.get().score() + " " + band(nu) + " (" + edizNu.get().datum() + ")");
      }
    }
    return uit;
  }

  private static String band(EdizPlusBand b) {
    return b.name().toLowerCase(java.util.Locale.ROOT);
  }
}
