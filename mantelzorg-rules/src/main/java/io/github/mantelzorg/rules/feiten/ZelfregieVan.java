package io.github.mantelzorg.rules.feiten;

import io.github.mantelzorg.model.ZelfregieProfiel;

/**
 * Flat fact: the zelfregie profile of one person (the zorgvrager or a carer), inserted for each of them; an empty
 * profile with {@code beoordeeld} false when none was recorded.
 *
 * @param persoon the person's id
 * @param zorgvrager is this the zorgvrager (else a carer)?
 * @param profiel the profile (empty when not assessed)
 * @param beoordeeld was a profile recorded at all?
 */
public record ZelfregieVan(String persoon, boolean zorgvrager, ZelfregieProfiel profiel, boolean beoordeeld) {
  /**
   * The question key for a missing element: the whole profile when none was recorded, else {@code zelfregie.<veld>}.
   *
   * @param veld the element, e.g. {@code eigenKracht}
   * @return the question key
   */
  public String vraag(String veld) {
    return beoordeeld ? "zelfregie." + veld : "zelfregie";
  }
}
