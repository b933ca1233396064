package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.ENGINE;
import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.mantelzorger;
import static io.github.mantelzorg.rules.Fixtures.netwerk;
import static io.github.mantelzorg.rules.Fixtures.verband;
import static io.github.mantelzorg.rules.Fixtures.vuurt;
import static io.github.mantelzorg.rules.Fixtures.zorgvrager;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Aandoening;
import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.CsiItem;
import io.github.mantelzorg.model.InformeelContact;
import io.github.mantelzorg.model.Instrument;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.ParticipatieTrede;
import io.github.mantelzorg.model.Relatie;
import io.github.mantelzorg.model.RespijtFrequentie;
import io.github.mantelzorg.model.RespijtVoorziening;
import io.github.mantelzorg.model.RespijtVorm;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Uitvoerder;
import io.github.mantelzorg.model.Vrijwilliger;
import io.github.mantelzorg.model.WifaProfiel;
import io.github.mantelzorg.model.WifaStatus;
import io.github.mantelzorg.model.ZelfregieNiveau;
import io.github.mantelzorg.model.ZelfregieProfiel;
import io.github.mantelzorg.model.Zorgnetwerk;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules of gecombineerd.drl: combined rules that join several models. */
class GecombineerdRegelsTest {
  private static final LocalDate METING = LocalDate.of(2026, 10, 2);

  private static Belastingmeting csi(int score) {
    return Belastingmeting.csi(score, METING);
  }

  /** A CSI measurement whose score is the number of items answered yes. */
  private static Belastingmeting csi(LocalDate datum, CsiItem... items) {
    return Belastingmeting.builder().instrument(Instrument.CSI).waarde(items.length).datum(datum).addCsiItems(items).build();
  }

  private static ZelfregieProfiel contacten(ZelfregieNiveau niveau) {
    return ZelfregieProfiel.builder().datum(LocalDate.of(2026, 9, 1)).contacten(niveau).build();
  }

  private static Zorgnetwerk met(Mantelzorger.Builder m) {
    return netwerk().mantelzorgers(List.of(m.build())).build();
  }

  private static Vrijwilliger vrijwilliger(String id, WifaStatus informeren, WifaStatus afstemmen) {
    return Vrijwilliger.builder().id(id).naam("Vrijwilliger " + id)
        .wifa(WifaProfiel.builder().informeren(informeren).afstemmen(afstemmen).waarderen(WifaStatus.ONVOLDOENDE).build())
        .build();
  }

  private static InformeelContact buur(String id, boolean bereid, boolean gevraagd) {
    return InformeelContact.builder().id(id).naam("Buur " + id).relatie(Relatie.BUUR)
        .bereidOmTeHelpen(bereid).gevraagd(gevraagd).build();
  }

  private static RespijtVoorziening respijt(boolean inGebruik) {
    return RespijtVoorziening.builder().vorm(RespijtVorm.DAGOPVANG).uitvoerder(Uitvoerder.BEROEPSKRACHT)
        .frequentie(RespijtFrequentie.STRUCTUREEL).inGebruik(inGebruik).build();
  }

  // CB-01

  private static Mantelzorger.Builder geisoleerd(int csi) {
    return mantelzorger("m1").addBelasting(csi(csi)).zelfregie(contacten(ZelfregieNiveau.ZWAK));
  }

