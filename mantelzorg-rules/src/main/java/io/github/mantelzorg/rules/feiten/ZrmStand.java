package io.github.mantelzorg.rules.feiten;

import io.github.mantelzorg.model.ZrmProfiel;
import java.util.Optional;

/**
 * Flat fact: the zorgvrager's newest ZRM assessment up to the evaluation date, and the one before it.
 *
 * @param zorgvrager the zorgvrager's id
 * @param nieuwste the newest assessment, if any
 * @param vorige the assessment before it, if any
 * @param actueel whether the newest assessment is recent enough to tell the current state (at most
 *     {@link io.github.mantelzorg.model.Drempels#METING_GELDIG_MAANDEN} months before the evaluation date); false
 *     without an assessment
 */
public record ZrmStand(String zorgvrager, Optional<ZrmProfiel> nieuwste, Optional<ZrmProfiel> vorige, boolean actueel) {

  /**
   * The newest assessment if it is recent enough to tell the current state.
   *
   * @return the newest assessment, or empty when there is none or it is too old
   */
  public Optional<ZrmProfiel> actueelste() {
    return actueel ? nieuwste : Optional.empty();
  }
}
