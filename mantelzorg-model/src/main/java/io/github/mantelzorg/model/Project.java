package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Project: an improvement project of an organisation (seed 003, Begeleiding à la carte), with its support
 * (draagvlak), whether it is looking for participants, and its financing.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProject.class)
@JsonDeserialize(as = ImmutableProject.class)
public interface Project extends WithProject {
  /** Name of the project. */
  String naam();

  /** Where support for the project exists. */
  Draagvlak draagvlak();

  /** Is the project looking for participants? */
  @Value.Default
  default boolean zoektDeelnemers() {
    return false;
  }

  /** Does it work with people who signed up themselves? */
  @Value.Default
  default boolean deelnemersMeldenZichZelf() {
    return false;
  }

  /** Is the project looking for financing? */
  @Value.Default
  default boolean zoektFinanciering() {
    return false;
  }

  /** Is the project linked to the organisation's strategic course? */
  @Value.Default
  default boolean verbondenMetStrategie() {
    return false;
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Project}. */
  final class Builder extends ImmutableProject.Builder {}
}
