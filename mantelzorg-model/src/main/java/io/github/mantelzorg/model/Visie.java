package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Visie: a shared vision on carer support (seed 004): what it builds on, its leidende principes (five to at most
 * eight), whether it is translated into concrete steps and whether everyone's role is agreed.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVisie.class)
@JsonDeserialize(as = ImmutableVisie.class)
public interface Visie extends WithVisie {
  /** Sources the vision builds on. */
  Set<VisieBron> bronnen();

  /** Guiding principles. */
  List<String> leidendePrincipes();

  /** Is the vision translated into concrete steps (agreements, policy, execution)? */
  @Value.Default
  default boolean vertaaldInStappen() {
    return false;
  }

  /** Are the roles of everyone agreed? */
  @Value.Default
  default boolean rollenAfgesproken() {
    return false;
  }

  /** Is the number of guiding principles within five to eight? */
  default boolean principesBinnenBereik() {
    int n = leidendePrincipes().size();
    return n >= Drempels.LEIDENDE_PRINCIPES_MIN && n <= Drempels.LEIDENDE_PRINCIPES_MAX;
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Visie}. */
  final class Builder extends ImmutableVisie.Builder {}
}
