package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Ervaringsdeskundige: an expert by experience who uses their own experience for others (Movisies 2, 2019; Begeleiding
 * à la carte 2020), e.g. a former carer; may be requested via MantelzorgNL (Werkboek 1).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableErvaringsdeskundige.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableErvaringsdeskundige.class, using = JsonHost.Reader.class)
public interface Ervaringsdeskundige extends Persoon, WithErvaringsdeskundige {
  @Override
  String id();

  @Override
  String naam();

  /**
   * Theme of the experience, e.g. "mantelzorg".
   *
   * @return the theme, or empty when unknown
   */
  Optional<String> thema();

  /**
   * Was this person found via MantelzorgNL?
   *
   * @return whether this person was found via MantelzorgNL; empty when unknown
   */
  Optional<Boolean> viaMantelzorgNL();

  /** Checks the id. */
  @Value.Check
  default void check() {
    Checks.of("Ervaringsdeskundige").printable("id", id()).printable("naam", naam()).done();
  }

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Ervaringsdeskundige}. */
  final class Builder extends ImmutableErvaringsdeskundige.Builder {}
}
