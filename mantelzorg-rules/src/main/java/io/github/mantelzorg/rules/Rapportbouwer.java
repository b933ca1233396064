package io.github.mantelzorg.rules;

import io.github.mantelzorg.rules.feiten.Conditie;
import io.github.mantelzorg.rules.feiten.Vraag;
import io.github.mantelzorg.rules.internal.Bevinding;
import io.github.mantelzorg.rules.internal.Bronnen;
import io.github.mantelzorg.rules.internal.OrderedMap;
import io.github.mantelzorg.rules.internal.RegelInfo;
import io.github.mantelzorg.rules.internal.Teksten;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
 * words the warnings, gives every card its {@link Kaartid id} and applies the feedback ({@link Terugkoppelingen}).
 * Thread-safe: the per-code texts are cached.
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
  private final long maxTekens;
  /** Per code, the keys of the open questions its card already asks for its subject. */
  private final Map<String, Set<String>> beantwoordt;
  private final Map<String, Kaarttekst> tekstCache = new ConcurrentHashMap<>();
  private final Map<String, String> geldtCache = new ConcurrentHashMap<>();

  /** The fixed texts and sources of one rule in this language, looked up once per code. */
  private record Kaarttekst(String naam, String samenvatting, String toelichting, List<String> stappen, List<Bron> bronnen,
      long tekens) {
    /** The texts, and how many characters they hold together (counted once per code for the report size limit). */
    Kaarttekst(String naam, String samenvatting, String toelichting, List<String> stappen, List<Bron> bronnen) {
      this(naam, samenvatting, toelichting, stappen, bronnen, tel(naam, samenvatting, toelichting, stappen, bronnen));
    }

    private static long tel(String naam, String samenvatting, String toelichting, List<String> stappen,
        List<Bron> bronnen) {
      long n = naam.length() + samenvatting.length() + toelichting.length();
      for (String x : stappen) {
        n += x.length();
      }
      for (Bron b : bronnen) {
        n += b.citaat().length() + b.url().map(String::length).orElse(0);
      }
      return n;
    }
  }

  Rapportbouwer(Collection<RegelInfo> actief, Teksten teksten, String versie, long maxTekens) {
    this.actief = actief;
    this.teksten = teksten;
    this.taal = teksten.taal();
    this.versie = versie;
    this.maxTekens = maxTekens;
    Map<String, Set<String>> b = new HashMap<>();
    for (RegelInfo r : actief) {
      if (!r.beantwoordt().isEmpty()) {
        b.put(r.code(), r.beantwoordt());
      }
    }
    this.beantwoordt = Map.copyOf(b);
  }

  Adviesrapport rapport(List<Beoordeling> beoordelingen, List<Tijdgrens.Weggelaten> weggelaten, LocalDate peildatum,
      Function<String, String> namen, Terugkoppelingen terugkoppelingen) {
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
    List<Advies> afgewezen = new ArrayList<>(0);
    // The text the report will hold, counted as it is built: a record whose report would be larger than the limit
    // is stopped here, before it can exhaust memory or fill a disk in whatever writes it.
    long tekens = 0;
    for (Kaart k : kaarten.values()) {
      Advies a = k.advies(namen);
      tekens += k.vasteTekens() + tekens(a);
      if (tekens > maxTekens) {
        throw new ReportTooLargeException(maxTekens, adviezen.size() + afgewezen.size() + 1L);
      }
      Optional<Terugkoppeling> t = terugkoppelingen.voor(a.id());
      if (t.isPresent()) {
        a = a.met(t.get());
        (Terugkoppelingen.laatWeg(a, t.get()) ? afgewezen : adviezen).add(a);
      } else {
        adviezen.add(a);
      }
    }
    adviezen.sort(ORDE);
    afgewezen.sort(ORDE);
    List<OpenVraag> vragen = zonderBeantwoorde(openVragen(beoordelingen, namen), adviezen, afgewezen);
    for (OpenVraag v : vragen) {
      tekens += v.vraag().length() + v.naam().length() + v.onderwerp().length() + 8L * v.codes().size();
    }
    List<Waarschuwing> waarschuwingen = waarschuwingen(weggelaten, peildatum);
    for (Waarschuwing w : waarschuwingen) {
      tekens += w.pad().length() + w.reden().length() + 10;
    }
    if (tekens > maxTekens) {
      throw new ReportTooLargeException(maxTekens, adviezen.size() + afgewezen.size());
    }
    return new Adviesrapport(adviezen, vragen, waarschuwingen, afgewezen, peildatum, taal, versie);
  }

  /** The characters of text one card holds (what any format writes of it, without the format's own markup). */
  /**
   * The characters of text one card holds beyond the fixed texts of its code (see {@link Kaarttekst#tekens()}): what
   * any format writes of it, without the format's own markup.
   */
  private static long tekens(Advies a) {
    long n = a.id().length() + a.code().length() + a.uitleg().length();
    for (String x : a.contexten()) {
      n += x.length();
    }
    for (String x : a.betreft()) {
      n += x.length();
    }
    for (String x : a.namen()) {
      n += x.length();
    }
    for (Map.Entry<String, String> f : a.feiten().entrySet()) {
      n += f.getKey().length() + f.getValue().length();
    }
    return n;
  }

  /** One card being built: the first finding (by context) words it; later contexts and subjects are added. */
  private final class Kaart {
    private final Bevinding eerste;
    private final List<Bevinding> bevindingen = new ArrayList<>(1);
    private final Set<String> contexten = new TreeSet<>();
    private final Set<String> betreft = new TreeSet<>();
    private Set<String> vervangt;

    Kaart(Bevinding eerste) {
      this.eerste = eerste;
    }

    /** The characters of the fixed texts of this card's code. */
    long vasteTekens() {
      return tekst(eerste.regel()).tekens();
    }

    void voegToe(Beoordeling b, Bevinding f) {
      bevindingen.add(f);
      contexten.add(f.context());
      betreft.addAll(f.betreft());
      for (String code : f.regel().vervangt()) {
        for (Bevinding g : b.bevindingen(code)) {
          if (g != f && g.deeltMet(f.betreft())) {
            if (vervangt == null) {
              vervangt = new TreeSet<>();
            }
            vervangt.add(code);
            break;
          }
        }
      }
    }

    /**
     * The card. Each fact is formatted once: the same text goes into the card's facts (the first condition that
     * names a fact gives it) and into the explanation of the condition it belongs to.
     */
    Advies advies(Function<String, String> namen) {
      RegelInfo r = eerste.regel();
      Kaarttekst t = tekst(r);
      String subject = eerste.subject();
      String[] alle = new String[betreft.size()];
      alle[0] = subject;
      int n = 1;
      for (String id : betreft) {
        if (!id.equals(subject)) {
          alle[n++] = id;
        }
      }
      List<String> ids = List.of(alle);
      // The id is made of every id the card concerns; the card lists the first MAX_BETREFT and counts the rest.
      String kaartid = Kaartid.van(r.code(), ids, contexten, bevindingen);
      int meer = Math.max(0, ids.size() - Advies.MAX_BETREFT);
      List<String> getoond = meer == 0 ? ids : ids.subList(0, Advies.MAX_BETREFT);
      String[] namenLijst = new String[getoond.size()];
      for (int i = 0; i < namenLijst.length; i++) {
        namenLijst[i] = namen.apply(getoond.get(i));
      }
      OrderedMap<String, String> feiten = new OrderedMap<>(8);
      StringBuilder uitleg = new StringBuilder(128);
      String onderwerp = namenLijst[0] + ": ";
      List<Conditie> voorwaarden = eerste.voorwaarden();
      for (int v = 0; v < voorwaarden.size(); v++) {
        Conditie c = voorwaarden.get(v);
        Map<String, Object> ruw = c.feiten();
        OrderedMap<String, String> opgemaakt = new OrderedMap<>(ruw.size());
        ruw.forEach((k, w) -> {
          String tekst = teksten.formatteer(w, namen);
          opgemaakt.put(k, tekst);
          feiten.putIfAbsent(k, tekst);
        });
        String zin = teksten.vul(geldt(c.naam()), ruw, opgemaakt, namen.apply(c.subject()), namen);
        // The subject is named once, at the start: later conditions about the same subject drop the name.
        if (uitleg.length() > 0 && c.subject().equals(subject) && zin.startsWith(onderwerp)) {
          zin = zin.substring(onderwerp.length());
        }
        if (!zin.isEmpty()) {
          if (uitleg.length() > 0) {
            uitleg.append("; ");
          }
          uitleg.append(zin);
        }
      }
      return new Advies(kaartid, r.code(), t.naam(), r.model(), r.prioriteit(), t.samenvatting(), t.toelichting(),
          t.stappen(), t.bronnen(), List.copyOf(contexten), getoond, List.of(namenLijst), meer, uitleg.toString(),
          feiten.freeze(), vervangt == null ? List.of() : List.copyOf(vervangt), Optional.empty());
    }
  }

  /** The {@code .geldt} template of a named condition, looked up once per name. */
  private String geldt(String naam) {
    return geldtCache.computeIfAbsent(naam, x -> teksten.tekst("voorwaarde." + x + ".geldt"));
  }

  /** What the facts show for a condition that holds: its {@code .geldt} template, filled. */
  String uitleg(Conditie c, Function<String, String> namen) {
    return teksten.vul(geldt(c.naam()), c.feiten(), namen.apply(c.subject()), namen);
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

  /**
   * The open questions without those a card already asks for its subject ({@code @beantwoordt}): "measure the burden"
   * is said once, by the card, not again as a question. A dismissed card counts too: the question was discussed.
   */
  private List<OpenVraag> zonderBeantwoorde(List<OpenVraag> vragen, List<Advies> adviezen, List<Advies> afgewezen) {
    if (vragen.isEmpty() || beantwoordt.isEmpty()) {
      return vragen;
    }
    Set<String> gedekt = new java.util.HashSet<>();
    for (List<Advies> l : List.of(adviezen, afgewezen)) {
      for (Advies a : l) {
        for (String sleutel : beantwoordt.getOrDefault(a.code(), Set.of())) {
          gedekt.add(sleutel + "\u0000" + a.onderwerp());
        }
      }
    }
    if (gedekt.isEmpty()) {
      return vragen;
    }
    List<OpenVraag> over = new ArrayList<>(vragen.size());
    for (OpenVraag v : vragen) {
      if (!gedekt.contains(v.sleutel() + "\u0000" + v.onderwerp())) {
        over.add(v);
      }
    }
    return over;
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
