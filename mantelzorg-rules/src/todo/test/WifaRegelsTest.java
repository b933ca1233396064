package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.netwerk;
import static io.github.mantelzorg.rules.Fixtures.onderwerpen;
import static io.github.mantelzorg.rules.Fixtures.organisatie;
import static io.github.mantelzorg.rules.Fixtures.vuurt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Beroepskracht;
import io.github.mantelzorg.model.OrganisatieType;
import io.github.mantelzorg.model.Vrijwilliger;
import io.github.mantelzorg.model.WifaProfiel;
import io.github.mantelzorg.model.WifaStatus;
import io.github.mantelzorg.model.Zorgnetwerk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Rules of wifa.drl: waarderen, informeren, faciliteren, afstemmen, intake and agreements per volunteer. */
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
  void aVolunteerWithEverythingInOrderGetsNoWifaAdvice() {
    assertThat(advies(met(w -> w)).codes()).doesNotContainAnyElementsOf(WIFA);
  }

  @Test
  void aVolunteerWithoutWifaProfileGetsNoWifaAdvice() {
    Zorgnetwerk n = netwerk().addVrijwilligers(vrijwilliger("v1").build()).build();
    assertThat(advies(n).codes()).doesNotContainAnyElementsOf(WIFA);
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
  void wf01DoesNotFireWhenInformingIsUnknown() {
    assertThat(advies(met(w -> w.informeren(WifaStatus.ONBEKEND))).codes()).doesNotContain("WF-01");
  }

  // WF-02

  @Test
  void wf02FiresWhenTheLastAppreciationIsTwelveMonthsAndADayAgo() {
    Adviesrapport r = advies(met(w -> w.laatsteWaardering(LocalDate.of(2025, 11, 23))));
    assertThat(vuurt(r, "WF-02", "v1")).isTrue();
    assertThat(r.met("WF-02").get(0).uitleg())
        .isEqualTo("Vrijwilliger v1: waarderen ok, laatste waardering 2025-11-23 (- = niet vastgelegd); "
            + "termijn 12 maanden vóór 2026-11-24");
  }

  @Test
  void wf02DoesNotFireWhenTheLastAppreciationIsExactlyTwelveMonthsAgo() {
    assertThat(advies(met(w -> w.laatsteWaardering(LocalDate.of(2025, 11, 24)))).codes()).doesNotContain("WF-02");
  }

  @Test
  void wf02FiresWhenNoAppreciationIsRecordedAndWaarderenIsNotAssessed() {
    Adviesrapport r = advies(met(w -> w.laatsteWaardering(java.util.Optional.empty()).waarderen(WifaStatus.ONBEKEND)));
    assertThat(vuurt(r, "WF-02", "v1")).isTrue();
    assertThat(r.met("WF-02").get(0).uitleg()).contains("laatste waardering -");
  }

  @Test
  void wf02TakesAnExplicitOkWithoutDateAtItsWord() {
    assertThat(advies(met(w -> w.laatsteWaardering(java.util.Optional.empty()))).codes()).doesNotContain("WF-02");
  }

  @Test
  void wf02FiresWhenWaarderenIsInsufficientDespiteARecentDate() {
    assertThat(vuurt(advies(met(w -> w.waarderen(WifaStatus.ONVOLDOENDE))), "WF-02", "v1")).isTrue();
  }

  @Test
  void wf02MentionsNationalVolunteersDay() {
    Advies a = advies(met(w -> w.waarderen(WifaStatus.ONVOLDOENDE))).met("WF-02").get(0);
    assertThat(a.samenvatting()).contains("Nationale Vrijwilligersdag op 7 december");
    assertThat(a.stappen()).anyMatch(s -> s.contains("7 december"));
  }

  // WF-03

  @Test
  void wf03FiresWithoutIntake() {
    Adviesrapport r = advies(met(w -> w.intakeGehad(false)));
    assertThat(vuurt(r, "WF-03", "v1")).isTrue();
    assertThat(r.met("WF-03").get(0).uitleg()).startsWith("Vrijwilliger v1: intake gehad nee, laatste evaluatie 2026-10-24");
  }

  @Test
  void wf03FiresWhenTheLastReviewIsTwelveMonthsAndADayAgo() {
    Adviesrapport r = advies(met(w -> w.laatsteEvaluatie(LocalDate.of(2025, 11, 23))));
    assertThat(vuurt(r, "WF-03", "v1")).isTrue();
    assertThat(r.met("WF-03").get(0).uitleg()).contains("intake gehad ja, laatste evaluatie 2025-11-23");
  }

  @Test
  void wf03DoesNotFireWhenTheLastReviewIsExactlyTwelveMonthsAgo() {
    assertThat(advies(met(w -> w.laatsteEvaluatie(LocalDate.of(2025, 11, 24)))).codes()).doesNotContain("WF-03");
  }

  @Test
  void wf03DoesNotFireForAMissingReviewAfterAnIntake() {
    assertThat(advies(met(w -> w.laatsteEvaluatie(java.util.Optional.empty()))).codes()).doesNotContain("WF-03");
  }

  // WF-04

  @Test
  void wf04FiresWhenFacilitatingIsInsufficient() {
    Adviesrapport r = advies(met(w -> w.faciliteren(WifaStatus.ONVOLDOENDE)));
    assertThat(vuurt(r, "WF-04", "v1")).isTrue();
    assertThat(r.met("WF-04").get(0).uitleg()).isEqualTo("Vrijwilliger v1: faciliteren onvoldoende");
  }

  @Test
  void wf04DoesNotFireWhenFacilitatingIsUnknown() {
    assertThat(advies(met(w -> w.faciliteren(WifaStatus.ONBEKEND))).codes()).doesNotContain("WF-04");
  }

  // WF-05

  @Test
  void wf05FiresWhenAligningIsInsufficient() {
    Adviesrapport r = advies(met(w -> w.afstemmen(WifaStatus.ONVOLDOENDE)));
    assertThat(onderwerpen(r, "WF-05")).containsExactly(List.of("v1"));
    assertThat(r.met("WF-05").get(0).uitleg()).isEqualTo("Vrijwilliger v1: afstemmen onvoldoende; zelfde taken (-) als -");
  }

  @Test
  void wf05FiresWhenTheVolunteerSharesATaskWithAProfessional() {
    Vrijwilliger v = vrijwilliger("v1").addTaken("Boodschappen ").wifa(goedProfiel().build()).build();
    Adviesrapport r = advies(metBeroepskracht(v, "boodschappen", "wondzorg"));
    assertThat(onderwerpen(r, "WF-05")).containsExactly(List.of("v1", "b1"));
    Advies a = r.met("WF-05").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(a.uitleg()).isEqualTo("Vrijwilliger v1: afstemmen ok; zelfde taken (boodschappen) als Wijkverpleegkundige Els");
  }

  @Test
  void wf05FiresForTaskOverlapEvenWithoutWifaProfile() {
    Vrijwilliger v = vrijwilliger("v1").addTaken("boodschappen").build();
    assertThat(vuurt(advies(metBeroepskracht(v, "boodschappen")), "WF-05", "v1")).isTrue();
  }

  @Test
  void wf05DoesNotFireWithoutSharedTaskWhenAligningIsInOrder() {
    Vrijwilliger v = vrijwilliger("v1").addTaken("boodschappen").wifa(goedProfiel().build()).build();
    assertThat(advies(metBeroepskracht(v, "wondzorg", "douchen")).codes()).doesNotContain("WF-05");
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
    assertThat(onderwerpen(r, "WF-03")).containsExactlyInAnyOrder(
        List.of("v1"), List.of("v2"), List.of("v3"), List.of("v4"), List.of("v5"));
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
    Adviesrapport r = AdviesEngine.builder().taal(Taal.EN).build()
        .advise(met(w -> w.afsprakenVastgelegd(false).waarderen(WifaStatus.ONVOLDOENDE)), PEILDATUM);
    assertThat(r.met("WF-06").get(0).uitleg()).isEqualTo("Vrijwilliger v1: agreements written down: no");
    assertThat(r.met("WF-02").get(0).samenvatting()).contains("7 December");
  }
}
