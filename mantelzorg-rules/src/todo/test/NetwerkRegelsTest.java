package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.mantelzorger;
import static io.github.mantelzorg.rules.Fixtures.netwerk;
import static io.github.mantelzorg.rules.Fixtures.onderwerpen;
import static io.github.mantelzorg.rules.Fixtures.vuurt;
import static io.github.mantelzorg.rules.Fixtures.zorgvrager;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.InformeelContact;
import io.github.mantelzorg.model.MantelScan;
import io.github.mantelzorg.model.MantelScanStap;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.NetwerkCoaching;
import io.github.mantelzorg.model.NetwerkStap;
import io.github.mantelzorg.model.Relatie;
import io.github.mantelzorg.model.ZelfregieNiveau;
import io.github.mantelzorg.model.ZelfregieProfiel;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.ZrmDomein;
import io.github.mantelzorg.model.ZrmNiveau;
import io.github.mantelzorg.model.ZrmProfiel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules of netwerk.drl: MantelScan, widening the network, vraagverlegenheid and Een Sterk Sociaal Netwerk. */
class NetwerkRegelsTest {
  private static final LocalDate DAG = LocalDate.of(2026, 10, 1);

  private static Zorgnetwerk metMantelzorger(Mantelzorger m) {
    return netwerk().mantelzorgers(List.of(m)).build();
  }

  private static Mantelzorger intensief() {
    return mantelzorger("m1").urenPerWeek(9).maanden(4).build();
  }

  private static InformeelContact contact(String id, boolean bereid, boolean gevraagd) {
    return InformeelContact.builder().id(id).naam("Buur " + id).relatie(Relatie.BUUR)
        .bereidOmTeHelpen(bereid).gevraagd(gevraagd).build();
  }

  private static MantelScan scan(MantelScanStap... stappen) {
    MantelScan.Builder b = MantelScan.builder().datum(DAG).addAfgerond(stappen);
    if (List.of(stappen).contains(MantelScanStap.ADVIES)) {
      b.advies("Buurman doet de boodschappen; zoon neemt de zaterdag over.");
    }
    return b.build();
  }

  private static Zorgnetwerk metZrm(ZrmNiveau... niveausOudNaarNieuw) {
    var z = zorgvrager();
    for (int i = 0; i < niveausOudNaarNieuw.length; i++) {
      z.addZrm(ZrmProfiel.builder().datum(DAG.minusMonths(niveausOudNaarNieuw.length - 1 - i))
          .putNiveau(ZrmDomein.SOCIAAL_NETWERK, niveausOudNaarNieuw[i]).build());
    }
    return netwerk().zorgvrager(z.build()).build();
  }

  private static Zorgnetwerk metContacten(ZelfregieNiveau contacten) {
    return netwerk().zorgvrager(zorgvrager()
        .zelfregie(ZelfregieProfiel.builder().datum(DAG).contacten(contacten).build()).build()).build();
  }

  private static Zorgnetwerk metCoaching(NetwerkStap stap, boolean afgerond) {
    return netwerk().netwerkCoaching(NetwerkCoaching.builder().huidigeStap(stap).stapAfgerond(afgerond)
        .sinds(DAG).build()).build();
  }

  // NW-01

  @Test
  void nw01FiresForLongTermIntensiveCareWithoutMantelScan() {
    Adviesrapport r = advies(metMantelzorger(intensief()));
    assertThat(vuurt(r, "NW-01", "z1")).isTrue();
    Advies a = r.met("NW-01").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(a.uitleg()).contains("netwerk van Jan").contains("langdurig en intensief: Mantelzorger m1")
        .contains("overbelast: -");
  }

  @Test
  void nw01DoesNotFireAtEightHoursAWeek() {
    assertThat(advies(metMantelzorger(mantelzorger("m1").urenPerWeek(8).maanden(4).build())).codes())
        .doesNotContain("NW-01");
  }

  @Test
  void nw01DoesNotFireAtThreeMonths() {
    assertThat(advies(metMantelzorger(mantelzorger("m1").urenPerWeek(9).maanden(3).build())).codes())
        .doesNotContain("NW-01");
  }

