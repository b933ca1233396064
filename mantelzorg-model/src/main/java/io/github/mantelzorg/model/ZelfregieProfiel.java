package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * ZelfregieProfiel: a dated view of someone's zelfregie (self-direction) on its four elements (seed 002), plus
 * whether they can also give to others (wederkerigheid). Each element is {@link ZelfregieNiveau#ONBEKEND} until
 * assessed.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableZelfregieProfiel.class)
@JsonDeserialize(as = ImmutableZelfregieProfiel.class)
public interface ZelfregieProfiel extends WithZelfregieProfiel {
  /** Day of the assessment. */
  LocalDate datum();

  /** Eigenaarschap: owning one's life and choices. */
  @Value.Default
  default ZelfregieNiveau eigenaarschap() {
    return ZelfregieNiveau.ONBEKEND;
  }

  /** Eigen kracht: capacity to decide oneself. */
  @Value.Default
  default ZelfregieNiveau eigenKracht() {
    return ZelfregieNiveau.ONBEKEND;
  }

  /** Motivatie: values and meaning. */
  @Value.Default
  default ZelfregieNiveau motivatie() {
    return ZelfregieNiveau.ONBEKEND;
  }

  /** Contacten: social network and reciprocity. */
  @Value.Default
  default ZelfregieNiveau contacten() {
    return ZelfregieNiveau.ONBEKEND;
  }

  /** Wederkerigheid: can this person also mean something to others? */
  @Value.Default
  default boolean wederkerigheid() {
    return false;
  }

  /** The level of one element. */
  default ZelfregieNiveau niveau(ZelfregieElement element) {
    switch (element) {
      case EIGENAARSCHAP:
        return eigenaarschap();
      case EIGEN_KRACHT:
        return eigenKracht();
      case MOTIVATIE:
        return motivatie();
      default:
        return contacten();
    }
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ZelfregieProfiel}. */
  final class Builder extends ImmutableZelfregieProfiel.Builder {}
}
