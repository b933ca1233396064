package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * ZelfregieProfiel: a dated view of someone's zelfregie (self-direction) on its four elements (Movisie 2013), plus
 * whether they can also give to others (wederkerigheid). Every element is unknown until
 * stated (left out).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableZelfregieProfiel.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableZelfregieProfiel.class, using = JsonHost.Reader.class)
public interface ZelfregieProfiel extends WithZelfregieProfiel {
  /**
   * Day of the assessment.
   *
   * @return the day of the assessment
   */
  LocalDate datum();

  /**
   * Eigenaarschap: owning one's life and choices.
   *
   * @return the level, or empty when not assessed
   */
  Optional<ZelfregieNiveau> eigenaarschap();

  /**
   * Eigen kracht: capacity to decide oneself.
   *
   * @return the level, or empty when not assessed
   */
  Optional<ZelfregieNiveau> eigenKracht();

  /**
   * Motivatie: values and meaning.
   *
   * @return the level, or empty when not assessed
   */
  Optional<ZelfregieNiveau> motivatie();

  /**
   * Contacten: social network and reciprocity.
   *
   * @return the level, or empty when not assessed
   */
  Optional<ZelfregieNiveau> contacten();

  /**
   * Wederkerigheid: can this person also mean something to others?
   *
   * @return whether this person can mean something to others; empty when unknown
   */
  Optional<Boolean> wederkerigheid();

  /**
   * The level of one element.
   *
   * @param element the element
   * @return the level, or empty when not assessed
   */
  default Optional<ZelfregieNiveau> niveau(ZelfregieElement element) {
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

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ZelfregieProfiel}. */
  final class Builder extends ImmutableZelfregieProfiel.Builder {}
}
