package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.ENGINE;
import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.ParticipatieTrede;
import io.github.mantelzorg.model.SamenwerkingsStap;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.testing.ModelArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of comparison and feedback over generated networks, partnerships and cases: a state compared with itself
 * has only persisting advice; feedback never hides a card whose facts changed (every card of a report dismissed, one
 * fact changed: each card whose facts changed comes back with its note); card ids are the same in both languages, in
 * any list order, from one day to the next, and different for different cards. Deterministic: every property runs
 * with a fixed seed.
 */
class VooruitgangProperties {
  private static final AdviesEngine ENGLISH = AdviesEngine.builder().language(Language.EN).sessionPool(0).build();
  private static final LocalDate GISTEREN = PEILDATUM.minusDays(1);
  /** A fixed seed: the same examples in every run, so that the coverage checks below cannot flake. */
  private static final String SEED = "20261124";

  @Provide
  Arbitrary<Zorgnetwerk> netwerken() {
    return ModelArbitraries.zorgnetwerken();
  }

  @Provide
  Arbitrary<Samenwerkingsverband> verbanden() {
    return ModelArbitraries.samenwerkingsverbanden();
  }

  @Provide
  Arbitrary<Casus> casussen() {
    return ModelArbitraries.casussen();
  }

  @Provide
  Arbitrary<Belastingmeting> metingen() {
    return ModelArbitraries.belastingmetingen();
  }

  // Comparing a state with itself

  @Property(tries = 200, seed = SEED, afterFailure = AfterFailureMode.PREVIOUS_SEED)
  void aNetworkComparedWithItselfHasOnlyPersistingAdvice(@ForAll("netwerken") Zorgnetwerk n) {
    alleenBlijvend(ENGINE.compare(n, n, PEILDATUM), ENGINE.advise(n, PEILDATUM));
  }

  @Property(tries = 200, seed = SEED, afterFailure = AfterFailureMode.PREVIOUS_SEED)
  void aPartnershipComparedWithItselfHasOnlyPersistingAdvice(@ForAll("verbanden") Samenwerkingsverband v) {
    alleenBlijvend(ENGINE.compare(v, v, PEILDATUM), ENGINE.advise(v, PEILDATUM));
  }

  @Property(tries = 100, seed = SEED, afterFailure = AfterFailureMode.PREVIOUS_SEED)
  void aCaseComparedWithItselfHasOnlyPersistingAdvice(@ForAll("casussen") Casus c) {
    alleenBlijvend(ENGINE.compare(c, c, PEILDATUM), ENGINE.advise(c, PEILDATUM));
  }

  private static void alleenBlijvend(Vergelijking v, Adviesrapport r) {
    assertThat(v.opgelost()).isEmpty();
    assertThat(v.nieuw()).isEmpty();
    assertThat(v.veranderingen()).isEmpty();
    assertThat(v.vervallenVragen()).isEmpty();
    assertThat(v.nieuweVragen()).isEmpty();
    assertThat(v.blijvend()).isEqualTo(r.adviezen());
    assertThat(v.ongewijzigd()).isTrue();
  }

  // Feedback never hides a card whose facts changed

  @Property(tries = 300, seed = SEED, afterFailure = AfterFailureMode.PREVIOUS_SEED)
  void feedbackNeverHidesANetworkCardWhoseFactsChanged(@ForAll("netwerken") Zorgnetwerk n,
      @ForAll("metingen") Belastingmeting meting, @ForAll Random random) {
    // A fact forgotten, or one changed: a new measurement today (one per instrument and day), other hours, the
    // zorgvrager moves; facts that burden, respite and network rules use.
    List<UnaryOperator<Zorgnetwerk>> veranderd = new ArrayList<>(Vergeten.netwerk(n));
    for (int i = 0; i < n.mantelzorgers().size(); i++) {
      int k = i;
      veranderd.add(x -> metMantelzorger(x, k, m -> m.belasting().stream().anyMatch(b -> b.datum().equals(PEILDATUM)
          && b.instrument() == meting.instrument()) ? m : m.withBelasting(plus(m.belasting(), meting.withDatum(PEILDATUM).withAfgenomenDoor(Optional.empty())))));
      veranderd.add(x -> metMantelzorger(x, k, m -> m.withUrenPerWeek(m.urenPerWeek().map(u -> u > 80 ? u / 2 : u + 10)
          .orElse(20.0))));
    }
    veranderd.add(x -> x.withZorgvrager(x.zorgvrager().withWoontThuis(!x.zorgvrager().woontThuis().orElse(true))));
    Adviesrapport voor = ENGINE.advise(n, PEILDATUM);
    Zorgnetwerk anders = kiesVerandering(n, veranderd, random, x -> ENGINE.advise(x, PEILDATUM), voor);
    nooitVerborgen(voor, ENGINE.advise(anders, PEILDATUM), f -> ENGINE.advise(anders, PEILDATUM, f));
  }

