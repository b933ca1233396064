package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.mantelzorger;
import static io.github.mantelzorg.rules.Fixtures.netwerk;
import static io.github.mantelzorg.rules.Fixtures.onderwerpen;
import static io.github.mantelzorg.rules.Fixtures.organisatie;
import static io.github.mantelzorg.rules.Fixtures.verband;
import static io.github.mantelzorg.rules.Fixtures.vuurt;
import static io.github.mantelzorg.rules.Fixtures.zorgvrager;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Aandoening;
import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Doel;
import io.github.mantelzorg.model.DoelOmvang;
import io.github.mantelzorg.model.DoelThema;
import io.github.mantelzorg.model.Instrument;
import io.github.mantelzorg.model.Krachtenverdeling;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.OrganisatieType;
import io.github.mantelzorg.model.Relatie;
import io.github.mantelzorg.model.RespijtFrequentie;
import io.github.mantelzorg.model.RespijtVoorziening;
import io.github.mantelzorg.model.RespijtVorm;
import io.github.mantelzorg.model.Uitvoerder;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.ZrmDomein;
import io.github.mantelzorg.model.ZrmNiveau;
import io.github.mantelzorg.model.ZrmProfiel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rules of respijt.drl: respite care in a network (RZ-01, RZ-02) and in a partnership (RZ-03 to RZ-05). */
class RespijtRegelsTest {
  private static final LocalDate RECENT = LocalDate.of(2026, 11, 1);

  private static RespijtVoorziening respijt(RespijtVorm vorm, RespijtFrequentie frequentie, boolean inGebruik) {
    return RespijtVoorziening.builder().vorm(vorm).uitvoerder(Uitvoerder.BEROEPSKRACHT).frequentie(frequentie)
        .inGebruik(inGebruik).build();
  }

