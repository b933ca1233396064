package io.github.mantelzorg.rules;

import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Instrument;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.ParticipatieTrede;
import io.github.mantelzorg.model.SamenwerkingsRelatie;
import io.github.mantelzorg.model.SamenwerkingsStap;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.rules.internal.Teksten;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two evaluations of the same record: the cards by code and subject, the open questions by fact and subject,
 * and the measured changes read from the two records as each stood on its evaluation date. Words come from the text
 * layer, in the engine's language.
 */
final class Vergelijker {
  private static final Comparator<Verandering> ORDE = Comparator.comparing(Verandering::context)
      .thenComparing(Vergelijker::soort)
      .thenComparing(Verandering::onderwerp)
      .thenComparing(v -> v instanceof Verandering.Stap s ? s.stap().nummer() : 0);

  private final Teksten teksten;

  Vergelijker(Teksten teksten) {
    this.teksten = teksten;
  }

  Vergelijking vergelijk(Evaluatie oud, Adviesrapport rOud, Evaluatie nieuw, Adviesrapport rNieuw) {
    Set<String> kaartenOud = new HashSet<>();
    rOud.adviezen().forEach(a -> kaartenOud.add(kaart(a)));
    Set<String> kaartenNieuw = new HashSet<>();
    rNieuw.adviezen().forEach(a -> kaartenNieuw.add(kaart(a)));
    List<Advies> opgelost = rOud.adviezen().stream().filter(a -> !kaartenNieuw.contains(kaart(a))).toList();
    List<Advies> nieuweKaarten = new ArrayList<>();
    List<Advies> blijvend = new ArrayList<>();
    for (Advies a : rNieuw.adviezen()) {
      (kaartenOud.contains(kaart(a)) ? blijvend : nieuweKaarten).add(a);
    }
    Set<String> vragenOud = new HashSet<>();
    rOud.openVragen().forEach(v -> vragenOud.add(vraag(v)));
    Set<String> vragenNieuw = new HashSet<>();
    rNieuw.openVragen().forEach(v -> vragenNieuw.add(vraag(v)));
    List<Verandering> veranderingen = new ArrayList<>();
    belasting(oud, nieuw, veranderingen);
    verband(oud, nieuw, veranderingen);
    veranderingen.sort(ORDE);
    return new Vergelijking(opgelost, nieuweKaarten, blijvend, veranderingen,
        rOud.openVragen().stream().filter(v -> !vragenNieuw.contains(vraag(v))).toList(),
        rNieuw.openVragen().stream().filter(v -> !vragenOud.contains(vraag(v))).toList(), rOud, rNieuw);
  }

  private static String kaart(Advies a) {
    return a.code() + "\u0000" + a.onderwerp();
  }

  private static String vraag(OpenVraag v) {
    return v.sleutel() + "\u0000" + v.onderwerp();
  }

  private static int soort(Verandering v) {
    return v instanceof Verandering.Belasting ? 0 : v instanceof Verandering.Trede ? 1 : 2;
  }

  /** Per carer of each network of the new state: the newest measurement, when it differs from the old state's. */
  private void belasting(Evaluatie oud, Evaluatie nieuw, List<Verandering> uit) {
    Map<String, Zorgnetwerk> netwerkenOud = new HashMap<>();
    oud.netwerken().forEach(n -> netwerkenOud.put(n.id(), n));
    for (Zorgnetwerk n : nieuw.netwerken()) {
      Map<String, Mantelzorger> mantelzorgersOud = new HashMap<>();
      Optional.ofNullable(netwerkenOud.get(n.id()))
          .ifPresent(o -> o.mantelzorgers().forEach(m -> mantelzorgersOud.put(m.id(), m)));
      for (Mantelzorger m : n.mantelzorgers()) {
        Optional<Belastingmeting> na = m.laatsteMeting();
        if (na.isEmpty()) {
          continue;
        }
        Optional<Belastingmeting> voor = Optional.ofNullable(mantelzorgersOud.get(m.id()))
            .flatMap(Mantelzorger::laatsteMeting);
        if (voor.isPresent() && zelfde(voor.get(), na.get())) {
          continue;
        }
        Verandering.Richting r = richting(voor, na.get());
        Map<String, Object> feiten = new LinkedHashMap<>();
        voor.ifPresent(v -> feiten.put("oud", v));
        feiten.put("nieuw", na.get());
        uit.add(new Verandering.Belasting(n.id(), m.id(), nieuw.naam(m.id()), voor, na.get(), r,
            tekst("verandering.belasting." + r.name(), feiten, nieuw.naam(m.id()))));
      }
    }
  }

