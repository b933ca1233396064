package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * LerendNetwerk: a group of projects or organisations that meets regularly with a coach to share tips and
 * experiences (Begeleiding à la carte 2020); records the last meeting.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLerendNetwerk.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableLerendNetwerk.class, using = JsonHost.Reader.class)
public interface LerendNetwerk extends WithLerendNetwerk {
  /**
   * Name.
   *
   * @return the name
   */
  String naam();

  /**
   * Coach, when there is one.
   *
   * @return the coach, or empty when there is none
   */
  Optional<String> coach();

  /**
   * Day of the last meeting, if any.
   *
   * @return the day of the last meeting, or empty
   */
  Optional<LocalDate> laatsteBijeenkomst();

  /**
   * Was the topic chosen from the monitoring conversations?
   *
   * @return whether the topic was chosen that way; empty when unknown
   */
  Optional<Boolean> onderwerpGekozenUitMonitoring();

  /**
   * Did participants agree what they will share next time?
   *
   * @return whether they agreed on it; empty when unknown
   */
  Optional<Boolean> afspraakVolgendeKeer();

  /** Checks that the name and the coach are printable, non-blank text. */
  @Value.Check
  default void check() {
    Checks.of("LerendNetwerk").printable("naam", naam()).printable("coach", coach()).done();
  }

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LerendNetwerk}. */
  final class Builder extends ImmutableLerendNetwerk.Builder {}
}
