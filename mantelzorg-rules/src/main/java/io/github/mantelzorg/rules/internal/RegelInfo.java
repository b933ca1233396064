package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.rules.Adviesmodel;
import io.github.mantelzorg.rules.Prioriteit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The metadata of one decision rule, read from its DRL annotations: {@code @code}, {@code @model},
 * {@code @prioriteit}, {@code @bron} (publication ids from the source registry, each with an optional locator after
 * {@code #}, separated by {@code ;}), {@code @voorwaarden} (the named conditions it joins, in order; a prefix
 * {@code netwerk:}, {@code zorgvrager:} or {@code verband:} names a condition of the context rather than of the
 * subject), optionally {@code @vervangt} (codes whose advice it replaces for the same subject) and
 * {@code @beantwoordt} (keys of open questions its card already asks for its subject, e.g. {@code belasting} for
 * "measure the burden": the report leaves such a question out when the card is there, one card per problem).
 *
 * @param regelnaam the DRL rule name
 * @param code stable catalogue code
 * @param model model or topic
 * @param prioriteit priority
 * @param bronnen source references, in order
 * @param voorwaarden the named conditions, in order; the first is the subject's
 * @param vervangt codes of rules whose advice this one replaces for the same subject
 * @param beantwoordt keys of the open questions that this rule's card asks for its subject already
 */
public record RegelInfo(String regelnaam, String code, Adviesmodel model, Prioriteit prioriteit, List<BronVerwijzing> bronnen,
    List<Voorwaarde> voorwaarden, SortedSet<String> vervangt, SortedSet<String> beantwoordt) {

  /** Where a condition of a rule is looked up: on the rule's subject, or on the session's context. */
  public enum Bereik {
    /** The rule's subject (the first condition's subject). */
    ONDERWERP,
    /** The care network of the session. */
    NETWERK,
    /** The zorgvrager of the session's network. */
    ZORGVRAGER,
    /** The partnership: of the session, or of the network's municipality. */
    VERBAND
  }

  /**
   * One named condition of a rule.
   *
   * @param naam the condition's name
   * @param bereik where it is looked up
   */
  public record Voorwaarde(String naam, Bereik bereik) {}

  /**
   * A reference to a publication of the source registry.
   *
   * @param id the registry id
   * @param vindplaats the page or section, when given
   */
  public record BronVerwijzing(String id, String vindplaats) {}

  /** Is this a decision rule (one with a {@code @code})? Inference rules have none. */
  public static boolean isBeslisregel(Map<String, Object> meta) {
    return meta.containsKey("code");
  }

  /** Reads the metadata map of a rule; throws with the rule name when a field is missing or wrong. */
  public static RegelInfo of(String regelnaam, Map<String, Object> meta) {
    String code = required(regelnaam, meta, "code");
    Adviesmodel model;
    Prioriteit prioriteit;
    try {
      model = Adviesmodel.valueOf(required(regelnaam, meta, "model"));
      prioriteit = Prioriteit.valueOf(required(regelnaam, meta, "prioriteit"));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("rule '" + regelnaam + "' has an unknown @model or @prioriteit: " + e.getMessage(), e);
    }
    List<BronVerwijzing> bronnen = new ArrayList<>();
    for (String deel : required(regelnaam, meta, "bron").split(";")) {
      String d = deel.trim();
      if (d.isEmpty()) {
        continue;
      }
      int hek = d.indexOf('#');
      bronnen.add(hek < 0 ? new BronVerwijzing(d, "") : new BronVerwijzing(d.substring(0, hek).trim(), d.substring(hek + 1).trim()));
    }
    List<Voorwaarde> voorwaarden = new ArrayList<>();
    for (String v : required(regelnaam, meta, "voorwaarden").trim().split("[\\s,]+")) {
      int dubbel = v.indexOf(':');
      Bereik b = Bereik.ONDERWERP;
      String naam = v;
      if (dubbel > 0) {
        b = Bereik.valueOf(v.substring(0, dubbel).toUpperCase(java.util.Locale.ROOT));
        naam = v.substring(dubbel + 1);
      }
      voorwaarden.add(new Voorwaarde(naam, b));
    }
    if (voorwaarden.get(0).bereik() != Bereik.ONDERWERP) {
      throw new IllegalStateException("rule '" + regelnaam + "': the first of @voorwaarden names the subject and has no prefix");
    }
    Object v = meta.get("vervangt");
    SortedSet<String> vervangt = new TreeSet<>();
    if (v != null && !String.valueOf(v).isBlank()) {
      vervangt.addAll(Arrays.asList(String.valueOf(v).trim().split("[\\s,]+")));
    }
    // Sorted and unmodifiable: Set.copyOf iterates in a per-JVM random order, and the catalogue must be stable.
    Object q = meta.get("beantwoordt");
    SortedSet<String> beantwoordt = new TreeSet<>();
    if (q != null && !String.valueOf(q).isBlank()) {
      beantwoordt.addAll(Arrays.asList(String.valueOf(q).trim().split("[\\s,]+")));
    }
    return new RegelInfo(regelnaam, code, model, prioriteit, List.copyOf(bronnen), List.copyOf(voorwaarden),
        Collections.unmodifiableSortedSet(vervangt), Collections.unmodifiableSortedSet(beantwoordt));
  }

  /** The names of the conditions, in order. */
  public List<String> voorwaardeNamen() {
    return voorwaarden.stream().map(Voorwaarde::naam).toList();
  }

  /** Codes this rule replaces. */
  public Set<String> vervangtCodes() {
    return vervangt;
  }

  private static String required(String regelnaam, Map<String, Object> meta, String key) {
    Object value = meta.get(key);
    if (value == null || String.valueOf(value).isBlank()) {
      throw new IllegalStateException("rule '" + regelnaam + "' has no @" + key);
    }
    return String.valueOf(value).trim();
  }
}
