package io.github.mantelzorg.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Ids across a case: in one {@link Casus} an id denotes one thing, so that advice given under an id is about that
 * thing only. Network ids are unique, and so is the partnership's id; no id is used for two kinds of thing (a
 * network, the partnership, a person, an organisation). The same person may recur (a volunteer helping several
 * clients, a carer who is also an expert by experience) with the same name, and the same organisation (in several
 * networks and the partnership) with the same name and, where both state one, the same type.
 */
final class CasusIds {
  private static final String UNIQUE = "an id not used elsewhere in this value";

  private CasusIds() {}

  /** Kind of thing an id can denote. */
  private enum Soort {
    NETWERK, VERBAND, PERSOON, ORGANISATIE
  }

  /** The first use of an id, and the first type stated for it (organisations). */
  private static final class Eerste {
    final Soort soort;
    final String path;
    final String naam;
    OrganisatieType type;
    String typePath;

    Eerste(Soort soort, String path, String naam, OrganisatieType type) {
      this.soort = soort;
      this.path = path;
      this.naam = naam;
      this.type = type;
      this.typePath = type == null ? null : path;
    }
  }

  /**
   * Every use of an id that clashes with its first use, in document order (networks, then the partnership).
   *
   * @param netwerkPrefix the path of network {@code i} with a trailing dot ({@code zorgnetwerken[i].}), or empty
   * @param verbandPrefix the path of the partnership with a trailing dot, or empty
   */
  static List<Problem> clashes(List<Zorgnetwerk> netwerken, Optional<Samenwerkingsverband> verband,
      IntFunction<String> netwerkPrefix, String verbandPrefix) {
    CasusIds.Register r = new Register();
    for (int i = 0; i < netwerken.size(); i++) {
      Zorgnetwerk n = netwerken.get(i);
      String p = netwerkPrefix.apply(i);
      r.add(n.id(), Soort.NETWERK, p + "id", null, null);
      r.add(n.zorgvrager().id(), Soort.PERSOON, p + "zorgvrager.id", n.zorgvrager().naam(), null);
      r.personen(p + "mantelzorgers", n.mantelzorgers());
      r.personen(p + "vrijwilligers", n.vrijwilligers());
      r.personen(p + "beroepskrachten", n.beroepskrachten());
      r.personen(p + "informeleContacten", n.informeleContacten());
      r.personen(p + "ervaringsdeskundigen", n.ervaringsdeskundigen());
      r.organisaties(p + "organisaties", n.organisaties());
    }
    verband.ifPresent(v -> {
      r.add(v.id(), Soort.VERBAND, verbandPrefix + "id", null, null);
      r.organisaties(verbandPrefix + "leden", v.leden());
      r.organisaties(verbandPrefix + "kandidaten", v.kandidaten());
    });
    return r.problems;
  }

  private static final class Register {
    private final Map<String, Eerste> eerste = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    void personen(String lijst, List<? extends Persoon> personen) {
      for (int i = 0; i < personen.size(); i++) {
        add(personen.get(i).id(), Soort.PERSOON, lijst + "[" + i + "].id", personen.get(i).naam(), null);
      }
    }

    void organisaties(String lijst, List<Organisatie> organisaties) {
      for (int i = 0; i < organisaties.size(); i++) {
        Organisatie o = organisaties.get(i);
        add(o.id(), Soort.ORGANISATIE, lijst + "[" + i + "].id", o.naam(), o.type().orElse(null));
        personen(lijst + "[" + i + "].ervaringsdeskundigen", o.ervaringsdeskundigen());
      }
    }

    void add(String id, Soort soort, String path, String naam, OrganisatieType type) {
      Eerste e = eerste.get(id);
      if (e == null) {
        eerste.put(id, new Eerste(soort, path, naam, type));
        return;
      }
      String value = Checks.quote(id);
      if (e.soort != soort || soort == Soort.NETWERK || soort == Soort.VERBAND) {
        problems.add(new Problem(path, value, UNIQUE + ": " + e.path + " uses it for " + beschrijf(e)));
      } else if (!e.naam.equals(naam)) {
        problems.add(new Problem(path, value, UNIQUE + ", or one for the same " + zelfde(soort) + ": " + e.path
            + " uses it for " + beschrijf(e)));
      } else if (type != null && e.type != null && e.type != type) {
        problems.add(new Problem(path, value, UNIQUE + ", or one for the same " + zelfde(soort) + ": " + e.typePath
            + " uses it for " + beschrijf(e)));
      } else if (type != null && e.type == null) {
        e.type = type;
        e.typePath = path;
      }
    }

    private static String zelfde(Soort soort) {
      return soort == Soort.PERSOON ? "person (same name)" : "organisation (same name and type)";
    }

    private static String beschrijf(Eerste e) {
      switch (e.soort) {
        case NETWERK:
          return "a care network";
        case VERBAND:
          return "the partnership";
        case PERSOON:
          return "the person " + Checks.quote(e.naam);
        default:
          return "the organisation " + Checks.quote(e.naam) + (e.type == null ? "" : " (" + e.type + ")");
      }
    }
  }
}
