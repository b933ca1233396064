package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Doel: a goal of a partnership, with its size (seed 001: make big goals smaller) and theme. */
@Value.Immutable
@JsonSerialize(as = ImmutableDoel.class)
@JsonDeserialize(as = ImmutableDoel.class)
public interface Doel extends WithDoel {
  /** What the goal is, in words. */
  String omschrijving();

  /** Size. */
  DoelOmvang omvang();

  /** Theme. */
  @Value.Default
  default DoelThema thema() {
    return DoelThema.OVERIG;
  }

  /** Is this a goal about respite (any respite, or logeerzorg)? */
  default boolean overRespijt() {
    return thema() == DoelThema.RESPIJTZORG || thema() == DoelThema.LOGEERZORG;
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Doel}. */
  final class Builder extends ImmutableDoel.Builder {}
}
