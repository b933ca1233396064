package io.github.mantelzorg.rules.ecomap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mantelzorg.model.Persoon;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.rules.Language;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end: the HTML report of every public scenario (and of {@link Voorbeelden#casus()}, which shows every mark),
 * opened in headless Chromium (one browser for all): it renders,
 * every node of its pictures is in the DOM and visible, the page logs no error and loads nothing but itself, the
 * screenshot is not blank, and it prints on A4. Screenshots and PDFs are kept under {@code target/browser/} to look
 * at. Skipped when no Chromium is installed ({@code .ci/run} installs Debian's {@code chromium}).
 */
class HtmlRapportBrowserTest {
  private static final int BREEDTE = 1500;
  private static final Path UIT = Path.of("target", "browser");
  private static Chromium browser;
  private static List<Scenariorapporten.Pagina> paginas;

  @BeforeAll
  static void start() throws Exception {
    Optional<Path> binary = Chromium.binary();
    if (binary.isEmpty()) {
      return;
    }
    Files.createDirectories(UIT);
    paginas = new ArrayList<>(Scenariorapporten.paginas(Language.NL));
    paginas.add(Scenariorapporten.paginas(Language.EN).get(0));
    browser = new Chromium(binary.get(), BREEDTE, 1000);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  static Stream<String> scenarios() {
    return Stream.of("s1", "s2", "s3", "s5", "s6", "s8", "s9", "voorbeeld", "s1-en");
  }

  /** Per picture on the page: its kind, and the id, size and visibility of each of its nodes. */
  private static final String KNOPEN = """
      Array.from(document.querySelectorAll('svg.mz-ecomap, svg.mz-ladder')).map(svg => {
        const r = svg.getBoundingClientRect();
        return {
          soort: svg.getAttribute('class'),
          x: r.x + window.scrollX, y: r.y + window.scrollY, breedte: r.width, hoogte: r.height,
          knopen: Array.from(svg.querySelectorAll('g.mz-knoop, g.mz-relatie, g.mz-onbeoordeeld')).map(g => {
            const b = g.getBoundingClientRect();
            const s = getComputedStyle(g);
            return { id: g.getAttribute('data-id') || g.getAttribute('data-organisatie'),
              zichtbaar: b.width > 4 && b.height > 4 && s.visibility === 'visible' && s.display !== 'none'
                && Number(s.opacity) > 0 && b.right > r.left && b.left < r.right && b.bottom > r.top && b.top < r.bottom,
              tekst: g.textContent.trim().length };
          })
        };
      })
      """;

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void rendersWithEveryNodeVisibleNoErrorsAndNotBlank(String naam) throws Exception {
    Assumptions.assumeTrue(browser != null, "no chromium on the PATH (set CHROMIUM, or install Debian's chromium)");
    Scenariorapporten.Pagina p = paginas.stream()
        .filter(x -> (x.bestand().getFileName().toString()).equals(naam + ".html")).findFirst().orElseThrow();
    String url = p.bestand().toUri().toString();
    browser.open(url);

    JsonNode plaatjes = browser.evalueer(KNOPEN);
    int netwerken = p.casus().zorgnetwerken().size();
    assertThat(plaatjes.size()).as("pictures").isEqualTo(netwerken + (p.casus().samenwerkingsverband().isPresent() ? 1 : 0));
    for (int i = 0; i < netwerken; i++) {
      JsonNode ecomap = plaatjes.get(i);
      assertThat(ecomap.get("soort").asText()).isEqualTo("mz-ecomap");
      assertThat(ecomap.get("breedte").asDouble()).as("ecomap width").isGreaterThan(400);
      List<String> ids = new ArrayList<>();
      for (JsonNode k : ecomap.get("knopen")) {
        assertThat(k.get("zichtbaar").asBoolean()).as(naam + ": node " + k.get("id") + " visible").isTrue();
        assertThat(k.get("tekst").asInt()).as(naam + ": node " + k.get("id") + " has a label").isPositive();
        ids.add(k.get("id").asText());
      }
      Zorgnetwerk n = p.casus().zorgnetwerken().get(i);
      assertThat(ids).containsAll(n.personen().stream().map(Persoon::id).toList());
    }
    for (JsonNode k : plaatjes.get(plaatjes.size() - 1).get("knopen")) {
      assertThat(k.get("zichtbaar").asBoolean()).as(naam + ": " + k.get("id") + " visible").isTrue();
    }

    List<String> fouten = new ArrayList<>();
    browser.gebeurtenissen("Runtime.consoleAPICalled").stream()
        .filter(e -> List.of("error", "assert", "warning").contains(e.path("type").asText()))
        .forEach(e -> fouten.add("console " + e.path("type").asText() + ": " + e.path("args")));
    browser.gebeurtenissen("Runtime.exceptionThrown").forEach(e -> fouten.add("exception: " + e.path("exceptionDetails")));
    browser.gebeurtenissen("Log.entryAdded").stream()
        .filter(e -> List.of("error", "warning").contains(e.path("entry").path("level").asText()))
        .forEach(e -> fouten.add("log: " + e.path("entry")));
    assertThat(fouten).as(naam + ": console errors").isEmpty();
    List<String> geladen = browser.gebeurtenissen("Network.requestWillBeSent").stream()
        .map(e -> e.path("request").path("url").asText())
        .filter(u -> !u.equals(url) && !u.startsWith("data:")).toList();
    assertThat(geladen).as(naam + ": loads nothing but itself").isEmpty();

    byte[] png = browser.schermafdruk();
    Files.write(UIT.resolve(naam + ".png"), png);
    BufferedImage beeld = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(beeld.getWidth()).isEqualTo(BREEDTE);
    double inkt = inkt(beeld, 0, 0, beeld.getWidth(), beeld.getHeight());
    assertThat(inkt).as(naam + ": share of non-white pixels on the page").isGreaterThan(0.03);
    JsonNode eerste = plaatjes.get(0);
    double inPlaatje = inkt(beeld, eerste.get("x").asInt(), eerste.get("y").asInt(), eerste.get("breedte").asInt(),
        eerste.get("hoogte").asInt());
    assertThat(inPlaatje).as(naam + ": share of non-white pixels in the first picture").isGreaterThan(0.05);

    byte[] pdf = browser.pdf();
    Files.write(UIT.resolve(naam + ".pdf"), pdf);
    String pdfTekst = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(pdfTekst.startsWith("%PDF-")).as(naam + ": a PDF").isTrue();
    long paginas = Pattern.compile("/Type\\s*/Page[^s]").matcher(pdfTekst).results().count();
    long a4 = Pattern.compile(
        "/MediaBox \\[0 0 (59[45](\\.\\d+)? 84[12](\\.\\d+)?|84[12](\\.\\d+)? 59[45](\\.\\d+)?)\\]").matcher(pdfTekst).results().count();
    assertThat(paginas).as(naam + ": pages").isBetween(1L, 40L);
    assertThat(a4).as(naam + ": pages of A4 size (portrait, or landscape for a wide picture)").isEqualTo(paginas);
  }

  /** The share of pixels in the rectangle that differ from the white background. */
  private static double inkt(BufferedImage b, int x, int y, int breedte, int hoogte) {
    int x1 = Math.min(b.getWidth(), x + breedte);
    int y1 = Math.min(b.getHeight(), y + hoogte);
    long anders = 0;
    long alle = 0;
    for (int j = Math.max(0, y); j < y1; j++) {
      for (int i = Math.max(0, x); i < x1; i++) {
        alle++;
        if ((b.getRGB(i, j) & 0xFFFFFF) != 0xFFFFFF) {
          anders++;
        }
      }
    }
    return alle == 0 ? 0 : (double) anders / alle;
  }
}
