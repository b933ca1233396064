package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.mantelzorger;
import static io.github.mantelzorg.rules.Fixtures.netwerk;
import static io.github.mantelzorg.rules.Fixtures.onderwerpen;
import static io.github.mantelzorg.rules.Fixtures.organisatie;
import static io.github.mantelzorg.rules.Fixtures.verband;
import static io.github.mantelzorg.rules.Fixtures.vraagt;
import static io.github.mantelzorg.rules.Fixtures.vuurt;
import static io.github.mantelzorg.rules.Fixtures.zorgvrager;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Aandoening;
import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Doel;
import io.github.mantelzorg.model.DoelOmvang;
import io.github.mantelzorg.model.DoelThema;
import io.github.mantelzorg.model.Instrument;
import io.github.mantelzorg.model.Krachtenverdeling;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.Organisatie;
import io.github.mantelzorg.model.OrganisatieType;
import io.github.mantelzorg.model.Relatie;
import io.github.mantelzorg.model.RespijtFrequentie;
import io.github.mantelzorg.model.RespijtVoorziening;
import io.github.mantelzorg.model.RespijtVorm;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Uitvoerder;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.ZrmDomein;
import io.github.mantelzorg.model.ZrmNiveau;
import io.github.mantelzorg.model.ZrmProfiel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rules of respijt.drl: respite care in a network (RZ-01, RZ-02) and in a partnership (RZ-03 to RZ-06). The evaluation
 * date is {@link Fixtures#PEILDATUM} (2026-11-24).
 */
class RespijtRegelsTest {
  private static final LocalDate RECENT = LocalDate.of(2026, 11, 1);

  private static RespijtVoorziening respijt(RespijtVorm vorm, RespijtFrequentie frequentie, boolean inGebruik) {
    return RespijtVoorziening.builder().vorm(vorm).uitvoerder(Uitvoerder.BEROEPSKRACHT).frequentie(frequentie)
        .inGebruik(inGebruik).build();
  }

  /** A carer with a recent CSI; the network states that no respite is arranged. */
  private static Zorgnetwerk.Builder metCsi(int score) {
    return netwerk().mantelzorgers(List.of(mantelzorger("m1").addBelasting(Belastingmeting.csi(score, RECENT)).build()))
        .addGeen(Zorgnetwerk.Onderdeel.RESPIJT);
  }

  /** Just over the SCP line: more than 8 hours a week for more than 3 months. */
  private static Mantelzorger.Builder intensief(String id) {
    return mantelzorger(id).urenPerWeek(9).maanden(4);
  }

  private static Doel doel(DoelOmvang omvang, DoelThema thema) {
    return Doel.builder().omschrijving("Doel " + omvang + " " + thema).omvang(omvang).thema(thema).build();
  }

  // RZ-01

  @Test
  void rz01FiresForAnOverloadedCarerWithoutRespite() {
    Adviesrapport r = advies(metCsi(7).build());
    assertThat(onderwerpen(r, "RZ-01")).containsExactly(List.of("m1"));
    Advies a = r.met("RZ-01").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(a.uitleg()).isEqualTo(
        "Mantelzorger m1: CSI 7 op 2026-11-01, boven het afkappunt; Jan woont thuis; geen respijtzorg in gebruik bij Jan");
  }

  @Test
  void rz01DoesNotFireBelowTheOverloadCutOff() {
    Adviesrapport r = advies(metCsi(6).build());
    assertThat(r.codes()).doesNotContain("RZ-01");
    assertThat(vraagt(r, "RZ-01")).isFalse();
  }

  /** Principle 3: a zorgvrager who does not live at home gets no advice about respite or day care at home. */
  @Test
  void rz01DoesNotFireWhenTheZorgvragerDoesNotLiveAtHome() {
    Zorgnetwerk n = metCsi(9).zorgvrager(zorgvrager().woontThuis(false).addAandoeningen(Aandoening.DEMENTIE).build()).build();
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("RZ-01").contains("BL-01");
    assertThat(vraagt(r, "RZ-01")).isFalse();
  }

  @Test
  void rz01SilentAndAsksWhenItIsUnknownWhetherTheZorgvragerLivesAtHome() {
    Adviesrapport r = advies(metCsi(9).zorgvrager(zorgvrager().woontThuis(Optional.empty()).build()).build());
    assertThat(r.codes()).doesNotContain("RZ-01");
    assertThat(vraagt(r, "RZ-01", "z1", "woontThuis")).isTrue();
  }

  @Test
  void rz01SilentAndAsksWhenNoRespiteIsListed() {
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(mantelzorger("m1").addBelasting(Belastingmeting.csi(9, RECENT)).build()))
        .build();
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("RZ-01");
    assertThat(vraagt(r, "RZ-01", "n1", "respijt")).isTrue();
  }

  @Test
  void rz01FiresWhenRespiteIsArrangedButNotInUse() {
    Zorgnetwerk n = metCsi(7).geen(Set.of()).addRespijt(respijt(RespijtVorm.DAGOPVANG, RespijtFrequentie.STRUCTUREEL, false))
        .build();
    assertThat(vuurt(advies(n), "RZ-01", "m1")).isTrue();
  }

  @Test
  void rz01DoesNotFireWhenAnyRespiteIsInUse() {
    Zorgnetwerk n = metCsi(9).geen(Set.of())
        .addRespijt(respijt(RespijtVorm.LOGEERZORG, RespijtFrequentie.INCIDENTEEL, true)).build();
    assertThat(advies(n).codes()).doesNotContain("RZ-01");
  }

  @Test
  void rz01FiresOnlyForTheOverloadedCarer() {
    Belastingmeting check = Belastingmeting.builder().instrument(Instrument.TIEN_MINUTENCHECK)
        .signaalOverbelasting(true).datum(RECENT).build();
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(
        mantelzorger("m1").addBelasting(Belastingmeting.edizPlus(9, RECENT), check).build(),
        mantelzorger("m2").hoofdmantelzorger(false).addBelasting(Belastingmeting.edizPlus(8, RECENT)).build()))
        .addGeen(Zorgnetwerk.Onderdeel.RESPIJT).build();
    Adviesrapport r = advies(n);
    assertThat(onderwerpen(r, "RZ-01")).containsExactly(List.of("m1"));
  }

  @Test
  void rz01FiresAndExplainsInEnglishToo() {
    AdviesEngine en = AdviesEngine.builder().language(Language.EN).build();
    Advies a = en.advise(metCsi(8).build(), PEILDATUM).met("RZ-01").get(0);
    assertThat(a.uitleg()).isEqualTo(
        "Mantelzorger m1: CSI 8 on 2026-11-01, above the cut-off; Jan lives at home; no respite care in use for Jan");
    assertThat(a.naam()).isEqualTo("Overloaded without respite");
  }

  // RZ-02

  @Test
  void rz02FiresForAnIntensiveCarerWithOnlyIncidentalRespite() {
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(intensief("m1").build()))
        .addRespijt(respijt(RespijtVorm.RESPIJT_THUIS, RespijtFrequentie.INCIDENTEEL, true))
        .addRespijt(respijt(RespijtVorm.LOGEERZORG, RespijtFrequentie.INCIDENTEEL, true)).build();
    Adviesrapport r = advies(n);
    assertThat(onderwerpen(r, "RZ-02")).containsExactly(List.of("m1"));
    assertThat(r.met("RZ-02").get(0).uitleg()).isEqualTo(
        "Mantelzorger m1: 9 uur per week, 4 maanden; alleen incidentele respijtzorg in gebruik: logeerzorg, respijt thuis; "
            + "Jan woont thuis");
  }

  @Test
  void rz02DoesNotFireAtEightHoursAWeek() {
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(intensief("m1").urenPerWeek(8).build()))
        .addRespijt(respijt(RespijtVorm.LOGEERZORG, RespijtFrequentie.INCIDENTEEL, true)).build();
    assertThat(advies(n).codes()).doesNotContain("RZ-02");
  }

  @Test
  void rz02DoesNotFireOnceStructuralRespiteIsInUse() {
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(intensief("m1").build()))
        .addRespijt(respijt(RespijtVorm.LOGEERZORG, RespijtFrequentie.INCIDENTEEL, true))
        .addRespijt(respijt(RespijtVorm.DAGOPVANG, RespijtFrequentie.STRUCTUREEL, true)).build();
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("RZ-02");
    assertThat(vraagt(r, "RZ-02")).isFalse();
  }

  @Test
  void rz02DoesNotFireForIncidentalRespiteThatIsNotInUse() {
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(intensief("m1").build()))
        .addRespijt(respijt(RespijtVorm.LOGEERZORG, RespijtFrequentie.INCIDENTEEL, false)).build();
    assertThat(advies(n).codes()).doesNotContain("RZ-02");
  }

  @Test
  void rz02DoesNotFireWhenTheZorgvragerDoesNotLiveAtHome() {
    // In a nursing home the care is there day and night: structural respite is not the next step.
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().woontThuis(false).build())
        .mantelzorgers(List.of(intensief("m1").build()))
        .addRespijt(respijt(RespijtVorm.LOGEERZORG, RespijtFrequentie.INCIDENTEEL, true)).build();
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("RZ-02");
    assertThat(vraagt(r, "RZ-02")).isFalse();
  }

  @Test
  void rz02SilentAndAsksWhenItIsUnknownWhetherTheZorgvragerLivesAtHome() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().woontThuis(Optional.empty()).build())
        .mantelzorgers(List.of(intensief("m1").build()))
        .addRespijt(respijt(RespijtVorm.LOGEERZORG, RespijtFrequentie.INCIDENTEEL, true)).build();
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("RZ-02");
    assertThat(vraagt(r, "RZ-02", "z1", "woontThuis")).isTrue();
  }

  @Test
  void rz02FiresWhenStructuralRespiteIsOnlyArranged() {
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(intensief("m1").build()))
        .addRespijt(respijt(RespijtVorm.LOGEERZORG, RespijtFrequentie.INCIDENTEEL, true))
        .addRespijt(respijt(RespijtVorm.DAGOPVANG, RespijtFrequentie.STRUCTUREEL, false)).build();
    assertThat(vuurt(advies(n), "RZ-02", "m1")).isTrue();
  }

  @Test
  void rz02SilentAndAsksWhenTheFrequencyOfTheRespiteInUseIsUnknown() {
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(intensief("m1").build()))
        .addRespijt(RespijtVoorziening.builder().vorm(RespijtVorm.DAGOPVANG).inGebruik(true).build()).build();
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("RZ-02");
    assertThat(vraagt(r, "RZ-02", "n1", "respijt.gebruik")).isTrue();
  }

  @Test
  void rz02SilentAndAsksWhenNoRespiteIsListed() {
    Adviesrapport r = advies(netwerk().mantelzorgers(List.of(intensief("m1").build())).build());
    assertThat(r.codes()).doesNotContain("RZ-02");
    assertThat(vraagt(r, "RZ-02", "n1", "respijt")).isTrue();
  }

  @Test
  void scenarioS2RiaWithIncidentalLogeerzorgGetsRz02() {
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(mantelzorger("ria").relatie(Relatie.OUDER).urenPerWeek(40)
            .maanden(360).addBelasting(Belastingmeting.edizPlus(6, RECENT)).build()))
        .addRespijt(respijt(RespijtVorm.LOGEERZORG, RespijtFrequentie.INCIDENTEEL, true)).build();
    Adviesrapport r = advies(n);
    assertThat(vuurt(r, "RZ-02", "ria")).isTrue();
    assertThat(r.codes()).contains("BL-03").doesNotContain("RZ-01");
  }

  // Property: structural respite for an overloaded carer removes RZ-01 for that carer and adds nothing.

  /**
   * Codes that may legitimately disappear when structural respite comes into use: RZ-01 itself, RZ-02 (it asks for
   * structural respite), and in the full rule base the combined rules whose catalogue condition is "no respite in use"
   * (CB-07) or "RZ-01 fired" (CB-05).
   */
  private static final Set<String> REAGEERT_OP_RESPIJT = Set.of("RZ-01", "RZ-02", "CB-05", "CB-07");

  private static List<String> sleutels(Adviesrapport r) {
    List<String> s = new ArrayList<>();
    r.adviezen().forEach(a -> s.add(a.code() + " " + a.betreft()));
    return s;
  }

  private static List<Zorgnetwerk> overbelasteNetwerken() {
    Belastingmeting check = Belastingmeting.builder().instrument(Instrument.TIEN_MINUTENCHECK)
        .signaalOverbelasting(true).datum(RECENT).build();
    return List.of(
        // a light-duty carer with CSI 8, no respite stated
        metCsi(8).build(),
        // an intensive, heavy EDIZ-plus, ZRM leaning on the network, respite on a waiting list
        netwerk().zorgvrager(zorgvrager().addAandoeningen(Aandoening.DEMENTIE).addZrm(ZrmProfiel.builder().datum(RECENT)
                .putNiveau(ZrmDomein.BASALE_ADL, ZrmNiveau.NIET_ZELFREDZAAM)
                .putKrachtenverdeling(ZrmDomein.BASALE_ADL, Krachtenverdeling.builder().eigenKracht(10).netwerk(80)
                    .hulpverlening(10).build()).build()).build())
            .mantelzorgers(List.of(intensief("m1").urenPerWeek(30).maanden(24)
                .addBelasting(Belastingmeting.edizPlus(6, LocalDate.of(2026, 6, 1)))
                .addBelasting(Belastingmeting.edizPlus(11, LocalDate.of(2026, 9, 1))).build()))
            .addRespijt(respijt(RespijtVorm.DAGOPVANG, RespijtFrequentie.INCIDENTEEL, false)).build(),
        // two carers: one overloaded by a 10-minutencheck, one intensive and unmeasured; no respite stated
        netwerk().mantelzorgers(List.of(mantelzorger("m1").addBelasting(check).build(),
            intensief("m2").hoofdmantelzorger(false).build())).addGeen(Zorgnetwerk.Onderdeel.RESPIJT).build());
  }

  @Test
  void rz01DoesNotFireOnceStructuralRespiteIsInUseAndNoAdviceIsAdded() {
    for (Zorgnetwerk voor : overbelasteNetwerken()) {
      Adviesrapport r1 = advies(voor);
      assertThat(vuurt(r1, "RZ-01", "m1")).as(voor.id()).isTrue();
      Zorgnetwerk na = Zorgnetwerk.builder().from(voor).geen(Set.of())
          .addRespijt(respijt(RespijtVorm.RESPIJT_THUIS, RespijtFrequentie.STRUCTUREEL, true)).build();
      Adviesrapport r2 = advies(na);

      List<String> toegevoegd = new ArrayList<>(sleutels(r2));
      sleutels(r1).forEach(toegevoegd::remove);
      List<String> weg = new ArrayList<>(sleutels(r1));
      sleutels(r2).forEach(weg::remove);

      assertThat(toegevoegd).as("advice added by structural respite").isEmpty();
      assertThat(weg).contains("RZ-01 [m1]");
      assertThat(weg).allSatisfy(s -> assertThat(REAGEERT_OP_RESPIJT).contains(s.substring(0, 5)));
      assertThat(r2.codes()).doesNotContain("RZ-01");
    }
  }

  // RZ-03

  @Test
  void rz03FiresForABigGoalOnAllRespite() {
    Adviesrapport r = advies(verband().addDoelen(doel(DoelOmvang.GROOT, DoelThema.RESPIJTZORG)).build());
    assertThat(onderwerpen(r, "RZ-03")).containsExactly(List.of("v1"));
    assertThat(r.met("RZ-03").get(0).uitleg()).isEqualTo("Samen voor mantelzorg Leiden: groot respijtdoel: "
        + "Doel GROOT RESPIJTZORG; geen klein doel over respijtzorg of logeerzorg");
  }

  @Test
  void rz03DoesNotFireForASmallRespiteGoalOrABigLogeerzorgGoal() {
    assertThat(advies(verband().addDoelen(doel(DoelOmvang.KLEIN, DoelThema.RESPIJTZORG)).build()).codes())
        .doesNotContain("RZ-03");
    assertThat(advies(verband().addDoelen(doel(DoelOmvang.GROOT, DoelThema.LOGEERZORG)).build()).codes())
        .doesNotContain("RZ-03");
  }

  @Test
  void rz03DoesNotFireOnceTheBigGoalWasCutIntoASmallOne() {
    Adviesrapport r = advies(verband().addDoelen(doel(DoelOmvang.GROOT, DoelThema.RESPIJTZORG),
        doel(DoelOmvang.KLEIN, DoelThema.LOGEERZORG)).build());
    assertThat(r.codes()).doesNotContain("RZ-03");
    assertThat(vraagt(r, "RZ-03")).isFalse();
  }

  @Test
  void rz03SilentAndAsksWhenNoGoalIsListed() {
    Adviesrapport r = advies(verband().build());
    assertThat(r.codes()).doesNotContain("RZ-03");
    assertThat(vraagt(r, "RZ-03", "v1", "doelen")).isTrue();
  }

  @Test
  void rz03SilentAndAsksWhenTheSizeOfAnotherRespiteGoalIsUnknown() {
    Doel logeerzorg = Doel.builder().omschrijving("Logeerhuis").thema(DoelThema.LOGEERZORG).build();
    Adviesrapport r = advies(verband().addDoelen(doel(DoelOmvang.GROOT, DoelThema.RESPIJTZORG), logeerzorg).build());
    assertThat(r.codes()).doesNotContain("RZ-03");
    assertThat(vraagt(r, "RZ-03", "v1", "doelen")).isTrue();
  }

  @Test
  void rz03DoesNotFireWhenThePartnershipStatesItHasNoGoals() {
    Adviesrapport r = advies(verband().addGeen(Samenwerkingsverband.Onderdeel.DOELEN).build());
    assertThat(r.codes()).doesNotContain("RZ-03");
    assertThat(vraagt(r, "RZ-03")).isFalse();
  }

  // RZ-04 and RZ-06: the route to respite, HOOG where carers in the partnership's networks need respite

  private static Casus metNetwerk(Samenwerkingsverband v, Zorgnetwerk n) {
    return Casus.builder().samenwerkingsverband(v).addZorgnetwerken(n).build();
  }

  @Test
  void rz06FiresWhenTheRouteToRespiteIsNotMapped() {
    Adviesrapport r = advies(verband().routeRespijtzorgInBeeld(false).build());
    assertThat(onderwerpen(r, "RZ-06")).containsExactly(List.of("v1"));
    Advies a = r.met("RZ-06").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.MIDDEL);
    assertThat(a.uitleg()).isEqualTo("Samen voor mantelzorg Leiden: route naar respijtzorg niet in beeld");
    assertThat(r.codes()).doesNotContain("RZ-04");
  }

  @Test
  void rz06DoesNotFireOnceTheRouteIsMapped() {
    Adviesrapport r = advies(verband().routeRespijtzorgInBeeld(true).build());
    assertThat(r.codes()).doesNotContain("RZ-06", "RZ-04");
  }

  // Changed: the old rule fired when the record did not mention the route; that is unknown now.
  @Test
  void rz06SilentAndAsksWhenTheRouteIsUnknown() {
    Adviesrapport r = advies(verband().build());
    assertThat(r.codes()).doesNotContain("RZ-06", "RZ-04");
    assertThat(vraagt(r, "RZ-06", "v1", "routeRespijtzorg")).isTrue();
  }

  @Test
  void rz04FiresWhereACarerInItsNetworksIsOverloadedWithoutRespite() {
    Adviesrapport r = advies(metNetwerk(verband().routeRespijtzorgInBeeld(false).build(), metCsi(8).build()));
    assertThat(onderwerpen(r, "RZ-04")).containsExactly(List.of("v1"));
    Advies a = r.met("RZ-04").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(a.vervangt()).containsExactly("RZ-06");
    assertThat(a.uitleg()).isEqualTo("Samen voor mantelzorg Leiden: route naar respijtzorg niet in beeld; in 1 van de 1"
        + " netwerken in de regio is een mantelzorger overbelast zonder respijt (1 mantelzorger(s))");
    assertThat(r.codes()).doesNotContain("RZ-06");
  }

  @Test
  void rz04DoesNotFireWhenTheOverloadedCarerHasRespiteInUse() {
    Zorgnetwerk n = metCsi(8).geen(Set.of())
        .addRespijt(respijt(RespijtVorm.DAGOPVANG, RespijtFrequentie.STRUCTUREEL, true)).build();
    Adviesrapport r = advies(metNetwerk(verband().routeRespijtzorgInBeeld(false).build(), n));
    assertThat(r.codes()).doesNotContain("RZ-04").contains("RZ-06");
    assertThat(vraagt(r, "RZ-04")).isFalse();
  }

  /** Principle 3: the overloaded son of a nursing-home resident is no respite need (RZ-01 does not fire for him either). */
  @Test
  void rz04DoesNotFireForTheCarerOfSomeoneWhoDoesNotLiveAtHome() {
    Zorgnetwerk n = metCsi(8).zorgvrager(zorgvrager().woontThuis(false).build()).build();
    Adviesrapport r = advies(metNetwerk(verband().routeRespijtzorgInBeeld(false).build(), n));
    assertThat(r.codes()).doesNotContain("RZ-04", "RZ-01").contains("RZ-06");
    assertThat(vraagt(r, "RZ-04")).isFalse();
  }

  @Test
  void rz04DoesNotFireForANetworkInAnotherMunicipality() {
    Zorgnetwerk n = metCsi(8).gemeente("Oegstgeest").build();
    Adviesrapport r = advies(metNetwerk(verband().routeRespijtzorgInBeeld(false).build(), n));
    assertThat(r.codes()).doesNotContain("RZ-04").contains("RZ-06");
  }

  @Test
  void rz04SilentAndAsksWhenTheBurdenOfTheCarersInItsNetworksIsUnknown() {
    Zorgnetwerk n = netwerk().addGeen(Zorgnetwerk.Onderdeel.RESPIJT).build();
    Adviesrapport r = advies(metNetwerk(verband().routeRespijtzorgInBeeld(false).build(), n));
    assertThat(r.codes()).doesNotContain("RZ-04").contains("RZ-06");
    assertThat(vraagt(r, "RZ-04", "m1", "belasting")).isTrue();
  }

  @Test
  void rz04DoesNotFireInANetworkSession() {
    assertThat(advies(metCsi(8).build()).codes()).doesNotContain("RZ-03", "RZ-04", "RZ-05", "RZ-06");
  }

  // RZ-05

  @Test
  void rz05FiresForARespiteGoalWithoutNeighbourhoodOrVolunteerMembers() {
    Adviesrapport r = advies(verband().addDoelen(doel(DoelOmvang.KLEIN, DoelThema.LOGEERZORG)).build());
    assertThat(onderwerpen(r, "RZ-05")).containsExactly(List.of("v1"));
    assertThat(r.met("RZ-05").get(0).uitleg()).isEqualTo("Samen voor mantelzorg Leiden: respijtdoel: Doel KLEIN LOGEERZORG;"
        + " geen buurtinitiatief of vrijwilligersorganisatie onder de 3 leden");
  }

  @Test
  void rz05DoesNotFireWithABuurtinitiatiefOrVrijwilligersorganisatieAsMember() {
    for (OrganisatieType t : List.of(OrganisatieType.BUURTINITIATIEF, OrganisatieType.VRIJWILLIGERSORGANISATIE)) {
      Adviesrapport r = advies(verband().addDoelen(doel(DoelOmvang.KLEIN, DoelThema.RESPIJTZORG))
          .addLeden(organisatie("o4", t).build()).build());
      assertThat(r.codes()).as(t.name()).doesNotContain("RZ-05");
    }
  }

  @Test
  void rz05FiresWhenTheBuurtinitiatiefIsOnlyACandidate() {
    Adviesrapport r = advies(verband().addDoelen(doel(DoelOmvang.KLEIN, DoelThema.RESPIJTZORG))
        .addKandidaten(organisatie("k1", OrganisatieType.BUURTINITIATIEF).build()).build());
    assertThat(vuurt(r, "RZ-05", "v1")).isTrue();
  }

  @Test
  void rz05DoesNotFireWithoutARespiteGoal() {
    assertThat(advies(verband().addDoelen(doel(DoelOmvang.KLEIN, DoelThema.JONGE_MANTELZORGERS)).build()).codes())
        .doesNotContain("RZ-05");
  }

  @Test
  void rz05SilentAndAsksWhenAMembersTypeIsUnknown() {
    Organisatie zonderType = Organisatie.builder().id("o4").naam("Stichting Samen").build();
    Adviesrapport r = advies(verband().addDoelen(doel(DoelOmvang.KLEIN, DoelThema.RESPIJTZORG)).addLeden(zonderType).build());
    assertThat(r.codes()).doesNotContain("RZ-05");
    assertThat(vraagt(r, "RZ-05", "o4", "respijt.organisatieType")).isTrue();
  }

  @Test
  void partnershipTextsAreInEnglishToo() {
    AdviesEngine en = AdviesEngine.builder().language(Language.EN).build();
    Adviesrapport r = en.advise(metNetwerk(verband().routeRespijtzorgInBeeld(false)
        .addDoelen(doel(DoelOmvang.GROOT, DoelThema.RESPIJTZORG)).build(), metCsi(8).build()), PEILDATUM);
    assertThat(r.met("RZ-04").get(0).uitleg()).isEqualTo("Samen voor mantelzorg Leiden: route to respite care not mapped;"
        + " in 1 of the 1 networks in the region a carer is overloaded without respite (1 carer(s))");
    assertThat(r.met("RZ-03").get(0).naam()).isEqualTo("Respite ambition too big");
    assertThat(r.met("RZ-05").get(0).uitleg()).isEqualTo("Samen voor mantelzorg Leiden: respite goal: Doel GROOT RESPIJTZORG;"
        + " no neighbourhood initiative or volunteer organisation among the 3 members");
  }
}
