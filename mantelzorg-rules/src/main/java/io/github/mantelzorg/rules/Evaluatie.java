package io.github.mantelzorg.rules;

import io.github.mantelzorg.model.Organisatie;
import io.github.mantelzorg.model.Persoon;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.rules.feiten.Conditie;
import io.github.mantelzorg.rules.feiten.Vraag;
import io.github.mantelzorg.rules.feiten.Waarheid;
import io.github.mantelzorg.rules.internal.Bevinding;
import io.github.mantelzorg.rules.internal.RegelInfo;
import io.github.mantelzorg.rules.internal.Teksten;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One evaluation: the record bounded by the evaluation date, one session per network and one for the partnership,
 * and the display names of everyone in it. Gives the report or a why-not, and the bounded record for a comparison.
 */
final class Evaluatie {
  private final List<Beoordeling> beoordelingen;
  private final List<Tijdgrens.Weggelaten> weggelaten;
  private final LocalDate peildatum;
  private final Map<String, String> namen;
  private final List<Zorgnetwerk> netwerken;
  private final Optional<Samenwerkingsverband> verband;

  private Evaluatie(List<Beoordeling> beoordelingen, List<Tijdgrens.Weggelaten> weggelaten, LocalDate peildatum,
      Map<String, String> namen, List<Zorgnetwerk> netwerken, Optional<Samenwerkingsverband> verband) {
    this.beoordelingen = beoordelingen;
    this.weggelaten = weggelaten;
    this.peildatum = peildatum;
    this.namen = namen;
    this.netwerken = netwerken;
    this.verband = verband;
  }

  static Evaluatie voer(Invoerset invoer, LocalDate peildatum, Sessies sessies) {
    Tijdgrens grens = new Tijdgrens(peildatum);
    Optional<Samenwerkingsverband> verband = invoer.verband().map(v -> grens.verband(v, invoer.verbandPad()));
    List<Zorgnetwerk> netwerken = new ArrayList<>(invoer.netwerken().size());
    for (int i = 0; i < invoer.netwerken().size(); i++) {
      netwerken.add(grens.netwerk(invoer.netwerken().get(i), invoer.netwerkPaden().get(i)));
    }
    // By id (unique in a case), not in the order given: a person in several networks of a case (the same zorgvrager
    // id) is named, and worded on a card, from the same network whatever the order of the case's networks.
    netwerken.sort(java.util.Comparator.comparing(Zorgnetwerk::id));
    Map<String, String> namen = new HashMap<>();
    List<Beoordeling> beoordelingen = new ArrayList<>(netwerken.size() + 1);
    List<Zorgnetwerk> inRegio = new ArrayList<>();
    for (Zorgnetwerk n : netwerken) {
      Optional<Samenwerkingsverband> v = verband.filter(x -> inGemeente(n, x));
      v.ifPresent(x -> inRegio.add(n));
      beoordelingen.add(new Beoordeling(sessies.evalueer(n.id(), s -> Invoer.netwerk(s, n, v, peildatum))));
      namen.putIfAbsent(n.id(), n.zorgvrager().naam());
      for (Persoon p : n.personen()) {
        namen.putIfAbsent(p.id(), p.naam());
      }
      for (Organisatie o : n.organisaties()) {
        namen.putIfAbsent(o.id(), o.naam());
      }
    }
    verband.ifPresent(v -> {
      beoordelingen.add(new Beoordeling(sessies.evalueer(v.id(), s -> Invoer.verband(s, v, inRegio, peildatum))));
      namen.putIfAbsent(v.id(), v.naam());
      v.leden().forEach(o -> namen.putIfAbsent(o.id(), o.naam()));
      v.kandidaten().forEach(o -> namen.putIfAbsent(o.id(), o.naam()));
      v.leden().forEach(o -> o.ervaringsdeskundigen().forEach(e -> namen.putIfAbsent(e.id(), e.naam())));
    });
    return new Evaluatie(beoordelingen, grens.weggelaten(), peildatum, namen, netwerken, verband);
  }

  private static boolean inGemeente(Zorgnetwerk n, Samenwerkingsverband v) {
    return n.gemeente().map(g -> v.gemeenten().stream().anyMatch(x -> x.equalsIgnoreCase(g))).orElse(false);
  }

  /** The display name of an id of this record (the id itself when it names nothing in it). */
  String naam(String id) {
    return namen.getOrDefault(id, id);
  }

  /** The networks as they stood on the evaluation date, sorted by id. */
  List<Zorgnetwerk> netwerken() {
    return netwerken;
  }

  /** The partnership as it stood on the evaluation date, if any. */
  Optional<Samenwerkingsverband> verband() {
    return verband;
  }

  Adviesrapport rapport(Rapportbouwer bouwer, Terugkoppelingen terugkoppelingen) {
    return bouwer.rapport(beoordelingen, weggelaten, peildatum, this::naam, terugkoppelingen);
  }

  WhyNot whyNot(RegelInfo regel, String regelnaam, Rapportbouwer bouwer, Teksten teksten) {
    List<WhyNot.Onderwerp> onderwerpen = new ArrayList<>();
    for (Beoordeling b : beoordelingen) {
      for (String s : b.kandidaten(regel)) {
        List<Optional<Conditie>> vw = b.voorwaarden(regel, s);
        List<WhyNot.Condition> condities = new ArrayList<>(vw.size());
        for (int i = 0; i < vw.size(); i++) {
          String naam = regel.voorwaarden().get(i).naam();
          String tekst = teksten.tekst("voorwaarde." + naam);
          Optional<Conditie> c = vw.get(i);
          if (c.isEmpty()) {
            condities.add(new WhyNot.Condition(naam, tekst, WhyNot.Truth.FAILS, teksten.tekst("tekst.nietVanToepassing")));
            continue;
          }
          Conditie x = c.get();
          String uitleg = switch (x.waarde()) {
            case GELDT -> bouwer.uitleg(x, this::naam);
            case FAALT -> bouwer.uitlegFaalt(x, this::naam);
            case ONBEKEND -> x.vragen().isEmpty() ? teksten.tekst("tekst.onbekend")
                : x.vragen().stream().map((Vraag v) -> bouwer.vraag(v, this::naam)).collect(Collectors.joining(" "));
          };
          condities.add(new WhyNot.Condition(naam, tekst, waarheid(x.waarde()), uitleg));
        }
        boolean gevuurd = b.gevuurd(regel, s);
        Optional<String> vervangen = Optional.empty();
        if (gevuurd) {
          java.util.Collection<String> betreft = b.bevindingen(regel.code()).stream()
              .filter(f -> f.subject().equals(s)).findFirst().<java.util.Collection<String>>map(Bevinding::betreft)
              .orElse(List.of(s));
          vervangen = b.vervanger(regel, betreft).map(f -> f.regel().code());
        }
        onderwerpen.add(new WhyNot.Onderwerp(b.context().id(), s, naam(s), condities, gevuurd, vervangen));
      }
    }
    return new WhyNot(regel.code(), regelnaam, false, onderwerpen);
  }

  private static WhyNot.Truth waarheid(Waarheid w) {
    return switch (w) {
      case GELDT -> WhyNot.Truth.HOLDS;
      case FAALT -> WhyNot.Truth.FAILS;
      case ONBEKEND -> WhyNot.Truth.UNKNOWN;
    };
  }
}
