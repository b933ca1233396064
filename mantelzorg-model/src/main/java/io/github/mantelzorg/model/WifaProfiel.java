package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * WifaProfiel: how an organisation or professional works with one volunteer along the four WIFA aspects (seed 002),
 * with the sourced practice items: intake, last appreciation, last evaluation, written agreements.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWifaProfiel.class)
@JsonDeserialize(as = ImmutableWifaProfiel.class)
public interface WifaProfiel extends WithWifaProfiel {
  /** Waarderen. */
  @Value.Default
  default WifaStatus waarderen() {
    return WifaStatus.ONBEKEND;
  }

  /** Informeren. */
  @Value.Default
  default WifaStatus informeren() {
    return WifaStatus.ONBEKEND;
  }

  /** Faciliteren. */
  @Value.Default
  default WifaStatus faciliteren() {
    return WifaStatus.ONBEKEND;
  }

  /** Afstemmen. */
  @Value.Default
  default WifaStatus afstemmen() {
    return WifaStatus.ONBEKEND;
  }

  /** Did the volunteer have an intake conversation about their motives? */
  @Value.Default
  default boolean intakeGehad() {
    return false;
  }

  /** Day of the last explicit appreciation, if any. */
  Optional<LocalDate> laatsteWaardering();

  /** Day of the last joint evaluation, if any. */
  Optional<LocalDate> laatsteEvaluatie();

  /** Are agreements with the volunteer written down? */
  @Value.Default
  default boolean afsprakenVastgelegd() {
    return false;
  }

  /** The status of one aspect. */
  default WifaStatus status(WifaAspect aspect) {
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
