package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.netwerk;
import static io.github.mantelzorg.rules.Fixtures.onderwerpen;
import static io.github.mantelzorg.rules.Fixtures.organisatie;
import static io.github.mantelzorg.rules.Fixtures.vraagt;
import static io.github.mantelzorg.rules.Fixtures.vuurt;
import static io.github.mantelzorg.rules.Fixtures.zorgvrager;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Beroepskracht;
import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.OrganisatieType;
import io.github.mantelzorg.model.Vrijwilliger;
import io.github.mantelzorg.model.WifaProfiel;
import io.github.mantelzorg.model.WifaStatus;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.rules.feiten.Taakoverlap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Rules of wifa.drl: waarderen, informeren, faciliteren, afstemmen, intake and agreements per volunteer. The
 * evaluation date is {@link Fixtures#PEILDATUM} (2026-11-24).
 */
class WifaRegelsTest {
  private static final List<String> WIFA = List.of("WF-01", "WF-02", "WF-03", "WF-04", "WF-05", "WF-06");

  /** A volunteer with every WIFA aspect in order: recent appreciation and review, intake, written agreements. */
  private static WifaProfiel.Builder goedProfiel() {
    return WifaProfiel.builder().waarderen(WifaStatus.OK).informeren(WifaStatus.OK).faciliteren(WifaStatus.OK)
        .afstemmen(WifaStatus.OK).intakeGehad(true).laatsteWaardering(PEILDATUM.minusMonths(1))
        .laatsteEvaluatie(PEILDATUM.minusMonths(1)).afsprakenVastgelegd(true);
  }

  private static Vrijwilliger.Builder vrijwilliger(String id) {
    return Vrijwilliger.builder().id(id).naam("Vrijwilliger " + id).addTaken("wandelen");
  }

  private static Zorgnetwerk met(UnaryOperator<WifaProfiel.Builder> wijziging) {
    return netwerk().addVrijwilligers(vrijwilliger("v1").wifa(wijziging.apply(goedProfiel()).build()).build()).build();
  }

  private static Zorgnetwerk metBeroepskracht(Vrijwilliger v, String... taken) {
    return netwerk().addOrganisaties(organisatie("o1", OrganisatieType.THUISZORG).build())
        .addBeroepskrachten(Beroepskracht.builder().id("b1").naam("Wijkverpleegkundige Els").organisatie("o1")
            .addTaken(taken).build())
        .addVrijwilligers(v).build();
  }

  @Test
  void aVolunteerWithEverythingInOrderGetsNoWifaAdviceAndNoQuestion() {
    Adviesrapport r = advies(met(w -> w));
    assertThat(r.codes()).doesNotContainAnyElementsOf(WIFA);
    WIFA.forEach(c -> assertThat(vraagt(r, c)).as(c).isFalse());
  }

  // Unknown is not no: without a profile nothing is advised, and one question asks for the profile as a whole.
  @Test
  void aVolunteerWithoutWifaProfileGetsNoWifaAdviceButOneQuestion() {
    Adviesrapport r = advies(netwerk().addVrijwilligers(vrijwilliger("v1").build()).build());
    assertThat(r.codes()).doesNotContainAnyElementsOf(WIFA);
    WIFA.forEach(c -> assertThat(vraagt(r, c, "v1", "wifa")).as(c).isTrue());
    assertThat(r.openVragen().stream().filter(v -> v.onderwerp().equals("v1"))).hasSize(1);
  }

  // WF-01

  @Test
  void wf01FiresWhenInformingIsInsufficient() {
    Adviesrapport r = advies(met(w -> w.informeren(WifaStatus.ONVOLDOENDE)));
    assertThat(onderwerpen(r, "WF-01")).containsExactly(List.of("v1"));
    Advies a = r.met("WF-01").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(a.uitleg()).isEqualTo("Vrijwilliger v1: informeren onvoldoende");
  }

  @Test
  void wf01DoesNotFireWhenInformingIsInOrder() {
    assertThat(advies(met(w -> w.informeren(WifaStatus.OK))).codes()).doesNotContain("WF-01");
  }

  @Test
  void wf01SilentAndAsksWhenInformingIsNotAssessed() {
    Adviesrapport r = advies(met(w -> w.informeren(Optional.empty())));
    assertThat(r.codes()).doesNotContain("WF-01");
    assertThat(vraagt(r, "WF-01", "v1", "wifa.informeren")).isTrue();
  }

  // WF-02

  @Test
  void wf02FiresWhenTheLastAppreciationIsTwelveMonthsAndADayAgo() {
    Adviesrapport r = advies(met(w -> w.laatsteWaardering(LocalDate.of(2025, 11, 23))));
    assertThat(vuurt(r, "WF-02", "v1")).isTrue();
    assertThat(r.met("WF-02").get(0).uitleg())
        .isEqualTo("Vrijwilliger v1: waarderen ok, laatste waardering 2025-11-23 (elke 12 maanden nodig; peildatum 2026-11-24)");
  }

  @Test
  void wf02DoesNotFireWhenTheLastAppreciationIsExactlyTwelveMonthsAgo() {
    assertThat(advies(met(w -> w.laatsteWaardering(LocalDate.of(2025, 11, 24)))).codes()).doesNotContain("WF-02");
  }

  @Test
  void wf02FiresWhenTheRecordStatesThereNeverWasAppreciation() {
    Adviesrapport r = advies(met(w -> w.laatsteWaardering(Optional.empty()).addGeen(WifaProfiel.Onderdeel.LAATSTE_WAARDERING)));
    assertThat(vuurt(r, "WF-02", "v1")).isTrue();
    assertThat(r.met("WF-02").get(0).uitleg()).contains("laatste waardering nooit");
  }

  // Changed: the old rule fired on a missing date when Waarderen was not assessed, and took an OK without a date at
  // its word. A missing date is now unknown: no card either way, a question for the date.
  @Test
  void wf02SilentAndAsksWhenNoDateIsRecorded() {
    for (Optional<WifaStatus> waarderen : List.of(Optional.of(WifaStatus.OK), Optional.<WifaStatus>empty())) {
      Adviesrapport r = advies(met(w -> w.laatsteWaardering(Optional.empty()).waarderen(waarderen)));
      assertThat(r.codes()).as(waarderen.toString()).doesNotContain("WF-02");
      assertThat(vraagt(r, "WF-02", "v1", "wifa.waardering")).as(waarderen.toString()).isTrue();
    }
  }

  @Test
  void wf02FiresWhenWaarderenIsInsufficientDespiteARecentDate() {
    assertThat(vuurt(advies(met(w -> w.waarderen(WifaStatus.ONVOLDOENDE))), "WF-02", "v1")).isTrue();
  }

  @Test
  void wf02FiresWhenWaarderenIsInsufficientAndNoDateIsRecorded() {
    assertThat(vuurt(advies(met(w -> w.waarderen(WifaStatus.ONVOLDOENDE).laatsteWaardering(Optional.empty()))),
        "WF-02", "v1")).isTrue();
  }

  @Test
  void wf02FiresAndMentionsNationalVolunteersDay() {
    Advies a = advies(met(w -> w.waarderen(WifaStatus.ONVOLDOENDE))).met("WF-02").get(0);
    assertThat(a.samenvatting()).contains("Nationale Vrijwilligersdag op 7 december");
    assertThat(a.stappen()).anyMatch(s -> s.contains("7 december"));
  }

  // WF-03

  @Test
  void wf03FiresWithoutIntake() {
    Adviesrapport r = advies(met(w -> w.intakeGehad(false)));
    assertThat(vuurt(r, "WF-03", "v1")).isTrue();
    assertThat(r.met("WF-03").get(0).uitleg()).isEqualTo(
        "Vrijwilliger v1: intake gehad: nee");
  }

  @Test
  void wf03FiresWhenTheLastReviewIsTwelveMonthsAndADayAgo() {
    Adviesrapport r = advies(met(w -> w.laatsteEvaluatie(LocalDate.of(2025, 11, 23))));
    assertThat(vuurt(r, "WF-03", "v1")).isTrue();
    assertThat(r.met("WF-03").get(0).uitleg()).isEqualTo("Vrijwilliger v1: laatste evaluatie 2025-11-23 (elke 12 maanden nodig; peildatum 2026-11-24)");
  }

  @Test
  void wf03FiresWhenTheRecordStatesThereNeverWasAReview() {
    Adviesrapport r = advies(met(w -> w.laatsteEvaluatie(Optional.empty()).addGeen(WifaProfiel.Onderdeel.LAATSTE_EVALUATIE)));
    assertThat(vuurt(r, "WF-03", "v1")).isTrue();
    assertThat(r.met("WF-03").get(0).uitleg()).contains("laatste evaluatie nooit");
  }

  @Test
  void wf03DoesNotFireWhenTheLastReviewIsExactlyTwelveMonthsAgo() {
    assertThat(advies(met(w -> w.laatsteEvaluatie(LocalDate.of(2025, 11, 24)))).codes()).doesNotContain("WF-03");
  }

  // Changed: the old rule treated a missing review after an intake as "no advice". It is unknown now: no card, and a
  // question for the date (a new volunteer's record can state "never" instead).
  @Test
  void wf03SilentAndAsksForAMissingReviewDateAfterAnIntake() {
    Adviesrapport r = advies(met(w -> w.laatsteEvaluatie(Optional.empty())));
    assertThat(r.codes()).doesNotContain("WF-03");
    assertThat(vraagt(r, "WF-03", "v1", "wifa.evaluatie")).isTrue();
    assertThat(vraagt(r, "WF-03", "v1", "wifa.intake")).isFalse();
  }

  @Test
  void wf03SilentAndAsksWhenTheIntakeIsUnknown() {
    Adviesrapport r = advies(met(w -> w.intakeGehad(Optional.empty())));
    assertThat(r.codes()).doesNotContain("WF-03");
    assertThat(vraagt(r, "WF-03", "v1", "wifa.intake")).isTrue();
  }

  // WF-04

  @Test
  void wf04FiresWhenFacilitatingIsInsufficient() {
    Adviesrapport r = advies(met(w -> w.faciliteren(WifaStatus.ONVOLDOENDE)));
    assertThat(vuurt(r, "WF-04", "v1")).isTrue();
    assertThat(r.met("WF-04").get(0).uitleg()).isEqualTo("Vrijwilliger v1: faciliteren onvoldoende");
  }

  @Test
  void wf04DoesNotFireWhenFacilitatingIsInOrder() {
    assertThat(advies(met(w -> w.faciliteren(WifaStatus.OK))).codes()).doesNotContain("WF-04");
  }

  @Test
  void wf04SilentAndAsksWhenFacilitatingIsNotAssessed() {
    Adviesrapport r = advies(met(w -> w.faciliteren(Optional.empty())));
    assertThat(r.codes()).doesNotContain("WF-04");
    assertThat(vraagt(r, "WF-04", "v1", "wifa.faciliteren")).isTrue();
  }

  // WF-05

  @Test
  void wf05FiresWhenAligningIsInsufficient() {
    Adviesrapport r = advies(met(w -> w.afstemmen(WifaStatus.ONVOLDOENDE)));
    assertThat(onderwerpen(r, "WF-05")).containsExactly(List.of("v1"));
    assertThat(r.met("WF-05").get(0).uitleg()).isEqualTo("Vrijwilliger v1: afstemmen onvoldoende");
  }

  @Test
  void wf05FiresWhenTheVolunteerSharesATaskWithAProfessional() {
    Vrijwilliger v = vrijwilliger("v1").addTaken("Boodschappen ").wifa(goedProfiel().build()).build();
    Adviesrapport r = advies(metBeroepskracht(v, "boodschappen", "wondzorg"));
    assertThat(onderwerpen(r, "WF-05")).containsExactly(List.of("v1", "b1"));
    Advies a = r.met("WF-05").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(a.uitleg()).isEqualTo("Vrijwilliger v1: zelfde taken (boodschappen) als Wijkverpleegkundige Els");
  }

  @Test
  void wf05FiresForTaskOverlapEvenWithoutWifaProfile() {
    Vrijwilliger v = vrijwilliger("v1").addTaken("boodschappen").build();
    Adviesrapport r = advies(metBeroepskracht(v, "boodschappen"));
    assertThat(vuurt(r, "WF-05", "v1")).isTrue();
    assertThat(r.met("WF-05").get(0).uitleg()).startsWith("Vrijwilliger v1: zelfde taken (boodschappen)");
  }

  @Test
  void wf05DoesNotFireWithoutSharedTaskWhenAligningIsInOrder() {
    Vrijwilliger v = vrijwilliger("v1").addTaken("boodschappen").wifa(goedProfiel().build()).build();
    Adviesrapport r = advies(metBeroepskracht(v, "wondzorg", "douchen"));
    assertThat(r.codes()).doesNotContain("WF-05");
    assertThat(vraagt(r, "WF-05")).isFalse();
  }

  @Test
  void wf05SilentAndAsksWhenAligningIsNotAssessedAndNoTaskIsShared() {
    Vrijwilliger v = vrijwilliger("v1").wifa(goedProfiel().afstemmen(Optional.empty()).build()).build();
    Adviesrapport r = advies(metBeroepskracht(v, "wondzorg"));
    assertThat(r.codes()).doesNotContain("WF-05");
    assertThat(vraagt(r, "WF-05", "v1", "wifa.afstemmen")).isTrue();
  }

  /**
   * A document within the default limits (300 volunteers and 300 professionals with 1,000 tasks each, all
   * shared) ran for minutes, because every task was compared with every task. It completes now, and its size is what
   * the document gives: one card per volunteer naming the first professionals and counting the others, with explanations that list at most a
   * handful of tasks and names.
   */
  @Test
  void wf05FiresForEveryVolunteerOfALargeNetworkAndItsCardsStayBounded() {
    int n = 300;
    int taken = 1_000;
    Zorgnetwerk groot = netwerk().vrijwilligers(vrijwilligers(n, taken)).beroepskrachten(beroepskrachten(n, taken)).build();
    Adviesrapport r = advies(groot);
    assertThat(r.met("WF-05")).hasSize(n).allSatisfy(a -> {
      assertThat(a.betreft()).hasSize(Advies.MAX_BETREFT);
      assertThat(a.betreftMeer()).isEqualTo(n + 1 - Advies.MAX_BETREFT);
      assertThat(a.uitleg()).hasSizeLessThan(600).contains("en 990 meer").contains("en 290 meer");
    });
  }

  /**
   * The overlap's work, counted in steps rather than timed: every task is normalised and looked up once, each shared
   * task merges a set of professionals of at most ceil(professionals / 64) words, each professional found is reported
   * once. Doubling the volunteers or the tasks doubles the work; the comparison of every task with every task would
   * have taken 300 x 300 x 1,000 x 1,000 steps.
   */
  @Test
  void wf05OverlapWorkIsLinearInTheTasksOfTheDocument() {
    int b = 300;
    for (int[] maat : new int[][] {{100, 250}, {200, 250}, {300, 500}, {300, 1_000}}) {
      int v = maat[0];
      int t = maat[1];
      Taakoverlap o = Taakoverlap.van(vrijwilligers(v, t), beroepskrachten(b, t));
      long takenInDocument = (long) (v + b) * t;
      long woorden = (b + 63) / 64;
      assertThat(o.stappen()).as(v + " volunteers, " + t + " tasks")
          .isEqualTo((long) b * t + (long) v * t + (long) v * t * woorden + (long) v * b)
          .isLessThanOrEqualTo(takenInDocument * (1 + woorden) + (long) v * b);
      assertThat(o.beroepskrachten("v0")).hasSize(b);
      assertThat(o.taken("v0")).hasSize(t);
    }
    Taakoverlap klein = Taakoverlap.van(vrijwilligers(100, 250), beroepskrachten(b, 250));
    Taakoverlap dubbel = Taakoverlap.van(vrijwilligers(200, 250), beroepskrachten(b, 250));
    assertThat(dubbel.stappen() - klein.stappen()).isEqualTo(klein.stappen() - (long) b * 250);
  }

  @Test
  void wf05OverlapComparesTasksTrimmedAndInLowerCaseAndNamesOnlyWhoSharesOne() {
    List<Vrijwilliger> v = List.of(Vrijwilliger.builder().id("v1").naam("A").addTaken(" Koken", "wandelen").build(),
        Vrijwilliger.builder().id("v2").naam("B").addTaken("tuin").build());
    List<Beroepskracht> p = List.of(Beroepskracht.builder().id("b1").naam("C").addTaken("KOKEN ").build(),
        Beroepskracht.builder().id("b2").naam("D").addTaken("wondzorg").build());
    Taakoverlap o = Taakoverlap.van(v, p);
    assertThat(o.taken("v1")).containsExactly("koken");
    assertThat(o.beroepskrachten("v1")).containsExactly("b1");
    assertThat(o.taken("v2")).isEmpty();
    assertThat(o.beroepskrachten("v2")).isEmpty();
  }

  private static List<Vrijwilliger> vrijwilligers(int aantal, int taken) {
    List<Vrijwilliger> l = new ArrayList<>(aantal);
    for (int i = 0; i < aantal; i++) {
      l.add(Vrijwilliger.builder().id("v" + i).naam("Vrijwilliger " + i).taken(taken(taken)).build());
    }
    return l;
  }

  private static List<Beroepskracht> beroepskrachten(int aantal, int taken) {
    List<Beroepskracht> l = new ArrayList<>(aantal);
    for (int i = 0; i < aantal; i++) {
      l.add(Beroepskracht.builder().id("b" + i).naam("Beroepskracht " + i).taken(taken(taken)).build());
    }
    return l;
  }

  private static final java.util.Map<Integer, Set<String>> TAKEN = new java.util.concurrent.ConcurrentHashMap<>();

  /** The tasks "taak 0" to "taak n-1", one set per size shared by every person (the builder copies it). */
  private static Set<String> taken(int aantal) {
    return TAKEN.computeIfAbsent(aantal, n -> {
      Set<String> s = new java.util.LinkedHashSet<>();
      for (int i = 0; i < n; i++) {
        s.add("taak " + i);
      }
      return java.util.Collections.unmodifiableSet(s);
    });
  }

  // WF-06

  @Test
  void wf06FiresWithoutWrittenAgreements() {
    Adviesrapport r = advies(met(w -> w.afsprakenVastgelegd(false)));
    assertThat(vuurt(r, "WF-06", "v1")).isTrue();
    assertThat(r.met("WF-06").get(0).uitleg()).isEqualTo("Vrijwilliger v1: afspraken vastgelegd: nee");
  }

  @Test
  void wf06DoesNotFireWithWrittenAgreements() {
    assertThat(advies(met(w -> w.afsprakenVastgelegd(true))).codes()).doesNotContain("WF-06");
  }

  @Test
  void wf06SilentAndAsksWhenAgreementsAreNotRecorded() {
    Adviesrapport r = advies(met(w -> w.afsprakenVastgelegd(Optional.empty())));
    assertThat(r.codes()).doesNotContain("WF-06");
    assertThat(vraagt(r, "WF-06", "v1", "wifa.afspraken")).isTrue();
  }

  // One card per problem (principle 2)

  /** S6: the same volunteer works in three networks of a case: one card per code, listing every network. */
  @Test
  void wf01GivesOneCardPerCodeForAVolunteerInThreeNetworksOfACase() {
    Vrijwilliger v = vrijwilliger("v1").wifa(goedProfiel().informeren(WifaStatus.ONVOLDOENDE).afsprakenVastgelegd(false)
        .build()).build();
    List<Zorgnetwerk> netwerken = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      netwerken.add(netwerk().id("n" + i).zorgvrager(zorgvrager().id("z" + i).naam("Cliënt " + i).build())
          .addVrijwilligers(v).build());
    }
    Adviesrapport r = advies(Casus.builder().zorgnetwerken(netwerken).build());
    for (String code : List.of("WF-01", "WF-06")) {
      assertThat(r.met(code)).as(code).singleElement().satisfies(a -> {
        assertThat(a.betreft()).containsExactly("v1");
        assertThat(a.contexten()).containsExactly("n1", "n2", "n3");
      });
    }
  }

  // Scenarios (/work/shared/domain/scenarios.md)

  @Test
  void scenarioS6VolunteerGroupNobodyInformsGetsTheExpectedWifaAdvice() {
    List<Vrijwilliger> groep = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      groep.add(vrijwilliger("v" + i).addTaken("boodschappen").organisatie("o2").wifa(WifaProfiel.builder()
          .informeren(WifaStatus.ONVOLDOENDE).waarderen(WifaStatus.ONVOLDOENDE).faciliteren(WifaStatus.OK)
          .afstemmen(WifaStatus.ONVOLDOENDE).laatsteWaardering(PEILDATUM.minusMonths(20))
          .intakeGehad(i > 5).afsprakenVastgelegd(false).build()).build());
    }
    Zorgnetwerk n = netwerk().addOrganisaties(organisatie("o1", OrganisatieType.THUISZORG).build(),
            organisatie("o2", OrganisatieType.VRIJWILLIGERSORGANISATIE).build())
        .addBeroepskrachten(Beroepskracht.builder().id("b1").naam("Thuiszorg").organisatie("o1")
            .addTaken("boodschappen").build())
        .vrijwilligers(groep).build();
    Adviesrapport r = advies(n);
    assertThat(r.met("WF-01")).hasSize(12);
    assertThat(r.met("WF-02")).hasSize(12);
    assertThat(r.met("WF-05")).hasSize(12).allMatch(a -> a.betreft().contains("b1"));
    assertThat(r.met("WF-06")).hasSize(12);
    // The seven with an intake have no review date: unknown, so they are asked about, not advised.
    assertThat(onderwerpen(r, "WF-03")).containsExactlyInAnyOrder(
        List.of("v1"), List.of("v2"), List.of("v3"), List.of("v4"), List.of("v5"));
    assertThat(vraagt(r, "WF-03", "v6", "wifa.evaluatie")).isTrue();
    assertThat(r.codes()).doesNotContain("WF-04");
    assertThat(r.met("WF-02").get(0).samenvatting()).contains("7 december");
  }

  @Test
  void scenarioS2BuddyNotToldAboutTheNewDayCareGetsInformAndAlignAdvice() {
    Zorgnetwerk n = netwerk().addVrijwilligers(vrijwilliger("buddy").wifa(goedProfiel()
        .informeren(WifaStatus.ONVOLDOENDE).afstemmen(WifaStatus.ONVOLDOENDE).build()).build()).build();
    Adviesrapport r = advies(n);
    assertThat(vuurt(r, "WF-01", "buddy")).isTrue();
    assertThat(vuurt(r, "WF-05", "buddy")).isTrue();
    assertThat(r.codes()).doesNotContain("WF-02", "WF-03", "WF-04", "WF-06");
  }

  @Test
  void textsAreInEnglishToo() {
    AdviesEngine en = AdviesEngine.builder().language(Language.EN).build();
    Adviesrapport r = en.advise(met(w -> w.afsprakenVastgelegd(false).waarderen(WifaStatus.ONVOLDOENDE)
        .laatsteWaardering(Optional.empty()).addGeen(WifaProfiel.Onderdeel.LAATSTE_WAARDERING)
        .faciliteren(Optional.empty())), PEILDATUM);
    assertThat(r.met("WF-06").get(0).uitleg()).isEqualTo("Vrijwilliger v1: agreements written down: no");
    assertThat(r.met("WF-02").get(0).samenvatting()).contains("7 December");
    assertThat(r.met("WF-02").get(0).uitleg())
        .isEqualTo("Vrijwilliger v1: appreciating insufficient, last appreciation never (due every 12 months; evaluation date 2026-11-24)");
    assertThat(r.vragenVoor("WF-04")).singleElement().satisfies(v -> assertThat(v.vraag())
        .isEqualTo("Are the preconditions for volunteer Vrijwilliger v1 in order (training, reimbursement, support)?"));
  }
}
