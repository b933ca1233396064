package io.github.mantelzorg.examples;

import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Organisatie;
import io.github.mantelzorg.model.Persoon;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Zorgnetwerk;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Namen: the display names of the persons, organisations, networks and partnerships in one {@link Casus}, so that
 * advice can be shown as "Peter de Vries (mantelzorger)" instead of {@code mz-peter}.
 *
 * <p>Ids are only unique within one network or partnership (two networks of a caseload may both have a
 * {@code zv-1}), so names are looked up per context first and only then among all names of the case.
 */
public final class Namen {
  /** What a named thing is; the printer turns it into a word in the reader's language. */
  public enum Soort {
    /** The person cared for. */
    ZORGVRAGER,
    /** A carer. */
    MANTELZORGER,
    /** A volunteer. */
    VRIJWILLIGER,
    /** A professional. */
    BEROEPSKRACHT,
    /** A relative, friend or neighbour outside the care. */
    INFORMEEL_CONTACT,
    /** An expert by experience. */
    ERVARINGSDESKUNDIGE,
    /** An organisation. */
    ORGANISATIE,
    /** A care network. */
    ZORGNETWERK,
    /** A partnership. */
    SAMENWERKINGSVERBAND
  }

  /**
   * A display name.
   *
   * @param naam the name from the input
   * @param soort what it is
   */
  public record Naam(String naam, Soort soort) {}

  private final Map<String, Map<String, Naam>> perContext = new HashMap<>();
  private final Map<String, Naam> overal = new HashMap<>();

  private Namen() {}

  /** Collects the names of everything in the case. */
  public static Namen van(Casus casus) {
    Namen n = new Namen();
    for (Zorgnetwerk z : casus.zorgnetwerken()) {
      String c = z.id();
      n.put(c, c, new Naam(z.zorgvrager().naam(), Soort.ZORGNETWERK));
      n.put(c, z.zorgvrager(), Soort.ZORGVRAGER);
      z.mantelzorgers().forEach(p -> n.put(c, p, Soort.MANTELZORGER));
      z.vrijwilligers().forEach(p -> n.put(c, p, Soort.VRIJWILLIGER));
      z.beroepskrachten().forEach(p -> n.put(c, p, Soort.BEROEPSKRACHT));
      z.informeleContacten().forEach(p -> n.put(c, p, Soort.INFORMEEL_CONTACT));
      z.ervaringsdeskundigen().forEach(p -> n.put(c, p, Soort.ERVARINGSDESKUNDIGE));
      n.organisaties(c, z.organisaties());
    }
    casus.samenwerkingsverband().ifPresent(v -> n.verband(v));
    return n;
  }

  private void verband(Samenwerkingsverband v) {
    String c = v.id();
    put(c, c, new Naam(v.naam(), Soort.SAMENWERKINGSVERBAND));
    organisaties(c, v.leden());
    organisaties(c, v.kandidaten());
  }

  private void organisaties(String context, List<Organisatie> organisaties) {
    for (Organisatie o : organisaties) {
      put(context, o.id(), new Naam(o.naam(), Soort.ORGANISATIE));
      o.ervaringsdeskundigen().forEach(p -> put(context, p, Soort.ERVARINGSDESKUNDIGE));
    }
  }

  private void put(String context, Persoon p, Soort soort) {
    put(context, p.id(), new Naam(p.naam(), soort));
  }

  private void put(String context, String id, Naam naam) {
    perContext.computeIfAbsent(context, k -> new HashMap<>()).putIfAbsent(id, naam);
    overal.putIfAbsent(id, naam);
  }

  /**
   * The name of {@code id} as seen from {@code context} (a network or partnership id), or null when the input does
   * not name it (then show the id).
   */
  public Naam naam(String context, String id) {
    Map<String, Naam> m = perContext.get(context);
    Naam n = m == null ? null : m.get(id);
    return n != null ? n : overal.get(id);
  }
}
