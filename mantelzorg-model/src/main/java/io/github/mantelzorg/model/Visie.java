package io.github.mantelzorg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Visie: a shared vision on carer support (MantelzorgNL, Werkboek 1): what it builds on, its leidende principes (five
 * to at most eight), whether it is translated into concrete steps and whether everyone's role is agreed.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVisie.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableVisie.class, using = JsonHost.Reader.class)
public interface Visie extends WithVisie {
  /**
   * Sources the vision builds on.
   *
   * @return the sources
   */
  Set<VisieBron> bronnen();

  /**
   * Guiding principles; absent means unknown unless {@link #geen()} says none are formulated.
   *
   * @return the guiding principles
   */
  List<String> leidendePrincipes();

  /**
   * The parts this record states are absent (as opposed to not mentioned: unknown).
   *
   * @return the parts stated absent
   */
  Set<Onderdeel> geen();

  /** Onderdeel: a part of a vision that a record can state to be absent. */
  enum Onderdeel {
    /** No guiding principles are formulated. */
    @JsonProperty("leidendePrincipes") LEIDENDE_PRINCIPES
  }

  /** Checks that a part stated absent is not given. */
  @Value.Check
  default void check() {
    Checks c = Checks.of("Visie");
    Checks.geen(c, geen(), java.util.Map.of(Onderdeel.LEIDENDE_PRINCIPES, !leidendePrincipes().isEmpty()));
    c.done();
  }

  /**
   * Is the vision translated into concrete steps (agreements, policy, execution)?
   *
   * @return whether the vision is translated into steps; empty when unknown
   */
  Optional<Boolean> vertaaldInStappen();

  /**
   * Are the roles of everyone agreed?
   *
   * @return whether the roles are agreed; empty when unknown
   */
  Optional<Boolean> rollenAfgesproken();

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Visie}. */
  final class Builder extends ImmutableVisie.Builder {}
}
