package io.github.mantelzorg.rules.feiten;

import io.github.mantelzorg.rules.internal.OrderedMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Conditie: a named condition of the rule catalogue ("overbelast", "langdurig en intensief", "geen vrijwilliger"...)
 * derived once per evaluation for one subject, with its three-valued {@link Waarheid}, the typed facts that made it
 * so (for the explanation: enums, dates, numbers, ids; never words), the questions to ask when it is unknown, and the
 * ids of others it involves (e.g. the willing neighbours of "bereide contacten niet gevraagd").
 *
 * <p>Inference rules create one and fill it before they insert it; after insertion it is never changed. Decision
 * rules join conditions that {@link #geldt() hold}; why-not and the open questions read the same conditions.
 */
public final class Conditie {
  private final String naam;
  private final String subject;
  private final Waarheid waarde;
  private Map<String, Object> feiten = Map.of();
  private List<Vraag> vragen = List.of();
  private List<String> betrokken = List.of();

  private Conditie(String naam, String subject, Waarheid waarde) {
    this.naam = Objects.requireNonNull(naam, "naam");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.waarde = Objects.requireNonNull(waarde, "waarde");
  }

  /**
   * A condition with the given value.
   *
   * @param naam the name of the condition
   * @param subject the id of the subject
   * @param waarde holds, fails or unknown
   * @return the condition
   */
  public static Conditie van(String naam, String subject, Waarheid waarde) {
    return new Conditie(naam, subject, waarde);
  }

  /**
   * A condition from a stated fact: true holds, false fails, absent is unknown.
   *
   * @param naam the name of the condition
   * @param subject the id of the subject
   * @param feit the stated fact, or empty when unknown
   * @return the condition
   */
  public static Conditie van(String naam, String subject, Optional<Boolean> feit) {
    return new Conditie(naam, subject, Waarheid.van(feit));
  }

  /**
   * A condition that holds or fails.
   *
   * @param naam the name of the condition
   * @param subject the id of the subject
   * @param feit whether it holds
   * @return the condition
   */
  public static Conditie van(String naam, String subject, boolean feit) {
    return new Conditie(naam, subject, Waarheid.van(feit));
  }

  /**
   * Records a typed fact for the explanation (placeholder {@code {naam}} in the texts). Returns this.
   *
   * @param naam the fact's name
   * @param waarde its value
   * @return this condition
   */
  public Conditie feit(String naam, Object waarde) {
    if (feiten.isEmpty()) {
      // One per condition and evaluation: an array map is a third of a LinkedHashMap of the same entries.
      feiten = new OrderedMap<>(4);
    }
    feiten.put(naam, waarde);
    return this;
  }

  /**
   * The question to ask about this condition's subject when it is unknown. Returns this.
   *
   * @param sleutel the question key, e.g. {@code belasting}
   * @return this condition
   */
  public Conditie vraag(String sleutel) {
    return vraag(sleutel, subject);
  }

  /**
   * The question to ask about {@code over} when this condition is unknown. Returns this.
   *
   * @param sleutel the question key, e.g. {@code belasting}
   * @param over the id the question is about
   * @return this condition
   */
  public Conditie vraag(String sleutel, String over) {
    if (waarde == Waarheid.ONBEKEND) {
      if (vragen.isEmpty()) {
        vragen = new ArrayList<>(2);
      }
      Vraag v = new Vraag(sleutel, over);
      if (!vragen.contains(v)) {
        vragen.add(v);
      }
    }
    return this;
  }

  /**
   * The questions of the unknown parts this condition was made of: an unknown composite asks what its unknown parts
   * ask. Returns this.
   *
   * @param delen the parts
   * @return this condition
   */
  public Conditie uit(Conditie... delen) {
    if (waarde == Waarheid.ONBEKEND) {
      for (Conditie d : delen) {
        if (d != null && d.waarde == Waarheid.ONBEKEND) {
          d.vragen.forEach(v -> vraag(v.sleutel(), v.subject()));
        }
      }
    }
    return this;
  }

  /**
   * As {@link #uit(Conditie...)} for a collection.
   *
   * @param delen the parts
   * @return this condition
   */
  public Conditie uit(Collection<Conditie> delen) {
    return uit(delen.toArray(new Conditie[0]));
  }

  /**
   * Others this condition involves (they become subjects of the advice too). Returns this.
   *
   * @param ids the ids of the others
   * @return this condition
   */
  public Conditie betrokken(Collection<String> ids) {
    if (!ids.isEmpty()) {
      List<String> l = new ArrayList<>(ids);
      Collections.sort(l);
      betrokken = List.copyOf(l);
    }
    return this;
  }

  /**
   * The name of the condition, e.g. {@code overbelast}.
   *
   * @return the name
   */
  public String naam() {
    return naam;
  }

  /**
   * The id of the subject.
   *
   * @return the subject's id
   */
  public String subject() {
    return subject;
  }

  /**
   * Holds, fails or unknown.
   *
   * @return the truth value
   */
  public Waarheid waarde() {
    return waarde;
  }

  /**
   * Does it hold?
   *
   * @return whether it holds
   */
  public boolean geldt() {
    return waarde == Waarheid.GELDT;
  }

  /**
   * Does it fail?
   *
   * @return whether it fails
   */
  public boolean faalt() {
    return waarde == Waarheid.FAALT;
  }

  /**
   * Is it unknown?
   *
   * @return whether it is unknown
   */
  public boolean onbekend() {
    return waarde == Waarheid.ONBEKEND;
  }

  /**
   * The typed facts, in the order recorded.
   *
   * @return the facts by name
   */
  public Map<String, Object> feiten() {
    return feiten;
  }

  /**
   * The questions when unknown (empty otherwise).
   *
   * @return the questions
   */
  public List<Vraag> vragen() {
    return vragen;
  }

  /**
   * Others involved, sorted.
   *
   * @return the ids of the others
   */
  public List<String> betrokken() {
    return betrokken;
  }

  @Override
  public String toString() {
    return naam + "(" + subject + ")=" + waarde + (feiten.isEmpty() ? "" : " " + feiten) + (vragen.isEmpty() ? "" : " ?" + vragen);
  }
}
