package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * ZrmProfiel: a dated Zelfredzaamheid-Matrix of the zorgvrager: a level 1-5 for each assessed domain of the 13
 * (ZRM 2017), and optionally the Krachtenwijzer split per domain. Domains not assessed are absent.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableZrmProfiel.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableZrmProfiel.class, using = JsonHost.Reader.class)
public interface ZrmProfiel extends WithZrmProfiel {
  /**
   * Day of the assessment.
   *
   * @return the day of the assessment
   */
  LocalDate datum();

  /**
   * Level per assessed domain.
   *
   * @return the level per domain
   */
  Map<ZrmDomein, ZrmNiveau> niveaus();

  /**
   * Krachtenwijzer split per domain, where recorded.
   *
   * @return the split per domain
   */
  Map<ZrmDomein, Krachtenverdeling> krachtenverdeling();

  /**
   * The level of one domain, if assessed.
   *
   * @param domein the domain
   * @return the level, or empty when not assessed
   */
  default Optional<ZrmNiveau> niveau(ZrmDomein domein) {
    return Optional.ofNullable(niveaus().get(domein));
  }

  /**
   * Is any domain at level 1, acute problems?
   *
   * @return whether any domain is at {@link ZrmNiveau#ACUTE_PROBLEMATIEK}
   */
  default boolean acuut() {
    return niveaus().containsValue(ZrmNiveau.ACUTE_PROBLEMATIEK);
  }

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ZrmProfiel}. */
  final class Builder extends ImmutableZrmProfiel.Builder {}
}
