package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.ENGINE;
import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.testing.ModelArbitraries;
import io.github.mantelzorg.rules.internal.Kennisbank;
import io.github.mantelzorg.rules.internal.RegelInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the whole rule base over generated networks, partnerships and cases: reports are well formed and one
 * card per problem; they do not depend on the order of any input list (same-day measurements included); forgetting a
 * stated fact never adds a problem; and a rule fires for a subject exactly when why-not says all its conditions hold
 * and nothing replaced it.
 */
class AdviesProperties {
  private static final Comparator<Advies> ORDE = Comparator.comparing(Advies::prioriteit).thenComparing(Advies::code);

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

  @Property(tries = 300)
  void everyValidNetworkGivesAWellFormedReport(@ForAll("netwerken") Zorgnetwerk n) {
    wellFormed(ENGINE.advise(n, PEILDATUM));
  }

  @Property(tries = 300)
  void everyValidPartnershipGivesAWellFormedReport(@ForAll("verbanden") Samenwerkingsverband v) {
    wellFormed(ENGINE.advise(v, PEILDATUM));
  }

  @Property(tries = 150)
  void everyValidCaseGivesAWellFormedReportWithOneCardPerProblem(@ForAll("casussen") Casus c) {
    wellFormed(ENGINE.advise(c, PEILDATUM));
  }

  @Property(tries = 200)
  void networkReportDoesNotDependOnTheOrderOfItsLists(@ForAll("netwerken") Zorgnetwerk n, @ForAll Random random) {
    Zorgnetwerk geschud = n
        .withMantelzorgers(schud(n.mantelzorgers().stream().map(m -> m.withBelasting(schud(m.belasting(), random)))
            .collect(Collectors.toList()), random))
        .withVrijwilligers(schud(n.vrijwilligers(), random))
        .withBeroepskrachten(schud(n.beroepskrachten(), random))
        .withInformeleContacten(schud(n.informeleContacten(), random))
        .withErvaringsdeskundigen(schud(n.ervaringsdeskundigen(), random))
        .withOrganisaties(schud(n.organisaties(), random))
        .withRespijt(schud(n.respijt(), random))
        .withZorgvrager(n.zorgvrager().withZrm(schud(n.zorgvrager().zrm(), random)));
    zelfde(ENGINE.advise(geschud, PEILDATUM), ENGINE.advise(n, PEILDATUM));
  }

  @Property(tries = 200)
  void partnershipReportDoesNotDependOnTheOrderOfItsLists(@ForAll("verbanden") Samenwerkingsverband v,
      @ForAll Random random) {
    Samenwerkingsverband geschud = v
        .withLeden(schud(v.leden(), random))
        .withKandidaten(schud(v.kandidaten(), random))
        .withRelaties(schud(v.relaties(), random))
        .withDoelen(schud(v.doelen(), random));
    zelfde(ENGINE.advise(geschud, PEILDATUM), ENGINE.advise(v, PEILDATUM));
  }

  @Property(tries = 100)
  void caseReportDoesNotDependOnTheOrderOfItsNetworks(@ForAll("casussen") Casus c, @ForAll Random random) {
    Casus geschud = c.withZorgnetwerken(schud(c.zorgnetwerken(), random));
    zelfde(ENGINE.advise(geschud, PEILDATUM), ENGINE.advise(c, PEILDATUM));
  }

  /** The same advice and questions; warnings name positions in the input, so only their dates are compared. */
  private static void zelfde(Adviesrapport a, Adviesrapport b) {
    assertThat(a.adviezen()).isEqualTo(b.adviezen());
    assertThat(a.openVragen()).isEqualTo(b.openVragen());
    assertThat(a.waarschuwingen().stream().map(Waarschuwing::datum).sorted().toList())
        .isEqualTo(b.waarschuwingen().stream().map(Waarschuwing::datum).sorted().toList());
  }

  /**
   * Forgetting one stated fact (making it unknown) never adds a problem: every card afterwards was there before, or is
   * a general card that a more specific one had replaced for the same subject (the specific one now being unknown).
   */
  @Property(tries = 300)
  void forgettingAFactOfANetworkNeverAddsAProblem(@ForAll("netwerken") Zorgnetwerk n, @ForAll Random random) {
    List<UnaryOperator<Zorgnetwerk>> manieren = Vergeten.netwerk(n);
    if (manieren.isEmpty()) {
      return;
    }
    Zorgnetwerk vergeten = manieren.get(random.nextInt(manieren.size())).apply(n);
    alleenMinder(ENGINE.advise(n, PEILDATUM), ENGINE.advise(vergeten, PEILDATUM));
  }

