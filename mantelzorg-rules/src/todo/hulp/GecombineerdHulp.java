package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.model.Aandoening;
import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.CsiItem;
import io.github.mantelzorg.model.Instrument;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.Persoon;
import io.github.mantelzorg.model.Vrijwilliger;
import io.github.mantelzorg.model.WifaAspect;
import io.github.mantelzorg.model.WifaProfiel;
import io.github.mantelzorg.model.WifaStatus;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.Zorgvrager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Helper functions for the combined rules (gecombineerd.drl). They re-derive conditions from the facts, so that a
 * combined rule never depends on another rule's advice, and they turn facts into language-neutral explanation values.
 */
public final class GecombineerdHulp {
  /** The WIFA aspects whose shortfall leaves a volunteer out of the triad with carer and professional (CB-03). */
  private static final List<WifaAspect> DRIEHOEK_ASPECTEN = List.of(WifaAspect.INFORMEREN, WifaAspect.AFSTEMMEN);

  /** The CSI items that point to a change in behaviour or personality of the person cared for (CB-08). */
  private static final List<CsiItem> GEDRAGSITEMS = List.of(CsiItem.ANDER_PERSOON_GEWORDEN, CsiItem.GEDRAG_MAAKT_VAN_STREEK);

  private GecombineerdHulp() {}

  /**
   * The measurement that makes the carer overloaded: among the newest measurement of each instrument, the newest one
   * that signals overload. Present exactly when {@link Mantelzorger#overbelast()} is true, so a rule can bind it for
   * the explanation.
   *
   * @param m the carer
   * @return the overload signal, or empty when the carer is not overloaded
   */
  public static Optional<Belastingmeting> overbelasteMeting(Mantelzorger m) {
    Belastingmeting beste = null;
    for (Instrument i : Instrument.values()) {
      Optional<Belastingmeting> b = m.laatste(i);
      if (b.isPresent() && b.get().overbelast() && (beste == null || b.get().datum().isAfter(beste.datum()))) {
        beste = b.get();
      }
    }
    return Optional.ofNullable(beste);
  }

  /**
   * A short language-neutral description of a measurement, e.g. {@code CSI 8 (2026-10-02)} or
   * {@code 10-minutencheck (2026-10-02)}.
   *
   * @param b the measurement
   * @return the description
   */
  public static String beschrijf(Belastingmeting b) {
    return BelastingHulp.beschrijf(b);
  }


  /**
   * The carer's overload signal described by {@link #beschrijf(Belastingmeting)}, or empty when not overloaded (the
   * explanation then shows "-").
   *
   * @param m the carer
   * @return the description, if overloaded
   */
  public static Optional<String> signaal(Mantelzorger m) {
    return overbelasteMeting(m).map(GecombineerdHulp::beschrijf);
  }

  /**
   * Is this volunteer insufficiently informed or aligned (WIFA informeren or afstemmen ONVOLDOENDE)? An aspect that
   * is not known does not count: the rule asks for a recorded shortfall.
   *
   * @param v the volunteer
   * @return true when informeren or afstemmen is ONVOLDOENDE
   */
  public static boolean wifaTekort(Vrijwilliger v) {
    return !tekorten(v).isEmpty();
  }

  /**
   * Each volunteer with the WIFA aspects that are insufficient, e.g. {@code Kees (informeren, afstemmen)}.
   *
   * @param vrijwilligers the volunteers (a DRL {@code collectList})
   * @return one description per volunteer, ordered by id
   */
  public static List<String> wifaTekorten(Collection<?> vrijwilligers) {
    List<String> out = new ArrayList<>();
    for (Persoon p : opId(vrijwilligers)) {
      Vrijwilliger v = (Vrijwilliger) p;
      List<String> aspecten = new ArrayList<>();
      tekorten(v).forEach(a -> aspecten.add(a.name().toLowerCase(Locale.ROOT)));
      out.add(v.naam() + " (" + String.join(", ", aspecten) + ")");
    }
    return out;
  }

