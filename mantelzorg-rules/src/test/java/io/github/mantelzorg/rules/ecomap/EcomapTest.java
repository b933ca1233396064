package io.github.mantelzorg.rules.ecomap;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Beroepskracht;
import io.github.mantelzorg.model.Instrument;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.testing.Scenarios;
import io.github.mantelzorg.rules.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class EcomapTest {
  private static final LocalDate PEIL = Scenarios.PEILDATUM;

  private static Document svg(Zorgnetwerk n) {
    return SvgLezer.lees(Ecomap.svg(n, PEIL, Language.NL));
  }

  private static Element knoop(Document d, String id) {
    return SvgLezer.met(d, "g", "mz-knoop").stream().filter(e -> e.getAttribute("data-id").equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no node " + id));
  }

  private static Map<String, String> lijnen(Document d) {
    return SvgLezer.met(d, "line", "mz-lijn").stream()
        .collect(Collectors.toMap(l -> l.getAttribute("data-naar"), l -> l.getAttribute("data-stijl")));
  }

  private static Zorgnetwerk metPeter(Mantelzorger.Builder peter) {
    return Scenarios.s1().withMantelzorgers(peter.id("mz-peter").naam("Peter de Vries").build());
  }

  @Test
  void s1ShowsPeterOverloadedOnAThickLineAndFatimaAtHerOrganisation() {
    Document d = svg(Scenarios.s1());
    Element peter = knoop(d, "mz-peter");
    assertThat(peter.getAttribute("data-belasting")).isEqualTo("overbelast");
    assertThat(SvgLezer.tekst(peter)).contains("OVERBELAST", "CSI 8 \u00b7 2026-10-02", "langdurig en intensief", "kind");
    Map<String, String> l = lijnen(d);
    assertThat(l).containsEntry("mz-peter", "dik").containsEntry("bk-fatima", "dun")
        .containsEntry("org-thuiszorg-deventer", "organisatie");
    assertThat(SvgLezer.tekst(knoop(d, "org-thuiszorg-deventer"))).contains("Thuiszorg Deventer");
    // "No volunteer, no respite, no contacts" is stated, so the picture says "geen", not "?".
    for (String leeg : List.of("leeg-vrijwilliger", "leeg-respijt", "leeg-informeel-contact")) {
      assertThat(knoop(d, leeg).getAttribute("data-leeg")).isEqualTo("geen");
    }
  }

  @Test
  void s3NeighboursWillingButNotAskedAreDashed() {
    Map<String, String> l = lijnen(svg(Scenarios.s3()));
    assertThat(l).containsEntry("ic-karin", "gestreept").containsEntry("ic-mehmet", "gestreept");
  }

  @Test
  void s2RespiteInUseIsANodeOnASolidLine() {
    Document d = svg(Scenarios.s2());
    Element respijt = SvgLezer.met(d, "g", "mz-respijt").get(0);
    assertThat(SvgLezer.tekst(respijt)).contains("Logeerzorg", "in gebruik", "Stichting De Eemhorst");
    assertThat(lijnen(d)).containsEntry(respijt.getAttribute("data-id"), "dun");
    // The contacts of S2 are not mentioned at all: unknown, with a question mark, never "geen".
    Element contacten = knoop(d, "leeg-informeel-contact");
    assertThat(contacten.getAttribute("data-leeg")).isEqualTo("onbekend");
    assertThat(SvgLezer.tekst(contacten)).contains("?");
  }

  @Test
  void lineThicknessFollowsHoursAndDuration() {
    assertThat(EcomapTekening.lijn(Mantelzorger.builder().id("m").naam("M").urenPerWeek(8.5).maanden(4).build()))
        .isEqualTo(EcomapTekening.LijnStijl.DIK);
    assertThat(EcomapTekening.lijn(Mantelzorger.builder().id("m").naam("M").urenPerWeek(8.5).maanden(3).build()))
        .isEqualTo(EcomapTekening.LijnStijl.MIDDEL);
    assertThat(EcomapTekening.lijn(Mantelzorger.builder().id("m").naam("M").urenPerWeek(8.5).build()))
        .isEqualTo(EcomapTekening.LijnStijl.MIDDEL);
    assertThat(EcomapTekening.lijn(Mantelzorger.builder().id("m").naam("M").urenPerWeek(8).maanden(40).build()))
        .isEqualTo(EcomapTekening.LijnStijl.DUN);
    assertThat(EcomapTekening.lijn(Mantelzorger.builder().id("m").naam("M").maanden(40).build()))
        .isEqualTo(EcomapTekening.LijnStijl.GESTIPPELD);
  }

  @Test
  void measurementsAfterTheEvaluationDateAreLeftOut() {
    Zorgnetwerk n = metPeter(Mantelzorger.builder()
        .addBelasting(Belastingmeting.csi(8, PEIL.minusDays(10)), Belastingmeting.csi(2, PEIL.plusDays(1))));
    assertThat(knoop(svg(n), "mz-peter").getAttribute("data-belasting")).isEqualTo("overbelast");
    Zorgnetwerk alleenLater = metPeter(Mantelzorger.builder().addBelasting(Belastingmeting.csi(2, PEIL.plusDays(1))));
    Element peter = knoop(svg(alleenLater), "mz-peter");
    assertThat(peter.getAttribute("data-belasting")).isEqualTo("onbekend");
    assertThat(SvgLezer.tekst(peter)).contains("nooit gemeten").doesNotContain("niet overbelast");
  }

  @Test
  void anOutdatedMeasurementOrAnEdizDoesNotTellTheBurden() {
    Zorgnetwerk oud = metPeter(Mantelzorger.builder().addBelasting(Belastingmeting.csi(3, PEIL.minusMonths(12).minusDays(1))));
    assertThat(SvgLezer.tekst(knoop(svg(oud), "mz-peter"))).contains("belasting ?", "meting te oud");
    Zorgnetwerk nogNet = metPeter(Mantelzorger.builder().addBelasting(Belastingmeting.csi(3, PEIL.minusMonths(12))));
    assertThat(knoop(svg(nogNet), "mz-peter").getAttribute("data-belasting")).isEqualTo("niet");
    Zorgnetwerk ediz = metPeter(Mantelzorger.builder().addBelasting(
        Belastingmeting.builder().instrument(Instrument.EDIZ).waarde(8).datum(PEIL).build()));
    Element peter = knoop(svg(ediz), "mz-peter");
    assertThat(peter.getAttribute("data-belasting")).isEqualTo("onbekend");
    assertThat(SvgLezer.tekst(peter)).contains("geen afkappunt");
  }

  @Test
  void namesAndFreeTextAreEscapedAndMadeInert() {
    Zorgnetwerk s1 = Scenarios.s1();
    Zorgnetwerk n = s1.withZorgvrager(s1.zorgvrager().withNaam("Jan <b>&</b> \"de\" 'Vries'"))
        .withBeroepskrachten(Beroepskracht.builder().id("bk-<x>").naam("Fatima & co").discipline("nurse\u202eevil\nline")
            .build());
    String svg = Ecomap.svg(n, PEIL, Language.NL);
    Document d = SvgLezer.lees(svg);
    assertThat(SvgLezer.tekst(knoop(d, "zv-jan"))).contains("Jan <b>&</b> \"de\" 'Vries'");
    assertThat(SvgLezer.tekst(knoop(d, "bk-<x>"))).contains("Fatima & co").contains("\\u202e").doesNotContain("\u202e");
    assertThat(svg).doesNotContain("<b>", "\u202e", "\n" + "line");
  }

  @Test
  void theDescriptionTellsThePictureInWords() {
    Document d = svg(Scenarios.s1());
    String desc = SvgLezer.alle(d, "desc").get(0).getTextContent();
    assertThat(desc).contains("Jan de Vries", "Peter de Vries", "OVERBELAST", "Fatima El Amrani",
        "Peter de Vries (hoofdmantelzorger)", "Thuiszorg Deventer en Omstreken", "Vrijwilligers: geen");
    String en = SvgLezer.alle(SvgLezer.lees(Ecomap.svg(Scenarios.s1(), PEIL, Language.EN)), "desc").get(0).getTextContent();
    assertThat(en).contains("Carers (1)", "OVERLOADED", "Volunteers: none").doesNotContain("uur", "geen");
  }

  @Test
  void aLargeNetworkIsLaidOutQuickly() {
    Zorgnetwerk s1 = Scenarios.s1();
    Zorgnetwerk.Builder b = Zorgnetwerk.builder().from(s1).mantelzorgers(List.of());
    for (int i = 0; i < 300; i++) {
      b.addMantelzorgers(Mantelzorger.builder().id("mz-" + i).naam("Mantelzorger " + i).urenPerWeek(i % 20).build());
    }
    Zorgnetwerk groot = b.build();
    long start = System.nanoTime();
    Document d = SvgLezer.lees(Ecomap.svg(groot, PEIL, Language.NL));
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(SvgLezer.met(d, "g", "mz-mantelzorger")).hasSize(300);
    assertThat(ms).as("milliseconds for 300 carers").isLessThan(10_000);
  }
}
