package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Zorgvrager: the person who needs care (also naaste, hulpvrager or cliënt), at the centre of a care network.
 * Carries the conditions, the zelfregie profile and the ZRM history.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableZorgvrager.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableZorgvrager.class, using = JsonHost.Reader.class)
public interface Zorgvrager extends Persoon, WithZorgvrager {
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
   * Conditions for which care is needed.
   *
   * @return the conditions
   */
  Set<Aandoening> aandoeningen();

  /**
   * Does the zorgvrager live at home?
   *
   * @return whether the zorgvrager lives at home; empty when unknown
   */
  Optional<Boolean> woontThuis();

  /**
   * Is "who takes over the care when I no longer can?" a question (Naasten ontzorgen, Begeleiding à la carte 2020)?
   *
   * @return whether the future of the care is a question; empty when unknown
   */
  Optional<Boolean> toekomstzorgVraag();

  /**
   * Vraagverlegen: finds it hard to ask for help (Movisie 2013).
   *
   * @return whether the zorgvrager finds it hard to ask for help; empty when unknown
   */
  Optional<Boolean> vraagverlegen();

  /**
   * Zelfregie profile, when assessed.
   *
   * @return the zelfregie profile, or empty when not assessed
   */
  Optional<ZelfregieProfiel> zelfregie();

  /**
   * ZRM assessments, in any order; the newest is {@link #laatsteZrm()}.
   *
   * @return the assessments
   */
  List<ZrmProfiel> zrm();

  /**
   * The newest ZRM assessment, if any (computed once per value; not part of equality or JSON).
   *
   * @return the newest assessment, or empty
   */
  @Value.Lazy
  default Optional<ZrmProfiel> laatsteZrm() {
    return zrm().stream().max(Comparator.comparing(ZrmProfiel::datum));
  }

  /**
   * The ZRM assessment before the newest, if any (computed once per value; not part of equality or JSON).
   *
   * @return the assessment before the newest, or empty
   */
  @Value.Lazy
  default Optional<ZrmProfiel> vorigeZrm() {
    return zrm().stream().sorted(Comparator.comparing(ZrmProfiel::datum).reversed()).skip(1).findFirst();
  }

  /**
   * Does the zorgvrager have this condition?
   *
   * @param aandoening the condition
   * @return whether {@link #aandoeningen()} holds it
   */
  default boolean heeft(Aandoening aandoening) {
    return aandoeningen().contains(aandoening);
  }

  /** Checks id and age, and that no two ZRM assessments share a day. */
  @Value.Check
  default void check() {
    Checks c = Checks.of("Zorgvrager").printable("id", id()).printable("naam", naam());
    leeftijd().ifPresent(l -> c.range("leeftijd", l, 0, Drempels.MAX_LEEFTIJD));
    // The newest assessment must be unambiguous: rules compare the newest with the one before.
    java.util.Set<java.time.LocalDate> datums = new java.util.HashSet<>();
    for (int i = 0; i < zrm().size(); i++) {
      c.require(datums.add(zrm().get(i).datum()), "zrm[" + i + "].datum", zrm().get(i).datum(),
          "one ZRM assessment per day");
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

  /** Builds a {@link Zorgvrager}. */
  final class Builder extends ImmutableZorgvrager.Builder {}
}
