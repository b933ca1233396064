package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.model.MantelScan;
import io.github.mantelzorg.model.MantelScanStap;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.Persoon;
import io.github.mantelzorg.model.ZrmDomein;
import io.github.mantelzorg.model.ZrmNiveau;
import io.github.mantelzorg.model.ZrmProfiel;
import io.github.mantelzorg.model.Zorgvrager;
import io.github.mantelzorg.model.ZelfregieNiveau;
import io.github.mantelzorg.model.ZelfregieProfiel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Helper functions for the network rules (netwerk.drl). Stateless; safe from any thread. */
public final class NetwerkHulp {
  private NetwerkHulp() {}

  /**
   * The ids of the persons in a collected list, sorted, so that an advice about several people names them in the
   * same order whatever the insertion order of the facts.
   *
   * @param personen persons (other objects are skipped)
   * @return their ids, sorted
   */
  public static String[] ids(Collection<?> personen) {
    return personen(personen).stream().map(Persoon::id).toArray(String[]::new);
  }

  /**
   * The names of the persons in a collected list, sorted by id and joined with ", ", or "-" when there are none.
   *
   * @param personen persons (other objects are skipped)
   * @return the names for an explanation
   */
  public static String namen(Collection<?> personen) {
    return namen(personen, p -> true);
  }

  /**
   * The names of the carers in the list whose care is long-term and intensive, or "-".
   *
   * @param mantelzorgers carers
   * @return the names for an explanation
   */
  public static String namenLangdurigEnIntensief(Collection<?> mantelzorgers) {
    return namen(mantelzorgers, p -> p instanceof Mantelzorger m && m.langdurigEnIntensief());
  }

  /**
   * The names of the carers in the list whose newest measurement signals overload, or "-".
   *
   * @param mantelzorgers carers
   * @return the names for an explanation
   */
  public static String namenOverbelast(Collection<?> mantelzorgers) {
    return namen(mantelzorgers, p -> p instanceof Mantelzorger m && m.overbelast());
  }

  /**
   * Does this person (a carer or the zorgvrager) find it hard to ask for help? The model has the flag on both types
   * but not on {@link Persoon}, and one rule (NW-05) covers both.
   *
   * @param persoon a fact
   * @return true for a vraagverlegen carer or zorgvrager
   */
  public static boolean vraagverlegen(Object persoon) {
    if (persoon instanceof Mantelzorger m) {
      return m.vraagverlegen();
    }
    return persoon instanceof Zorgvrager z && z.vraagverlegen();
  }

  /**
   * The role of a vraagverlegen person, as the Dutch domain word used in both languages' texts.
   *
   * @param persoon a carer or the zorgvrager
   * @return "mantelzorger" or "zorgvrager"
   */
  public static String rol(Object persoon) {
    return persoon instanceof Mantelzorger ? "mantelzorger" : "zorgvrager";
  }

  /**
   * The ZRM score (1-5) of the domain Sociaal netwerk in the zorgvrager's newest ZRM, if that assessment has it.
   * Only the newest assessment counts: an older low score that has since improved no longer calls for coaching.
   *
   * @param z the zorgvrager
   * @return the score, or empty
   */
  public static Optional<Integer> zrmSociaalNetwerk(Zorgvrager z) {
    return z.laatsteZrm().flatMap(p -> p.niveau(ZrmDomein.SOCIAAL_NETWERK)).map(ZrmNiveau::score);
  }

  /**
   * The day of the zorgvrager's newest ZRM, if any.
   *
   * @param z the zorgvrager
   * @return the day, or empty
   */
  public static Optional<java.time.LocalDate> zrmDatum(Zorgvrager z) {
    return z.laatsteZrm().map(ZrmProfiel::datum);
  }

  /**
   * The zelfregie level of the element Contacten of the zorgvrager, if a profile exists.
   *
   * @param z the zorgvrager
   * @return the level, or empty
   */
  public static Optional<ZelfregieNiveau> contacten(Zorgvrager z) {
    return z.zelfregie().map(ZelfregieProfiel::contacten);
  }

  /**
   * Is the zorgvrager's own network weak (NW-06): newest ZRM Sociaal netwerk at or below
   * {@link NetwerkDrempels#ZRM_SOCIAAL_NETWERK_ZWAK}, or zelfregie Contacten ZWAK?
   *
   * @param z the zorgvrager
   * @return true when network coaching would help
   */
  public static boolean zwakNetwerk(Zorgvrager z) {
    return zrmSociaalNetwerk(z).map(s -> s <= NetwerkDrempels.ZRM_SOCIAAL_NETWERK_ZWAK).orElse(false)
        || contacten(z).map(c -> c == ZelfregieNiveau.ZWAK).orElse(false);
  }

  /**
   * The step numbers (1-5) of a MantelScan not yet done, in order.
   *
   * @param scan the scan
   * @return the missing step numbers
   */
  public static List<Integer> ontbrekendeStappen(MantelScan scan) {
    List<Integer> out = new ArrayList<>();
    for (MantelScanStap s : MantelScanStap.values()) {
      if (!scan.afgerond().contains(s)) {
        out.add(s.nummer());
      }
    }
    return out;
  }

  private static List<Persoon> personen(Collection<?> objecten) {
    return objecten.stream().filter(Persoon.class::isInstance).map(Persoon.class::cast)
        .sorted(Comparator.comparing(Persoon::id)).collect(Collectors.toList());
  }

  private static String namen(Collection<?> objecten, Predicate<Persoon> filter) {
    String s = personen(objecten).stream().filter(filter).map(Persoon::naam).collect(Collectors.joining(", "));
    return s.isEmpty() ? "-" : s;
  }
}