  @Test
  void nw01FiresForAnOverloadedLightDutyCarer() {
    Adviesrapport r = advies(metMantelzorger(mantelzorger("m1")
        .addBelasting(Belastingmeting.csi(7, DAG)).build()));
    assertThat(vuurt(r, "NW-01", "z1")).isTrue();
    assertThat(r.met("NW-01").get(0).uitleg()).contains("overbelast: Mantelzorger m1").contains("intensief: -");
  }

  @Test
  void nw01DoesNotFireWhenAMantelScanExists() {
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(intensief())).mantelScan(scan(MantelScanStap.GENOGRAM)).build();
    assertThat(advies(n).codes()).doesNotContain("NW-01");
  }

  @Test
  void nw01GivesOneAdviceForSeveralHeavilyLoadedCarers() {
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(intensief(),
        mantelzorger("m2").urenPerWeek(20).maanden(12).hoofdmantelzorger(false).build())).build();
    Adviesrapport r = advies(n);
    assertThat(r.met("NW-01")).hasSize(1);
    assertThat(r.met("NW-01").get(0).uitleg()).contains("Mantelzorger m1, Mantelzorger m2");
  }

  // NW-02

  @Test
  void nw02FiresWhenTheAdviceStepIsMissing() {
    Zorgnetwerk n = netwerk().mantelScan(scan(MantelScanStap.GENOGRAM, MantelScanStap.ZORGSITUATIE_ACHT_VRAGEN,
        MantelScanStap.BELASTING_EDIZ, MantelScanStap.ECOMAP)).build();
    Adviesrapport r = advies(n);
    assertThat(vuurt(r, "NW-02", "z1")).isTrue();
    assertThat(r.met("NW-02").get(0).uitleg()).contains("begonnen op 2026-10-01").contains("stap 5");
  }

  @Test
  void nw02DoesNotFireWhenAllFiveStepsAreDone() {
    Zorgnetwerk n = netwerk().mantelScan(scan(MantelScanStap.values())).build();
    assertThat(advies(n).codes()).doesNotContain("NW-02");
  }

  @Test
  void nw02DoesNotFireWithoutMantelScan() {
    assertThat(advies(netwerk().build()).codes()).doesNotContain("NW-02");
  }

  // NW-03

  @Test
  void nw03FiresForASoleCarerWithoutActiveHelpers() {
    Adviesrapport r = advies(metMantelzorger(intensief()));
    assertThat(vuurt(r, "NW-03", "m1")).isTrue();
    assertThat(r.met("NW-03").get(0).uitleg())
        .isEqualTo("Mantelzorger m1 is de enige mantelzorger (9 uur per week, 4 maanden); actieve informele helpers: 1");
  }

  @Test
  void nw03DoesNotFireWhenAWillingContactHasBeenAsked() {
    Zorgnetwerk n = netwerk().addInformeleContacten(contact("i1", true, true)).build();
    assertThat(advies(n).codes()).doesNotContain("NW-03");
  }

  @Test
  void nw03StillFiresWhenTheWillingContactWasNotAsked() {
    Zorgnetwerk n = netwerk().addInformeleContacten(contact("i1", true, false)).build();
    assertThat(vuurt(advies(n), "NW-03", "m1")).isTrue();
  }

  @Test
  void nw03DoesNotFireWithTwoCarers() {
    Zorgnetwerk n = netwerk().addMantelzorgers(mantelzorger("m2").hoofdmantelzorger(false).build()).build();
    assertThat(advies(n).codes()).doesNotContain("NW-03");
  }

  // NW-04

  @Test
  void nw04GivesOneAdviceListingEveryWillingContactNotAsked() {
    Zorgnetwerk n = netwerk().addInformeleContacten(contact("i2", true, false), contact("i1", true, false),
        contact("i3", true, true)).build();
    Adviesrapport r = advies(n);
    assertThat(onderwerpen(r, "NW-04")).containsExactly(List.of("i1", "i2"));
    assertThat(r.met("NW-04").get(0).uitleg()).isEqualTo("Willen helpen, maar niet gevraagd (2): Buur i1, Buur i2");
  }

  @Test
  void nw04DoesNotFireWhenTheWillingContactWasAsked() {
    Zorgnetwerk n = netwerk().addInformeleContacten(contact("i1", true, true)).build();
    assertThat(advies(n).codes()).doesNotContain("NW-04");
  }

  @Test
  void nw04DoesNotFireForAContactNotWillingToHelp() {
    Zorgnetwerk n = netwerk().addInformeleContacten(contact("i1", false, false)).build();
    assertThat(advies(n).codes()).doesNotContain("NW-04");
  }

  // NW-05

  @Test
  void nw05FiresForAVraagverlegenCarer() {
    Adviesrapport r = advies(metMantelzorger(mantelzorger("m1").vraagverlegen(true).build()));
    assertThat(onderwerpen(r, "NW-05")).containsExactly(List.of("m1"));
    assertThat(r.met("NW-05").get(0).uitleg()).isEqualTo("Mantelzorger m1 (mantelzorger) is vraagverlegen");
  }

  @Test
  void nw05FiresForAVraagverlegenZorgvrager() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().vraagverlegen(true).build()).build();
    Adviesrapport r = advies(n);
    assertThat(onderwerpen(r, "NW-05")).containsExactly(List.of("z1"));
    assertThat(r.met("NW-05").get(0).uitleg()).contains("Jan (zorgvrager)");
  }

  @Test
  void nw05DoesNotFireWhenNobodyIsVraagverlegen() {
    assertThat(advies(netwerk().build()).codes()).doesNotContain("NW-05");
  }

  // NW-06

  @Test
  void nw06FiresAtZrmSocialNetworkTwo() {
    Adviesrapport r = advies(metZrm(ZrmNiveau.NIET_ZELFREDZAAM));
    assertThat(vuurt(r, "NW-06", "z1")).isTrue();
    assertThat(r.met("NW-06").get(0).uitleg())
        .isEqualTo("Jan: ZRM sociaal netwerk 2 (ZRM van 2026-10-01), zelfregie contacten -; geen netwerkcoaching");
  }

  @Test
  void nw06DoesNotFireAtZrmSocialNetworkThree() {
    assertThat(advies(metZrm(ZrmNiveau.BEPERKT_ZELFREDZAAM)).codes()).doesNotContain("NW-06");
  }

  @Test
  void nw06UsesOnlyTheNewestZrm() {
    assertThat(advies(metZrm(ZrmNiveau.ACUTE_PROBLEMATIEK, ZrmNiveau.BEPERKT_ZELFREDZAAM)).codes())
        .doesNotContain("NW-06");
  }

  @Test
  void nw06FiresWhenTheZorgvragersContactsAreWeak() {
    Adviesrapport r = advies(metContacten(ZelfregieNiveau.ZWAK));
    assertThat(vuurt(r, "NW-06", "z1")).isTrue();
    assertThat(r.met("NW-06").get(0).uitleg()).contains("zelfregie contacten zwak");
  }

  @Test
  void nw06DoesNotFireWhenTheZorgvragersContactsAreModerate() {
    assertThat(advies(metContacten(ZelfregieNiveau.MATIG)).codes()).doesNotContain("NW-06");
  }

  @Test
  void nw06IgnoresTheCarersWeakContacts() {
    Zorgnetwerk n = metMantelzorger(mantelzorger("m1")
        .zelfregie(ZelfregieProfiel.builder().datum(DAG).contacten(ZelfregieNiveau.ZWAK).build()).build());
    assertThat(advies(n).codes()).doesNotContain("NW-06");
  }

  @Test
  void nw06DoesNotFireWhenNetworkCoachingRuns() {
    Zorgnetwerk n = metZrm(ZrmNiveau.NIET_ZELFREDZAAM).withNetwerkCoaching(NetwerkCoaching.builder()
        .huidigeStap(NetwerkStap.KENNISMAKING).sinds(DAG).build());
    assertThat(advies(n).codes()).doesNotContain("NW-06");
  }

  // NW-07, NW-08, NW-09: only when exactly their step is completed

  @ParameterizedTest
  @CsvSource({"KWALITEIT, NW-07, 3", "TEAM_UP, NW-08, 6", "GA_ERVOOR, NW-09, 9"})
  void nextPhaseFiresWhenItsStepIsCompleted(NetwerkStap stap, String code, int nummer) {
    Adviesrapport r = advies(metCoaching(stap, true));
    assertThat(vuurt(r, code, "z1")).isTrue();
    assertThat(r.met(code)).hasSize(1);
    assertThat(r.met(code).get(0).uitleg()).startsWith("Jan: stap " + nummer + " (")
        .endsWith("afgerond; stap begonnen op 2026-10-01");
    assertThat(r.met(code).get(0).prioriteit()).isEqualTo(Prioriteit.LAAG);
  }

  @ParameterizedTest
  @CsvSource({"KWALITEIT, NW-07", "TEAM_UP, NW-08", "GA_ERVOOR, NW-09"})
  void nextPhaseDoesNotFireWhileItsStepIsOpen(NetwerkStap stap, String code) {
    assertThat(advies(metCoaching(stap, false)).codes()).doesNotContain(code);
  }

  @ParameterizedTest
  @CsvSource({"NETWERK_IN_KAART, NW-07", "DE_DEUR_UIT, NW-07", "PERSOONLIJKE_INTERESSES, NW-08",
      "TOP_DRIE_ACTIE, NW-08", "PERSOONLIJK_ACTIEPLAN, NW-09", "LEREN_VAN_ERVARINGEN, NW-09"})
  void nextPhaseDoesNotFireForTheNeighbouringSteps(NetwerkStap stap, String code) {
    assertThat(advies(metCoaching(stap, true)).codes()).doesNotContain("NW-07", "NW-08", "NW-09");
  }

  // Scenarios (/work/shared/domain/scenarios.md)

  @Test
  void scenarioS1SonCaringForFatherGetsMantelScanAndWideningAdvice() {
    Mantelzorger peter = Mantelzorger.builder().id("peter").naam("Peter").relatie(Relatie.KIND).leeftijd(52)
        .urenPerWeek(14).maanden(24).werkt(true).hoofdmantelzorger(true).herkentZichAlsMantelzorger(false)
        .addBelasting(Belastingmeting.csi(8, DAG))
        .zelfregie(ZelfregieProfiel.builder().datum(DAG).eigenaarschap(ZelfregieNiveau.STERK)
            .eigenKracht(ZelfregieNiveau.MATIG).motivatie(ZelfregieNiveau.STERK).contacten(ZelfregieNiveau.ZWAK).build())
        .build();
    Adviesrapport r = advies(netwerk().zorgvrager(zorgvrager().leeftijd(84).build()).mantelzorgers(List.of(peter)).build());
    assertThat(vuurt(r, "NW-01", "z1")).isTrue();
    assertThat(r.met("NW-01").get(0).uitleg()).contains("langdurig en intensief: Peter; overbelast: Peter");
    assertThat(vuurt(r, "NW-03", "peter")).isTrue();
    assertThat(r.codes()).doesNotContain("NW-06");
  }

  @Test
  void scenarioS3WifeOfHenkGetsMatchingAndVraagverlegenheidAdvice() {
    Mantelzorger anja = Mantelzorger.builder().id("anja").naam("Anja").relatie(Relatie.PARTNER).urenPerWeek(30)
        .maanden(12).vraagverlegen(true).addBelasting(Belastingmeting.csi(9, DAG)).build();
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().naam("Henk").build()).mantelzorgers(List.of(anja))
        .addInformeleContacten(contact("buur1", true, false), contact("buur2", true, false)).build();
    Adviesrapport r = advies(n);
    assertThat(onderwerpen(r, "NW-04")).containsExactly(List.of("buur1", "buur2"));
    assertThat(onderwerpen(r, "NW-05")).containsExactly(List.of("anja"));
  }

  @Test
  void textsAreInEnglishToo() {
    Adviesrapport r = AdviesEngine.builder().taal(Taal.EN).build()
        .advise(metMantelzorger(mantelzorger("m1").vraagverlegen(true).build()), PEILDATUM);
    assertThat(r.met("NW-05").get(0).uitleg()).isEqualTo("Mantelzorger m1 (mantelzorger) finds it hard to ask for help");
    assertThat(r.met("NW-03").get(0).uitleg()).contains("4 hours a week, 2 months");
  }
}
