package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * SamenwerkingsAspecten: which of the four aspects of network collaboration are in order (seed 001: "Wat is je
 * gezamenlijke doel? Wat is ieders eigen belang? Is de relatie op orde? Heb je goede afspraken?").
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSamenwerkingsAspecten.class)
@JsonDeserialize(as = ImmutableSamenwerkingsAspecten.class)
public interface SamenwerkingsAspecten extends WithSamenwerkingsAspecten {
  /** Is there a shared goal? */
  @Value.Default
  default boolean gezamenlijkDoel() {
    return false;
  }

  /** Are each party's interests discussed? */
  @Value.Default
  default boolean eigenBelang() {
    return false;
  }

  /** Is the relationship in order? */
  @Value.Default
  default boolean relatieOpOrde() {
    return false;
  }

  /** Are there agreements about the collaboration? */
  @Value.Default
  default boolean afspraken() {
    return false;
  }

  /** Is this aspect in order? */
  default boolean geregeld(SamenwerkingsAspect aspect) {
    switch (aspect) {
      case GEZAMENLIJK_DOEL:
        return gezamenlijkDoel();
      case EIGEN_BELANG:
        return eigenBelang();
      case RELATIE_OP_ORDE:
        return relatieOpOrde();
      default:
        return afspraken();
    }
  }

  /** The aspects not in order. */
  default Set<SamenwerkingsAspect> ontbrekend() {
    Set<SamenwerkingsAspect> s = EnumSet.noneOf(SamenwerkingsAspect.class);
    for (SamenwerkingsAspect a : SamenwerkingsAspect.values()) {
      if (!geregeld(a)) {
        s.add(a);
      }
    }
    return s;
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SamenwerkingsAspecten}. */
  final class Builder extends ImmutableSamenwerkingsAspecten.Builder {}
}
