package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.mantelzorger;
import static io.github.mantelzorg.rules.Fixtures.netwerk;
import static io.github.mantelzorg.rules.Fixtures.onderwerpen;
import static io.github.mantelzorg.rules.Fixtures.organisatie;
import static io.github.mantelzorg.rules.Fixtures.vraagt;
import static io.github.mantelzorg.rules.Fixtures.vuurt;
import static io.github.mantelzorg.rules.Fixtures.zorgvrager;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Beroepskracht;
import io.github.mantelzorg.model.InformeelContact;
import io.github.mantelzorg.model.MantelScan;
import io.github.mantelzorg.model.MantelScanStap;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.NetwerkCoaching;
import io.github.mantelzorg.model.NetwerkStap;
import io.github.mantelzorg.model.OrganisatieType;
import io.github.mantelzorg.model.Relatie;
import io.github.mantelzorg.model.ZelfregieNiveau;
import io.github.mantelzorg.model.ZelfregieProfiel;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.ZrmDomein;
import io.github.mantelzorg.model.ZrmNiveau;
import io.github.mantelzorg.model.ZrmProfiel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules of netwerk.drl: MantelScan, widening the network, vraagverlegenheid and Een Sterk Sociaal Netwerk. The
 * evaluation date is {@link Fixtures#PEILDATUM} (2026-11-24).
 */
class NetwerkRegelsTest {
  private static final LocalDate DAG = LocalDate.of(2026, 10, 1);

  private static Zorgnetwerk.Builder met(Mantelzorger... m) {
    return netwerk().mantelzorgers(List.of(m));
  }

  /** Just over the SCP line: more than 8 hours a week for more than 3 months. */
  private static Mantelzorger intensief() {
    return mantelzorger("m1").urenPerWeek(9).maanden(4).build();
  }

  /** A recent CSI below the cut-off: the carer is stated not overloaded. */
  private static Belastingmeting laag() {
    return Belastingmeting.csi(2, DAG);
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

  private static Zorgnetwerk.Builder metZrm(ZrmNiveau... niveausOudNaarNieuw) {
    var z = zorgvrager();
    for (int i = 0; i < niveausOudNaarNieuw.length; i++) {
      z.addZrm(ZrmProfiel.builder().datum(DAG.minusMonths(niveausOudNaarNieuw.length - 1 - i))
          .putNiveau(ZrmDomein.SOCIAAL_NETWERK, niveausOudNaarNieuw[i]).build());
    }
    return netwerk().zorgvrager(z.build());
  }

  private static Zorgnetwerk.Builder metContacten(ZelfregieNiveau contacten) {
    return netwerk().zorgvrager(zorgvrager()
        .zelfregie(ZelfregieProfiel.builder().datum(DAG).contacten(contacten).build()).build());
  }

  private static Zorgnetwerk metCoaching(NetwerkStap stap, Optional<Boolean> afgerond) {
    return netwerk().netwerkCoaching(NetwerkCoaching.builder().huidigeStap(stap).stapAfgerond(afgerond)
        .sinds(DAG).build()).build();
  }

  private static Zorgnetwerk metCoaching(NetwerkStap stap, boolean afgerond) {
    return metCoaching(stap, Optional.of(afgerond));
  }

  /**
   * The card, or a more specific card that replaced it for the same subject: CB-02 replaces NW-04 and NW-05 (declared
   * on CB-02, in the combined rules), so in the full rule base these scenario cards may come as CB-02.
   */
  private static boolean vuurtOfVervangen(Adviesrapport r, String code, String id) {
    return vuurt(r, code, id)
        || r.adviezen().stream().anyMatch(a -> a.vervangt().contains(code) && a.betreft().contains(id));
  }

  // NW-01

  @Test
  void nw01FiresForLongTermIntensiveCareWithoutMantelScan() {
    Adviesrapport r = advies(met(intensief()).addGeen(Zorgnetwerk.Onderdeel.MANTEL_SCAN).build());
    assertThat(onderwerpen(r, "NW-01")).containsExactly(List.of("z1"));
    Advies a = r.met("NW-01").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(a.uitleg()).isEqualTo(
        "Jan: langdurig en intensief: Mantelzorger m1; overbelast: -; geen MantelScan voor het netwerk van Jan");
  }

  @Test
  void nw01DoesNotFireAtEightHoursAWeekWithoutOverload() {
    Zorgnetwerk n = met(mantelzorger("m1").urenPerWeek(8).maanden(4).addBelasting(laag()).build())
        .addGeen(Zorgnetwerk.Onderdeel.MANTEL_SCAN).build();
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("NW-01");
    assertThat(vraagt(r, "NW-01")).isFalse();
  }

  @Test
  void nw01DoesNotFireAtThreeMonthsWithoutOverload() {
    Zorgnetwerk n = met(mantelzorger("m1").urenPerWeek(9).maanden(3).addBelasting(laag()).build())
        .addGeen(Zorgnetwerk.Onderdeel.MANTEL_SCAN).build();
    assertThat(advies(n).codes()).doesNotContain("NW-01");
  }

  @Test
  void nw01FiresForAnOverloadedLightDutyCarer() {
    Zorgnetwerk n = met(mantelzorger("m1").addBelasting(Belastingmeting.csi(7, DAG)).build())
        .addGeen(Zorgnetwerk.Onderdeel.MANTEL_SCAN).build();
    Adviesrapport r = advies(n);
    assertThat(vuurt(r, "NW-01", "z1")).isTrue();
    assertThat(r.met("NW-01").get(0).uitleg()).contains("overbelast: Mantelzorger m1").contains("intensief: -");
  }

  @Test
  void nw01DoesNotFireWhenAMantelScanExists() {
    Zorgnetwerk n = met(intensief()).mantelScan(scan(MantelScanStap.GENOGRAM)).build();
    assertThat(advies(n).codes()).doesNotContain("NW-01");
  }

  // Unknown is not no: a record that does not say whether a MantelScan was done asks, it is not told to do one.
  @Test
  void nw01SilentAndAsksWhenItIsUnknownWhetherAMantelScanWasDone() {
    Adviesrapport r = advies(met(intensief()).build());
    assertThat(r.codes()).doesNotContain("NW-01");
    assertThat(vraagt(r, "NW-01", "n1", "mantelScan")).isTrue();
  }

  @Test
  void nw01SilentAndAsksWhenALightCarersBurdenWasNeverMeasured() {
    Adviesrapport r = advies(met(mantelzorger("m1").build()).addGeen(Zorgnetwerk.Onderdeel.MANTEL_SCAN).build());
    assertThat(r.codes()).doesNotContain("NW-01");
    assertThat(vraagt(r, "NW-01", "m1", "belasting")).isTrue();
  }

  @Test
  void nw01FiresOnceForSeveralHeavilyLoadedCarers() {
    Zorgnetwerk n = met(intensief(), mantelzorger("m2").urenPerWeek(20).maanden(12).hoofdmantelzorger(false).build())
        .addGeen(Zorgnetwerk.Onderdeel.MANTEL_SCAN).build();
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
    assertThat(onderwerpen(r, "NW-02")).containsExactly(List.of("z1"));
    assertThat(r.met("NW-02").get(0).uitleg()).isEqualTo("Jan: MantelScan begonnen op 2026-10-01; nog niet afgerond: stap 5");
  }

  @Test
  void nw02DoesNotFireWhenAllFiveStepsAreDone() {
    Zorgnetwerk n = netwerk().mantelScan(scan(MantelScanStap.values())).build();
    assertThat(advies(n).codes()).doesNotContain("NW-02");
  }

  // The scan is a positive fact: without one listed there is nothing to complete and nothing to ask for NW-02.
  @Test
  void nw02DoesNotFireWithoutMantelScan() {
    Adviesrapport r = advies(netwerk().build());
    assertThat(r.codes()).doesNotContain("NW-02");
    assertThat(vraagt(r, "NW-02")).isFalse();
  }

  // NW-03 (principle 3: one carer carries everything)

  @Test
  void nw03FiresForASoleIntensiveCarerWithoutActiveHelpers() {
    Adviesrapport r = advies(met(intensief()).addGeen(Zorgnetwerk.Onderdeel.INFORMELE_CONTACTEN).build());
    assertThat(onderwerpen(r, "NW-03")).containsExactly(List.of("m1"));
    assertThat(r.met("NW-03").get(0).uitleg()).isEqualTo("Mantelzorger m1 draagt de zorg alleen (9 uur per week, 4 maanden;"
        + " 1 mantelzorger(s) in het netwerk); geen andere helpers uit familie, vrienden of buren");
  }

  /** Principle 3: a main carer at 40 hours a week beside a second at 1 hour carries everything, measured or not. */
  @Test
  void nw03FiresForAMainCarerAtFortyHoursBesideASecondAtOneHour() {
    Zorgnetwerk n = met(mantelzorger("m1").urenPerWeek(40).maanden(24).build(),
        mantelzorger("m2").relatie(Relatie.KIND).urenPerWeek(1).maanden(24).hoofdmantelzorger(false).build())
        .addGeen(Zorgnetwerk.Onderdeel.INFORMELE_CONTACTEN).build();
    Adviesrapport r = advies(n);
    assertThat(onderwerpen(r, "NW-03")).containsExactly(List.of("m1"));
    assertThat(r.met("NW-03").get(0).uitleg()).contains("40 uur per week, 24 maanden; 2 mantelzorger(s)");
  }

  /** Before: a daughter helping 3 hours a week, with a district nurse involved, does not carry everything. */
  @Test
  void nw03DoesNotFireForADaughterHelpingThreeHoursAWeekWithADistrictNurse() {
    Zorgnetwerk n = met(mantelzorger("m1").relatie(Relatie.KIND).urenPerWeek(3).maanden(24).addBelasting(laag()).build())
        .addOrganisaties(organisatie("o1", OrganisatieType.THUISZORG).build())
        .addBeroepskrachten(Beroepskracht.builder().id("b1").naam("Wijkverpleegkundige Els").organisatie("o1")
            .discipline("wijkverpleegkundige").build())
        .addGeen(Zorgnetwerk.Onderdeel.INFORMELE_CONTACTEN).build();
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("NW-03");
    assertThat(vraagt(r, "NW-03")).isFalse();
  }

  /** The same daughter, her burden never measured: no card; only an overload would make her carry the care. */
  @Test
  void nw03SilentAndAsksForTheBurdenOfADaughterHelpingThreeHoursAWeek() {
    Zorgnetwerk n = met(mantelzorger("m1").relatie(Relatie.KIND).urenPerWeek(3).maanden(24).build())
        .addGeen(Zorgnetwerk.Onderdeel.INFORMELE_CONTACTEN).build();
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("NW-03");
    assertThat(vraagt(r, "NW-03", "m1", "belasting")).isTrue();
  }

  @Test
  void nw03DoesNotFireWhenAWillingContactHasBeenAsked() {
    Zorgnetwerk n = met(intensief()).addInformeleContacten(contact("i1", true, true)).build();
    assertThat(advies(n).codes()).doesNotContain("NW-03");
  }

  @Test
  void nw03FiresWhenTheOnlyWillingContactWasNotAsked() {
    Zorgnetwerk n = met(intensief()).addInformeleContacten(contact("i1", true, false)).build();
    assertThat(vuurt(advies(n), "NW-03", "m1")).isTrue();
  }

  @Test
  void nw03DoesNotFireWithTwoIntensiveCarers() {
    Zorgnetwerk n = met(intensief(), mantelzorger("m2").urenPerWeek(12).maanden(6).hoofdmantelzorger(false).build())
        .addGeen(Zorgnetwerk.Onderdeel.INFORMELE_CONTACTEN).build();
    assertThat(advies(n).codes()).doesNotContain("NW-03");
  }

  @Test
  void nw03SilentAndAsksWhenItIsUnknownWhetherRelativesOrNeighboursHelp() {
    Adviesrapport r = advies(met(intensief()).build());
    assertThat(r.codes()).doesNotContain("NW-03");
    assertThat(vraagt(r, "NW-03", "n1", "informeleContacten")).isTrue();
  }

  // NW-04

  // Changed: the card's subject is now the network (whose name is the zorgvrager's); the contacts it names follow.
  @Test
  void nw04FiresOnceListingEveryWillingContactNotAsked() {
    Zorgnetwerk n = netwerk().addInformeleContacten(contact("i2", true, false), contact("i1", true, false),
        contact("i3", true, true)).build();
    Adviesrapport r = advies(n);
    assertThat(onderwerpen(r, "NW-04")).containsExactly(List.of("n1", "i1", "i2"));
    assertThat(r.met("NW-04").get(0).uitleg()).isEqualTo("bereid maar niet gevraagd: Buur i1, Buur i2");
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

  @Test
  void nw04SilentAndAsksWhenNoContactIsListed() {
    Adviesrapport r = advies(netwerk().build());
    assertThat(r.codes()).doesNotContain("NW-04");
    assertThat(vraagt(r, "NW-04", "n1", "informeleContacten")).isTrue();
  }

  // NW-05

  @Test
  void nw05FiresForAVraagverlegenCarer() {
    Adviesrapport r = advies(met(mantelzorger("m1").vraagverlegen(true).build()).build());
    assertThat(onderwerpen(r, "NW-05")).containsExactly(List.of("m1"));
    assertThat(r.met("NW-05").get(0).uitleg()).isEqualTo("Mantelzorger m1 vindt het moeilijk om hulp te vragen");
  }

  @Test
  void nw05FiresForAVraagverlegenZorgvrager() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().vraagverlegen(true).build()).build();
    Adviesrapport r = advies(n);
    assertThat(onderwerpen(r, "NW-05")).containsExactly(List.of("z1"));
    assertThat(r.met("NW-05").get(0).uitleg()).isEqualTo("Jan vindt het moeilijk om hulp te vragen");
  }

  @Test
  void nw05DoesNotFireWhenNobodyIsVraagverlegen() {
    Zorgnetwerk n = met(mantelzorger("m1").vraagverlegen(false).build())
        .zorgvrager(zorgvrager().vraagverlegen(false).build()).build();
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("NW-05");
    assertThat(vraagt(r, "NW-05")).isFalse();
  }

  @Test
  void nw05SilentAndAsksWhenItIsUnknownWhetherTheCarerFindsItHardToAsk() {
    Adviesrapport r = advies(netwerk().zorgvrager(zorgvrager().vraagverlegen(false).build()).build());
    assertThat(r.codes()).doesNotContain("NW-05");
    assertThat(vraagt(r, "NW-05", "m1", "vraagverlegen")).isTrue();
    assertThat(vraagt(r, "NW-05", "z1", "vraagverlegen")).isFalse();
  }

  // NW-06

  @Test
  void nw06FiresAtZrmSocialNetworkTwo() {
    Adviesrapport r = advies(metZrm(ZrmNiveau.NIET_ZELFREDZAAM).addGeen(Zorgnetwerk.Onderdeel.NETWERK_COACHING).build());
    assertThat(onderwerpen(r, "NW-06")).containsExactly(List.of("z1"));
    assertThat(r.met("NW-06").get(0).uitleg()).isEqualTo(
        "Jan: ZRM sociaal netwerk 2 (ZRM van 2026-10-01), zelfregie contacten onbekend; geen netwerkcoaching voor Jan");
  }

  @Test
  void nw06DoesNotFireAtZrmSocialNetworkThreeWithModerateContacts() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager()
            .addZrm(ZrmProfiel.builder().datum(DAG).putNiveau(ZrmDomein.SOCIAAL_NETWERK, ZrmNiveau.BEPERKT_ZELFREDZAAM).build())
            .zelfregie(ZelfregieProfiel.builder().datum(DAG).contacten(ZelfregieNiveau.MATIG).build()).build())
        .addGeen(Zorgnetwerk.Onderdeel.NETWERK_COACHING).build();
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("NW-06");
    assertThat(vraagt(r, "NW-06")).isFalse();
  }

  @Test
  void nw06DoesNotFireWhenOnlyAnOlderZrmWasLow() {
    Zorgnetwerk n = metZrm(ZrmNiveau.ACUTE_PROBLEMATIEK, ZrmNiveau.BEPERKT_ZELFREDZAAM)
        .addGeen(Zorgnetwerk.Onderdeel.NETWERK_COACHING).build();
    assertThat(advies(n).codes()).doesNotContain("NW-06");
  }

  @Test
  void nw06FiresWhenTheZorgvragersContactsAreWeak() {
    Adviesrapport r = advies(metContacten(ZelfregieNiveau.ZWAK).addGeen(Zorgnetwerk.Onderdeel.NETWERK_COACHING).build());
    assertThat(vuurt(r, "NW-06", "z1")).isTrue();
    assertThat(r.met("NW-06").get(0).uitleg()).contains("ZRM sociaal netwerk onbekend").contains("zelfregie contacten zwak");
  }

  @Test
  void nw06DoesNotFireForTheCarersWeakContacts() {
    Zorgnetwerk n = met(mantelzorger("m1")
        .zelfregie(ZelfregieProfiel.builder().datum(DAG).contacten(ZelfregieNiveau.ZWAK).build()).build())
        .addGeen(Zorgnetwerk.Onderdeel.NETWERK_COACHING).build();
    assertThat(advies(n).codes()).doesNotContain("NW-06");
  }

  @Test
  void nw06DoesNotFireWhenNetworkCoachingRuns() {
    Zorgnetwerk n = metZrm(ZrmNiveau.NIET_ZELFREDZAAM).netwerkCoaching(NetwerkCoaching.builder()
        .huidigeStap(NetwerkStap.KENNISMAKING).sinds(DAG).build()).build();
    assertThat(advies(n).codes()).doesNotContain("NW-06");
  }

  @Test
  void nw06SilentAndAsksWhenItIsUnknownWhetherCoachingRuns() {
    Adviesrapport r = advies(metZrm(ZrmNiveau.NIET_ZELFREDZAAM).build());
    assertThat(r.codes()).doesNotContain("NW-06");
    assertThat(vraagt(r, "NW-06", "n1", "netwerkCoaching")).isTrue();
  }

  @Test
  void nw06SilentAndAsksWhenNeitherZrmNorZelfregieIsKnown() {
    Adviesrapport r = advies(netwerk().addGeen(Zorgnetwerk.Onderdeel.NETWERK_COACHING).build());
    assertThat(r.codes()).doesNotContain("NW-06");
    assertThat(vraagt(r, "NW-06", "z1", "netwerk.zrm")).isTrue();
    assertThat(vraagt(r, "NW-06", "z1", "zelfregie")).isTrue();
  }

  // NW-07, NW-08, NW-09: only when exactly their step is stated completed

  @Test
  void nw07FiresWhenStepThreeIsCompleted() {
    Adviesrapport r = advies(metCoaching(NetwerkStap.KWALITEIT, true));
    assertThat(onderwerpen(r, "NW-07")).containsExactly(List.of("z1"));
    assertThat(r.met("NW-07").get(0).uitleg()).isEqualTo("Jan: stap 3 (Wat is de kwaliteit?) afgerond; stap begonnen op 2026-10-01");
    assertThat(r.met("NW-07").get(0).prioriteit()).isEqualTo(Prioriteit.LAAG);
  }

  @Test
  void nw07DoesNotFireWhileStepThreeIsOpen() {
    assertThat(advies(metCoaching(NetwerkStap.KWALITEIT, false)).codes()).doesNotContain("NW-07");
  }

  @Test
  void nw07SilentAndAsksWhenItIsUnknownWhetherStepThreeIsCompleted() {
    Adviesrapport r = advies(metCoaching(NetwerkStap.KWALITEIT, Optional.empty()));
    assertThat(r.codes()).doesNotContain("NW-07");
    assertThat(vraagt(r, "NW-07", "z1", "netwerk.coachingStap")).isTrue();
  }

  @Test
  void nw08FiresWhenTheTeamUpIsCompleted() {
    Adviesrapport r = advies(metCoaching(NetwerkStap.TEAM_UP, true));
    assertThat(onderwerpen(r, "NW-08")).containsExactly(List.of("z1"));
    assertThat(r.met("NW-08").get(0).uitleg()).isEqualTo("Jan: stap 6 (Team-up) afgerond; stap begonnen op 2026-10-01");
  }

  @Test
  void nw08DoesNotFireWhileTheTeamUpIsOpen() {
    assertThat(advies(metCoaching(NetwerkStap.TEAM_UP, false)).codes()).doesNotContain("NW-08");
  }

  /** Advice never proposes what is in place: at step 7 or later the top-3 action and the action plan are under way. */
  @ParameterizedTest
  @CsvSource({"TOP_DRIE_ACTIE, true", "TOP_DRIE_ACTIE, false", "PERSOONLIJK_ACTIEPLAN, true", "GA_ERVOOR, false",
      "LEREN_VAN_ERVARINGEN, true"})
  void nw08DoesNotFireOnceTheTrajectoryIsPastTheTeamUp(NetwerkStap stap, boolean afgerond) {
    Adviesrapport r = advies(metCoaching(stap, afgerond));
    assertThat(r.codes()).doesNotContain("NW-08");
    assertThat(vraagt(r, "NW-08")).isFalse();
  }

  @Test
  void nw08SilentAndAsksWhenItIsUnknownWhetherTheTeamUpIsCompleted() {
    Adviesrapport r = advies(metCoaching(NetwerkStap.TEAM_UP, Optional.empty()));
    assertThat(r.codes()).doesNotContain("NW-08");
    assertThat(vraagt(r, "NW-08", "z1", "netwerk.coachingStap")).isTrue();
  }

  @Test
  void nw09FiresWhenStepNineIsCompleted() {
    Adviesrapport r = advies(metCoaching(NetwerkStap.GA_ERVOOR, true));
    assertThat(onderwerpen(r, "NW-09")).containsExactly(List.of("z1"));
    assertThat(r.met("NW-09").get(0).uitleg()).isEqualTo("Jan: stap 9 (Ga ervoor!) afgerond; stap begonnen op 2026-10-01");
  }

  @Test
  void nw09DoesNotFireWhileStepNineIsOpen() {
    assertThat(advies(metCoaching(NetwerkStap.GA_ERVOOR, false)).codes()).doesNotContain("NW-09");
  }

  @Test
  void nw09SilentAndAsksWhenItIsUnknownWhetherStepNineIsCompleted() {
    Adviesrapport r = advies(metCoaching(NetwerkStap.GA_ERVOOR, Optional.empty()));
    assertThat(r.codes()).doesNotContain("NW-09");
    assertThat(vraagt(r, "NW-09", "z1", "netwerk.coachingStap")).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"KENNISMAKING", "NETWERK_IN_KAART", "DE_DEUR_UIT", "PERSOONLIJKE_INTERESSES", "TOP_DRIE_ACTIE",
      "PERSOONLIJK_ACTIEPLAN", "LEREN_VAN_ERVARINGEN"})
  void nextPhaseDoesNotFireForTheOtherSteps(NetwerkStap stap) {
    Adviesrapport r = advies(metCoaching(stap, true));
    assertThat(r.codes()).doesNotContain("NW-07", "NW-08", "NW-09");
  }

  // Scenarios (/work/shared/domain/scenarios.md)

  /**
   * S1: the story says "no MantelScan" and "a single carer, no network"; both are stated here, since under the new
   * semantics NW-01 and NW-03 fire only on what the record states.
   */
  @Test
  void scenarioS1SonCaringForFatherGetsMantelScanAndWideningAdvice() {
    Mantelzorger peter = Mantelzorger.builder().id("peter").naam("Peter").relatie(Relatie.KIND).leeftijd(52)
        .urenPerWeek(14).maanden(24).werkt(true).hoofdmantelzorger(true).herkentZichAlsMantelzorger(false)
        .addBelasting(Belastingmeting.csi(8, DAG))
        .zelfregie(ZelfregieProfiel.builder().datum(DAG).eigenaarschap(ZelfregieNiveau.STERK)
            .eigenKracht(ZelfregieNiveau.MATIG).motivatie(ZelfregieNiveau.STERK).contacten(ZelfregieNiveau.ZWAK).build())
        .build();
    Adviesrapport r = advies(netwerk().zorgvrager(zorgvrager().leeftijd(84).build()).mantelzorgers(List.of(peter))
        .addGeen(Zorgnetwerk.Onderdeel.MANTEL_SCAN, Zorgnetwerk.Onderdeel.INFORMELE_CONTACTEN,
            Zorgnetwerk.Onderdeel.VRIJWILLIGERS, Zorgnetwerk.Onderdeel.RESPIJT).build());
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
    assertThat(vuurtOfVervangen(r, "NW-04", "buur1")).isTrue();
    assertThat(vuurtOfVervangen(r, "NW-04", "buur2")).isTrue();
    assertThat(vuurtOfVervangen(r, "NW-05", "anja")).isTrue();
  }

  @Test
  void textsAreInEnglishToo() {
    AdviesEngine en = AdviesEngine.builder().language(Language.EN).build();
    // No coaching stated, so NW-06 waits on the zorgvrager's network alone and asks about it.
    Adviesrapport r = en.advise(met(intensief()).addGeen(Zorgnetwerk.Onderdeel.INFORMELE_CONTACTEN,
        Zorgnetwerk.Onderdeel.MANTEL_SCAN, Zorgnetwerk.Onderdeel.NETWERK_COACHING)
        .zorgvrager(zorgvrager().vraagverlegen(true).build()).build(), PEILDATUM);
    assertThat(r.met("NW-05").get(0).uitleg()).isEqualTo("Jan finds it hard to ask for help");
    assertThat(r.met("NW-03").get(0).uitleg()).isEqualTo("Mantelzorger m1 carries the care alone (9 hours a week, 4 months;"
        + " 1 carer(s) in the network); no other helpers among relatives, friends or neighbours");
    assertThat(r.met("NW-01").get(0).uitleg()).isEqualTo(
        "Jan: long-term and intensive: Mantelzorger m1; overloaded: -; no MantelScan for the network of Jan");
    assertThat(r.vragenVoor("NW-06")).anySatisfy(v -> assertThat(v.vraag())
        .isEqualTo("How self-reliant is Jan on the ZRM domain Social network?"));
  }
}
