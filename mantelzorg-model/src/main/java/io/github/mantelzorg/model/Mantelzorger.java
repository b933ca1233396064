package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Mantelzorger: someone who gives unpaid care that grows out of an existing relationship (Wmo 2015, seed 002), with
 * the intensity of that care, the burden measurements, and the zelfregie and SOFA profiles.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMantelzorger.class)
@JsonDeserialize(as = ImmutableMantelzorger.class)
public interface Mantelzorger extends Persoon, WithMantelzorger {
  @Override
  String id();

  @Override
  String naam();

  /** Age in years, when known. */
  Optional<Integer> leeftijd();

  /** Relationship to the zorgvrager. */
  Relatie relatie();

  /** Hours of care a week, 0 to 168. */
  double urenPerWeek();

  /** Months the care has lasted so far, 0 to 1200. */
  int maanden();

  /** Is this the main carer? */
  @Value.Default
  default boolean hoofdmantelzorger() {
    return false;
  }

  /** Does the carer recognise themselves as mantelzorger (seed 002: many do not)? */
  @Value.Default
  default boolean herkentZichAlsMantelzorger() {
    return true;
  }

  /** Does the carer have paid work? */
  @Value.Default
  default boolean werkt() {
    return false;
  }

  /** Is this a young carer (jonge mantelzorger)? */
  @Value.Default
  default boolean jongeMantelzorger() {
    return false;
  }

  /** Vraagverlegen: finds it hard to ask for help (seed 002). */
  @Value.Default
  default boolean vraagverlegen() {
    return false;
  }

  /** Burden measurements, in any order. */
  List<Belastingmeting> belasting();

  /** Zelfregie profile, when assessed. */
  Optional<ZelfregieProfiel> zelfregie();

  /** SOFA profile, when assessed. */
  Optional<SofaProfiel> sofa();

  /** Long-term and intensive care: more than 8 hours a week for more than 3 months (SCP). */
  default boolean langdurigEnIntensief() {
    return urenPerWeek() > Drempels.INTENSIEF_UREN_PER_WEEK && maanden() > Drempels.LANGDURIG_MAANDEN;
  }

  /** The newest measurement with this instrument, if any. */
  default Optional<Belastingmeting> laatste(Instrument instrument) {
    return belasting().stream()
        .filter(b -> b.instrument() == instrument)
        .max(Comparator.comparing(Belastingmeting::datum));
  }

  /** The measurement with this instrument before the newest one, if any. */
  default Optional<Belastingmeting> vorige(Instrument instrument) {
    return belasting().stream()
        .filter(b -> b.instrument() == instrument)
        .sorted(Comparator.comparing(Belastingmeting::datum).reversed())
        .skip(1)
        .findFirst();
  }

  /** The newest measurement with any instrument, if any. */
  default Optional<Belastingmeting> laatsteMeting() {
    return belasting().stream().max(Comparator.comparing(Belastingmeting::datum));
  }

  /**
   * Overbelast: does the newest measurement of any instrument with a cut-off (CSI, EDIZ-plus, 10-minutencheck)
   * signal overload?
   */
  default boolean overbelast() {
    for (Instrument i : Instrument.values()) {
      if (laatste(i).map(Belastingmeting::overbelast).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** Checks id, ranges of hours, months and age, and that no instrument was used twice on one day. */
  @Value.Check
  default void check() {
    Checks c = Checks.of("Mantelzorger")
        .notBlank("id", id())
        .range("urenPerWeek", urenPerWeek(), 0, Drempels.MAX_UREN_PER_WEEK)
        .range("maanden", maanden(), 0, Drempels.MAX_MAANDEN);
    leeftijd().ifPresent(l -> c.range("leeftijd", l, 0, Drempels.MAX_LEEFTIJD));
    // The newest measurement per instrument must be unambiguous: rules compare the newest with the one before.
    java.util.Set<String> gezien = new java.util.HashSet<>();
    for (int i = 0; i < belasting().size(); i++) {
      Belastingmeting b = belasting().get(i);
      c.require(gezien.add(b.instrument() + "@" + b.datum()), "belasting[" + i + "].datum", b.datum(),
          "one " + b.instrument() + " measurement per day");
    }
    c.done();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Mantelzorger}. */
  final class Builder extends ImmutableMantelzorger.Builder {}
}
