package io.github.mantelzorg.rules;

import io.github.mantelzorg.rules.feiten.Conditie;
import io.github.mantelzorg.rules.feiten.Vraag;
import io.github.mantelzorg.rules.internal.Bevinding;
import io.github.mantelzorg.rules.internal.Bronnen;
import io.github.mantelzorg.rules.internal.RegelInfo;
import io.github.mantelzorg.rules.internal.Teksten;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Builds the report of one evaluation from what its sessions found: applies each rule's declared replacement
 * ({@code @vervangt}, same context and a subject in common), makes one card per code and subject (listing every
 * context it was found in), words the explanation from the conditions that held, derives the open questions (a rule
 * whose conditions all hold but one, which is unknown, asks what that condition asks, unless a replacing rule fired),
 * and words the warnings. Thread-safe: the per-code texts are cached.
 */
final class Rapportbouwer {
  private static final Comparator<Advies> ORDE = Comparator.comparing(Advies::prioriteit)
      .thenComparing(Advies::code)
      .thenComparing(Advies::onderwerp)
      .thenComparing(Advies::context);

  private final Collection<RegelInfo> actief;
  private final Teksten teksten;
  private final Language taal;
  private final String versie;
  private final Map<String, Kaarttekst> tekstCache = new ConcurrentHashMap<>();

  /** The fixed texts and sources of one rule in this language, looked up once per code. */
  private record Kaarttekst(String naam, String samenvatting, String toelichting, List<String> stappen, List<Bron> bronnen) {}

  Rapportbouwer(Collection<RegelInfo> actief, Teksten teksten, String versie) {
    this.actief = actief;
    this.teksten = teksten;
    this.taal = teksten.taal();
    this.versie = versie;
  }

  Adviesrapport rapport(List<Beoordeling> beoordelingen, List<Tijdgrens.Weggelaten> weggelaten, LocalDate peildatum,
      Function<String, String> namen) {
    Map<String, Kaart> kaarten = new TreeMap<>();
    for (Beoordeling b : beoordelingen) {
      for (Bevinding f : b.uitslag().bevindingen()) {
        if (b.vervanger(f.regel(), f.betreft()).isPresent()) {
          continue;
        }
        kaarten.computeIfAbsent(f.regel().code() + "\u0000" + f.subject(), k -> new Kaart(f)).voegToe(b, f);
      }
    }
    List<Advies> adviezen = new ArrayList<>(kaarten.size());
    for (Kaart k : kaarten.values()) {
      adviezen.add(k.advies(namen));
    }
    adviezen.sort(ORDE);
    return new Adviesrapport(adviezen, openVragen(beoordelingen, namen), waarschuwingen(weggelaten, peildatum),
        peildatum, taal, versie);
  }

  /** One card being built: the first finding (by context) words it; later contexts and subjects are added. */
  private final class Kaart {
    private final Bevinding eerste;
    private final Set<String> contexten = new TreeSet<>();
    private final Set<String> betreft = new TreeSet<>();
    private final Set<String> vervangt = new TreeSet<>();

    Kaart(Bevinding eerste) {
      this.eerste = eerste;
    }

    void voegToe(Beoordeling b, Bevinding f) {
      contexten.add(f.context());
      betreft.addAll(f.betreft());
      for (Bevinding g : b.uitslag().bevindingen()) {
        if (g != f && f.regel().vervangt().contains(g.regel().code())
            && !java.util.Collections.disjoint(g.betreft(), f.betreft())) {
          vervangt.add(g.regel().code());
        }
      }
    }

