package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * NetwerkCoaching: a running trajectory of Een Sterk Sociaal Netwerk, in which a volunteer netwerkcoach helps the
 * client map and strengthen their network in ten steps.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNetwerkCoaching.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableNetwerkCoaching.class, using = JsonHost.Reader.class)
public interface NetwerkCoaching extends WithNetwerkCoaching {
  /**
   * Id of the volunteer who coaches, when assigned; must be one of the network's vrijwilligers.
   *
   * @return the coach's id, or empty when none is assigned
   */
  Optional<String> netwerkcoach();

  /**
   * The current step.
   *
   * @return the current step
   */
  NetwerkStap huidigeStap();

  /**
   * Is the current step completed?
   *
   * @return whether the current step is completed; empty when unknown
   */
  Optional<Boolean> stapAfgerond();

  /**
   * Day the current step started.
   *
   * @return the day the current step started
   */
  LocalDate sinds();

  /**
   * The phase of the current step.
   *
   * @return the phase
   */
  default NetwerkFase fase() {
    return huidigeStap().fase();
  }

  /** Checks that the netwerkcoach reference is printable text. */
  @Value.Check
  default void check() {
    Checks.of("NetwerkCoaching").printable("netwerkcoach", netwerkcoach()).done();
  }

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NetwerkCoaching}. */
  final class Builder extends ImmutableNetwerkCoaching.Builder {}
}
