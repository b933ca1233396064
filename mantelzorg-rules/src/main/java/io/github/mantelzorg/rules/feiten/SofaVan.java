package io.github.mantelzorg.rules.feiten;

import io.github.mantelzorg.model.SofaProfiel;

/**
 * Flat fact: the SOFA profile of one carer, inserted for every carer. A carer without a profile gets an empty one
 * (every field unknown) with {@code beoordeeld} false, so that each SOFA condition is derived once and is unknown.
 *
 * @param mantelzorger the carer's id
 * @param profiel the profile (empty when not assessed)
 * @param beoordeeld was a profile recorded at all?
 */
public record SofaVan(String mantelzorger, SofaProfiel profiel, boolean beoordeeld) {
  /**
   * The question key for a missing field: the whole profile when none was recorded, else {@code sofa.<veld>}.
   *
   * @param veld the field, e.g. {@code betrokkenBijZorgplan}
   * @return the question key
   */
  public String vraag(String veld) {
    return beoordeeld ? "sofa." + veld : "sofa";
  }
}