  /** The same measurement: same day, instrument and outcome (who took it may have been added since). */
  private static boolean zelfde(Belastingmeting a, Belastingmeting b) {
    return a.datum().equals(b.datum()) && a.instrument() == b.instrument() && a.waarde().equals(b.waarde())
        && a.signaalOverbelasting().equals(b.signaalOverbelasting());
  }

  private static Verandering.Richting richting(Optional<Belastingmeting> voor, Belastingmeting na) {
    if (voor.isEmpty()) {
      return Verandering.Richting.EERSTE;
    }
    Belastingmeting v = voor.get();
    if (v.instrument() != na.instrument()) {
      return Verandering.Richting.ANDER_INSTRUMENT;
    }
    int c = na.instrument() == Instrument.TIEN_MINUTENCHECK
        ? Boolean.compare(na.signaalOverbelasting().orElse(false), v.signaalOverbelasting().orElse(false))
        : Integer.compare(na.score(), v.score());
    return c > 0 ? Verandering.Richting.HOGER : c < 0 ? Verandering.Richting.LAGER : Verandering.Richting.GELIJK;
  }

  /** The rungs of the relations, and the steps done since, of the partnership in both states (by id). */
  private void verband(Evaluatie oud, Evaluatie nieuw, List<Verandering> uit) {
    if (nieuw.verband().isEmpty()) {
      return;
    }
    Samenwerkingsverband v = nieuw.verband().get();
    Optional<Samenwerkingsverband> voor = oud.verband().filter(o -> o.id().equals(v.id()));
    Map<String, SamenwerkingsRelatie> relatiesOud = voor.map(Vergelijker::perOrganisatie).orElse(Map.of());
    for (SamenwerkingsRelatie r : perOrganisatie(v).values()) {
      Optional<ParticipatieTrede> eerder = Optional.ofNullable(relatiesOud.get(r.organisatie()))
          .map(SamenwerkingsRelatie::huidig);
      if (eerder.equals(Optional.of(r.huidig()))) {
        continue;
      }
      Verandering.Richting richting = eerder.isEmpty() ? Verandering.Richting.EERSTE
          : r.huidig().nummer() > eerder.get().nummer() ? Verandering.Richting.HOGER : Verandering.Richting.LAGER;
      Map<String, Object> feiten = new LinkedHashMap<>();
      eerder.ifPresent(t -> {
        feiten.put("oud", t);
        feiten.put("oudNummer", t.nummer());
      });
      feiten.put("nieuw", r.huidig());
      feiten.put("nieuwNummer", r.huidig().nummer());
      feiten.put("gewenst", r.gewenst());
      feiten.put("gewenstNummer", r.gewenst().nummer());
      String naam = nieuw.naam(r.organisatie());
      String tekst = tekst("verandering.trede." + richting.name(), feiten, naam)
          + (r.huidig().nummer() >= r.gewenst().nummer() ? teksten.tekst("verandering.trede.bereikt") : "");
      uit.add(new Verandering.Trede(v.id(), r.organisatie(), naam, eerder, r.huidig(), r.gewenst(), richting, tekst));
    }
    // Unknown is not no: when the old state does not say which steps were done, none is known to be done since.
    boolean stappenBekend = voor.filter(o -> !o.stappenAfgerond().isEmpty()
        || o.geen(Samenwerkingsverband.Onderdeel.STAPPEN_AFGEROND)).isPresent();
    if (stappenBekend) {
      for (SamenwerkingsStap s : SamenwerkingsStap.values()) {
        if (v.stappenAfgerond().contains(s) && !voor.get().stappenAfgerond().contains(s)) {
          uit.add(new Verandering.Stap(v.id(), v.id(), nieuw.naam(v.id()), s,
              tekst("verandering.stap", Map.of("stap", s, "nummer", s.nummer()), nieuw.naam(v.id()))));
        }
      }
    }
  }

  /**
   * One relation per organisation, in the order of the list: the one with the highest current rung (then the highest
   * desired one) when an organisation is rated more than once, so that the answer does not depend on the list's order.
   */
  private static Map<String, SamenwerkingsRelatie> perOrganisatie(Samenwerkingsverband v) {
    Comparator<SamenwerkingsRelatie> hoogste = Comparator.comparing(SamenwerkingsRelatie::huidig)
        .thenComparing(SamenwerkingsRelatie::gewenst);
    Map<String, SamenwerkingsRelatie> m = new LinkedHashMap<>();
    v.relaties().forEach(r -> m.merge(r.organisatie(), r, (a, b) -> hoogste.compare(b, a) > 0 ? b : a));
    return m;
  }

  private String tekst(String sleutel, Map<String, Object> feiten, String naam) {
    return teksten.vul(teksten.tekst(sleutel), feiten, naam, id -> id);
  }
}