  @Test
  void cb01FiresForOverloadedIsolatedCarerWithoutVolunteer() {
    Adviesrapport r = advies(met(geisoleerd(7)));
    assertThat(vuurt(r, "CB-01", "m1")).isTrue();
    Advies a = r.met("CB-01").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.KRITIEK);
    assertThat(a.uitleg()).contains("CSI 7 (2026-10-02)").contains("2026-09-01").contains("0 vrijwilligers");
  }

  @Test
  void cb01DoesNotFireAtCsiSix() {
    assertThat(advies(met(geisoleerd(6))).codes()).doesNotContain("CB-01");
  }

  @Test
  void cb01DoesNotFireWithOneVolunteer() {
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(geisoleerd(7).build()))
        .addVrijwilligers(vrijwilliger("v1", WifaStatus.OK, WifaStatus.OK)).build();
    assertThat(advies(n).codes()).doesNotContain("CB-01");
  }

  @Test
  void cb01DoesNotFireWhenContactsAreModerate() {
    assertThat(advies(met(geisoleerd(7).zelfregie(contacten(ZelfregieNiveau.MATIG)))).codes()).doesNotContain("CB-01");
  }

  @Test
  void cb01LooksAtTheCarersOwnContactsNotTheZorgvragers() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().zelfregie(contacten(ZelfregieNiveau.ZWAK)).build())
        .mantelzorgers(List.of(mantelzorger("m1").addBelasting(csi(7)).build())).build();
    assertThat(advies(n).codes()).doesNotContain("CB-01");
  }

  @Test
  void cb01ReplacesSupportRespiteAndContactsAdvice() {
    Regel cb01 = ENGINE.regels().stream().filter(g -> g.code().equals("CB-01")).findFirst().orElseThrow();
    assertThat(cb01.vervangt()).containsExactlyInAnyOrder("SO-03", "RZ-01", "ZR-04");
  }

  @Test
  void cb01AlsoFiresOnA10MinutencheckSignal() {
    Belastingmeting check = Belastingmeting.builder().instrument(Instrument.TIEN_MINUTENCHECK)
        .signaalOverbelasting(true).datum(METING).build();
    Adviesrapport r = advies(met(mantelzorger("m1").addBelasting(check).zelfregie(contacten(ZelfregieNiveau.ZWAK))));
    assertThat(r.met("CB-01").get(0).uitleg()).contains("10-minutencheck (2026-10-02)");
  }

  // CB-02

  private static Zorgnetwerk vraagverlegen(int csi, boolean gevraagd) {
    return netwerk().mantelzorgers(List.of(mantelzorger("m1").addBelasting(csi(csi)).vraagverlegen(true).build()))
        .addInformeleContacten(buur("b1", true, gevraagd), buur("b2", false, false)).build();
  }

  @Test
  void cb02FiresForOverloadedCarerReluctantToAskWithAWillingUnaskedNeighbour() {
    Adviesrapport r = advies(vraagverlegen(7, false));
    assertThat(r.met("CB-02")).hasSize(1);
    Advies a = r.met("CB-02").get(0);
    assertThat(a.betreft()).containsExactly("m1", "b1");
    assertThat(a.uitleg()).contains("CSI 7").contains("1 bereid maar niet gevraagd: Buur b1");
  }

  @Test
  void cb02DoesNotFireWhenTheWillingNeighbourWasAlreadyAsked() {
    assertThat(advies(vraagverlegen(7, true)).codes()).doesNotContain("CB-02");
  }

  @Test
  void cb02DoesNotFireAtCsiSix() {
    assertThat(advies(vraagverlegen(6, false)).codes()).doesNotContain("CB-02");
  }

  @Test
  void cb02DoesNotFireWhenTheCarerIsNotReluctant() {
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(mantelzorger("m1").addBelasting(csi(7)).build()))
        .addInformeleContacten(buur("b1", true, false)).build();
    assertThat(advies(n).codes()).doesNotContain("CB-02");
  }

  // CB-03

  private static Zorgnetwerk metVrijwilliger(int csi, Vrijwilliger... vrijwilligers) {
    return netwerk().mantelzorgers(List.of(mantelzorger("m1").addBelasting(csi(csi)).build()))
        .addVrijwilligers(vrijwilligers).build();
  }

  @Test
  void cb03FiresForOverloadedCarerAndUninformedVolunteer() {
    Adviesrapport r = advies(metVrijwilliger(7, vrijwilliger("v1", WifaStatus.ONVOLDOENDE, WifaStatus.OK),
        vrijwilliger("v2", WifaStatus.OK, WifaStatus.OK)));
    assertThat(r.met("CB-03")).hasSize(1);
    Advies a = r.met("CB-03").get(0);
    assertThat(a.betreft()).containsExactly("m1", "v1");
    assertThat(a.uitleg()).contains("Vrijwilliger v1 (informeren)").doesNotContain("v2");
  }

  @Test
  void cb03FiresWhenAligningIsInsufficient() {
    Adviesrapport r = advies(metVrijwilliger(7, vrijwilliger("v1", WifaStatus.OK, WifaStatus.ONVOLDOENDE)));
    assertThat(vuurt(r, "CB-03", "v1")).isTrue();
    assertThat(r.met("CB-03").get(0).uitleg()).contains("(afstemmen)");
  }

  @Test
  void cb03DoesNotFireWhenOnlyAppreciationIsInsufficient() {
    assertThat(advies(metVrijwilliger(7, vrijwilliger("v1", WifaStatus.OK, WifaStatus.ONBEKEND))).codes())
        .doesNotContain("CB-03");
  }

  @Test
  void cb03DoesNotFireAtCsiSix() {
    assertThat(advies(metVrijwilliger(6, vrijwilliger("v1", WifaStatus.ONVOLDOENDE, WifaStatus.ONVOLDOENDE))).codes())
        .doesNotContain("CB-03");
  }

  // CB-04

  private static Mantelzorger.Builder nietHerkend(double uren, int maanden) {
    return mantelzorger("m1").herkentZichAlsMantelzorger(false).urenPerWeek(uren).maanden(maanden);
  }

  @Test
  void cb04FiresForUnrecognisedOverloadedCarer() {
    Adviesrapport r = advies(met(nietHerkend(4, 2).addBelasting(csi(7))));
    assertThat(vuurt(r, "CB-04", "m1")).isTrue();
    assertThat(r.met("CB-04").get(0).uitleg()).contains("overbelast: ja (meting: CSI 7 (2026-10-02))");
  }

  @Test
  void cb04FiresForUnmeasuredCarerJustAboveLongAndIntensive() {
    Adviesrapport r = advies(met(nietHerkend(8.5, 4)));
    assertThat(vuurt(r, "CB-04", "m1")).isTrue();
    assertThat(r.met("CB-04").get(0).uitleg()).contains("overbelast: nee (meting: -)").contains("8.5 uur per week, 4 maanden");
  }

  @Test
  void cb04DoesNotFireAtEightHoursAWeek() {
    assertThat(advies(met(nietHerkend(8, 4))).codes()).doesNotContain("CB-04");
  }

  @Test
  void cb04DoesNotFireAtThreeMonths() {
    assertThat(advies(met(nietHerkend(9, 3))).codes()).doesNotContain("CB-04");
  }

  @Test
  void cb04DoesNotFireWhenAMeasurementShowsNoOverload() {
    assertThat(advies(met(nietHerkend(40, 24).addBelasting(csi(6)))).codes()).doesNotContain("CB-04");
  }

  @Test
  void cb04DoesNotFireWhenTheCarerRecognisesThemselves() {
    assertThat(advies(met(nietHerkend(40, 24).herkentZichAlsMantelzorger(true).addBelasting(csi(7)))).codes())
        .doesNotContain("CB-04");
  }

  // CB-05

  private static Casus regio(String gemeente, Samenwerkingsverband.Builder v, boolean respijtInGebruik) {
    Zorgnetwerk n = netwerk().gemeente(gemeente).mantelzorgers(List.of(mantelzorger("m1").addBelasting(csi(7)).build()))
        .addRespijt(respijt(respijtInGebruik)).build();
    return Casus.builder().addZorgnetwerken(n).samenwerkingsverband(v.build()).build();
  }

  @Test
  void cb05FiresWhenThePartnershipOfTheMunicipalityHasNoSocialMap() {
    Adviesrapport r = advies(regio("Leiden", verband().routeRespijtzorgInBeeld(true), false));
    assertThat(r.met("CB-05")).hasSize(1);
    Advies a = r.met("CB-05").get(0);
    assertThat(a.context()).isEqualTo("n1");
    assertThat(a.betreft()).containsExactly("m1", "v1");
    assertThat(a.uitleg()).contains("Mantelzorger m1").contains("sociale kaart nee, respijtroute in beeld ja");
  }

  @Test
  void cb05FiresWhenOnlyTheRouteToRespiteIsMissing() {
    assertThat(vuurt(advies(regio("Leiden", verband().socialeKaart(true), false)), "CB-05", "v1")).isTrue();
  }

  @Test
  void cb05DoesNotFireWhenMapAndRouteExist() {
    assertThat(advies(regio("Leiden", verband().socialeKaart(true).routeRespijtzorgInBeeld(true), false)).codes())
        .doesNotContain("CB-05");
  }

  @Test
  void cb05DoesNotFireWhenTheNetworkIsInAnotherMunicipality() {
    assertThat(advies(regio("Delft", verband(), false)).codes()).doesNotContain("CB-05");
  }

  @Test
  void cb05DoesNotFireWhenRespiteIsInUse() {
    assertThat(advies(regio("Leiden", verband(), true)).codes()).doesNotContain("CB-05");
  }

  // CB-06

  private static Zorgnetwerk ouderMetKind(Relatie relatie, Aandoening aandoening, boolean toekomstzorgVraag) {
    return netwerk().zorgvrager(zorgvrager().aandoeningen(List.of(aandoening)).toekomstzorgVraag(toekomstzorgVraag).build())
        .mantelzorgers(List.of(mantelzorger("m1").relatie(relatie).build())).build();
  }

  @Test
  void cb06FiresForParentWorriedAboutChildWithIntellectualDisability() {
    Adviesrapport r = advies(ouderMetKind(Relatie.OUDER, Aandoening.VERSTANDELIJKE_BEPERKING, true));
    Advies a = r.met("CB-06").get(0);
    assertThat(a.betreft()).containsExactly("m1", "z1");
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(a.uitleg()).contains("Mantelzorger m1 (ouder) van Jan (verstandelijke beperking)");
  }

  @Test
  void cb06FiresForMildIntellectualDisabilityToo() {
    assertThat(vuurt(advies(ouderMetKind(Relatie.OUDER, Aandoening.LVB, true)), "CB-06", "m1")).isTrue();
  }

  @Test
  void cb06DoesNotFireWithoutTheFutureCareQuestion() {
    assertThat(advies(ouderMetKind(Relatie.OUDER, Aandoening.VERSTANDELIJKE_BEPERKING, false)).codes())
        .doesNotContain("CB-06");
  }

  @Test
  void cb06DoesNotFireForASibling() {
    assertThat(advies(ouderMetKind(Relatie.BROER_ZUS, Aandoening.VERSTANDELIJKE_BEPERKING, true)).codes())
        .doesNotContain("CB-06");
  }

  @Test
  void cb06GivesOneAdviceForBothParents() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().aandoeningen(List.of(Aandoening.LVB)).toekomstzorgVraag(true).build())
        .mantelzorgers(List.of(mantelzorger("m1").relatie(Relatie.OUDER).build(),
            mantelzorger("m2").relatie(Relatie.OUDER).build())).build();
    assertThat(Fixtures.onderwerpen(advies(n), "CB-06")).containsExactly(List.of("m1", "m2", "z1"));
  }

  // CB-07

  private static Zorgnetwerk dementie(Mantelzorger... mantelzorgers) {
    return netwerk().zorgvrager(zorgvrager().addAandoeningen(Aandoening.DEMENTIE).build())
        .mantelzorgers(List.of(mantelzorgers)).build();
  }

  @Test
  void cb07FiresForSoleCarerOfPersonWithDementiaWithoutRespite() {
    Adviesrapport r = advies(dementie(mantelzorger("m1").build()));
    assertThat(vuurt(r, "CB-07", "m1")).isTrue();
    assertThat(r.met("CB-07").get(0).uitleg()).contains("Jan heeft dementie; Mantelzorger m1 is de enige mantelzorger")
        .contains("niet in gebruik: 0");
  }

  @Test
  void cb07FiresWhenRespiteIsArrangedButNotInUse() {
    Zorgnetwerk n = dementie(mantelzorger("m1").build()).withRespijt(respijt(false));
    assertThat(advies(n).met("CB-07").get(0).uitleg()).contains("niet in gebruik: 1");
  }

  @Test
  void cb07DoesNotFireWithTwoCarers() {
    assertThat(advies(dementie(mantelzorger("m1").build(), mantelzorger("m2").build())).codes()).doesNotContain("CB-07");
  }

  @Test
  void cb07DoesNotFireWithRespiteInUse() {
    assertThat(advies(dementie(mantelzorger("m1").build()).withRespijt(respijt(true))).codes()).doesNotContain("CB-07");
  }

  // CB-08

  private static Zorgnetwerk nah(Aandoening aandoening, Belastingmeting... metingen) {
    return netwerk().zorgvrager(zorgvrager().aandoeningen(List.of(aandoening)).build())
        .mantelzorgers(List.of(mantelzorger("m1").addBelasting(metingen).build())).build();
  }

  @Test
  void cb08FiresWhenTheNewestCsiSaysTheNahPatientBecameAnotherPerson() {
    Adviesrapport r = advies(nah(Aandoening.NIET_AANGEBOREN_HERSENLETSEL, csi(METING, CsiItem.ANDER_PERSOON_GEWORDEN)));
    assertThat(vuurt(r, "CB-08", "m1")).isTrue();
    assertThat(r.met("CB-08").get(0).uitleg()).contains("CSI van 2026-10-02 met ja op ander persoon geworden");
  }

  @Test
  void cb08FiresOnUpsettingBehaviour() {
    assertThat(vuurt(advies(nah(Aandoening.NIET_AANGEBOREN_HERSENLETSEL,
        csi(METING, CsiItem.SLAAP_VERSTOORD, CsiItem.GEDRAG_MAAKT_VAN_STREEK))), "CB-08", "m1")).isTrue();
  }

  @Test
  void cb08DoesNotFireOnOtherCsiItems() {
    assertThat(advies(nah(Aandoening.NIET_AANGEBOREN_HERSENLETSEL,
        csi(METING, CsiItem.SLAAP_VERSTOORD, CsiItem.EMOTIONEEL_ANDERS_TEGEN_ELKAAR))).codes()).doesNotContain("CB-08");
  }

  @Test
  void cb08UsesOnlyTheNewestCsi() {
    assertThat(advies(nah(Aandoening.NIET_AANGEBOREN_HERSENLETSEL,
        csi(LocalDate.of(2026, 5, 1), CsiItem.ANDER_PERSOON_GEWORDEN), csi(METING, CsiItem.SLAAP_VERSTOORD))).codes())
        .doesNotContain("CB-08");
  }

  @Test
  void cb08DoesNotFireForDementia() {
    assertThat(advies(nah(Aandoening.DEMENTIE, csi(METING, CsiItem.ANDER_PERSOON_GEWORDEN))).codes())
        .doesNotContain("CB-08");
  }

  // CB-09

  private static Zorgnetwerk netwerkMet(String id, String gemeente, int mantelzorgers, boolean respijt) {
    Zorgnetwerk.Builder b = Zorgnetwerk.builder().id(id).gemeente(gemeente).zorgvrager(zorgvrager().id(id + "z").build());
    for (int i = 1; i <= mantelzorgers; i++) {
      b.addMantelzorgers(mantelzorger(id + "m" + i).build());
    }
    if (respijt) {
      b.addRespijt(respijt(true));
    }
    return b.build();
  }

  private static Casus respijtRegio(boolean biedtRespijt, Zorgnetwerk... netwerken) {
    return Casus.builder().addZorgnetwerken(netwerken).samenwerkingsverband(verband().biedtRespijt(biedtRespijt).build()).build();
  }

  @Test
  void cb09FiresWhenHalfTheCarersHaveNoRespite() {
    Adviesrapport r = advies(respijtRegio(true, netwerkMet("n1", "Leiden", 1, false), netwerkMet("n2", "Leiden", 1, true)));
    assertThat(r.met("CB-09")).hasSize(1);
    Advies a = r.met("CB-09").get(0);
    assertThat(a.context()).isEqualTo("v1");
    assertThat(a.betreft()).containsExactly("v1");
    assertThat(a.uitleg()).startsWith("1 van 2 mantelzorgers (50%, drempel 50%)").contains("(1 van 2 netwerken)");
  }

  @Test
  void cb09DoesNotFireBelowHalf() {
    assertThat(advies(respijtRegio(true, netwerkMet("n1", "Leiden", 1, false), netwerkMet("n2", "Leiden", 2, true))).codes())
        .doesNotContain("CB-09");
  }

  @Test
  void cb09CountsOnlyNetworksInThePartnershipsMunicipalities() {
    assertThat(vuurt(advies(respijtRegio(true, netwerkMet("n1", "Leiden", 3, false))), "CB-09", "v1")).isTrue();
    assertThat(advies(respijtRegio(true, netwerkMet("n1", "Delft", 3, false))).codes()).doesNotContain("CB-09");
  }

  @Test
  void cb09DoesNotFireWhenThePartnershipOffersNoRespite() {
    assertThat(advies(respijtRegio(false, netwerkMet("n1", "Leiden", 1, false))).codes()).doesNotContain("CB-09");
  }

  @Test
  void cb09DoesNotFireWithoutCarers() {
    assertThat(advies(respijtRegio(true, netwerkMet("n1", "Leiden", 0, false))).codes()).doesNotContain("CB-09");
  }

  // CB-10

  private static Samenwerkingsverband lerendePraktijk(ParticipatieTrede trede, boolean verhalen) {
    return verband().lerendePraktijk(true).ervaringsverhalenGebruikt(verhalen).mantelzorgersBetrokkenBijBeleid(trede).build();
  }

  @Test
  void cb10FiresWhenCarersAreOnlyInformed() {
    Adviesrapport r = advies(lerendePraktijk(ParticipatieTrede.INFORMEREN, false));
    assertThat(vuurt(r, "CB-10", "v1")).isTrue();
    assertThat(r.met("CB-10").get(0).uitleg()).contains("op trede 1 (informeren)");
  }

  @Test
  void cb10DoesNotFireWhenCarersAreConsulted() {
    assertThat(advies(lerendePraktijk(ParticipatieTrede.RAADPLEGEN, false)).codes()).doesNotContain("CB-10");
  }

  @Test
  void cb10DoesNotFireWhenCarersStoriesAreUsed() {
    assertThat(advies(lerendePraktijk(ParticipatieTrede.GEEN_CONTACT, true)).codes()).doesNotContain("CB-10");
  }

  @Test
  void cb10DoesNotFireOutsideALearningPractice() {
    assertThat(advies(verband().build()).codes()).doesNotContain("CB-10");
  }

  // Scenarios (scenarios.md) and texts

  @Test
  void scenarioS1SonCaringForFatherWithDementia() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().naam("Jan").leeftijd(84).aandoeningen(List.of(Aandoening.DEMENTIE)).build())
        .mantelzorgers(List.of(Mantelzorger.builder().id("peter").naam("Peter").relatie(Relatie.KIND).leeftijd(52).werkt(true)
            .urenPerWeek(14).maanden(24).hoofdmantelzorger(true).herkentZichAlsMantelzorger(false).addBelasting(csi(8))
            .zelfregie(ZelfregieProfiel.builder().datum(METING).eigenaarschap(ZelfregieNiveau.STERK)
                .eigenKracht(ZelfregieNiveau.MATIG).motivatie(ZelfregieNiveau.STERK).contacten(ZelfregieNiveau.ZWAK).build())
            .build())).build();
    Adviesrapport r = advies(n);
    assertThat(vuurt(r, "CB-01", "peter")).isTrue();
    assertThat(vuurt(r, "CB-04", "peter")).isTrue();
    assertThat(vuurt(r, "CB-07", "peter")).isTrue();
    assertThat(r.codes()).doesNotContain("CB-02", "CB-03", "CB-05", "CB-06", "CB-08");
  }

  @Test
  void scenarioS2MotherCaringForDaughterWithIntellectualDisability() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().naam("Sanne").leeftijd(34)
            .aandoeningen(List.of(Aandoening.VERSTANDELIJKE_BEPERKING)).toekomstzorgVraag(true).build())
        .mantelzorgers(List.of(mantelzorger("ria").naam("Ria").relatie(Relatie.OUDER).leeftijd(67).urenPerWeek(40).maanden(360)
            .addBelasting(Belastingmeting.edizPlus(6, METING)).build()))
        .addVrijwilligers(vrijwilliger("buddy", WifaStatus.ONVOLDOENDE, WifaStatus.ONVOLDOENDE))
        .addRespijt(RespijtVoorziening.builder().vorm(RespijtVorm.LOGEERZORG).uitvoerder(Uitvoerder.BEROEPSKRACHT)
            .frequentie(RespijtFrequentie.INCIDENTEEL).build()).build();
    Adviesrapport r = advies(n);
    assertThat(vuurt(r, "CB-06", "ria")).isTrue();
    assertThat(r.codes()).doesNotContain("CB-01", "CB-03", "CB-04", "CB-07");
  }

  @Test
  void scenarioS3WomanCaringForHusbandWithBrainInjury() {
    Belastingmeting csi9 = csi(METING, CsiItem.WERK_AANGEPAST, CsiItem.ANDER_PERSOON_GEWORDEN, CsiItem.SLAAP_VERSTOORD,
        CsiItem.KOST_MOEITE_EN_TIJD, CsiItem.LICHAMELIJK_ZWAAR, CsiItem.BEPERKT_ANDERE_ACTIVITEITEN,
        CsiItem.DAGRITME_AANGEPAST, CsiItem.PLANNEN_GEWIJZIGD, CsiItem.VOLLEDIG_OPGESLOKT);
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().naam("Henk").leeftijd(61)
            .aandoeningen(List.of(Aandoening.NIET_AANGEBOREN_HERSENLETSEL)).build())
        .mantelzorgers(List.of(mantelzorger("anja").naam("Anja").relatie(Relatie.PARTNER).leeftijd(58).urenPerWeek(30).maanden(12)
            .werkt(true).vraagverlegen(true).addBelasting(csi9).zelfregie(contacten(ZelfregieNiveau.ZWAK)).build()))
        .addInformeleContacten(buur("buur1", true, false), buur("buur2", true, false)).build();
    Adviesrapport r = advies(n);
    assertThat(vuurt(r, "CB-01", "anja")).isTrue();
    assertThat(r.met("CB-02").get(0).betreft()).containsExactly("anja", "buur1", "buur2");
    assertThat(vuurt(r, "CB-08", "anja")).isTrue();
  }

  @Test
  void scenarioS6VolunteerGroupNobodyInforms() {
    Zorgnetwerk.Builder b = netwerk().mantelzorgers(List.of(mantelzorger("m1").addBelasting(Belastingmeting.edizPlus(10, METING)).build()));
    for (int i = 1; i <= 3; i++) {
      b.addVrijwilligers(vrijwilliger("v" + i, WifaStatus.ONVOLDOENDE, WifaStatus.ONVOLDOENDE));
    }
    Adviesrapport r = advies(b.build());
    assertThat(Fixtures.onderwerpen(r, "CB-03")).containsExactly(List.of("m1", "v1", "v2", "v3"));
    assertThat(r.met("CB-03").get(0).uitleg()).contains("EDIZ-plus 10 (2026-10-02)");
  }

  @Test
  void englishExplanationUsesTheSameFacts() {
    AdviesEngine en = AdviesEngine.builder().taal(Taal.EN).build();
    Adviesrapport r = en.advise(met(nietHerkend(8.5, 4)), PEILDATUM);
    assertThat(r.met("CB-04").get(0).uitleg())
        .isEqualTo("Mantelzorger m1 does not recognise themselves as a carer; overloaded: no (measurement: -); 8.5 hours a week, 4 months");
  }
}
