package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.mantelzorger;
import static io.github.mantelzorg.rules.Fixtures.netwerk;
import static io.github.mantelzorg.rules.Fixtures.onderwerpen;
import static io.github.mantelzorg.rules.Fixtures.vraagt;
import static io.github.mantelzorg.rules.Fixtures.vuurt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Instrument;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.Relatie;
import io.github.mantelzorg.model.Zorgnetwerk;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules of belasting.drl: caregiver burden. The evaluation date is {@link Fixtures#PEILDATUM} (2026-11-24). */
class BelastingRegelsTest {
  private static final LocalDate RECENT = LocalDate.of(2026, 11, 1);
  private static final LocalDate EERDER = LocalDate.of(2026, 9, 1);

  private static Zorgnetwerk met(Mantelzorger m) {
    return netwerk().mantelzorgers(List.of(m)).build();
  }

  private static Zorgnetwerk metCsi(int score) {
    return met(mantelzorger("m1").addBelasting(Belastingmeting.csi(score, LocalDate.of(2026, 10, 2))).build());
  }

  private static Zorgnetwerk metEdizPlus(int score) {
    return met(mantelzorger("m1").addBelasting(Belastingmeting.edizPlus(score, RECENT)).build());
  }

  private static Belastingmeting ediz9(int score, LocalDate datum) {
    return Belastingmeting.builder().instrument(Instrument.EDIZ).waarde(score).datum(datum).build();
  }

  /** Just over the SCP line: more than 8 hours a week for more than 3 months. */
  private static Mantelzorger.Builder intensief(String id) {
    return mantelzorger(id).urenPerWeek(9).maanden(4);
  }

  // The newest measurement decides, over all instruments (a typo dated in the future, an old overload score)

  @Test
  void bl01SilentAndAsksWhenThereIsNoMeasurement() {
    Adviesrapport r = advies(met(mantelzorger("m1").build()));
    assertThat(r.codes()).doesNotContain("BL-01", "BL-02", "BL-03");
    assertThat(vraagt(r, "BL-01", "m1", "belasting")).isTrue();
  }

  @Test
  void bl01DoesNotFireOnAnOldCsiWhenARecentEdizPlusIsLow() {
    Zorgnetwerk n = met(mantelzorger("m1").addBelasting(Belastingmeting.csi(9, LocalDate.of(2023, 5, 1)))
        .addBelasting(Belastingmeting.edizPlus(2, RECENT)).build());
    assertThat(advies(n).codes()).doesNotContain("BL-01", "BL-02", "BL-03");
  }

  @Test
  void bl01SilentAndAsksForANewMeasurementWhenTheOnlyOneIsMoreThanAYearOld() {
    Adviesrapport r = advies(met(mantelzorger("m1").addBelasting(Belastingmeting.csi(11, LocalDate.of(2025, 6, 1))).build()));
    assertThat(r.codes()).doesNotContain("BL-01");
    assertThat(vraagt(r, "BL-01", "m1", "belasting.verouderd")).isTrue();
  }

  @Test
  void bl01FiresOnTodaysCsiAndAFutureTypoIsLeftOutWithAWarning() {
    Zorgnetwerk n = met(mantelzorger("m1").addBelasting(Belastingmeting.csi(12, LocalDate.of(2026, 11, 20)))
        .addBelasting(Belastingmeting.csi(2, LocalDate.of(2062, 11, 20))).build());
    Adviesrapport r = advies(n);
    assertThat(vuurt(r, "BL-01", "m1")).isTrue();
    assertThat(r.waarschuwingen()).singleElement().satisfies(w -> {
      assertThat(w.pad()).isEqualTo("mantelzorgers[0].belasting[1].datum");
      assertThat(w.datum()).isEqualTo(LocalDate.of(2062, 11, 20));
      assertThat(w.reden()).contains("2026-11-24");
    });
  }

  @Test
  void aSameDayTieDoesNotDependOnListOrder() {
    Belastingmeting csi = Belastingmeting.csi(9, RECENT);
    Belastingmeting plus = Belastingmeting.edizPlus(2, RECENT);
    Adviesrapport a = advies(met(mantelzorger("m1").addBelasting(csi, plus).build()));
    Adviesrapport b = advies(met(mantelzorger("m1").addBelasting(plus, csi).build()));
    assertThat(a.adviezen()).isEqualTo(b.adviezen());
    assertThat(a.codes()).doesNotContain("BL-01");
  }

  // BL-01

  @Test
  void bl01FiresAtCsiSeven() {
    Adviesrapport r = advies(metCsi(7));
    assertThat(vuurt(r, "BL-01", "m1")).isTrue();
    Advies a = r.met("BL-01").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.KRITIEK);
    assertThat(a.uitleg()).contains("CSI 7 >= 7 op 2026-10-02");
  }

  @Test
  void bl01DoesNotFireAtCsiSix() {
    assertThat(advies(metCsi(6)).codes()).doesNotContain("BL-01");
  }

  @Test
  void bl01DoesNotFireOnAnOlderCsiAfterALowerOne() {
    Zorgnetwerk n = met(mantelzorger("m1")
        .addBelasting(Belastingmeting.csi(9, LocalDate.of(2026, 5, 1)))
        .addBelasting(Belastingmeting.csi(5, LocalDate.of(2026, 10, 1))).build());
    assertThat(advies(n).codes()).doesNotContain("BL-01");
  }

  @Test
  void scenarioS1PeterWithCsiEightGetsBl01() {
    Zorgnetwerk n = met(mantelzorger("peter").relatie(Relatie.KIND).urenPerWeek(14).maanden(24).werkt(true)
        .herkentZichAlsMantelzorger(false).addBelasting(Belastingmeting.csi(8, RECENT)).build());
    Adviesrapport r = advies(n);
    assertThat(onderwerpen(r, "BL-01")).containsExactly(List.of("peter"));
  }

  // BL-02

  @Test
  void bl02FiresAtEdizPlusNine() {
    Adviesrapport r = advies(metEdizPlus(9));
    assertThat(vuurt(r, "BL-02", "m1")).isTrue();
    assertThat(r.met("BL-02").get(0).uitleg()).isEqualTo("Mantelzorger m1: EDIZ-plus 9 >= 9 op 2026-11-01");
    assertThat(r.codes()).doesNotContain("BL-03");
  }

  @Test
  void bl02DoesNotFireAtEdizPlusEight() {
    assertThat(advies(metEdizPlus(8)).codes()).doesNotContain("BL-02");
  }

  @Test
  void scenarioS6CarerWithEdizPlusTenGetsBl02() {
    assertThat(advies(metEdizPlus(10)).met("BL-02").get(0).prioriteit()).isEqualTo(Prioriteit.KRITIEK);
  }

  // BL-03

  @Test
  void bl03FiresAtBothEndsOfTheModerateBand() {
    Adviesrapport vier = advies(metEdizPlus(4));
    assertThat(vuurt(vier, "BL-03", "m1")).isTrue();
    assertThat(vier.met("BL-03").get(0).uitleg()).contains("EDIZ-plus 4 (matig, 4-8) op 2026-11-01");
    assertThat(vuurt(advies(metEdizPlus(8)), "BL-03", "m1")).isTrue();
  }

  @Test
  void bl03DoesNotFireBelowFourOrFromNine() {
    assertThat(advies(metEdizPlus(3)).codes()).doesNotContain("BL-03");
    assertThat(advies(metEdizPlus(9)).codes()).doesNotContain("BL-03");
  }

  @Test
  void scenarioS2RiaWithEdizPlusSixGetsBl03() {
    Zorgnetwerk n = met(mantelzorger("ria").relatie(Relatie.OUDER).urenPerWeek(40).maanden(360)
        .addBelasting(Belastingmeting.edizPlus(6, RECENT)).build());
    assertThat(onderwerpen(advies(n), "BL-03")).containsExactly(List.of("ria"));
  }

  // BL-04

  @Test
  void bl04SilentAndAsksWhenHoursAreUnknown() {
    Adviesrapport r = advies(met(mantelzorger("m1").urenPerWeek(java.util.Optional.empty()).maanden(24).build()));
    assertThat(r.codes()).doesNotContain("BL-04");
    assertThat(vraagt(r, "BL-04", "m1", "intensiteit")).isTrue();
  }

  @Test
  void bl04FiresForAnIntensiveCarerWithoutAnyMeasurement() {
    Adviesrapport r = advies(met(intensief("m1").build()));
    assertThat(vuurt(r, "BL-04", "m1")).isTrue();
    assertThat(r.met("BL-04").get(0).uitleg()).isEqualTo("Mantelzorger m1: geen belastingmeting; 9 uur per week, 4 maanden");
  }

  @Test
  void bl04IsTheOnlyPlaceThatAsksToMeasureTheCarersBurden() {
    // One card per problem: "take a CSI or EDIZ-plus" is the card, not also an open question about the same carer.
    Adviesrapport r = advies(met(intensief("m1").build()));
    assertThat(vuurt(r, "BL-04", "m1")).isTrue();
    assertThat(r.openVragen()).noneMatch(v -> v.onderwerp().equals("m1") && v.sleutel().equals("belasting"));
    // A carer without BL-04 (not intensive) is still asked.
    Adviesrapport licht = advies(met(intensief("m1").urenPerWeek(8).build()));
    assertThat(licht.codes()).doesNotContain("BL-04");
  }

  @Test
  void bl04DoesNotFireAtEightHoursOrThreeMonths() {
    assertThat(advies(met(intensief("m1").urenPerWeek(8).build())).codes()).doesNotContain("BL-04");
    assertThat(advies(met(intensief("m1").maanden(3).build())).codes()).doesNotContain("BL-04");
  }

  @Test
  void bl04DoesNotFireOnceAnyInstrumentWasUsed() {
    Belastingmeting check = Belastingmeting.builder().instrument(Instrument.TIEN_MINUTENCHECK)
        .signaalOverbelasting(false).datum(RECENT).build();
    assertThat(advies(met(intensief("m1").addBelasting(check).build())).codes()).doesNotContain("BL-04");
  }

  // BL-05

  @Test
  void bl05FiresWhenTheLastMeasurementIsMoreThanAMonthOld() {
    Adviesrapport r = advies(met(intensief("m1").addBelasting(Belastingmeting.csi(3, LocalDate.of(2026, 10, 23))).build()));
    assertThat(vuurt(r, "BL-05", "m1")).isTrue();
    assertThat(r.met("BL-05").get(0).uitleg())
        .startsWith("Mantelzorger m1: laatste meting CSI op 2026-10-23, meer dan 1 maand voor 2026-11-24");
  }

  @Test
  void bl05OnAMeasurementOlderThanAYearIsNotRepeatedAsAnOpenQuestion() {
    Adviesrapport r = advies(met(intensief("m1").addBelasting(Belastingmeting.csi(10, LocalDate.of(2024, 11, 5))).build()));
    assertThat(vuurt(r, "BL-05", "m1")).isTrue();
    assertThat(r.codes()).doesNotContain("BL-01");
    assertThat(r.openVragen()).noneMatch(v -> v.onderwerp().equals("m1")
        && (v.sleutel().equals("belasting.verouderd") || v.sleutel().equals("csiItems.verouderd")));
  }

  @Test
  void bl05DoesNotFireForAMeasurementExactlyOneMonthOld() {
    Zorgnetwerk n = met(intensief("m1").addBelasting(Belastingmeting.csi(3, LocalDate.of(2026, 10, 24))).build());
    assertThat(advies(n).codes()).doesNotContain("BL-05");
  }

  @Test
  void bl05LooksAtTheNewestMeasurementOfAnyInstrument() {
    Zorgnetwerk n = met(intensief("m1").addBelasting(Belastingmeting.csi(3, LocalDate.of(2026, 1, 1)))
        .addBelasting(Belastingmeting.edizPlus(2, LocalDate.of(2026, 11, 20))).build());
    assertThat(advies(n).codes()).doesNotContain("BL-05");
  }

  @Test
  void bl05DoesNotFireForALightDutyCarer() {
    assertThat(advies(metCsi(3)).codes()).doesNotContain("BL-05");
  }

  // BL-06

  @Test
  void bl06FiresWhenCsiRisesByTwo() {
    Zorgnetwerk n = met(mantelzorger("m1").addBelasting(Belastingmeting.csi(4, EERDER))
        .addBelasting(Belastingmeting.csi(6, RECENT)).build());
    Adviesrapport r = advies(n);
    assertThat(vuurt(r, "BL-06", "m1")).isTrue();
    assertThat(r.met("BL-06").get(0).uitleg()).isEqualTo("Mantelzorger m1: CSI 4 (2026-09-01) \u2192 6 (2026-11-01)");
  }

  @Test
  void bl06DoesNotFireWhenCsiRisesByOne() {
    Zorgnetwerk n = met(mantelzorger("m1").addBelasting(Belastingmeting.csi(4, EERDER))
        .addBelasting(Belastingmeting.csi(5, RECENT)).build());
    assertThat(advies(n).codes()).doesNotContain("BL-06");
  }

  @Test
  void bl06FiresWhenEdizPlusMovesIntoAHigherBand() {
    Zorgnetwerk n = met(mantelzorger("m1").addBelasting(Belastingmeting.edizPlus(3, EERDER))
        .addBelasting(Belastingmeting.edizPlus(4, RECENT)).build());
    Adviesrapport r = advies(n);
    assertThat(vuurt(r, "BL-06", "m1")).isTrue();
    assertThat(r.met("BL-06").get(0).uitleg()).contains("EDIZ-plus 3 licht (2026-09-01) \u2192 4 matig (2026-11-01)");
  }

  @Test
  void bl06DoesNotFireWhenEdizPlusRisesWithinItsBand() {
    Zorgnetwerk n = met(mantelzorger("m1").addBelasting(Belastingmeting.edizPlus(4, EERDER))
        .addBelasting(Belastingmeting.edizPlus(8, RECENT)).build());
    assertThat(advies(n).codes()).doesNotContain("BL-06");
  }

  @Test
  void bl06ComparesOnlyTheNewestTwoOfTheSameInstrument() {
    Zorgnetwerk n = met(mantelzorger("m1").addBelasting(Belastingmeting.csi(2, LocalDate.of(2026, 5, 1)))
        .addBelasting(Belastingmeting.csi(9, EERDER)).addBelasting(Belastingmeting.csi(8, RECENT))
        .addBelasting(Belastingmeting.edizPlus(5, LocalDate.of(2026, 11, 10))).build());
    assertThat(advies(n).codes()).doesNotContain("BL-06");
  }

  @Test
  void bl06FiresOnceWhenBothInstrumentsRise() {
    Zorgnetwerk n = met(mantelzorger("m1").addBelasting(Belastingmeting.csi(4, EERDER))
        .addBelasting(Belastingmeting.csi(7, RECENT)).addBelasting(Belastingmeting.edizPlus(6, EERDER))
        .addBelasting(Belastingmeting.edizPlus(10, RECENT)).build());
    Adviesrapport r = advies(n);
    assertThat(r.met("BL-06")).hasSize(1);
    assertThat(r.met("BL-06").get(0).uitleg()).contains("CSI 4", "EDIZ-plus 6 matig");
  }

  // BL-07

  @Test
  void bl07FiresAtEdiz9FiveWithoutAScaleWithACutOff() {
    Adviesrapport r = advies(met(mantelzorger("m1").addBelasting(ediz9(5, RECENT)).build()));
    assertThat(vuurt(r, "BL-07", "m1")).isTrue();
    assertThat(r.met("BL-07").get(0).uitleg()).isEqualTo("Mantelzorger m1: EDIZ 5 van 9 op 2026-11-01, geen CSI of EDIZ-plus");
  }

  @Test
  void bl07DoesNotFireAtEdiz9Four() {
    assertThat(advies(met(mantelzorger("m1").addBelasting(ediz9(4, RECENT)).build())).codes()).doesNotContain("BL-07");
  }

  @Test
  void bl07DoesNotFireWhenARecentCsiOrEdizPlusExists() {
    Zorgnetwerk metCsi = met(mantelzorger("m1").addBelasting(ediz9(8, RECENT))
        .addBelasting(Belastingmeting.csi(2, EERDER)).build());
    Zorgnetwerk metPlus = met(mantelzorger("m1").addBelasting(ediz9(8, RECENT))
        .addBelasting(Belastingmeting.edizPlus(2, EERDER)).build());
    assertThat(advies(metCsi).codes()).doesNotContain("BL-07");
    assertThat(advies(metPlus).codes()).doesNotContain("BL-07");
  }

  @Test
  void englishTextsExplainTheSameFacts() {
    AdviesEngine en = AdviesEngine.builder().language(Language.EN).build();
    Advies a = en.advise(metEdizPlus(9), Fixtures.PEILDATUM).met("BL-02").get(0);
    assertThat(a.uitleg()).isEqualTo("Mantelzorger m1: EDIZ-plus 9 >= 9 on 2026-11-01");
  }
}