  @Property(tries = 300)
  void forgettingAFactOfAPartnershipNeverAddsAProblem(@ForAll("verbanden") Samenwerkingsverband v, @ForAll Random random) {
    List<UnaryOperator<Samenwerkingsverband>> manieren = Vergeten.verband(v);
    if (manieren.isEmpty()) {
      return;
    }
    Samenwerkingsverband vergeten = manieren.get(random.nextInt(manieren.size())).apply(v);
    alleenMinder(ENGINE.advise(v, PEILDATUM), ENGINE.advise(vergeten, PEILDATUM));
  }

  /** A rule fires for a subject exactly when why-not says that all its conditions hold; replaced ones show no card. */
  @Property(tries = 150)
  void whyNotAgreesWithTheRulesOnNetworks(@ForAll("netwerken") Zorgnetwerk n) {
    Adviesrapport r = ENGINE.advise(n, PEILDATUM);
    for (RegelInfo regel : Kennisbank.get().regels().values()) {
      WhyNot w = ENGINE.whyNot(n, PEILDATUM, regel.code());
      klopt(r, w);
    }
  }

  @Property(tries = 100)
  void whyNotAgreesWithTheRulesOnCases(@ForAll("casussen") Casus c) {
    Adviesrapport r = ENGINE.advise(c, PEILDATUM);
    for (RegelInfo regel : Kennisbank.get().regels().values()) {
      klopt(r, ENGINE.whyNot(c, PEILDATUM, regel.code()));
    }
  }

  private static void klopt(Adviesrapport r, WhyNot w) {
    for (WhyNot.Onderwerp o : w.onderwerpen()) {
      assertThat(o.gevuurd()).as(w.code() + " for " + o.onderwerp() + " fired iff all conditions hold: " + o.voorwaarden())
          .isEqualTo(o.allesGeldt());
      boolean kaart = r.met(w.code()).stream().anyMatch(a -> a.onderwerp().equals(o.onderwerp())
          && a.contexten().contains(o.context()));
      if (o.gevuurd() && o.vervangenDoor().isEmpty()) {
        assertThat(kaart).as(w.code() + " card for " + o.onderwerp() + " in " + o.context()).isTrue();
      }
      if (!o.gevuurd()) {
        assertThat(r.met(w.code()).stream().anyMatch(a -> a.onderwerp().equals(o.onderwerp())
            && a.contexten().equals(List.of(o.context())))).as(w.code() + " no card for " + o.onderwerp()).isFalse();
      }
      if (o.voorwaarden().stream().anyMatch(c -> c.truth() == WhyNot.Truth.FAILS)) {
        assertThat(o.gevuurd()).isFalse();
      }
    }
  }

  private static void alleenMinder(Adviesrapport voor, Adviesrapport na) {
    Set<String> vervangenVoor = new HashSet<>();
    voor.adviezen().forEach(a -> a.vervangt().forEach(c -> vervangenVoor.add(c + "|" + a.onderwerp())));
    Set<String> kaartenVoor = new HashSet<>();
    voor.adviezen().forEach(a -> kaartenVoor.add(a.code() + "|" + a.onderwerp()));
    for (Advies a : na.adviezen()) {
      String k = a.code() + "|" + a.onderwerp();
      assertThat(kaartenVoor.contains(k) || vervangenVoor.contains(k) || vervangenBetreft(voor, a))
          .as("card " + k + " appeared after forgetting a fact; before: " + voor.codes()).isTrue();
    }
  }

  private static boolean vervangenBetreft(Adviesrapport voor, Advies a) {
    return voor.adviezen().stream().anyMatch(v -> v.vervangt().contains(a.code())
        && !Collections.disjoint(v.betreft(), a.betreft()));
  }

  private static void wellFormed(Adviesrapport r) {
    assertThat(r.adviezen()).isSortedAccordingTo(ORDE);
    Set<String> kaarten = new HashSet<>();
    for (Advies a : r.adviezen()) {
      assertThat(kaarten.add(a.code() + "|" + a.onderwerp())).as("one card per code and subject: " + a.code() + " " + a.onderwerp())
          .isTrue();
      assertThat(a.samenvatting()).isNotBlank().hasSizeLessThanOrEqualTo(140);
      assertThat(a.stappen()).isNotEmpty();
      assertThat(a.betreft()).isNotEmpty().hasSameSizeAs(a.namen());
      assertThat(a.contexten()).isNotEmpty();
      assertThat(a.bronnen()).isNotEmpty();
      assertThat(a.uitleg()).isNotBlank().doesNotContainPattern("\\{\\w+\\}");
    }
    Set<String> vragen = new HashSet<>();
    for (OpenVraag v : r.openVragen()) {
      assertThat(vragen.add(v.sleutel() + "|" + v.onderwerp())).as("one question per fact and subject").isTrue();
      assertThat(v.codes()).isNotEmpty().isSorted();
      assertThat(v.vraag()).isNotBlank().doesNotContainPattern("\\{\\w+\\}");
    }
  }

  private static <T> List<T> schud(List<T> lijst, Random random) {
    List<T> kopie = new ArrayList<>(lijst);
    Collections.shuffle(kopie, random);
    return kopie;
  }

}
