package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Json;
import io.github.mantelzorg.model.testing.Scenarios;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sparse records of our own: what a professional knows and nothing more, as golden files under {@code json/schaars/}
 * in the model's test-jar. Each gets only the advice its facts warrant, and open questions about what would decide a
 * rule. These are records on which most cards were noise before: every card here was wrong then.
 */
class SchaarseRecordsTest {
  private static Adviesrapport advies(String bestand) {
    Casus casus = Json.create().readCasus(Scenarios.json("schaars/" + bestand));
    return ENGINE.advise(casus, Scenarios.PEILDATUM);
  }

  private static List<String> vragen(Adviesrapport r) {
    return r.openVragen().stream().map(v -> v.onderwerp() + " " + v.sleutel()).toList();
  }

  /** Was 17 cards, 16 about facts never stated, the first KRITIEK PS-03 "Geen initiatiefnemer" while naming the lead. */
  @Test
  void aPartnershipWithOnlyItsMembersAndLeadGetsQuestionsAndNoAdvice() {
    Adviesrapport r = advies("partnerschap-leden-en-trekker.json");
    assertThat(r.adviezen()).isEmpty();
    assertThat(vragen(r)).containsExactly(
        "SV-SCHAARS-1 aspecten", "SV-SCHAARS-1 beleidsparticipatie", "SV-SCHAARS-1 doelen",
        "SV-SCHAARS-1 ervaringsverhalen", "SV-SCHAARS-1 gedeeldeSignalering", "SV-SCHAARS-1 initiatiefnemerTijd",
        "SV-SCHAARS-1 medewerkersTijd", "SV-SCHAARS-1 relaties", "SV-SCHAARS-1 routeRespijtzorg",
        "SV-SCHAARS-1 socialeKaart", "SV-SCHAARS-1 stappen", "SV-SCHAARS-1 verband.ervaringsdeskundigen",
        "SV-SCHAARS-1 verband.gemeenteHeeftVisie", "SV-SCHAARS-1 verband.visie");
    assertThat(r.vragenVoor("PS-26")).extracting(OpenVraag::sleutel).containsExactly("initiatiefnemerTijd");
  }

  /** A daughter helping 3 hours a week with a district nurse involved: not "one carer carries everything" (NW-03). */
  @Test
  void aLightHelperIsNotTheCarerWhoCarriesEverything() {
    Adviesrapport r = advies("lichte-helper.json");
    assertThat(r.adviezen()).isEmpty();
    assertThat(r.vragenVoor("NW-03")).isEmpty();
    assertThat(r.vragenVoor("CB-07")).isEmpty();
    assertThat(vragen(r)).contains("mz-ilse belasting", "mz-ilse sofa", "zv-greet zelfregie");
  }

  /** A mother with dementia in a nursing home, visited by her son 2 hours a week: no respite or day-care advice. */
  @Test
  void aNursingHomeResidentGetsNoRespiteAdvice() {
    Adviesrapport r = advies("verpleeghuis.json");
    assertThat(r.adviezen()).isEmpty();
    for (String code : List.of("CB-07", "RZ-01", "CB-01", "NW-03")) {
      assertThat(r.vragenVoor(code)).as(code).isEmpty();
    }
  }

  /** A CSI of 12 this month beside a typo dated 2062: the typo is left out with a warning; the overload stays. */
  @Test
  void aFutureDatedTypoIsLeftOutAndTheCurrentOverloadStays() {
    Adviesrapport r = advies("typfout-in-de-toekomst.json");
    assertThat(r.codes()).containsExactly("BL-01");
    assertThat(r.met("BL-01").get(0).uitleg()).contains("CSI 12", "2026-11-10");
    assertThat(r.waarschuwingen()).singleElement().satisfies(w -> {
      assertThat(w.pad()).endsWith("mantelzorgers[0].belasting[1].datum");
      assertThat(w.datum()).isEqualTo(LocalDate.of(2062, 11, 10));
    });
    // Overloaded, but whether she recognises herself as a carer decides CB-04: asked, not advised.
    assertThat(r.vragenVoor("CB-04")).extracting(OpenVraag::sleutel).containsExactly("herkentZich");
  }

  /** A CSI 9 from 2023 beside an EDIZ-plus 2 of this month: the newest measurement decides, so no KRITIEK BL-01. */
  @Test
  void anOldOverloadScoreDoesNotOutrankARecentLowOne() {
    Adviesrapport r = advies("oude-overbelasting.json");
    assertThat(r.adviezen()).isEmpty();
    assertThat(r.vragenVoor("BL-01")).isEmpty();
  }

  /** All four SOFA roles VOLDOENDE and nothing else: no SO-01, SO-02 or SO-05; the practice items are asked. */
  @Test
  void aSofaProfileWithOnlyTheFourRolesGetsQuestionsNotAdvice() {
    Adviesrapport r = advies("sofa-alleen-vier-rollen.json");
    assertThat(r.adviezen()).isEmpty();
    assertThat(vragen(r)).contains("mz-ayse sofa.betrokkenBijZorgplan", "mz-ayse sofa.vastAanspreekpunt",
        "mz-ayse sofa.wensenEnGrenzenBesproken");
  }
}
