package io.github.mantelzorg.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Advies: one suggested next step, shaped like an HL7 CDS Hooks card: a stable rule code, a summary under 140
 * characters, a detail text, a priority, the source, concrete steps, whom it concerns, and the explanation of why it
 * was given.
 *
 * @param code stable rule code from the catalogue, e.g. {@code BL-01}
 * @param naam short name of the rule
 * @param model the model or topic of the rule
 * @param prioriteit how urgent
 * @param samenvatting summary, at most 140 characters
 * @param toelichting detail text: why this matters and what to do
 * @param stappen one or more concrete next steps
 * @param bron source: seed text or cited publication
 * @param context id of the care network or partnership the advice is about
 * @param betreft ids of the persons, organisations or relations concerned (at least one)
 * @param uitleg the explanation in words: the facts and values that made the rule fire
 * @param feiten the same facts as name/value pairs, in the order the rule gave them
 */
public record Advies(
    String code,
    String naam,
    Adviesmodel model,
    Prioriteit prioriteit,
    String samenvatting,
    String toelichting,
    List<String> stappen,
    String bron,
    String context,
    List<String> betreft,
    String uitleg,
    Map<String, String> feiten) {

  /** Copies the lists and map; rejects nulls. */
  public Advies {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(naam, "naam");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(prioriteit, "prioriteit");
    Objects.requireNonNull(samenvatting, "samenvatting");
    Objects.requireNonNull(toelichting, "toelichting");
    Objects.requireNonNull(bron, "bron");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(uitleg, "uitleg");
    stappen = List.copyOf(stappen);
    betreft = List.copyOf(betreft);
    feiten = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(feiten));
  }

  /** The first subject: the person, organisation or relation this advice is mainly about. */
  public String onderwerp() {
    return betreft.isEmpty() ? context : betreft.get(0);
  }
}
