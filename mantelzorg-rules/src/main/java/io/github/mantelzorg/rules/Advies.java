package io.github.mantelzorg.rules;

import io.github.mantelzorg.rules.internal.OrderedMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Advies: one suggested next step, shaped like an HL7 CDS Hooks card: a stable rule code, a summary under 140
 * characters, a detail text, a priority, the sources, concrete steps, whom it concerns, and the explanation of why it
 * was given. One card per problem: the same code for the same subject appears once in a report, listing every context
 * (network or partnership) it was found in.
 *
 * @param code stable rule code from the catalogue, e.g. {@code BL-01}
 * @param naam short name of the rule
 * @param model the model or topic of the rule
 * @param prioriteit how urgent
 * @param samenvatting summary, at most 140 characters
 * @param toelichting detail text: why this matters and what to do
 * @param stappen one or more concrete next steps
 * @param bronnen the sources
 * @param contexten ids of the care networks or partnership the advice was found in (at least one), sorted
 * @param betreft ids of the persons, organisations or relations concerned (at least one; the first is the subject)
 * @param namen the display names of {@code betreft}, in the same order
 * @param uitleg the explanation in words: the facts and values that made the rule fire, in the report's language
 * @param feiten the same facts as name/value pairs, in the order the conditions gave them
 * @param vervangt codes of the advice this card replaces for the same subject (it says the same, more specifically)
 */
public record Advies(
    String code,
    String naam,
    Adviesmodel model,
    Prioriteit prioriteit,
    String samenvatting,
    String toelichting,
    List<String> stappen,
    List<Bron> bronnen,
    List<String> contexten,
    List<String> betreft,
    List<String> namen,
    String uitleg,
    Map<String, String> feiten,
    List<String> vervangt) {

  /** Copies the lists and map; rejects nulls. */
  public Advies {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(naam, "naam");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(prioriteit, "prioriteit");
    Objects.requireNonNull(samenvatting, "samenvatting");
    Objects.requireNonNull(toelichting, "toelichting");
    Objects.requireNonNull(uitleg, "uitleg");
    stappen = List.copyOf(stappen);
    bronnen = List.copyOf(bronnen);
    contexten = List.copyOf(contexten);
    betreft = List.copyOf(betreft);
    namen = List.copyOf(namen);
    // The report builder hands over a read-only ordered map it made for this card; anything else is copied.
    feiten = feiten instanceof OrderedMap<?, ?> o && o.frozen() ? feiten
        : Collections.unmodifiableMap(new LinkedHashMap<>(feiten));
    vervangt = List.copyOf(vervangt);
  }

  /** The first context: the network or partnership the advice is about (with more, see {@link #contexten()}). */
  public String context() {
    return contexten.get(0);
  }

  /** The subject: the person, organisation or relation this advice is mainly about. */
  public String onderwerp() {
    return betreft.get(0);
  }

  /** The sources as one line of text, for reports that show a single source line. */
  public String bron() {
    return bronnen.stream().map(Bron::citaat).collect(Collectors.joining("; "));
  }
}