  @Property(tries = 300, seed = SEED, afterFailure = AfterFailureMode.PREVIOUS_SEED)
  void feedbackNeverHidesAPartnershipCardWhoseFactsChanged(@ForAll("verbanden") Samenwerkingsverband v,
      @ForAll Random random) {
    // A fact forgotten, or one changed: all steps done, the members' time, the rungs.
    List<UnaryOperator<Samenwerkingsverband>> veranderd = new ArrayList<>(Vergeten.verband(v));
    veranderd.add(x -> x.withGeen(x.geen().stream().filter(o -> o != Samenwerkingsverband.Onderdeel.STAPPEN_AFGEROND)
        .toList()).withStappenAfgerond(EnumSet.allOf(SamenwerkingsStap.class)));
    veranderd.add(x -> x.withLeden(x.leden().stream().map(o -> o.withMedewerkersHebbenTijd(
        !o.medewerkersHebbenTijd().orElse(true))).toList()));
    veranderd.add(x -> x.withRelaties(x.relaties().stream().map(r -> r.withHuidig(
        ParticipatieTrede.values()[(r.huidig().ordinal() + 1) % ParticipatieTrede.values().length])).toList()));
    Adviesrapport voor = ENGINE.advise(v, PEILDATUM);
    Samenwerkingsverband anders = kiesVerandering(v, veranderd, random, x -> ENGINE.advise(x, PEILDATUM), voor);
    nooitVerborgen(voor, ENGINE.advise(anders, PEILDATUM), f -> ENGINE.advise(anders, PEILDATUM, f));
  }

  /**
   * One of the ways to change the record, tried in random order: the first that changes the facts of a card (the same
   * code and subject with another id), else the last tried, so that many tries exercise a card coming back (with the
   * fixed seed 23% of the networks and 17% of the partnerships; the coverage check keeps it above 15%).
   */
  private static <T> T kiesVerandering(T record, List<UnaryOperator<T>> manieren, Random random,
      java.util.function.Function<T, Adviesrapport> advies, Adviesrapport voor) {
    List<UnaryOperator<T>> geschud = new ArrayList<>(manieren);
    Collections.shuffle(geschud, random);
    Map<String, String> idsVoor = ids(voor);
    T gekozen = record;
    for (UnaryOperator<T> m : geschud.subList(0, Math.min(6, geschud.size()))) {
      gekozen = m.apply(record);
      Map<String, String> idsNa = ids(advies.apply(gekozen));
      if (idsNa.entrySet().stream().anyMatch(e -> idsVoor.containsKey(e.getKey())
          && !idsVoor.get(e.getKey()).equals(e.getValue()))) {
        break;
      }
    }
    return gekozen;
  }

  private static Zorgnetwerk metMantelzorger(Zorgnetwerk n, int i, UnaryOperator<Mantelzorger> f) {
    List<Mantelzorger> l = new ArrayList<>(n.mantelzorgers());
    l.set(i, f.apply(l.get(i)));
    return n.withMantelzorgers(l);
  }

  private static <T> List<T> plus(List<T> l, T x) {
    List<T> uit = new ArrayList<>(l);
    uit.add(x);
    return uit;
  }

  /**
   * Every card of {@code voor} dismissed yesterday, then the changed record advised with that feedback: a card with the
   * same id is left out (and listed), a card of the same code and subject with another id comes back with its
   * dismissal as a note, a card that is new comes back without one; nothing else is lost or added.
   */
  private static void nooitVerborgen(Adviesrapport voor, Adviesrapport na,
      java.util.function.Function<List<Terugkoppeling>, Adviesrapport> metTerugkoppeling) {
    Map<String, Terugkoppeling> afgewezen = new HashMap<>();
    for (Advies a : voor.adviezen()) {
      afgewezen.put(a.id(), Terugkoppeling.afgewezen(a.id(), Terugkoppeling.Reden.AL_BESPROKEN, GISTEREN));
    }
    Adviesrapport r = metTerugkoppeling.apply(new ArrayList<>(afgewezen.values()));
    Map<String, Advies> getoond = r.adviezen().stream().collect(Collectors.toMap(Advies::id, a -> a));
    Set<String> weg = r.afgewezen().stream().map(Advies::id).collect(Collectors.toSet());
    Set<String> kaartenVoor = voor.adviezen().stream().map(a -> a.code() + "|" + a.onderwerp()).collect(Collectors.toSet());
    int terug = 0;
    for (Advies a : na.adviezen()) {
      if (afgewezen.containsKey(a.id())) {
        assertThat(weg).as("unchanged card " + a.code() + " " + a.onderwerp() + " is left out").contains(a.id());
        continue;
      }
      assertThat(getoond).as("card whose facts changed, or new: " + a.code() + " " + a.onderwerp()).containsKey(a.id());
      Advies g = getoond.get(a.id());
      if (kaartenVoor.contains(a.code() + "|" + a.onderwerp())) {
        assertThat(g.eerderAfgewezen()).as("note on " + a.code() + " " + a.onderwerp())
            .map(Terugkoppeling::datum).contains(GISTEREN);
        terug++;
      } else {
        assertThat(g.terugkoppeling()).as("no note on a new card " + a.code()).isEmpty();
      }
    }
    assertThat(r.adviezen().size() + r.afgewezen().size()).isEqualTo(na.adviezen().size());
    Statistics.label("a card whose facts changed came back").collect(terug > 0);
    Statistics.label("a card whose facts changed came back")
        .coverage(c -> c.check(true).percentage(p -> p >= 15));
  }

