package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * ElevatorPitch: a one-minute story of what the organisation does for carers (MantelzorgNL, Werkboek 1), for one
 * audience, with the four questions it answers and the tips followed.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableElevatorPitch.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableElevatorPitch.class, using = JsonHost.Reader.class)
public interface ElevatorPitch extends WithElevatorPitch {
  /**
   * Audience.
   *
   * @return the audience
   */
  PitchDoelgroep doelgroep();

  /**
   * Questions the pitch answers.
   *
   * @return the questions answered
   */
  Set<PitchVraag> beantwoordeVragen();

  /**
   * Does it open with a surprising fact or figure?
   *
   * @return whether it opens with a surprising fact or figure; empty when unknown
   */
  Optional<Boolean> openingsfeit();

  /**
   * Does it close with a concrete proposal?
   *
   * @return whether it closes with a concrete proposal; empty when unknown
   */
  Optional<Boolean> concreetVoorstel();

  /**
   * Was it tried out with colleagues?
   *
   * @return whether it was tried out; empty when unknown
   */
  Optional<Boolean> getest();

  /**
   * Does it answer all four questions?
   *
   * @return whether it answers all four questions
   */
  default boolean volledig() {
    return beantwoordeVragen().size() == PitchVraag.values().length;
  }

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ElevatorPitch}. */
  final class Builder extends ImmutableElevatorPitch.Builder {}
}
