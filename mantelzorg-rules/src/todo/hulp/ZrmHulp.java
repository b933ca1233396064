package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.model.Krachtenverdeling;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.ZrmDomein;
import io.github.mantelzorg.model.ZrmNiveau;
import io.github.mantelzorg.model.ZrmProfiel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Helpers for the ZRM rules (zrm.drl). Domains are named as in the ZRM 2017 (the names care workers know, also in
 * English texts), and walked in the order of {@link ZrmDomein}, so explanations are stable.
 */
public final class ZrmHulp {
  private static final String PIJL = " \u2192 ";

  private ZrmHulp() {}

  /** The official Dutch name of a ZRM domain, e.g. {@code Sociaal netwerk}. */
  public static String naam(ZrmDomein d) {
    switch (d) {
      case FINANCIEN: return "Financiën";
      case WERK_OPLEIDING: return "Werk & opleiding";
      case TIJDSBESTEDING: return "Tijdsbesteding";
      case HUISVESTING: return "Huisvesting";
      case HUISELIJKE_RELATIES: return "Huiselijke relaties";
      case GEESTELIJKE_GEZONDHEID: return "Geestelijke gezondheid";
      case LICHAMELIJKE_GEZONDHEID: return "Lichamelijke gezondheid";
      case MIDDELENGEBRUIK: return "Middelengebruik";
      case BASALE_ADL: return "Basale ADL";
      case INSTRUMENTELE_ADL: return "Instrumentele ADL";
      case SOCIAAL_NETWERK: return "Sociaal netwerk";
      case MAATSCHAPPELIJKE_PARTICIPATIE: return "Maatschappelijke participatie";
      case JUSTITIE: return "Justitie";
      default: return d.name();
    }
  }

  /** Names of the domains of a profile at this level (ZM-01: level 1, acute problems). */
  public static List<String> domeinenOp(ZrmProfiel p, ZrmNiveau niveau) {
    List<String> uit = new ArrayList<>();
    for (ZrmDomein d : ZrmDomein.values()) {
      if (p.niveaus().get(d) == niveau) {
        uit.add(naam(d));
      }
    }
    return uit;
  }

  /**
   * Domains assessed in both profiles whose level in {@code nieuw} is lower than in {@code vorig} (ZM-02), e.g.
   * {@code Sociaal netwerk 3 → 2}. Domains assessed in only one profile are not compared.
   */
  public static List<String> dalingen(ZrmProfiel nieuw, ZrmProfiel vorig) {
    List<String> uit = new ArrayList<>();
    for (ZrmDomein d : ZrmDomein.values()) {
      ZrmNiveau n = nieuw.niveaus().get(d);
      ZrmNiveau v = vorig.niveaus().get(d);
      if (n != null && v != null && n.score() < v.score()) {
        uit.add(naam(d) + " " + v.score() + PIJL + n.score());
      }
    }
    return uit;
  }

  /** Is any domain of {@code nieuw} lower than in {@code vorig}? */
  public static boolean gedaald(ZrmProfiel nieuw, ZrmProfiel vorig) {
    return !dalingen(nieuw, vorig).isEmpty();
  }

  /**
   * Domains whose Krachtenwijzer share from the network is {@code drempel} percent or more (ZM-03), e.g.
   * {@code Basale ADL 80%}.
   */
  public static List<String> leuntOpNetwerk(ZrmProfiel p, int drempel) {
    List<String> uit = new ArrayList<>();
    for (ZrmDomein d : ZrmDomein.values()) {
      Krachtenverdeling k = p.krachtenverdeling().get(d);
      if (k != null && k.netwerk() >= drempel) {
        uit.add(naam(d) + " " + k.netwerk() + "%");
      }
    }
    return uit;
  }

  /** The ids of carers (a DRL {@code collect} result), for {@code betreft}. */
  public static String[] ids(Collection<?> mantelzorgers) {
    return opId(mantelzorgers).stream().map(Mantelzorger::id).toArray(String[]::new);
  }

  /**
   * Carers (a DRL {@code collect} result, sorted by id) in words: name and overload signals, e.g.
   * {@code Ria: EDIZ-plus 10 (2026-10-01)}.
   */
  public static List<String> overbelast(Collection<?> mantelzorgers) {
    List<String> uit = new ArrayList<>();
    for (Mantelzorger m : opId(mantelzorgers)) {
      uit.add(m.naam() + ": " + String.join(", ", BelastingHulp.overbelastingSignalen(m)));
    }
    return uit;
  }

  /** A DRL {@code collect} result in a stable order (by id): the order of a collect is not the insertion order. */
  private static List<Mantelzorger> opId(Collection<?> mantelzorgers) {
    List<Mantelzorger> uit = new ArrayList<>();
    mantelzorgers.forEach(o -> uit.add((Mantelzorger) o));
    uit.sort(Comparator.comparing(Mantelzorger::id));
    return uit;
  }
}
