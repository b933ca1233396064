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
  /** Waarderen. */
  Optional<WifaStatus> waarderen();

  /** Informeren. */
  Optional<WifaStatus> informeren();

  /** Faciliteren. */
  Optional<WifaStatus> faciliteren();

  /** Afstemmen. */
  Optional<WifaStatus> afstemmen();

  /** Did the volunteer have an intake conversation about their motives? */
  Optional<Boolean> intakeGehad();

  /** Day of the last explicit appreciation; absent means unknown unless {@link #geen()} says there never was one. */
  Optional<LocalDate> laatsteWaardering();

  /** Day of the last joint evaluation; absent means unknown unless {@link #geen()} says there never was one. */
  Optional<LocalDate> laatsteEvaluatie();

  /** The moments this record states never happened (as opposed to not mentioned: unknown). */
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

  /** Are agreements with the volunteer written down? */
  Optional<Boolean> afsprakenVastgelegd();

  /** The status of one aspect. */
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

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WifaProfiel}. */
  final class Builder extends ImmutableWifaProfiel.Builder {}
}
