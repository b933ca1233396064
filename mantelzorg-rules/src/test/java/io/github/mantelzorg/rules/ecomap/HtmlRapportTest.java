package io.github.mantelzorg.rules.ecomap;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.testing.Scenarios;
import io.github.mantelzorg.rules.Adviesrapport;
import io.github.mantelzorg.rules.Fixtures;
import io.github.mantelzorg.rules.Language;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HtmlRapportTest {
  private static List<Scenariorapporten.Pagina> nl;
  private static List<Scenariorapporten.Pagina> en;

  @BeforeAll
  static void schrijf() {
    nl = Scenariorapporten.paginas(Language.NL);
    en = Scenariorapporten.paginas(Language.EN);
  }

  @Test
  void everyScenarioIsOneWellFormedPageInItsLanguage() {
    assertThat(nl).hasSize(8);
    for (Scenariorapporten.Pagina p : nl) {
      Document d = SvgLezer.lees(p.html());
      assertThat(d.getDocumentElement().getAttribute("lang")).as(p.naam()).isEqualTo("nl");
    }
    for (Scenariorapporten.Pagina p : en) {
      assertThat(SvgLezer.lees(p.html()).getDocumentElement().getAttribute("lang")).isEqualTo("en");
    }
  }

  @Test
  void headingsGoDownOneLevelAtATime() {
    for (Scenariorapporten.Pagina p : nl) {
      Matcher m = Pattern.compile("<h([1-6])[ >]").matcher(p.html());
      int vorige = 0;
      int h1 = 0;
      while (m.find()) {
        int niveau = Integer.parseInt(m.group(1));
        assertThat(niveau).as(p.naam() + ": h" + niveau + " after h" + vorige).isLessThanOrEqualTo(vorige + 1);
        vorige = niveau;
        h1 += niveau == 1 ? 1 : 0;
      }
      assertThat(h1).as(p.naam()).isEqualTo(1);
    }
  }

  @Test
  void oneEcomapPerNetworkAndALadderForThePartnership() {
    for (Scenariorapporten.Pagina p : nl) {
      Document d = SvgLezer.lees(p.html());
      List<Element> svgs = SvgLezer.alle(d, "svg");
      long ecomaps = svgs.stream().filter(s -> s.getAttribute("class").equals("mz-ecomap")).count();
      long ladders = svgs.stream().filter(s -> s.getAttribute("class").equals("mz-ladder")).count();
      assertThat(ecomaps).as(p.naam()).isEqualTo(p.casus().zorgnetwerken().size());
      assertThat(ladders).as(p.naam()).isEqualTo(p.casus().samenwerkingsverband().isPresent() ? 1 : 0);
      assertThat(svgs).allMatch(s -> s.getAttribute("role").equals("img") && !s.getAttribute("aria-labelledby").isBlank());
      // Ids are unique in the page, also with several pictures (S6 has four networks).
      List<String> ids = SvgLezer.alle(d, "*").stream().map(e -> e.getAttribute("id")).filter(i -> !i.isEmpty()).toList();
      assertThat(ids).doesNotHaveDuplicates();
    }
  }

  @Test
  void everyCardQuestionAndWarningOfTheReportIsOnThePage() {
    for (Scenariorapporten.Pagina p : nl) {
      Document d = SvgLezer.lees(p.html());
      assertThat(SvgLezer.met(d, "article", "advies")).as(p.naam()).hasSize(p.rapport().adviezen().size());
      int vragen = SvgLezer.met(d, "table", "vragen").stream()
          .mapToInt(t -> t.getElementsByTagName("tr").getLength() - 1).sum();
      assertThat(vragen).as(p.naam()).isEqualTo(p.rapport().openVragen().size());
      for (var a : p.rapport().adviezen()) {
        assertThat(p.html()).contains(Tekst.xml(a.samenvatting()));
      }
    }
  }

  @Test
  void loadsNothingFromOutside() {
    for (Scenariorapporten.Pagina p : nl) {
      assertThat(p.html()).doesNotContain("<script", "<link", "<img", "<iframe", "@import", "url(http", "src=");
      Document d = SvgLezer.lees(p.html());
      // Links are only the sources' addresses and the page's own anchors.
      for (Element a : SvgLezer.alle(d, "a")) {
        assertThat(a.getAttribute("href")).matches("https?://.+|#[a-z0-9-]+");
      }
    }
  }

  @Test
  void englishPageHasNoDutchLabels() {
    for (Scenariorapporten.Pagina p : en) {
      // What a reader sees or hears: the text of the page and of its pictures, not the style or data attributes.
      Document d = SvgLezer.lees(p.html());
      SvgLezer.alle(d, "style").forEach(st -> st.getParentNode().removeChild(st));
      // Titles of Dutch publications stay Dutch, and the engine's notes on its sources are Dutch in both languages.
      SvgLezer.met(d, "ul", "bronnen").forEach(b -> b.getParentNode().removeChild(b));
      String html = d.getDocumentElement().getTextContent();
      for (String nederlands : List.of("Adviesrapport", "Adviezen", "Open vragen", "Waarschuwingen", "Peildatum",
          "Betreft", "Waarom", "Stappen", "Bronnen", "Legenda", "MANTELZORGER", "uur/week", "onbekend", "gevraagd",
          "trede", "Ecomap van", "Zorgnetwerk rond")) {
        assertThat(html).as(p.naam() + " contains " + nederlands).doesNotContain(nederlands);
      }
    }
  }

  @Test
  void escapesEveryNameAndId() {
    Zorgnetwerk s1 = Scenarios.s1();
    Zorgnetwerk boos = s1.withId("ZN-<script>alert(1)</script>")
        .withZorgvrager(s1.zorgvrager().withNaam("Jan <b>&amp;</b> \"de\" 'Vries'"));
    Casus c = Casus.of(boos);
    Adviesrapport r = Fixtures.ENGINE.advise(c, Scenarios.PEILDATUM);
    String html = HtmlRapport.html(r, c);
    assertThat(html).doesNotContain("<script>", "<b>&amp;</b>");
    Document d = SvgLezer.lees(html);
    assertThat(d.getElementsByTagName("h2").item(0).getTextContent()).contains("Jan <b>&amp;</b> \"de\" 'Vries'")
        .contains("ZN-<script>alert(1)</script>");
  }

  @Test
  void sameReportAndCaseGiveTheSameBytes() {
    Scenariorapporten.Pagina p = nl.get(4);
    assertThat(HtmlRapport.html(p.rapport(), p.casus())).isEqualTo(p.html());
  }
}
