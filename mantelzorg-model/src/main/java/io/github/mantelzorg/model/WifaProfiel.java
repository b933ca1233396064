package io.github.mantelzorg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * WifaProfiel: how an organisation or professional works with one volunteer along the four WIFA aspects (Movisie 2013),
 * with the sourced practice items: intake, last appreciation, last evaluation, written agreements.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWifaProfiel.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableWifaProfiel.class, using = JsonHost.Reader.class)
public interface WifaProfiel extends WithWifaProfiel {
  /**
   * Waarderen.
   *
   * @return the status of waarderen (appreciating), or empty when not assessed
   */
  Optional<WifaStatus> waarderen();

  /**
   * Informeren.
   *
   * @return the status of informeren (informing), or empty when not assessed
   */
  Optional<WifaStatus> informeren();

  /**
   * Faciliteren.
   *
   * @return the status of faciliteren (facilitating), or empty when not assessed
   */
  Optional<WifaStatus> faciliteren();

  /**
   * Afstemmen.
   *
   * @return the status of afstemmen (aligning), or empty when not assessed
   */
  Optional<WifaStatus> afstemmen();

  /**
   * Did the volunteer have an intake conversation about their motives?
   *
   * @return whether the volunteer had an intake; empty when unknown
   */
  Optional<Boolean> intakeGehad();

  /**
   * Day of the last explicit appreciation; absent means unknown unless {@link #geen()} says there never was one.
   *
   * @return the day, or empty
   */
  Optional<LocalDate> laatsteWaardering();

  /**
   * Day of the last joint evaluation; absent means unknown unless {@link #geen()} says there never was one.
   *
   * @return the day, or empty
   */
  Optional<LocalDate> laatsteEvaluatie();

  /**
   * The moments this record states never happened (as opposed to not mentioned: unknown).
   *
   * @return the moments stated never to have happened
   */
  Set<Onderdeel> geen();

  /** Onderdeel: a moment that a WIFA profile can state never happened. */
  enum Onderdeel {
    /** The volunteer was never explicitly appreciated. */
    @JsonProperty("laatsteWaardering") LAATSTE_WAARDERING,
    /** There never was a joint evaluation. */
    @JsonProperty("laatsteEvaluatie") LAATSTE_EVALUATIE
  }

  /** Checks that a moment stated as never ({@link #geen()}) has no date. */
  @Value.Check
  default void check() {
    Checks c = Checks.of("WifaProfiel");
    Checks.geen(c, geen(), java.util.Map.of(Onderdeel.LAATSTE_WAARDERING, laatsteWaardering().isPresent(),
        Onderdeel.LAATSTE_EVALUATIE, laatsteEvaluatie().isPresent()));
    c.done();
  }

  /**
   * Are agreements with the volunteer written down?
   *
   * @return whether the agreements are written down; empty when unknown
   */
  Optional<Boolean> afsprakenVastgelegd();

  /**
   * The status of one aspect.
   *
   * @param aspect the aspect
   * @return the status, or empty when not assessed
   */
  default Optional<WifaStatus> status(WifaAspect aspect) {
    switch (aspect) {
      case WAARDEREN:
        return waarderen();
      case INFORMEREN:
        return informeren();
      case FACILITEREN:
        return faciliteren();
      default:
        return afstemmen();
    }
  }

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WifaProfiel}. */
  final class Builder extends ImmutableWifaProfiel.Builder {}
}
