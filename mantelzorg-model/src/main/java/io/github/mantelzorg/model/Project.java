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
  /** Name of the project. */
  String naam();

  /** Where support for the project exists, when known. */
  Optional<Draagvlak> draagvlak();

  /** Is the project looking for participants? */
  Optional<Boolean> zoektDeelnemers();

  /** Does it work with people who signed up themselves? */
  Optional<Boolean> deelnemersMeldenZichZelf();

  /** Is the project looking for financing? */
  Optional<Boolean> zoektFinanciering();

  /** Is the project linked to the organisation's strategic course? */
  Optional<Boolean> verbondenMetStrategie();

  /** Checks that the name is printable, non-blank text. */
  @Value.Check
  default void check() {
    Checks.of("Project").printable("naam", naam()).done();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Project}. */
  final class Builder extends ImmutableProject.Builder {}
}
