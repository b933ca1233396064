package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.model.Aandacht;
import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Instrument;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.SofaProfiel;
import io.github.mantelzorg.model.SofaRol;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

/** Helpers for the SOFA rules (sofa.drl). */
public final class SofaHulp {
  private SofaHulp() {}

  /** Is the attention GEEN or WEINIG, i.e. assessed and too little? ONBEKEND is not "too little": it is not known. */
  public static boolean weinig(Aandacht a) {
    return a == Aandacht.GEEN || a == Aandacht.WEINIG;
  }

  /**
   * The newest of the carer's latest measurements (one per instrument) that signals overload, or {@code null}. It is
   * the measurement that makes {@link Mantelzorger#overbelast()} true, so the explanation can name it.
   */
  public static Belastingmeting overbelastMeting(Mantelzorger m) {
    return Stream.of(Instrument.values())
        .map(i -> m.laatste(i).orElse(null))
        .filter(Objects::nonNull)
        .filter(Belastingmeting::overbelast)
        .max(Comparator.comparing(Belastingmeting::datum))
        .orElse(null);
  }

  /**
   * The one role with attention VOLDOENDE when every other role is assessed as GEEN or WEINIG (rule SO-06: one-sided
   * SOFA attention), else {@code null}.
   */
  public static SofaRol enigeVoldoendeRol(SofaProfiel s) {
    SofaRol voldoende = null;
    for (SofaRol r : SofaRol.values()) {
      Aandacht a = s.aandacht(r);
      if (a == Aandacht.VOLDOENDE) {
        if (voldoende != null) {
          return null;
        }
        voldoende = r;
      } else if (!weinig(a)) {
        return null;
      }
    }
    return voldoende;
  }
}
