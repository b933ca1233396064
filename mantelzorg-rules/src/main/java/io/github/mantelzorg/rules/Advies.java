package io.github.mantelzorg.rules;

import io.github.mantelzorg.rules.internal.OrderedMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Advies: one suggested next step, shaped like an HL7 CDS Hooks card: a stable rule code, a summary under 140
 * characters, a detail text, a priority, the sources, concrete steps, whom it concerns, and the explanation of why it
 * was given. One card per problem: the same code for the same subject appears once in a report, listing every context
 * (network or partnership) it was found in.
 *
 * <p>Each card has a stable {@link #id() id}, the same for the same rule, subjects and facts (in every language, list
 * order, engine and run), and a new one when those facts change. Feedback ({@link Terugkoppeling}) refers to it.
 *
 * @param id the card's id: {@code kaart-feiten}, two halves of 8 lower-case hex digits, e.g.
 *     {@code 3fa2c9d1-7be0a415}. The first half names the card (SHA-256 of code and subject), the second its facts
 *     (SHA-256 of code, every id it concerns, its contexts and the typed facts of the conditions behind it, without
 *     the evaluation date); the recipe is in the README, section "Feedback on advice"
 * @param code stable rule code from the catalogue, e.g. {@code BL-01}
 * @param naam short name of the rule
 * @param model the model or topic of the rule
 * @param prioriteit how urgent
 * @param samenvatting summary, at most 140 characters
 * @param toelichting detail text: why this matters and what to do
 * @param stappen one or more concrete next steps
 * @param bronnen the sources
 * @param contexten ids of the care networks or partnership the advice was found in (at least one), sorted
 * @param betreft ids of the persons, organisations or relations concerned (at least one; the first is the subject),
 *     at most {@link #MAX_BETREFT}
 * @param namen the display names of {@code betreft}, in the same order
 * @param betreftMeer how many more ids the card concerns than {@code betreft} lists (0 unless it would list more
 *     than {@link #MAX_BETREFT}), so that a report grows linearly with the record
 * @param uitleg the explanation in words: the facts and values that made the rule fire, in the report's language
 * @param feiten the same facts as name/value pairs, in the order the conditions gave them
 * @param vervangt codes of the advice this card replaces for the same subject (it says the same, more specifically)
 * @param terugkoppeling the newest feedback on this card (same code and subject) dated up to the evaluation date, if
 *     any was given: taken up ({@link #opgepakt()}), or dismissed when the facts were different
 *     ({@link #eerderAfgewezen()})
 */
public record Advies(
    String id,
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
    int betreftMeer,
    String uitleg,
    Map<String, String> feiten,
    List<String> vervangt,
    Optional<Terugkoppeling> terugkoppeling) {

  /**
   * Most ids a card lists in {@link #betreft()}: the subject and the first others in order; the rest are counted in
   * {@link #betreftMeer()}. A card about a partnership of 400 members, or a volunteer who shares tasks with 300
   * professionals, names 50 and counts the others, so that no card grows with the square of a record.
   */
  public static final int MAX_BETREFT = 50;

  /**
   * Copies the lists and map; rejects nulls, and a {@code betreft} longer than {@link #MAX_BETREFT}.
   *
   * @param id the card's id
   * @param code stable rule code from the catalogue
   * @param naam short name of the rule
   * @param model the model or topic of the rule
   * @param prioriteit how urgent
   * @param samenvatting summary, at most 140 characters
   * @param toelichting detail text
   * @param stappen one or more concrete next steps
   * @param bronnen the sources
   * @param contexten ids of the care networks or partnership the advice was found in
   * @param betreft ids of the persons, organisations or relations concerned
   * @param namen the display names of {@code betreft}, in the same order
   * @param betreftMeer how many more ids the card concerns than {@code betreft} lists
   * @param uitleg the explanation in words
   * @param feiten the same facts as name/value pairs, in the order the conditions gave them
   * @param vervangt codes of the advice this card replaces for the same subject
   * @param terugkoppeling the newest feedback on this card, if any
   */
  public Advies {
    Objects.requireNonNull(id, "id");
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
    if (betreft.isEmpty() || betreft.size() > MAX_BETREFT || namen.size() != betreft.size() || betreftMeer < 0) {
      throw new IllegalArgumentException("betreft: 1 to " + MAX_BETREFT + " ids with as many names, and betreftMeer "
          + ">= 0; not " + betreft.size() + " ids, " + namen.size() + " names and betreftMeer " + betreftMeer);
    }
    // The report builder hands over a read-only ordered map it made for this card; anything else is copied.
    feiten = feiten instanceof OrderedMap<?, ?> o && o.frozen() ? feiten
        : Collections.unmodifiableMap(new LinkedHashMap<>(feiten));
    vervangt = List.copyOf(vervangt);
    Objects.requireNonNull(terugkoppeling, "terugkoppeling");
  }

  /**
   * Was this card taken up (its newest feedback is {@link Terugkoppeling.Status#OPGEPAKT})?
   *
   * @return whether its newest feedback took it up
   */
  public boolean opgepakt() {
    return terugkoppeling.filter(t -> t.status() == Terugkoppeling.Status.OPGEPAKT).isPresent();
  }

  /**
   * The dismissal of this card, when its newest feedback is one: in {@link Adviesrapport#adviezen()} a dismissal when
   * the facts were different (the card came back because they changed: show it as "dismissed before"); in
   * {@link Adviesrapport#afgewezen()} the dismissal that left it out.
   *
   * @return the dismissal, or empty when the newest feedback is none
   */
  public Optional<Terugkoppeling> eerderAfgewezen() {
    return terugkoppeling.filter(t -> t.status() == Terugkoppeling.Status.AFGEWEZEN);
  }

  /** The same card with this feedback. */
  Advies met(Terugkoppeling t) {
    return new Advies(id, code, naam, model, prioriteit, samenvatting, toelichting, stappen, bronnen, contexten,
        betreft, namen, betreftMeer, uitleg, feiten, vervangt, Optional.of(t));
  }

  /**
   * The first context: the network or partnership the advice is about (with more, see {@link #contexten()}).
   *
   * @return the id of the first context
   */
  public String context() {
    return contexten.get(0);
  }

  /**
   * The subject: the person, organisation or relation this advice is mainly about.
   *
   * @return the subject's id, the first of {@link #betreft()}
   */
  public String onderwerp() {
    return betreft.get(0);
  }

  /**
   * The sources as one line of text, for reports that show a single source line.
   *
   * @return the sources in one line
   */
  public String bron() {
    return bronnen.stream().map(Bron::citaat).collect(Collectors.joining("; "));
  }
}
