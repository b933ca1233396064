package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.model.Mantelzorgakkoord;
import io.github.mantelzorg.model.Organisatie;
import io.github.mantelzorg.model.Samenwerkingsverband;
import java.util.ArrayList;
import java.util.List;

/**
 * Helper functions for the partnership rules (samenwerking.drl): look-ups in a {@link Samenwerkingsverband} that a
 * DRL constraint cannot express without lambdas. Every method is pure and accepts only non-null arguments.
 */
public final class SamenwerkingHulp {
  private SamenwerkingHulp() {}

  /**
   * Is {@code organisatieId} the carer-support organisation that describes its own positioning? That organisation
   * rates its relations with the others on the participatieladder (seed 004), so it needs no relation with itself.
   *
   * @return true only when a positioning exists and names this organisation
   */
  public static boolean isEigenOrganisatie(Samenwerkingsverband verband, String organisatieId) {
    return verband.positionering().map(p -> p.organisatie().equals(organisatieId)).orElse(false);
  }

  /**
   * The name of a member or candidate, for explanations.
   *
   * @return the organisation's name, or the id itself when it is unknown
   */
  public static String naam(Samenwerkingsverband verband, String organisatieId) {
    return verband.organisatie(organisatieId).map(Organisatie::naam).orElse(organisatieId);
  }

  /**
   * The name of the initiatiefnemer, for explanations.
   *
   * @return the name, or {@code "-"} when no initiatiefnemer was appointed
   */
  public static String naamInitiatiefnemer(Samenwerkingsverband verband) {
    return verband.initiatiefnemerOrganisatie().map(Organisatie::naam).orElse("-");
  }

  /**
   * The signatories of the mantelzorgakkoord that do, or do not, use the 10-minutencheck, in signing order.
   *
   * @param gebruikt true for the users, false for the others
   * @return ids of the signatories; empty when there is no akkoord
   */
  public static List<String> ondertekenaars(Samenwerkingsverband verband, boolean gebruikt) {
    List<String> ids = new ArrayList<>();
    Mantelzorgakkoord akkoord = verband.mantelzorgakkoord().orElse(null);
    if (akkoord == null) {
      return ids;
    }
    for (String id : akkoord.ondertekenaars()) {
      boolean gebruiker = verband.organisatie(id).map(Organisatie::gebruiktTienMinutenCheck).orElse(false);
      if (gebruiker == gebruikt && !ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /**
   * Is the 10-minutencheck spread only partly among the signatories of the mantelzorgakkoord: at least one signatory
   * uses it and at least one does not (Movisies 2022 p.13, Leiden)?
   */
  public static boolean checkDeelsVerspreid(Samenwerkingsverband verband) {
    return !ondertekenaars(verband, true).isEmpty() && !ondertekenaars(verband, false).isEmpty();
  }
}
