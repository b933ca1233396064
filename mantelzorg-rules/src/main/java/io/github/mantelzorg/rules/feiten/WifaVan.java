package io.github.mantelzorg.rules.feiten;

import io.github.mantelzorg.model.WifaProfiel;

/**
 * Flat fact: the WIFA profile of one volunteer, inserted for every volunteer; an empty profile with
 * {@code beoordeeld} false when none was recorded.
 *
 * @param vrijwilliger the volunteer's id
 * @param profiel the profile (empty when not assessed)
 * @param beoordeeld was a profile recorded at all?
 */
public record WifaVan(String vrijwilliger, WifaProfiel profiel, boolean beoordeeld) {
  /**
   * The question key for a missing field: the whole profile when none was recorded, else {@code wifa.<veld>}.
   *
   * @param veld the field, e.g. {@code informeren}
   * @return the question key
   */
  public String vraag(String veld) {
    return beoordeeld ? "wifa." + veld : "wifa";
  }
}
