package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.EnumSet;
import java.util.Set;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * SamenwerkingsAspecten: which of the four aspects of network collaboration are in order (Movisies 1, 2022: "Wat is je
 * gezamenlijke doel? Wat is ieders eigen belang? Is de relatie op orde? Heb je goede afspraken?").
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSamenwerkingsAspecten.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableSamenwerkingsAspecten.class, using = JsonHost.Reader.class)
public interface SamenwerkingsAspecten extends WithSamenwerkingsAspecten {
  /**
   * Is there a shared goal?
   *
   * @return whether there is a shared goal; empty when unknown
   */
  Optional<Boolean> gezamenlijkDoel();

  /**
   * Are each party's interests discussed?
   *
   * @return whether each party's interests are discussed; empty when unknown
   */
  Optional<Boolean> eigenBelang();

  /**
   * Is the relationship in order?
   *
   * @return whether the relationship is in order; empty when unknown
   */
  Optional<Boolean> relatieOpOrde();

  /**
   * Are there agreements about the collaboration?
   *
   * @return whether there are agreements; empty when unknown
   */
  Optional<Boolean> afspraken();

  /**
   * Is this aspect in order: stated yes, stated no, or unknown.
   *
   * @param aspect the aspect
   * @return true, false, or empty when unknown
   */
  default Optional<Boolean> geregeld(SamenwerkingsAspect aspect) {
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

  /**
   * The aspects stated not in order.
   *
   * @return the aspects stated not in order
   */
  default Set<SamenwerkingsAspect> ontbrekend() {
    Set<SamenwerkingsAspect> s = EnumSet.noneOf(SamenwerkingsAspect.class);
    for (SamenwerkingsAspect a : SamenwerkingsAspect.values()) {
      if (geregeld(a).equals(Optional.of(false))) {
        s.add(a);
      }
    }
    return s;
  }

  /**
   * The aspects not stated either way.
   *
   * @return the aspects not stated
   */
  default Set<SamenwerkingsAspect> onbekend() {
    Set<SamenwerkingsAspect> s = EnumSet.noneOf(SamenwerkingsAspect.class);
    for (SamenwerkingsAspect a : SamenwerkingsAspect.values()) {
      if (geregeld(a).isEmpty()) {
        s.add(a);
      }
    }
    return s;
  }

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SamenwerkingsAspecten}. */
  final class Builder extends ImmutableSamenwerkingsAspecten.Builder {}
}