  // Ids

  @Property(tries = 200, seed = SEED, afterFailure = AfterFailureMode.PREVIOUS_SEED)
  void idsAreTheSameInBothLanguagesAndOnePerCard(@ForAll("netwerken") Zorgnetwerk n) {
    Adviesrapport nl = ENGINE.advise(n, PEILDATUM);
    Adviesrapport en = ENGLISH.advise(n, PEILDATUM);
    assertThat(ids(en)).isEqualTo(ids(nl));
    assertThat(new HashSet<>(ids(nl).values())).hasSameSizeAs(nl.adviezen());
    nl.adviezen().forEach(a -> assertThat(a.id()).matches("[0-9a-f]{8}-[0-9a-f]{8}"));
  }

  @Property(tries = 100, seed = SEED, afterFailure = AfterFailureMode.PREVIOUS_SEED)
  void idsOfACaseAreTheSameInBothLanguagesAndInAnyOrderOfItsNetworks(@ForAll("casussen") Casus c,
      @ForAll Random random) {
    List<Zorgnetwerk> geschud = new ArrayList<>(c.zorgnetwerken());
    Collections.shuffle(geschud, random);
    assertThat(ids(ENGLISH.advise(c.withZorgnetwerken(geschud), PEILDATUM))).isEqualTo(ids(ENGINE.advise(c, PEILDATUM)));
  }

  @Property(tries = 200, seed = SEED, afterFailure = AfterFailureMode.PREVIOUS_SEED)
  void aCardKeepsItsIdFromOneDayToTheNextWhileTheRecordIsUnchanged(@ForAll("netwerken") Zorgnetwerk n) {
    idsVanDagTotDag(ENGINE.advise(n, PEILDATUM), ENGINE.advise(n, PEILDATUM.plusDays(1)));
  }

  @Property(tries = 200, seed = SEED, afterFailure = AfterFailureMode.PREVIOUS_SEED)
  void aPartnershipCardKeepsItsIdFromOneDayToTheNext(@ForAll("verbanden") Samenwerkingsverband v) {
    idsVanDagTotDag(ENGINE.advise(v, PEILDATUM), ENGINE.advise(v, PEILDATUM.plusDays(1)));
  }

  /** Cards on both days have the same id, unless a fact dated the second day entered the record. */
  private static void idsVanDagTotDag(Adviesrapport vandaag, Adviesrapport morgen) {
    if (vandaag.waarschuwingen().size() != morgen.waarschuwingen().size()) {
      return;
    }
    Map<String, String> a = ids(vandaag);
    Map<String, String> b = ids(morgen);
    a.keySet().retainAll(b.keySet());
    a.forEach((kaart, id) -> assertThat(b.get(kaart)).as(kaart).isEqualTo(id));
  }

  /** The ids of a report by code and subject. */
  private static Map<String, String> ids(Adviesrapport r) {
    Map<String, String> m = new HashMap<>();
    r.adviezen().forEach(a -> m.put(a.code() + "|" + a.onderwerp(), a.id()));
    return m;
  }

  @Property(tries = 100, seed = SEED, afterFailure = AfterFailureMode.PREVIOUS_SEED)
  void idsDoNotDependOnTheEngineOrItsSessions(@ForAll("verbanden") Samenwerkingsverband v) {
    assertThat(ids(ENGLISH.advise(v, PEILDATUM))).isEqualTo(ids(ENGINE.advise(v, PEILDATUM)));
    assertThat(ids(ENGINE.advise(v, PEILDATUM))).isEqualTo(ids(ENGINE.advise(v, PEILDATUM)));
  }
}
