package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.rules.Adviesmodel;
import io.github.mantelzorg.rules.Prioriteit;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The metadata of one rule, read from its DRL annotations: {@code @code}, {@code @model}, {@code @prioriteit},
 * {@code @bron} and optionally {@code @vervangt} (codes this rule supersedes for the same subject).
 *
 * @param regelnaam the DRL rule name
 * @param code stable catalogue code
 * @param model model or topic
 * @param prioriteit priority
 * @param bron source
 * @param vervangt codes of rules whose advice this one replaces for the same context and subject
 * @param bestand DRL file (topic) the rule lives in
 */
public record RegelInfo(String regelnaam, String code, Adviesmodel model, Prioriteit prioriteit, String bron,
    Set<String> vervangt, String bestand) {

  /** Reads the metadata map of a rule; throws with the rule name when a field is missing or wrong. */
  public static RegelInfo of(String regelnaam, String bestand, Map<String, Object> meta) {
    String code = required(regelnaam, meta, "code");
    Adviesmodel model;
    Prioriteit prioriteit;
    try {
      model = Adviesmodel.valueOf(required(regelnaam, meta, "model"));
      prioriteit = Prioriteit.valueOf(required(regelnaam, meta, "prioriteit"));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("rule '" + regelnaam + "' has an unknown @model or @prioriteit: " + e.getMessage(), e);
    }
    String bron = required(regelnaam, meta, "bron");
    Object v = meta.get("vervangt");
    java.util.SortedSet<String> vervangt = new TreeSet<>();
    if (v != null) {
      vervangt.addAll(Arrays.asList(String.valueOf(v).trim().split("[\\s,]+")));
    }
    // Sorted and unmodifiable: Set.copyOf iterates in a per-JVM random order, and the catalogue must be stable.
    return new RegelInfo(regelnaam, code, model, prioriteit, bron, java.util.Collections.unmodifiableSortedSet(vervangt), bestand);
  }

  private static String required(String regelnaam, Map<String, Object> meta, String key) {
    Object value = meta.get(key);
    if (value == null || String.valueOf(value).isBlank()) {
      throw new IllegalStateException("rule '" + regelnaam + "' has no @" + key);
    }
    return String.valueOf(value).trim();
  }
}
