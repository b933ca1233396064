package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.Persoon;
import io.github.mantelzorg.model.ZelfregieElement;
import io.github.mantelzorg.model.ZelfregieNiveau;
import io.github.mantelzorg.model.ZelfregieProfiel;
import io.github.mantelzorg.model.Zorgvrager;
import java.util.Optional;

/**
 * Helpers for the zelfregie rules (zelfregie.drl). Zelfregie applies to the zorgvrager and to every mantelzorger
 * (seed 002), so one rule matches any {@link Persoon} fact and reaches the profile through {@link #profiel(Persoon)}:
 * that keeps one rule per catalogue code and one advice per person.
 */
public final class ZelfregieHulp {
  private ZelfregieHulp() {}

  /**
   * The zelfregie profile of a person, or {@code null} when the person has none or is not a zorgvrager or
   * mantelzorger (volunteers and professionals carry no profile). Null so that DRL {@code from} skips the person.
   */
  public static ZelfregieProfiel profiel(Persoon p) {
    Optional<ZelfregieProfiel> z = Optional.empty();
    if (p instanceof Zorgvrager zv) {
      z = zv.zelfregie();
    } else if (p instanceof Mantelzorger m) {
      z = m.zelfregie();
    }
    return z.orElse(null);
  }

  /** The person's role in the network as the care worker says it: "zorgvrager" or "mantelzorger". */
  public static String rol(Persoon p) {
    return p instanceof Zorgvrager ? "zorgvrager" : "mantelzorger";
  }

  /** Are all four elements of the profile {@link ZelfregieNiveau#ZWAK} (rule ZR-06)? */
  public static boolean allesZwak(ZelfregieProfiel z) {
    for (ZelfregieElement e : ZelfregieElement.values()) {
      if (z.niveau(e) != ZelfregieNiveau.ZWAK) {
        return false;
      }
    }
    return true;
  }
}
