package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Doel: a goal of a partnership, with its size (Movisies 1, 2022: make big goals smaller) and theme. */
@Value.Immutable
@JsonSerialize(as = ImmutableDoel.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableDoel.class, using = JsonHost.Reader.class)
public interface Doel extends WithDoel {
  /**
   * What the goal is, in words.
   *
   * @return the description
   */
  String omschrijving();

  /**
   * Size, when known.
   *
   * @return the size, or empty when unknown
   */
  Optional<DoelOmvang> omvang();

  /**
   * Theme.
   *
   * @return the theme, or empty when unknown
   */
  Optional<DoelThema> thema();

  /**
   * Is this goal stated to be about respite (any respite, or logeerzorg)?
   *
   * @return whether the theme is respijtzorg or logeerzorg
   */
  default boolean overRespijt() {
    return thema().filter(t -> t == DoelThema.RESPIJTZORG || t == DoelThema.LOGEERZORG).isPresent();
  }

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Doel}. */
  final class Builder extends ImmutableDoel.Builder {}
}
