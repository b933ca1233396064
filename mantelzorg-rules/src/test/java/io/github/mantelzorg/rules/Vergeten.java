package io.github.mantelzorg.rules;

import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.Organisatie;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Vrijwilliger;
import io.github.mantelzorg.model.Zorgnetwerk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Ways to forget one stated fact of a record (make it unknown), for the property "removing a stated fact never adds a
 * problem". Each way applies to one kind of fact of one element of the record; {@link #netwerk(Zorgnetwerk)} and
 * {@link #verband(Samenwerkingsverband)} list every way that changes the given record.
 */
final class Vergeten {
  private Vergeten() {}

  /** Every way to forget one fact of this network that changes it. */
  static List<UnaryOperator<Zorgnetwerk>> netwerk(Zorgnetwerk n) {
    List<UnaryOperator<Zorgnetwerk>> l = new ArrayList<>();
    l.add(x -> x.withZorgvrager(x.zorgvrager().withWoontThuis(Optional.empty())));
    l.add(x -> x.withZorgvrager(x.zorgvrager().withVraagverlegen(Optional.empty())));
    l.add(x -> x.withZorgvrager(x.zorgvrager().withToekomstzorgVraag(Optional.empty())));
    l.add(x -> x.withZorgvrager(x.zorgvrager().withZelfregie(Optional.empty())));
    l.add(x -> x.withZorgvrager(x.zorgvrager().withZelfregie(x.zorgvrager().zelfregie().map(z -> z.withContacten(Optional.empty())))));
    for (int i = 0; i < n.mantelzorgers().size(); i++) {
      int k = i;
      List<UnaryOperator<Mantelzorger>> mz = List.of(
          m -> m.withUrenPerWeek(Optional.empty()), m -> m.withMaanden(Optional.empty()), m -> m.withRelatie(Optional.empty()),
          m -> m.withHerkentZichAlsMantelzorger(Optional.empty()), m -> m.withVraagverlegen(Optional.empty()),
          m -> m.withJongeMantelzorger(Optional.empty()), m -> m.withLeeftijd(Optional.empty()),
          m -> m.withHoofdmantelzorger(Optional.empty()), m -> m.withWerkt(Optional.empty()),
          m -> m.withSofa(Optional.empty()), m -> m.withZelfregie(Optional.empty()),
          m -> m.withSofa(m.sofa().map(s -> s.withBetrokkenBijZorgplan(Optional.empty()))),
          m -> m.withSofa(m.sofa().map(s -> s.withOndersteunen(Optional.empty()))),
          m -> m.withSofa(m.sofa().map(s -> s.withFaciliteren(Optional.empty()))),
          m -> m.withSofa(m.sofa().map(s -> s.withAfstemmen(Optional.empty()))),
          m -> m.withSofa(m.sofa().map(s -> s.withVastAanspreekpunt(Optional.empty()))),
          m -> m.withSofa(m.sofa().map(s -> s.withWensenEnGrenzenBesproken(Optional.empty()))),
          m -> m.withZelfregie(m.zelfregie().map(z -> z.withContacten(Optional.empty()))),
          m -> m.withZelfregie(m.zelfregie().map(z -> z.withWederkerigheid(Optional.empty()))));
      for (UnaryOperator<Mantelzorger> f : mz) {
        l.add(x -> {
          List<Mantelzorger> lijst = new ArrayList<>(x.mantelzorgers());
          lijst.set(k, f.apply(lijst.get(k)));
          return x.withMantelzorgers(lijst);
        });
      }
    }
    for (int i = 0; i < n.vrijwilligers().size(); i++) {
      int k = i;
      List<UnaryOperator<Vrijwilliger>> vw = List.of(
          v -> v.withWifa(Optional.empty()),
          v -> v.withWifa(v.wifa().map(w -> w.withInformeren(Optional.empty()))),
          v -> v.withWifa(v.wifa().map(w -> w.withAfstemmen(Optional.empty()))),
          v -> v.withWifa(v.wifa().map(w -> w.withIntakeGehad(Optional.empty()))),
          v -> v.withWifa(v.wifa().map(w -> w.withAfsprakenVastgelegd(Optional.empty()))),
          v -> v.withWifa(v.wifa().map(w -> w.withLaatsteWaardering(Optional.empty()).withGeen(java.util.Set.of()))));
      for (UnaryOperator<Vrijwilliger> f : vw) {
        l.add(x -> {
          List<Vrijwilliger> lijst = new ArrayList<>(x.vrijwilligers());
          lijst.set(k, f.apply(lijst.get(k)));
          return x.withVrijwilligers(lijst);
        });
      }
    }
    for (int i = 0; i < n.informeleContacten().size(); i++) {
      int k = i;
      l.add(x -> {
        var lijst = new ArrayList<>(x.informeleContacten());
        lijst.set(k, lijst.get(k).withGevraagd(Optional.empty()));
        return x.withInformeleContacten(lijst);
      });
      l.add(x -> {
        var lijst = new ArrayList<>(x.informeleContacten());
        lijst.set(k, lijst.get(k).withBereidOmTeHelpen(Optional.empty()));
        return x.withInformeleContacten(lijst);
      });
    }
    for (int i = 0; i < n.respijt().size(); i++) {
      int k = i;
      l.add(x -> {
        var lijst = new ArrayList<>(x.respijt());
        lijst.set(k, lijst.get(k).withInGebruik(Optional.empty()));
        return x.withRespijt(lijst);
      });
    }
    for (Zorgnetwerk.Onderdeel o : n.geen()) {
      l.add(x -> {
        var geen = new java.util.LinkedHashSet<>(x.geen());
        geen.remove(o);
        return x.withGeen(geen);
      });
    }
    return l.stream().filter(f -> !f.apply(n).equals(n)).toList();
  }

  /** Every way to forget one fact of this partnership that changes it. */
  static List<UnaryOperator<Samenwerkingsverband>> verband(Samenwerkingsverband v) {
    List<UnaryOperator<Samenwerkingsverband>> l = new ArrayList<>();
    l.add(x -> x.withLerendePraktijk(Optional.empty()));
    l.add(x -> x.withInitiatiefnemerHeeftTijdEnEnergie(Optional.empty()));
    l.add(x -> x.withGemeenteHeeftVisie(Optional.empty()));
    l.add(x -> x.withSocialeKaart(Optional.empty()));
    l.add(x -> x.withRouteRespijtzorgInBeeld(Optional.empty()));
    l.add(x -> x.withGedeeldeBelastingsignalering(Optional.empty()));
    l.add(x -> x.withBiedtRespijt(Optional.empty()));
    l.add(x -> x.withErvaringsverhalenGebruikt(Optional.empty()));
    l.add(x -> x.withMantelzorgersBetrokkenBijBeleid(Optional.empty()));
    l.add(x -> x.withAspecten(Optional.empty()));
    l.add(x -> x.withAspecten(x.aspecten().map(a -> a.withGezamenlijkDoel(Optional.empty()))));
    l.add(x -> x.withAspecten(x.aspecten().map(a -> a.withAfspraken(Optional.empty()))));
    l.add(x -> x.withBestaandNetwerkGevonden(Optional.empty()));
    l.add(x -> x.withVisie(x.visie().map(vi -> vi.withVertaaldInStappen(Optional.empty()))));
    l.add(x -> x.withPositionering(x.positionering().map(p -> p.withLobby(p.lobby().map(lo -> lo.withOnderbouwdMetCijfers(Optional.empty()))))));
    l.add(x -> x.withPositionering(x.positionering().map(p -> p.withLobby(p.lobby().map(lo -> lo.withErvaringsverhaal(Optional.empty()))))));
    for (int i = 0; i < v.leden().size(); i++) {
      int k = i;
      List<UnaryOperator<Organisatie>> org = List.of(
          o -> o.withType(Optional.empty()), o -> o.withMedewerkersHebbenTijd(Optional.empty()),
          o -> o.withHeeftVisie(Optional.empty()), o -> o.withInbeddingErvaringsdeskundigeGepland(Optional.empty()),
          o -> o.withDraagvlak(Optional.empty()), o -> o.withWilSamenspelVerbeteren(Optional.empty()),
          o -> o.withGebruiktTienMinutenCheck(Optional.empty()), o -> o.withGeen(java.util.Set.of()));
      for (UnaryOperator<Organisatie> f : org) {
        l.add(x -> {
          List<Organisatie> lijst = new ArrayList<>(x.leden());
          lijst.set(k, f.apply(lijst.get(k)));
          return x.withLeden(lijst);
        });
      }
    }
    for (int i = 0; i < v.relaties().size(); i++) {
      int k = i;
      l.add(x -> {
        var lijst = new ArrayList<>(x.relaties());
        lijst.set(k, lijst.get(k).withVerkend(Optional.empty()));
        return x.withRelaties(lijst);
      });
    }
    for (int i = 0; i < v.doelen().size(); i++) {
      int k = i;
      l.add(x -> {
        var lijst = new ArrayList<>(x.doelen());
        lijst.set(k, lijst.get(k).withOmvang(Optional.empty()));
        return x.withDoelen(lijst);
      });
    }
    for (Samenwerkingsverband.Onderdeel o : v.geen()) {
      l.add(x -> {
        var geen = new java.util.LinkedHashSet<>(x.geen());
        geen.remove(o);
        return x.withGeen(geen);
      });
    }
    return l.stream().filter(f -> !f.apply(v).equals(v)).toList();
  }
}
