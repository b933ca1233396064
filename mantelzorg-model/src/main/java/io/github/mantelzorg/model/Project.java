package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Project: an improvement project of an organisation (Begeleiding à la carte 2020), with its support
 * (draagvlak), whether it is looking for participants, and its financing.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProject.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableProject.class, using = JsonHost.Reader.class)
public interface Project extends WithProject {
  /**
   * Name of the project.
   *
   * @return the name
   */
  String naam();

  /**
   * Where support for the project exists, when known.
   *
   * @return the support, or empty when unknown
   */
  Optional<Draagvlak> draagvlak();

  /**
   * Is the project looking for participants?
   *
   * @return whether it is looking for participants; empty when unknown
   */
  Optional<Boolean> zoektDeelnemers();

  /**
   * Does it work with people who signed up themselves?
   *
   * @return whether participants sign up themselves; empty when unknown
   */
  Optional<Boolean> deelnemersMeldenZichZelf();

  /**
   * Is the project looking for financing?
   *
   * @return whether it is looking for financing; empty when unknown
   */
  Optional<Boolean> zoektFinanciering();

  /**
   * Is the project linked to the organisation's strategic course?
   *
   * @return whether it is linked to the strategy; empty when unknown
   */
  Optional<Boolean> verbondenMetStrategie();

  /** Checks that the name is printable, non-blank text. */
  @Value.Check
  default void check() {
    Checks.of("Project").printable("naam", naam()).done();
  }

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Project}. */
  final class Builder extends ImmutableProject.Builder {}
}
