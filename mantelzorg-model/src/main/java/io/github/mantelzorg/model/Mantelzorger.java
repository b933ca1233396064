package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Mantelzorger: someone who gives unpaid care that grows out of an existing relationship (Wmo 2015, Movisie 2013), with
 * the intensity of that care, the burden measurements, and the zelfregie and SOFA profiles.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMantelzorger.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableMantelzorger.class, using = JsonHost.Reader.class)
public interface Mantelzorger extends Persoon, WithMantelzorger {
  @Override
  String id();

  @Override
  String naam();

  /**
   * Age in years, when known.
   *
   * @return the age, or empty when unknown
   */
  Optional<Integer> leeftijd();

  /**
   * Relationship to the zorgvrager, when known.
   *
   * @return the relationship, or empty when unknown
   */
  Optional<Relatie> relatie();

  /**
   * Hours of care a week, 0 to 168, when known.
   *
   * @return the hours a week, or empty when unknown
   */
  Optional<Double> urenPerWeek();

  /**
   * Months the care has lasted so far, 0 to 1200, when known.
   *
   * @return the months, or empty when unknown
   */
  Optional<Integer> maanden();

  /**
   * Is this the main carer?
   *
   * @return whether this is the main carer; empty when unknown
   */
  Optional<Boolean> hoofdmantelzorger();

  /**
   * Does the carer recognise themselves as mantelzorger (Movisie 2013: many do not)?
   *
   * @return whether the carer recognises themselves as one; empty when unknown
   */
  Optional<Boolean> herkentZichAlsMantelzorger();

  /**
   * Does the carer have paid work?
   *
   * @return whether the carer has paid work; empty when unknown
   */
  Optional<Boolean> werkt();

  /**
   * Is this a young carer (jonge mantelzorger)?
   *
   * @return whether this is a young carer as stated; empty when unknown
   */
  Optional<Boolean> jongeMantelzorger();

  /**
   * Vraagverlegen: finds it hard to ask for help (Movisie 2013).
   *
   * @return whether the carer finds it hard to ask for help; empty when unknown
   */
  Optional<Boolean> vraagverlegen();

  /**
   * Burden measurements, in any order.
   *
   * @return the measurements
   */
  List<Belastingmeting> belasting();

  /**
   * Zelfregie profile, when assessed.
   *
   * @return the zelfregie profile, or empty when not assessed
   */
  Optional<ZelfregieProfiel> zelfregie();

  /**
   * SOFA profile, when assessed.
   *
   * @return the SOFA profile, or empty when not assessed
   */
  Optional<SofaProfiel> sofa();

  /**
   * Langdurig en intensief: more than 8 hours a week for more than 3 months (SCP). False as soon as either known
   * figure is at or below its threshold; true when both are known and above; otherwise unknown.
   *
   * @return true, false, or empty when unknown
   */
  default Optional<Boolean> langdurigEnIntensief() {
    return ThreeValued.and(ThreeValued.above(urenPerWeek(), Drempels.INTENSIEF_UREN_PER_WEEK),
        ThreeValued.above(maanden(), Drempels.LANGDURIG_MAANDEN));
  }

  /**
   * Is this a young carer (jonge mantelzorger): younger than 18, or stated to be one. True when either says so, false
   * when the carer is stated not to be one and is not known to be under 18, otherwise unknown.
   *
   * @return true, false, or empty when unknown
   */
  default Optional<Boolean> jong() {
    return ThreeValued.or(leeftijd().map(l -> l < Drempels.VOLWASSEN_LEEFTIJD), jongeMantelzorger());
  }

  /**
   * The measurements per instrument, newest first (an instrument without measurements is absent). Derived from
   * {@link #belasting()} once per value and then cached: not an attribute, so not part of equality, {@code with*}
   * copies or JSON.
   *
   * @return the measurements per instrument, each list newest first
   */
  @Value.Lazy
  default Map<Instrument, List<Belastingmeting>> metingenPerInstrument() {
    EnumMap<Instrument, List<Belastingmeting>> per = new EnumMap<>(Instrument.class);
    for (Belastingmeting b : belasting()) {
      per.computeIfAbsent(b.instrument(), i -> new ArrayList<>(2)).add(b);
    }
    // One measurement per instrument per day (see check()), so newest-first is unambiguous.
    per.replaceAll((i, l) -> {
      l.sort(Comparator.comparing(Belastingmeting::datum).reversed());
      return List.copyOf(l);
    });
    return Collections.unmodifiableMap(per);
  }

  /**
   * The newest measurement with this instrument, if any.
   *
   * @param instrument the instrument
   * @return the newest measurement, or empty when there is none with this instrument
   */
  default Optional<Belastingmeting> laatste(Instrument instrument) {
    List<Belastingmeting> l = metingenPerInstrument().get(instrument);
    return l == null ? Optional.empty() : Optional.of(l.get(0));
  }

  /**
   * The measurement with this instrument before the newest one, if any.
   *
   * @param instrument the instrument
   * @return the measurement before the newest, or empty when there is none
   */
  default Optional<Belastingmeting> vorige(Instrument instrument) {
    List<Belastingmeting> l = metingenPerInstrument().get(instrument);
    return l == null || l.size() < 2 ? Optional.empty() : Optional.of(l.get(1));
  }

  /**
   * The newest measurement with any instrument, if any (computed once per value). Two measurements on the same day
   * are ordered by {@link Instrument#NIEUWSTE_EERST}, so the answer never depends on the order of the list.
   *
   * @return the newest measurement, or empty when there is none
   */
  @Value.Lazy
  default Optional<Belastingmeting> laatsteMeting() {
    return belasting().stream().min(Instrument.NIEUWSTE_EERST);
  }

  /** Checks id, ranges of hours, months and age, and that no instrument was used twice on one day. */
  @Value.Check
  default void check() {
    Checks c = Checks.of("Mantelzorger").printable("id", id()).printable("naam", naam());
    urenPerWeek().ifPresent(u -> c.range("urenPerWeek", u, 0, Drempels.MAX_UREN_PER_WEEK));
    maanden().ifPresent(m -> c.range("maanden", m, 0, Drempels.MAX_MAANDEN));
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

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Mantelzorger}. */
  final class Builder extends ImmutableMantelzorger.Builder {
    /**
     * Hours of care a week (also takes a whole number, e.g. {@code urenPerWeek(14)}).
     *
     * @param uren hours a week, 0 to 168
     * @return this builder
     */
    public Builder urenPerWeek(double uren) {
      return (Builder) urenPerWeek(Double.valueOf(uren));
    }
  }
}