    Advies advies(Function<String, String> namen) {
      RegelInfo r = eerste.regel();
      Kaarttekst t = tekst(r);
      List<String> ids = new ArrayList<>(betreft.size());
      ids.add(eerste.subject());
      betreft.stream().filter(id -> !id.equals(eerste.subject())).forEach(ids::add);
      List<String> namenLijst = ids.stream().map(namen).toList();
      Map<String, String> feiten = new LinkedHashMap<>();
      StringBuilder uitleg = new StringBuilder();
      String onderwerp = namen.apply(eerste.subject()) + ": ";
      for (Conditie c : eerste.voorwaarden()) {
        c.feiten().forEach((k, v) -> feiten.putIfAbsent(k, teksten.formatteer(v, namen)));
        String zin = uitleg(c, namen);
        // The subject is named once, at the start: later conditions about the same subject drop the name.
        if (uitleg.length() > 0 && c.subject().equals(eerste.subject()) && zin.startsWith(onderwerp)) {
          zin = zin.substring(onderwerp.length());
        }
        if (!zin.isEmpty()) {
          if (uitleg.length() > 0) {
            uitleg.append("; ");
          }
          uitleg.append(zin);
        }
      }
      return new Advies(r.code(), t.naam(), r.model(), r.prioriteit(), t.samenvatting(), t.toelichting(), t.stappen(),
          t.bronnen(), new ArrayList<>(contexten), ids, namenLijst, uitleg.toString(), feiten, new ArrayList<>(vervangt));
    }
  }

  /** What the facts show for a condition that holds: its {@code .geldt} template, filled. */
  String uitleg(Conditie c, Function<String, String> namen) {
    return teksten.vul(teksten.tekst("voorwaarde." + c.naam() + ".geldt"), c.feiten(), namen.apply(c.subject()), namen);
  }

  /** What the facts show for a condition that fails: its {@code .faalt} template, or "not: " and its words. */
  String uitlegFaalt(Conditie c, Function<String, String> namen) {
    Optional<String> t = teksten.zoek("voorwaarde." + c.naam() + ".faalt");
    if (t.isPresent()) {
      return teksten.vul(t.get(), c.feiten(), namen.apply(c.subject()), namen);
    }
    return teksten.tekst("tekst.niet") + " " + teksten.tekst("voorwaarde." + c.naam());
  }

  /** The question text for one missing fact about one subject. */
  String vraag(Vraag v, Function<String, String> namen) {
    return teksten.vul(teksten.tekst("vraag." + v.sleutel()), Map.of(), namen.apply(v.subject()), namen);
  }

  private Kaarttekst tekst(RegelInfo r) {
    return tekstCache.computeIfAbsent(r.code(), c -> new Kaarttekst(teksten.tekst(c, "naam"), teksten.tekst(c, "samenvatting"),
        teksten.tekst(c, "toelichting"), List.copyOf(teksten.stappen(c)),
        r.bronnen().stream().map(Bronnen.get()::bron).toList()));
  }

  private List<OpenVraag> openVragen(List<Beoordeling> beoordelingen, Function<String, String> namen) {
    Map<Vraag, Set<String>> vragen = new HashMap<>();
    for (Beoordeling b : beoordelingen) {
      for (RegelInfo r : actief) {
        b.openVragen(r, vragen);
      }
    }
    List<OpenVraag> out = new ArrayList<>(vragen.size());
    vragen.forEach((v, codes) -> out.add(new OpenVraag(v.sleutel(), v.subject(), namen.apply(v.subject()), vraag(v, namen),
        new ArrayList<>(codes))));
    // Questions are unique by (subject, fact), so this order is total and does not depend on the map's.
    out.sort(Comparator.comparing(OpenVraag::onderwerp).thenComparing(OpenVraag::sleutel));
    return out;
  }

  private List<Waarschuwing> waarschuwingen(List<Tijdgrens.Weggelaten> weggelaten, LocalDate peildatum) {
    List<Waarschuwing> out = new ArrayList<>(weggelaten.size());
    String reden = teksten.tekst("tekst.naPeildatum").replace("{peildatum}", peildatum.toString());
    for (Tijdgrens.Weggelaten w : weggelaten) {
      out.add(new Waarschuwing(w.pad(), w.datum(), reden));
    }
    out.sort(Comparator.comparing(Waarschuwing::pad));
    return out;
  }
}
