package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.ENGINE;
import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.mantelzorger;
import static io.github.mantelzorg.rules.Fixtures.netwerk;
import static io.github.mantelzorg.rules.Fixtures.onderwerpen;
import static io.github.mantelzorg.rules.Fixtures.verband;
import static io.github.mantelzorg.rules.Fixtures.vraagt;
import static io.github.mantelzorg.rules.Fixtures.vuurt;
import static io.github.mantelzorg.rules.Fixtures.zorgvrager;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Aandoening;
import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Beroepskracht;
import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.CsiItem;
import io.github.mantelzorg.model.InformeelContact;
import io.github.mantelzorg.model.Instrument;
import io.github.mantelzorg.model.Json;
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
import io.github.mantelzorg.model.testing.Scenarios;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules of gecombineerd.drl: combined rules that join several models. The evaluation date is
 * {@link Fixtures#PEILDATUM} (2026-11-24); measurements are of 2026-10-02, within their validity.
 */
class GecombineerdRegelsTest {
  private static final LocalDate METING = LocalDate.of(2026, 10, 2);

  private static Belastingmeting csi(int score) {
    return Belastingmeting.csi(score, METING);
  }

  /** A CSI measurement whose score is the number of items answered yes, recorded item by item. */
  private static Belastingmeting csi(LocalDate datum, CsiItem... items) {
    return Belastingmeting.builder().instrument(Instrument.CSI).waarde(items.length).datum(datum).addCsiItems(items).build();
  }

  private static ZelfregieProfiel contacten(ZelfregieNiveau niveau) {
    return ZelfregieProfiel.builder().datum(LocalDate.of(2026, 9, 1)).contacten(niveau).build();
  }

  /** A network with these carers, which states that no volunteer is involved. */
  private static Zorgnetwerk.Builder zonderVrijwilliger(Mantelzorger.Builder... mantelzorgers) {
    List<Mantelzorger> l = new ArrayList<>();
    for (Mantelzorger.Builder m : mantelzorgers) {
      l.add(m.build());
    }
    return netwerk().mantelzorgers(l).addGeen(Zorgnetwerk.Onderdeel.VRIJWILLIGERS);
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

  private static Rule regel(String code) {
    return ENGINE.rules().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
  }

  // CB-01

  private static Mantelzorger.Builder geisoleerd(int csi) {
    return mantelzorger("m1").addBelasting(csi(csi)).zelfregie(contacten(ZelfregieNiveau.ZWAK));
  }

  @Test
  void cb01FiresForOverloadedIsolatedCarerWithoutVolunteer() {
    Adviesrapport r = advies(zonderVrijwilliger(geisoleerd(7)).build());
    assertThat(vuurt(r, "CB-01", "m1")).isTrue();
    Advies a = r.met("CB-01").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.KRITIEK);
    assertThat(a.uitleg()).isEqualTo("Mantelzorger m1: CSI 7 op 2026-10-02, boven het afkappunt; contacten zwak (zelfregie "
        + "2026-09-01); geen vrijwilliger in het netwerk van Jan; Jan woont thuis");
  }

  @Test
  void cb01DoesNotFireAtCsiSix() {
    assertThat(advies(zonderVrijwilliger(geisoleerd(6)).build()).codes()).doesNotContain("CB-01");
  }

  @Test
  void cb01DoesNotFireWithOneVolunteer() {
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(geisoleerd(7).build()))
        .addVrijwilligers(vrijwilliger("v1", WifaStatus.OK, WifaStatus.OK)).build();
    assertThat(advies(n).codes()).doesNotContain("CB-01");
  }

  @Test
  void cb01DoesNotFireWhenContactsAreModerate() {
    assertThat(advies(zonderVrijwilliger(geisoleerd(7).zelfregie(contacten(ZelfregieNiveau.MATIG))).build()).codes())
        .doesNotContain("CB-01");
  }

  @Test
  void cb01LooksAtTheCarersOwnContactsNotTheZorgvragers() {
    Zorgnetwerk n = zonderVrijwilliger(mantelzorger("m1").addBelasting(csi(7)).zelfregie(contacten(ZelfregieNiveau.STERK)))
        .zorgvrager(zorgvrager().zelfregie(contacten(ZelfregieNiveau.ZWAK)).build()).build();
    assertThat(advies(n).codes()).doesNotContain("CB-01");
  }

  // Changed by the semantics: a record that lists no volunteer without saying "none" does not tell there is none.
  @Test
  void cb01SilentAndAsksWhenTheRecordDoesNotSayWhetherAVolunteerIsInvolved() {
    Adviesrapport r = advies(met(geisoleerd(7)));
    assertThat(r.codes()).doesNotContain("CB-01");
    assertThat(vraagt(r, "CB-01", "n1", "vrijwilligers")).isTrue();
  }

  // Principle 3: CB-01's second step is respite at home. For a zorgvrager who does not live at home the rule does not
  // fire; the burden advice stays (BL-01 here; SO-03 and ZR-04 are not replaced either).
  @Test
  void cb01DoesNotFireWhenTheZorgvragerDoesNotLiveAtHome() {
    Zorgnetwerk n = zonderVrijwilliger(geisoleerd(7)).zorgvrager(zorgvrager().woontThuis(false).build()).build();
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("CB-01").contains("BL-01");
    assertThat(Fixtures.vraagt(r, "CB-01")).isFalse();
  }

  @Test
  void cb01SilentAndAsksWhereTheZorgvragerLivesWhenTheRecordDoesNotSay() {
    Zorgnetwerk n = zonderVrijwilliger(geisoleerd(7)).zorgvrager(zorgvrager().woontThuis(Optional.empty()).build()).build();
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("CB-01").contains("BL-01");
    assertThat(vraagt(r, "CB-01", "z1", "woontThuis")).isTrue();
  }

  @Test
  void cb01SilentAndAsksForAMeasurementWhenTheCarerWasNeverMeasured() {
    Adviesrapport r = advies(zonderVrijwilliger(mantelzorger("m1").zelfregie(contacten(ZelfregieNiveau.ZWAK))).build());
    assertThat(r.codes()).doesNotContain("CB-01");
    assertThat(vraagt(r, "CB-01", "m1", "belasting")).isTrue();
  }

  @Test
  void cb01AlsoFiresOnA10MinutencheckSignal() {
    Belastingmeting check = Belastingmeting.builder().instrument(Instrument.TIEN_MINUTENCHECK)
        .signaalOverbelasting(true).datum(METING).build();
    Adviesrapport r = advies(zonderVrijwilliger(mantelzorger("m1").addBelasting(check)
        .zelfregie(contacten(ZelfregieNiveau.ZWAK))).build());
    assertThat(r.met("CB-01").get(0).uitleg()).startsWith("Mantelzorger m1: 10-minutencheck");
  }

  @Test
  void cb01ReplacesSupportRespiteAndContactsAdvice() {
    assertThat(regel("CB-01").vervangt()).containsExactly("RZ-01", "SO-03", "ZR-04");
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
    assertThat(a.uitleg()).contains("CSI 7").contains("Mantelzorger m1 vindt het moeilijk om hulp te vragen")
        .endsWith("bereid maar niet gevraagd: Buur b1");
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
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(mantelzorger("m1").addBelasting(csi(7)).vraagverlegen(false).build()))
        .addInformeleContacten(buur("b1", true, false)).build();
    assertThat(advies(n).codes()).doesNotContain("CB-02");
  }

  // Changed by the semantics: the old test left reluctance out and read it as "not reluctant".
  @Test
  void cb02SilentAndAsksWhenReluctanceIsUnknown() {
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(mantelzorger("m1").addBelasting(csi(7)).build()))
        .addInformeleContacten(buur("b1", true, false)).build();
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("CB-02");
    assertThat(vraagt(r, "CB-02", "m1", "vraagverlegen")).isTrue();
  }

  @Test
  void cb02SilentAndAsksWhenTheRecordListsNoContacts() {
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(mantelzorger("m1").addBelasting(csi(7)).vraagverlegen(true).build())).build();
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("CB-02");
    assertThat(vraagt(r, "CB-02", "n1", "informeleContacten")).isTrue();
  }

  @Test
  void cb02ReplacesTheSeparateAdviceOnWillingContactsAndReluctance() {
    assertThat(regel("CB-02").vervangt()).containsExactly("NW-04", "NW-05");
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
    assertThat(a.uitleg()).isEqualTo("Mantelzorger m1: CSI 7 op 2026-10-02, boven het afkappunt; "
        + "niet ingelicht of afgestemd: Vrijwilliger v1");
  }

  @Test
  void cb03FiresWhenAligningIsInsufficient() {
    Adviesrapport r = advies(metVrijwilliger(7, vrijwilliger("v1", WifaStatus.OK, WifaStatus.ONVOLDOENDE)));
    assertThat(vuurt(r, "CB-03", "v1")).isTrue();
  }

  @Test
  void cb03DoesNotFireWhenInformingAndAligningAreInOrder() {
    assertThat(advies(metVrijwilliger(7, vrijwilliger("v1", WifaStatus.OK, WifaStatus.OK))).codes())
        .doesNotContain("CB-03");
  }

  @Test
  void cb03DoesNotFireAtCsiSix() {
    assertThat(advies(metVrijwilliger(6, vrijwilliger("v1", WifaStatus.ONVOLDOENDE, WifaStatus.ONVOLDOENDE))).codes())
        .doesNotContain("CB-03");
  }

  @Test
  void cb03SilentAndAsksWhenTheVolunteersWifaWasNeverAssessed() {
    Vrijwilliger v = Vrijwilliger.builder().id("v1").naam("Vrijwilliger v1").build();
    Adviesrapport r = advies(metVrijwilliger(7, v));
    assertThat(r.codes()).doesNotContain("CB-03");
    assertThat(vraagt(r, "CB-03", "v1", "wifa")).isTrue();
  }

  @Test
  void cb03SilentAndAsksWhenTheCarerWasNeverMeasured() {
    Zorgnetwerk n = netwerk().addVrijwilligers(vrijwilliger("v1", WifaStatus.ONVOLDOENDE, WifaStatus.OK)).build();
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("CB-03");
    assertThat(vraagt(r, "CB-03", "m1", "belasting")).isTrue();
  }

  /**
   * Before: 20 overloaded carers and 450 volunteers with long names made each CB-03 explanation name every volunteer
   * (a 209 MB report). The text layer lists at most {@code Teksten.MAX_OPGESOMD} names and then "and n more".
   */
  @Test
  void cb03ExplanationStaysBoundedInALargeNetwork() {
    List<Mantelzorger> mantelzorgers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      mantelzorgers.add(mantelzorger(String.format("m%02d", i)).addBelasting(csi(9)).build());
    }
    List<Vrijwilliger> vrijwilligers = new ArrayList<>();
    String lang = "Vrijwilliger met een heel lange naam ".repeat(12);
    for (int i = 0; i < 450; i++) {
      vrijwilligers.add(Vrijwilliger.builder().id(String.format("v%03d", i)).naam(lang + i)
          .wifa(WifaProfiel.builder().informeren(WifaStatus.ONVOLDOENDE).build()).build());
    }
    Adviesrapport r = advies(netwerk().mantelzorgers(mantelzorgers).vrijwilligers(vrijwilligers).build());
    List<Advies> kaarten = r.met("CB-03");
    assertThat(kaarten).hasSize(20);
    for (Advies a : kaarten) {
      assertThat(a.betreft()).hasSize(Advies.MAX_BETREFT);
      assertThat(a.betreftMeer()).isEqualTo(451 - Advies.MAX_BETREFT);
      assertThat(a.uitleg()).endsWith("en 440 meer").hasSizeLessThan(11 * (lang.length() + 10) + 200);
      assertThat(a.feiten().values()).allSatisfy(v -> assertThat(v).hasSizeLessThan(11 * (lang.length() + 10)));
    }
  }

  // CB-04 (split: overloaded on a measurement) and CB-11 (never measured)

  private static Mantelzorger.Builder nietHerkend(double uren, int maanden) {
    return mantelzorger("m1").herkentZichAlsMantelzorger(false).urenPerWeek(uren).maanden(maanden);
  }

  @Test
  void cb04FiresForUnrecognisedOverloadedCarer() {
    Adviesrapport r = advies(met(nietHerkend(4, 2).addBelasting(csi(7))));
    assertThat(vuurt(r, "CB-04", "m1")).isTrue();
    assertThat(r.met("CB-04").get(0).uitleg())
        .isEqualTo("Mantelzorger m1 herkent zich niet als mantelzorger (partner); CSI 7 op 2026-10-02, boven het afkappunt");
  }

  @Test
  void cb04DoesNotFireWhenAMeasurementShowsNoOverload() {
    assertThat(advies(met(nietHerkend(40, 24).addBelasting(csi(6)))).codes()).doesNotContain("CB-04", "CB-11");
  }

  @Test
  void cb04DoesNotFireWhenTheCarerRecognisesThemselves() {
    assertThat(advies(met(nietHerkend(40, 24).herkentZichAlsMantelzorger(true).addBelasting(csi(7)))).codes())
        .doesNotContain("CB-04");
  }

  // Changed by the split (principle 5): the old CB-04 fired for a carer never measured; that is CB-11 now.
  @Test
  void cb04DoesNotFireForACarerNeverMeasured() {
    Adviesrapport r = advies(met(nietHerkend(8.5, 4)));
    assertThat(r.codes()).doesNotContain("CB-04").contains("CB-11");
  }

  @Test
  void cb04SilentAndAsksWhenItIsUnknownWhetherTheCarerRecognisesThemselves() {
    Adviesrapport r = advies(met(mantelzorger("m1").herkentZichAlsMantelzorger(Optional.empty()).addBelasting(csi(7))));
    assertThat(r.codes()).doesNotContain("CB-04");
    assertThat(vraagt(r, "CB-04", "m1", "herkentZich")).isTrue();
  }

  @Test
  void cb04ReplacesTheSeparateAdviceOnRecognition() {
    assertThat(regel("CB-04").vervangt()).containsExactly("SO-08");
  }

  @Test
  void cb11FiresForUnmeasuredCarerJustAboveLongAndIntensiveAndReplacesBl04() {
    Adviesrapport r = advies(met(nietHerkend(8.5, 4)));
    assertThat(vuurt(r, "CB-11", "m1")).isTrue();
    Advies a = r.met("CB-11").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(a.uitleg()).isEqualTo("Mantelzorger m1 herkent zich niet als mantelzorger (partner); 8.5 uur per week, "
        + "4 maanden; geen belastingmeting");
    // BL-04 (intensive care never measured) says the same for the same carer: the card says it replaced it.
    assertThat(r.codes()).doesNotContain("BL-04");
    assertThat(a.vervangt()).containsExactly("BL-04", "SO-08");
    assertThat(regel("CB-11").vervangt()).containsExactly("BL-04", "SO-08");
  }

  @Test
  void cb11DoesNotFireAtEightHoursAWeek() {
    assertThat(advies(met(nietHerkend(8, 4))).codes()).doesNotContain("CB-11", "CB-04");
  }

  @Test
  void cb11DoesNotFireAtThreeMonths() {
    assertThat(advies(met(nietHerkend(9, 3))).codes()).doesNotContain("CB-11", "CB-04");
  }

  @Test
  void cb11DoesNotFireOnceAnyInstrumentWasUsed() {
    Belastingmeting check = Belastingmeting.builder().instrument(Instrument.TIEN_MINUTENCHECK)
        .signaalOverbelasting(false).datum(METING).build();
    assertThat(advies(met(nietHerkend(40, 24).addBelasting(check))).codes()).doesNotContain("CB-11", "CB-04");
  }

  @Test
  void cb11SilentAndAsksWhenTheHoursAreUnknown() {
    Adviesrapport r = advies(met(nietHerkend(40, 24).urenPerWeek(Optional.empty())));
    assertThat(r.codes()).doesNotContain("CB-11");
    assertThat(vraagt(r, "CB-11", "m1", "intensiteit")).isTrue();
  }

  // CB-05

  private static Casus regio(String gemeente, Samenwerkingsverband.Builder v, boolean respijtInGebruik) {
    Zorgnetwerk n = netwerk().gemeente(gemeente).mantelzorgers(List.of(mantelzorger("m1").addBelasting(csi(7)).build()))
        .addRespijt(respijt(respijtInGebruik)).build();
    return Casus.builder().addZorgnetwerken(n).samenwerkingsverband(v.build()).build();
  }

  @Test
  void cb05FiresWhenThePartnershipOfTheMunicipalityHasNoSocialMap() {
    Adviesrapport r = advies(regio("Leiden", verband().socialeKaart(false).routeRespijtzorgInBeeld(true), false));
    assertThat(r.met("CB-05")).hasSize(1);
    Advies a = r.met("CB-05").get(0);
    assertThat(a.context()).isEqualTo("n1");
    // One card per network (the old card was per carer, without the network): the carers and partnership involved.
    assertThat(a.betreft()).containsExactly("n1", "m1", "v1");
    assertThat(a.uitleg()).isEqualTo("overbelast: Mantelzorger m1; geen respijtzorg in gebruik bij Jan; Jan woont thuis; "
        + "Samen voor mantelzorg Leiden: sociale kaart nee, route naar respijtzorg in beeld ja");
  }

  // Kleene's or: one stated gap is enough, also when the other part is unknown.
  @Test
  void cb05FiresWhenOnlyTheRouteToRespiteIsStatedMissing() {
    assertThat(vuurt(advies(regio("Leiden", verband().routeRespijtzorgInBeeld(false), false)), "CB-05", "v1")).isTrue();
  }

  @Test
  void cb05DoesNotFireWhenMapAndRouteExist() {
    assertThat(advies(regio("Leiden", verband().socialeKaart(true).routeRespijtzorgInBeeld(true), false)).codes())
        .doesNotContain("CB-05");
  }

  @Test
  void cb05DoesNotFireWhenTheNetworkIsInAnotherMunicipality() {
    assertThat(advies(regio("Delft", verband().socialeKaart(false), false)).codes()).doesNotContain("CB-05");
  }

  @Test
  void cb05DoesNotFireWhenRespiteIsInUse() {
    assertThat(advies(regio("Leiden", verband().socialeKaart(false), true)).codes()).doesNotContain("CB-05");
  }

  @Test
  void cb05DoesNotFireWhenTheZorgvragerDoesNotLiveAtHome() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().woontThuis(false).build())
        .mantelzorgers(List.of(mantelzorger("m1").addBelasting(csi(7)).build())).addRespijt(respijt(false)).build();
    Casus c = Casus.builder().addZorgnetwerken(n).samenwerkingsverband(verband().socialeKaart(false).build()).build();
    assertThat(advies(c).codes()).doesNotContain("CB-05");
  }

  // Changed by the semantics: the old rule read an unstated sociale kaart as "none".
  @Test
  void cb05SilentAndAsksWhenThePartnershipDoesNotSayWhetherItHasAMapOrARoute() {
    Adviesrapport r = advies(regio("Leiden", verband(), false));
    assertThat(r.codes()).doesNotContain("CB-05");
    assertThat(vraagt(r, "CB-05", "v1", "socialeKaart")).isTrue();
    assertThat(vraagt(r, "CB-05", "v1", "routeRespijtzorg")).isTrue();
  }

  @Test
  void cb05GivesOneCardForTwoOverloadedCarers() {
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(mantelzorger("m1").addBelasting(csi(7)).build(),
        mantelzorger("m2").addBelasting(csi(8)).build(), mantelzorger("m3").addBelasting(csi(2)).build()))
        .addRespijt(respijt(false)).build();
    Casus c = Casus.builder().addZorgnetwerken(n).samenwerkingsverband(verband().socialeKaart(false).build()).build();
    assertThat(onderwerpen(advies(c), "CB-05")).containsExactly(List.of("n1", "m1", "m2", "v1"));
  }

  // CB-06

  private static Zorgnetwerk ouderMetKind(Relatie relatie, Aandoening aandoening, Optional<Boolean> toekomstzorgVraag) {
    return netwerk().zorgvrager(zorgvrager().aandoeningen(List.of(aandoening)).toekomstzorgVraag(toekomstzorgVraag).build())
        .mantelzorgers(List.of(mantelzorger("m1").relatie(relatie).build())).build();
  }

  // The subject is now the child (one card per child naming the parents); the old card started with the parent.
  @Test
  void cb06FiresForParentWorriedAboutChildWithIntellectualDisability() {
    Adviesrapport r = advies(ouderMetKind(Relatie.OUDER, Aandoening.VERSTANDELIJKE_BEPERKING, Optional.of(true)));
    Advies a = r.met("CB-06").get(0);
    assertThat(a.betreft()).containsExactly("z1", "m1");
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(a.uitleg()).isEqualTo("Jan: verstandelijke beperking; ouder(s) als mantelzorger: Mantelzorger m1; "
        + "de vraag wie de zorg voor Jan later overneemt, speelt");
  }

  @Test
  void cb06FiresForMildIntellectualDisabilityToo() {
    assertThat(vuurt(advies(ouderMetKind(Relatie.OUDER, Aandoening.LVB, Optional.of(true))), "CB-06", "m1")).isTrue();
  }

  @Test
  void cb06DoesNotFireWhenTheFutureCareQuestionIsStatedNotToPlay() {
    assertThat(advies(ouderMetKind(Relatie.OUDER, Aandoening.VERSTANDELIJKE_BEPERKING, Optional.of(false))).codes())
        .doesNotContain("CB-06");
  }

  @Test
  void cb06DoesNotFireForASibling() {
    assertThat(advies(ouderMetKind(Relatie.BROER_ZUS, Aandoening.VERSTANDELIJKE_BEPERKING, Optional.of(true))).codes())
        .doesNotContain("CB-06");
  }

  @Test
  void cb06SilentAndAsksWhenTheFutureCareQuestionIsUnknown() {
    Adviesrapport r = advies(ouderMetKind(Relatie.OUDER, Aandoening.VERSTANDELIJKE_BEPERKING, Optional.empty()));
    assertThat(r.codes()).doesNotContain("CB-06");
    assertThat(vraagt(r, "CB-06", "z1", "toekomstzorgVraag")).isTrue();
  }

  @Test
  void cb06GivesOneCardForBothParents() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().aandoeningen(List.of(Aandoening.LVB)).toekomstzorgVraag(true).build())
        .mantelzorgers(List.of(mantelzorger("m1").relatie(Relatie.OUDER).build(),
            mantelzorger("m2").relatie(Relatie.OUDER).build(), mantelzorger("m3").relatie(Relatie.BROER_ZUS).build())).build();
    assertThat(onderwerpen(advies(n), "CB-06")).containsExactly(List.of("z1", "m1", "m2"));
  }

  // CB-07

  private static Zorgnetwerk.Builder dementie(Mantelzorger.Builder... mantelzorgers) {
    List<Mantelzorger> l = new ArrayList<>();
    for (Mantelzorger.Builder m : mantelzorgers) {
      l.add(m.build());
    }
    return netwerk().zorgvrager(zorgvrager().aandoeningen(List.of(Aandoening.DEMENTIE)).build()).mantelzorgers(l)
        .addGeen(Zorgnetwerk.Onderdeel.RESPIJT);
  }

  private static Mantelzorger.Builder intensief(String id) {
    return mantelzorger(id).relatie(Relatie.KIND).urenPerWeek(14).maanden(24);
  }

  @Test
  void cb07FiresForTheOnlyCarerWhoCarriesTheCareWithoutRespite() {
    Adviesrapport r = advies(dementie(intensief("m1")).build());
    assertThat(vuurt(r, "CB-07", "m1")).isTrue();
    assertThat(r.met("CB-07").get(0).uitleg()).isEqualTo("Mantelzorger m1 draagt de zorg als enige van 1 mantelzorger(s); "
        + "Jan heeft dementie; Jan woont thuis; geen respijtzorg in gebruik bij Jan");
  }

  @Test
  void cb07FiresWhenRespiteIsArrangedButNotInUse() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().aandoeningen(List.of(Aandoening.DEMENTIE)).build())
        .mantelzorgers(List.of(intensief("m1").build())).addRespijt(respijt(false)).build();
    assertThat(vuurt(advies(n), "CB-07", "m1")).isTrue();
  }

  // Principle 3: a main carer at 40 hours beside a second at 1 hour (not overloaded) carries the care alone.
  @Test
  void cb07FiresForAMainCarerBesideALightHelper() {
    Adviesrapport r = advies(dementie(intensief("m1").urenPerWeek(40),
        mantelzorger("m2").urenPerWeek(1).maanden(24).addBelasting(csi(2))).build());
    assertThat(onderwerpen(r, "CB-07")).containsExactly(List.of("m1"));
  }

  @Test
  void cb07DoesNotFireWithTwoCarersWhoBothCarryTheCare() {
    assertThat(advies(dementie(intensief("m1"), intensief("m2")).build()).codes()).doesNotContain("CB-07");
  }

  @Test
  void cb07DoesNotFireWithRespiteInUse() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().aandoeningen(List.of(Aandoening.DEMENTIE)).build())
        .mantelzorgers(List.of(intensief("m1").build())).addRespijt(respijt(true)).build();
    assertThat(advies(n).codes()).doesNotContain("CB-07");
  }

  // Changed by the semantics: the old rule read an unstated respite as "none in use".
  @Test
  void cb07SilentAndAsksWhenRespiteIsUnknown() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().aandoeningen(List.of(Aandoening.DEMENTIE)).build())
        .mantelzorgers(List.of(intensief("m1").build())).build();
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("CB-07");
    assertThat(vraagt(r, "CB-07", "n1", "respijt")).isTrue();
  }

  /** Before: a mother with dementia in a nursing home, visited by her son 2 hours a week, got CB-07. */
  @Test
  void cb07DoesNotFireForTheMotherInANursingHome() {
    Zorgnetwerk n = Zorgnetwerk.builder().id("n-moeder")
        .zorgvrager(io.github.mantelzorg.model.Zorgvrager.builder().id("z-moeder").naam("Moeder")
            .addAandoeningen(Aandoening.DEMENTIE).woontThuis(false).build())
        .addMantelzorgers(Mantelzorger.builder().id("m-zoon").naam("Zoon").relatie(Relatie.KIND).urenPerWeek(2).build())
        .build();
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("CB-07");
    // She does not live at home: no question could make CB-07 fire, so none is asked for it.
    assertThat(Fixtures.vraagt(r, "CB-07")).isFalse();
  }

  /**
   * Before: a daughter helping 3 hours a week, with a district nurse involved, was told she carries everything. She
   * does not carry the care (not long-term and intensive); only if a measurement showed her overloaded would she.
   */
  @Test
  void cb07DoesNotFireForTheDaughterHelpingThreeHoursWithADistrictNurse() {
    Zorgnetwerk n = Zorgnetwerk.builder().id("n-vader")
        .zorgvrager(io.github.mantelzorg.model.Zorgvrager.builder().id("z-vader").naam("Vader")
            .addAandoeningen(Aandoening.DEMENTIE).woontThuis(true).build())
        .addMantelzorgers(Mantelzorger.builder().id("m-dochter").naam("Dochter").relatie(Relatie.KIND).urenPerWeek(3)
            .maanden(18).build())
        .addBeroepskrachten(Beroepskracht.builder().id("b-wijk").naam("Wijkverpleegkundige").discipline("wijkverpleegkundige")
            .build())
        .addGeen(Zorgnetwerk.Onderdeel.RESPIJT)
        .build();
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("CB-07");
    // What could still decide it is her burden, never measured: that question is asked, no advice is given.
    assertThat(r.vragenVoor("CB-07")).allSatisfy(v -> assertThat(v.sleutel()).isEqualTo("belasting"));
    // Measured and not overloaded, she is stated not to carry the care: nothing is asked any more.
    Adviesrapport gemeten = advies(n.withMantelzorgers(n.mantelzorgers().get(0).withBelasting(csi(3))));
    assertThat(gemeten.codes()).doesNotContain("CB-07");
    assertThat(Fixtures.vraagt(gemeten, "CB-07")).isFalse();
  }

  // CB-08

  private static Zorgnetwerk nah(Aandoening aandoening, Belastingmeting... metingen) {
    return netwerk().zorgvrager(zorgvrager().aandoeningen(List.of(aandoening)).build())
        .mantelzorgers(List.of(mantelzorger("m1").addBelasting(metingen).build())).build();
  }

  @Test
  void cb08FiresWhenTheNewestCsiSaysThePartnerBecameAnotherPerson() {
    Adviesrapport r = advies(nah(Aandoening.NIET_AANGEBOREN_HERSENLETSEL, csi(METING, CsiItem.ANDER_PERSOON_GEWORDEN)));
    assertThat(vuurt(r, "CB-08", "m1")).isTrue();
    assertThat(r.met("CB-08").get(0).uitleg()).isEqualTo("Mantelzorger m1 is de partner; Jan heeft niet-aangeboren "
        + "hersenletsel; CSI van 2026-10-02 met ja op: een ander persoon geworden (vraag 10)");
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
  void cb08DoesNotFireOnACsiOfZero() {
    assertThat(advies(nah(Aandoening.NIET_AANGEBOREN_HERSENLETSEL, csi(0))).codes()).doesNotContain("CB-08");
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

  // Changed by principle 5: a text about the partner relationship needs a partner (the old rule took any carer).
  @Test
  void cb08DoesNotFireForAChildOfThePatient() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().aandoeningen(List.of(Aandoening.NIET_AANGEBOREN_HERSENLETSEL)).build())
        .mantelzorgers(List.of(mantelzorger("m1").relatie(Relatie.KIND)
            .addBelasting(csi(METING, CsiItem.ANDER_PERSOON_GEWORDEN)).build())).build();
    assertThat(advies(n).codes()).doesNotContain("CB-08");
  }

  @Test
  void cb08SilentAndAsksWhenTheRelationIsUnknown() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().aandoeningen(List.of(Aandoening.NIET_AANGEBOREN_HERSENLETSEL)).build())
        .mantelzorgers(List.of(mantelzorger("m1").relatie(Optional.empty())
            .addBelasting(csi(METING, CsiItem.ANDER_PERSOON_GEWORDEN)).build())).build();
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("CB-08");
    assertThat(vraagt(r, "CB-08", "m1", "relatie")).isTrue();
  }

  @Test
  void cb08SilentAndAsksWhenTheCsiItemsWereNotRecorded() {
    Adviesrapport r = advies(nah(Aandoening.NIET_AANGEBOREN_HERSENLETSEL, csi(8)));
    assertThat(r.codes()).doesNotContain("CB-08");
    assertThat(vraagt(r, "CB-08", "m1", "csiItems.los")).isTrue();
  }

  @Test
  void cb08SilentAndAsksWithoutACsi() {
    Adviesrapport r = advies(nah(Aandoening.NIET_AANGEBOREN_HERSENLETSEL, Belastingmeting.edizPlus(10, METING)));
    assertThat(r.codes()).doesNotContain("CB-08");
    assertThat(vraagt(r, "CB-08", "m1", "csiItems")).isTrue();
  }

  @Test
  void cb08SilentAndAsksForANewCsiWhenTheOnlyOneIsMoreThanAYearOld() {
    Adviesrapport r = advies(nah(Aandoening.NIET_AANGEBOREN_HERSENLETSEL,
        csi(LocalDate.of(2025, 6, 1), CsiItem.ANDER_PERSOON_GEWORDEN)));
    assertThat(r.codes()).doesNotContain("CB-08");
    assertThat(vraagt(r, "CB-08", "m1", "csiItems.verouderd")).isTrue();
  }

  // CB-09

  /** A network in a municipality with this many carers; respite in use, stated none, or unknown (null). */
  private static Zorgnetwerk netwerkMet(String id, String gemeente, int mantelzorgers, Boolean respijt) {
    Zorgnetwerk.Builder b = Zorgnetwerk.builder().id(id).gemeente(gemeente).zorgvrager(zorgvrager().id(id + "z").build());
    for (int i = 1; i <= mantelzorgers; i++) {
      b.addMantelzorgers(mantelzorger(id + "m" + i).build());
    }
    if (Boolean.TRUE.equals(respijt)) {
      b.addRespijt(respijt(true));
    } else if (Boolean.FALSE.equals(respijt)) {
      b.addGeen(Zorgnetwerk.Onderdeel.RESPIJT);
    }
    return b.build();
  }

  private static Casus respijtRegio(Optional<Boolean> biedtRespijt, Zorgnetwerk... netwerken) {
    return Casus.builder().addZorgnetwerken(netwerken).samenwerkingsverband(verband().biedtRespijt(biedtRespijt).build()).build();
  }

  @Test
  void cb09FiresWhenHalfTheCarersHaveNoRespite() {
    Adviesrapport r = advies(respijtRegio(Optional.of(true), netwerkMet("n1", "Leiden", 1, false),
        netwerkMet("n2", "Leiden", 1, true)));
    assertThat(r.met("CB-09")).hasSize(1);
    Advies a = r.met("CB-09").get(0);
    assertThat(a.context()).isEqualTo("v1");
    assertThat(a.betreft()).containsExactly("v1");
    assertThat(a.uitleg()).isEqualTo("Samen voor mantelzorg Leiden biedt respijtzorg; 1 van 2 mantelzorgers (50%, drempel "
        + "50%) zitten in een netwerk zonder respijt in gebruik (1 van 2 netwerken)");
  }

  @Test
  void cb09DoesNotFireBelowHalf() {
    assertThat(advies(respijtRegio(Optional.of(true), netwerkMet("n1", "Leiden", 1, false),
        netwerkMet("n2", "Leiden", 2, true))).codes()).doesNotContain("CB-09");
  }

  @Test
  void cb09CountsOnlyNetworksInThePartnershipsMunicipalities() {
    assertThat(vuurt(advies(respijtRegio(Optional.of(true), netwerkMet("n1", "Leiden", 3, false))), "CB-09", "v1")).isTrue();
    assertThat(advies(respijtRegio(Optional.of(true), netwerkMet("n1", "Delft", 3, false))).codes()).doesNotContain("CB-09");
  }

  @Test
  void cb09DoesNotFireWhenThePartnershipOffersNoRespite() {
    assertThat(advies(respijtRegio(Optional.of(false), netwerkMet("n1", "Leiden", 1, false))).codes())
        .doesNotContain("CB-09");
  }

  @Test
  void cb09DoesNotFireWithoutCarers() {
    assertThat(advies(respijtRegio(Optional.of(true), netwerkMet("n1", "Leiden", 0, false))).codes())
        .doesNotContain("CB-09");
  }

  @Test
  void cb09SilentAndAsksWhenItIsUnknownWhetherThePartnershipOffersRespite() {
    Adviesrapport r = advies(respijtRegio(Optional.empty(), netwerkMet("n1", "Leiden", 1, false)));
    assertThat(r.codes()).doesNotContain("CB-09");
    assertThat(vraagt(r, "CB-09", "v1", "biedtRespijt")).isTrue();
  }

  // A network whose respite is unknown could tip the share either way: its respite is asked, not assumed.
  @Test
  void cb09SilentAndAsksAboutTheNetworksWhoseRespiteIsUnknown() {
    Adviesrapport r = advies(respijtRegio(Optional.of(true), netwerkMet("n1", "Leiden", 1, true),
        netwerkMet("n2", "Leiden", 1, null)));
    assertThat(r.codes()).doesNotContain("CB-09");
    assertThat(vraagt(r, "CB-09", "n2", "respijt")).isTrue();
    assertThat(vraagt(r, "CB-09", "n1", "respijt")).isFalse();
  }

  @Test
  void cb09FiresWhenTheStatedNetworksAloneReachTheThreshold() {
    Adviesrapport r = advies(respijtRegio(Optional.of(true), netwerkMet("n1", "Leiden", 2, false),
        netwerkMet("n2", "Leiden", 1, null)));
    assertThat(r.met("CB-09").get(0).uitleg()).contains("2 van 3 mantelzorgers (66%");
  }

  // CB-10

  private static Samenwerkingsverband lerendePraktijk(ParticipatieTrede trede, Optional<Boolean> verhalen) {
    return verband().lerendePraktijk(true).ervaringsverhalenGebruikt(verhalen).mantelzorgersBetrokkenBijBeleid(trede).build();
  }

  @Test
  void cb10FiresWhenCarersAreOnlyInformed() {
    Adviesrapport r = advies(lerendePraktijk(ParticipatieTrede.INFORMEREN, Optional.of(false)));
    assertThat(vuurt(r, "CB-10", "v1")).isTrue();
    assertThat(r.met("CB-10").get(0).uitleg()).isEqualTo("Samen voor mantelzorg Leiden is een lerende praktijk; geen "
        + "ervaringsverhalen van mantelzorgers gebruikt; mantelzorgers betrokken bij beleid op trede 1 (informeren)");
  }

  @Test
  void cb10FiresWhenThereIsNoContactWithCarersAtAll() {
    assertThat(vuurt(advies(lerendePraktijk(ParticipatieTrede.GEEN_CONTACT, Optional.of(false))), "CB-10", "v1")).isTrue();
  }

  @Test
  void cb10DoesNotFireWhenCarersAreConsulted() {
    assertThat(advies(lerendePraktijk(ParticipatieTrede.RAADPLEGEN, Optional.of(false))).codes()).doesNotContain("CB-10");
  }

  @Test
  void cb10DoesNotFireWhenCarersStoriesAreUsed() {
    assertThat(advies(lerendePraktijk(ParticipatieTrede.GEEN_CONTACT, Optional.of(true))).codes()).doesNotContain("CB-10");
  }

  @Test
  void cb10DoesNotFireOutsideALearningPractice() {
    Samenwerkingsverband v = verband().lerendePraktijk(false).ervaringsverhalenGebruikt(false)
        .mantelzorgersBetrokkenBijBeleid(ParticipatieTrede.INFORMEREN).build();
    assertThat(advies(v).codes()).doesNotContain("CB-10");
  }

  // Changed by the semantics: the old rule read unstated stories as "not used".
  @Test
  void cb10SilentAndAsksWhenTheUseOfStoriesIsUnknown() {
    Adviesrapport r = advies(lerendePraktijk(ParticipatieTrede.INFORMEREN, Optional.empty()));
    assertThat(r.codes()).doesNotContain("CB-10");
    assertThat(vraagt(r, "CB-10", "v1", "ervaringsverhalen")).isTrue();
  }

  @Test
  void cb10ReplacesTheSeparateAdviceOnStoriesExpertsAndPolicy() {
    assertThat(regel("CB-10").vervangt()).containsExactly("ED-06", "PS-12", "PS-24");
  }

  // Scenarios (scenarios.md) from their golden files, and texts

  private static Adviesrapport scenario(String bestand) {
    return ENGINE.advise(Json.create().readCasus(Scenarios.json(bestand)), PEILDATUM);
  }

  @Test
  void scenarioS1PeterGetsCb01Cb04AndCb07() {
    Adviesrapport r = scenario("s1-zoon-vader-dementie.json");
    assertThat(onderwerpen(r, "CB-01")).containsExactly(List.of("mz-peter"));
    assertThat(r.met("CB-01").get(0).prioriteit()).isEqualTo(Prioriteit.KRITIEK);
    assertThat(onderwerpen(r, "CB-04")).containsExactly(List.of("mz-peter"));
    assertThat(onderwerpen(r, "CB-07")).containsExactly(List.of("mz-peter"));
    assertThat(r.met("CB-07").get(0).uitleg()).contains("Peter de Vries draagt de zorg als enige");
    assertThat(r.codes()).doesNotContain("CB-02", "CB-03", "CB-05", "CB-06", "CB-08", "CB-09", "CB-10", "CB-11");
  }

  @Test
  void scenarioS2RiaGetsCb06ForSanne() {
    Adviesrapport r = scenario("s2-moeder-dochter-verstandelijke-beperking.json");
    assertThat(onderwerpen(r, "CB-06")).containsExactly(List.of("zv-sanne", "mz-ria"));
    // Ria's EDIZ-plus 6 is moderate, not overload: no CB-01, CB-03 or CB-04; she was measured, so no CB-11.
    assertThat(r.codes()).doesNotContain("CB-01", "CB-03", "CB-04", "CB-07", "CB-11");
  }

  @Test
  void scenarioS3AnjaGetsCb01Cb02AndCb08() {
    Adviesrapport r = scenario("s3-partner-nah.json");
    assertThat(onderwerpen(r, "CB-01")).containsExactly(List.of("mz-anja"));
    assertThat(onderwerpen(r, "CB-02")).containsExactly(List.of("mz-anja", "ic-karin", "ic-mehmet"));
    assertThat(onderwerpen(r, "CB-08")).containsExactly(List.of("mz-anja"));
    assertThat(r.met("CB-08").get(0).uitleg()).endsWith("CSI van 2026-11-10 met ja op: een ander persoon geworden (vraag 10)");
    // The record does not say whether Anja sees herself as a carer: CB-04 asks instead of advising.
    assertThat(r.codes()).doesNotContain("CB-04", "CB-07");
    assertThat(vraagt(r, "CB-04", "mz-anja", "herkentZich")).isTrue();
  }

  @Test
  void scenarioS6OneCardForTheVolunteerGroupNobodyInforms() {
    Zorgnetwerk.Builder b = netwerk().mantelzorgers(List.of(mantelzorger("m1")
        .addBelasting(Belastingmeting.edizPlus(10, METING)).build()));
    for (int i = 1; i <= 3; i++) {
      b.addVrijwilligers(vrijwilliger("v" + i, WifaStatus.ONVOLDOENDE, WifaStatus.ONVOLDOENDE));
    }
    Adviesrapport r = advies(b.build());
    assertThat(onderwerpen(r, "CB-03")).containsExactly(List.of("m1", "v1", "v2", "v3"));
    assertThat(r.met("CB-03").get(0).uitleg()).contains("EDIZ-plus 10 op 2026-10-02");
  }

  @Test
  void englishExplanationsUseTheSameFactsWithoutDutch() {
    AdviesEngine en = AdviesEngine.builder().language(Language.EN).build();
    Adviesrapport r = en.advise(nah(Aandoening.NIET_AANGEBOREN_HERSENLETSEL,
        csi(METING, CsiItem.GEDRAG_MAAKT_VAN_STREEK, CsiItem.ANDER_PERSOON_GEWORDEN)), PEILDATUM);
    assertThat(r.met("CB-08").get(0).uitleg()).isEqualTo("Mantelzorger m1 is the partner; Jan has acquired brain injury; "
        + "CSI of 2026-10-02 answered yes to: the behaviour is upsetting (item 9), has become a different person (item 10)");
    Adviesrapport cb11 = en.advise(met(nietHerkend(8.5, 4)), PEILDATUM);
    assertThat(cb11.met("CB-11").get(0).uitleg()).isEqualTo("Mantelzorger m1 does not see themselves as a carer (partner); "
        + "8.5 hours a week, 4 months; no burden measurement");
    Adviesrapport vraag = en.advise(regio("Leiden", verband(), false), PEILDATUM);
    assertThat(vraag.vragenVoor("CB-05")).extracting(OpenVraag::vraag).contains(
        "Does Samen voor mantelzorg Leiden have a shared social map?");
  }
}