  private static Zorgnetwerk.Builder metCsi(int score) {
    return netwerk().mantelzorgers(List.of(mantelzorger("m1").addBelasting(Belastingmeting.csi(score, RECENT)).build()));
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
        "Mantelzorger m1 is overbelast: CSI 7 (2026-11-01); geen respijtzorg in gebruik (0 geregeld maar niet in gebruik)");
  }

  @Test
  void rz01DoesNotFireBelowTheOverloadCutOff() {
    assertThat(advies(metCsi(6).build()).codes()).doesNotContain("RZ-01");
  }

  @Test
  void rz01StillFiresWhenRespiteIsArrangedButNotInUse() {
    Adviesrapport r = advies(metCsi(7).addRespijt(respijt(RespijtVorm.DAGOPVANG, RespijtFrequentie.STRUCTUREEL, false)).build());
    assertThat(vuurt(r, "RZ-01", "m1")).isTrue();
    assertThat(r.met("RZ-01").get(0).uitleg()).endsWith("(1 geregeld maar niet in gebruik)");
  }

  @Test
  void rz01DoesNotFireWhenAnyRespiteIsInUse() {
    Zorgnetwerk n = metCsi(9).addRespijt(respijt(RespijtVorm.LOGEERZORG, RespijtFrequentie.INCIDENTEEL, true)).build();
    assertThat(advies(n).codes()).doesNotContain("RZ-01");
  }

  @Test
  void rz01NamesEachOverloadedCarerAndEverySignal() {
    Belastingmeting check = Belastingmeting.builder().instrument(Instrument.TIEN_MINUTENCHECK)
        .signaalOverbelasting(true).datum(RECENT).build();
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(
        mantelzorger("m1").addBelasting(Belastingmeting.edizPlus(9, RECENT), check).build(),
        mantelzorger("m2").hoofdmantelzorger(false).addBelasting(Belastingmeting.edizPlus(8, RECENT)).build())).build();
    Adviesrapport r = advies(n);
    assertThat(onderwerpen(r, "RZ-01")).containsExactly(List.of("m1"));
    assertThat(r.met("RZ-01").get(0).uitleg()).contains("10-minutencheck (2026-11-01), EDIZ-plus 9 (2026-11-01)");
  }

  @Test
  void rz01ExplainsInEnglishToo() {
    AdviesEngine en = AdviesEngine.builder().taal(Taal.EN).build();
    Advies a = en.advise(metCsi(8).build(), Fixtures.PEILDATUM).met("RZ-01").get(0);
    assertThat(a.uitleg()).isEqualTo(
        "Mantelzorger m1 is overloaded: CSI 8 (2026-11-01); no respite care in use (0 arranged but not in use)");
  }

  // RZ-02

  @Test
  void rz02FiresForAnIntensiveCarerWithOnlyIncidentalRespite() {
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(intensief("m1").build()))
        .addRespijt(respijt(RespijtVorm.LOGEERZORG, RespijtFrequentie.INCIDENTEEL, true))
        .addRespijt(respijt(RespijtVorm.RESPIJT_THUIS, RespijtFrequentie.INCIDENTEEL, true)).build();
    Adviesrapport r = advies(n);
    assertThat(onderwerpen(r, "RZ-02")).containsExactly(List.of("m1"));
    assertThat(r.met("RZ-02").get(0).uitleg())
        .isEqualTo("Mantelzorger m1: 9 uur per week, 4 maanden; respijt alleen incidenteel: logeerzorg, respijt thuis");
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
    assertThat(advies(n).codes()).doesNotContain("RZ-02");
  }

  @Test
  void rz02IgnoresIncidentalRespiteThatIsNotInUse() {
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(intensief("m1").build()))
        .addRespijt(respijt(RespijtVorm.LOGEERZORG, RespijtFrequentie.INCIDENTEEL, false)).build();
    assertThat(advies(n).codes()).doesNotContain("RZ-02");
  }

  @Test
  void rz02StillFiresWhenStructuralRespiteIsOnlyArranged() {
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(intensief("m1").build()))
        .addRespijt(respijt(RespijtVorm.LOGEERZORG, RespijtFrequentie.INCIDENTEEL, true))
        .addRespijt(respijt(RespijtVorm.DAGOPVANG, RespijtFrequentie.STRUCTUREEL, false)).build();
    assertThat(vuurt(advies(n), "RZ-02", "m1")).isTrue();
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
   * Codes that may legitimately disappear when respite comes into use: RZ-01 itself, and in the full rule base the
   * combined rules whose catalogue condition is "no respite in use" (CB-07) or "RZ-01 fired" (CB-05).
   */
  private static final Set<String> REAGEERT_OP_RESPIJT = Set.of("RZ-01", "CB-05", "CB-07");

  private static List<String> sleutels(Adviesrapport r) {
    List<String> s = new ArrayList<>();
    r.adviezen().forEach(a -> s.add(a.code() + " " + a.betreft()));
    return s;
  }

  private static List<Zorgnetwerk> overbelasteNetwerken() {
    Belastingmeting check = Belastingmeting.builder().instrument(Instrument.TIEN_MINUTENCHECK)
        .signaalOverbelasting(true).datum(RECENT).build();
    return List.of(
        // a light-duty carer with CSI 8
        metCsi(8).build(),
        // an intensive, old measurement, heavy EDIZ-plus, ZRM leaning on the network, respite on a waiting list
        netwerk().zorgvrager(zorgvrager().addAandoeningen(Aandoening.DEMENTIE).addZrm(ZrmProfiel.builder().datum(RECENT)
                .putNiveau(ZrmDomein.BASALE_ADL, ZrmNiveau.NIET_ZELFREDZAAM)
                .putKrachtenverdeling(ZrmDomein.BASALE_ADL, Krachtenverdeling.builder().eigenKracht(10).netwerk(80)
                    .hulpverlening(10).build()).build()).build())
            .mantelzorgers(List.of(intensief("m1").urenPerWeek(30).maanden(24)
                .addBelasting(Belastingmeting.edizPlus(6, LocalDate.of(2026, 6, 1)))
                .addBelasting(Belastingmeting.edizPlus(11, LocalDate.of(2026, 9, 1))).build()))
            .addRespijt(respijt(RespijtVorm.DAGOPVANG, RespijtFrequentie.INCIDENTEEL, false)).build(),
        // two carers: one overloaded by a 10-minutencheck, one intensive and unmeasured
        netwerk().mantelzorgers(List.of(mantelzorger("m1").addBelasting(check).build(),
            intensief("m2").hoofdmantelzorger(false).build())).build());
  }

  @Test
  void structuralRespiteRemovesRz01ForThatCarerAndAddsNoAdvice() {
    for (Zorgnetwerk voor : overbelasteNetwerken()) {
      Adviesrapport r1 = advies(voor);
      assertThat(vuurt(r1, "RZ-01", "m1")).as(voor.id()).isTrue();
      Zorgnetwerk na = Zorgnetwerk.builder().from(voor)
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
    assertThat(r.met("RZ-03").get(0).uitleg())
        .isEqualTo("Samen voor mantelzorg Leiden: groot respijtdoel zonder klein doel: Doel GROOT RESPIJTZORG");
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
  }

  // RZ-04

  @Test
  void rz04FiresWhenTheRouteToRespiteIsNotMapped() {
    Adviesrapport r = advies(verband().build());
    assertThat(vuurt(r, "RZ-04", "v1")).isTrue();
    assertThat(r.met("RZ-04").get(0).uitleg()).isEqualTo("Samen voor mantelzorg Leiden: route naar respijtzorg in beeld: nee");
  }

  @Test
  void rz04DoesNotFireOnceTheRouteIsMapped() {
    assertThat(advies(verband().routeRespijtzorgInBeeld(true).build()).codes()).doesNotContain("RZ-04");
  }

  @Test
  void rz04DoesNotFireInANetworkSession() {
    assertThat(advies(netwerk().build()).codes()).doesNotContain("RZ-04", "RZ-03", "RZ-05");
  }

  // RZ-05

  @Test
  void rz05FiresForARespiteGoalWithoutNeighbourhoodOrVolunteerMembers() {
    Adviesrapport r = advies(verband().addDoelen(doel(DoelOmvang.KLEIN, DoelThema.LOGEERZORG)).build());
    assertThat(vuurt(r, "RZ-05", "v1")).isTrue();
    assertThat(r.met("RZ-05").get(0).uitleg()).isEqualTo("Samen voor mantelzorg Leiden: respijtdoel (Doel KLEIN LOGEERZORG)"
        + " maar geen buurtinitiatief of vrijwilligersorganisatie onder de 3 leden");
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
  void rz05StillFiresWhenTheBuurtinitiatiefIsOnlyACandidate() {
    Adviesrapport r = advies(verband().addDoelen(doel(DoelOmvang.KLEIN, DoelThema.RESPIJTZORG))
        .addKandidaten(organisatie("k1", OrganisatieType.BUURTINITIATIEF).build()).build());
    assertThat(vuurt(r, "RZ-05", "v1")).isTrue();
  }

  @Test
  void rz05DoesNotFireWithoutARespiteGoal() {
    assertThat(advies(verband().addDoelen(doel(DoelOmvang.KLEIN, DoelThema.JONGE_MANTELZORGERS)).build()).codes())
        .doesNotContain("RZ-05");
  }
}