  private static List<WifaAspect> tekorten(Vrijwilliger v) {
    List<WifaAspect> out = new ArrayList<>();
    WifaProfiel w = v.wifa().orElse(null);
    if (w != null) {
      for (WifaAspect a : DRIEHOEK_ASPECTEN) {
        if (w.status(a) == WifaStatus.ONVOLDOENDE) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /**
   * The ids of persons, for {@code betreft}.
   *
   * @param personen persons (a DRL {@code collectList})
   * @return their ids, ordered by id
   */
  public static String[] ids(Collection<?> personen) {
    return opId(personen).stream().map(Persoon::id).toArray(String[]::new);
  }

  /**
   * The names of persons, for the explanation.
   *
   * @param personen persons (a DRL {@code collectList})
   * @return their names, ordered by id
   */
  public static List<String> namen(Collection<?> personen) {
    return opId(personen).stream().map(Persoon::naam).toList();
  }

  /**
   * Persons ordered by id: an accumulated list follows the engine's activation order, while the report must be the
   * same whatever the order of the input lists.
   */
  private static List<Persoon> opId(Collection<?> personen) {
    List<Persoon> out = new ArrayList<>();
    personen.forEach(p -> out.add((Persoon) p));
    out.sort(Comparator.comparing(Persoon::id));
    return out;
  }

  /**
   * The zorgvrager's conditions among {@code gezocht}, in the order given.
   *
   * @param z the zorgvrager
   * @param gezocht the conditions looked for
   * @return those the zorgvrager has
   */
  public static List<Aandoening> aandoeningen(Zorgvrager z, Aandoening... gezocht) {
    List<Aandoening> out = new ArrayList<>();
    for (Aandoening a : gezocht) {
      if (z.heeft(a)) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * The behaviour-change items answered yes in a CSI measurement, as readable Dutch phrases (the CSI used here is
   * the Dutch version), e.g. {@code ander persoon geworden}.
   *
   * @param b a CSI measurement
   * @return the items found, in a fixed order
   */
  public static List<String> gedragsitems(Belastingmeting b) {
    List<String> out = new ArrayList<>();
    for (CsiItem i : GEDRAGSITEMS) {
      if (b.csiItems().contains(i)) {
        out.add(i.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    }
    return out;
  }

  /**
   * How many carers in the partnership's networks have no respite in use (CB-09).
   *
   * @param netwerken the networks in the region (a DRL {@code collectList} of {@link Zorgnetwerk})
   * @return the counts
   */
  public static Respijtbereik respijtbereik(Collection<?> netwerken) {
    int totaal = 0;
    int zonder = 0;
    List<Zorgnetwerk> lijst = new ArrayList<>();
    for (Object o : netwerken) {
      lijst.add((Zorgnetwerk) o);
    }
    int netwerkenZonder = 0;
    for (Zorgnetwerk n : lijst) {
      totaal += n.mantelzorgers().size();
      if (!n.respijtInGebruik()) {
        zonder += n.mantelzorgers().size();
        netwerkenZonder++;
      }
    }
    return new Respijtbereik(lijst.size(), netwerkenZonder, totaal, zonder);
  }

  /**
   * Respite reach in a partnership's region: carers in all its networks and those in networks without respite in use.
   *
   * @param netwerken networks in the region
   * @param netwerkenZonderRespijt of which without respite in use
   * @param mantelzorgers carers in those networks
   * @param zonderRespijt carers in networks without respite in use
   */
  public record Respijtbereik(int netwerken, int netwerkenZonderRespijt, int mantelzorgers, int zonderRespijt) {
    /** Share of carers without respite in use, in whole percent rounded down; 0 when there are no carers. */
    public int percentage() {
      return mantelzorgers == 0 ? 0 : zonderRespijt * 100 / mantelzorgers;
    }
  }
}
