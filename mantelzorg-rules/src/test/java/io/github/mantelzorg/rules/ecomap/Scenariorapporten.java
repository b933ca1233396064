package io.github.mantelzorg.rules.ecomap;

import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Json;
import io.github.mantelzorg.model.testing.Scenarios;
import io.github.mantelzorg.rules.Adviesrapport;
import io.github.mantelzorg.rules.Fixtures;
import io.github.mantelzorg.rules.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The public scenarios, read from their golden JSON files, advised, and written as HTML reports under target/. */
final class Scenariorapporten {
  /** The golden files of the public scenarios. */
  static final List<String> BESTANDEN = List.of("s1-zoon-vader-dementie.json",
      "s2-moeder-dochter-verstandelijke-beperking.json", "s3-partner-nah.json",
      "s5-lerende-praktijk-twee-organisaties.json", "s6-vrijwilligers-niet-geinformeerd.json",
      "s8-steunpunt-zonder-positie.json", "s9-ervaringsdeskundige-alleen-management.json");

  /** One scenario's report and its page. */
  record Pagina(String naam, Casus casus, Adviesrapport rapport, String html, Path bestand) {}

  private Scenariorapporten() {}

  static Casus casus(String bestand) {
    return Json.create().readCasus(Scenarios.json(bestand));
  }

  /**
   * Every scenario's page in this language, then that of {@link Voorbeelden#casus()}, written to
   * {@code target/rapporten/<scenario>[-en].html}.
   */
  static List<Pagina> paginas(Language taal) {
    List<Pagina> uit = new ArrayList<>();
    Path map = Path.of("target", "rapporten");
    try {
      Files.createDirectories(map);
      for (String b : BESTANDEN) {
        Casus c = casus(b);
        Adviesrapport r = taal == Language.NL ? Fixtures.ENGINE.advise(c, Scenarios.PEILDATUM)
            : ENGELS.advise(c, Scenarios.PEILDATUM);
        String html = HtmlRapport.html(r, c);
        String naam = b.substring(0, b.indexOf('-'));
        Path bestand = map.resolve(naam + (taal == Language.NL ? "" : "-en") + ".html").toAbsolutePath();
        Files.writeString(bestand, html, StandardCharsets.UTF_8);
        uit.add(new Pagina(naam, c, r, html, bestand));
      }
      Casus c = Voorbeelden.casus();
      Adviesrapport r = (taal == Language.NL ? Fixtures.ENGINE : ENGELS).advise(c, Scenarios.PEILDATUM);
      Path bestand = map.resolve("voorbeeld" + (taal == Language.NL ? "" : "-en") + ".html").toAbsolutePath();
      String html = HtmlRapport.html(r, c);
      Files.writeString(bestand, html, StandardCharsets.UTF_8);
      uit.add(new Pagina("voorbeeld", c, r, html, bestand));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return uit;
  }

  private static final io.github.mantelzorg.rules.AdviesEngine ENGELS =
      io.github.mantelzorg.rules.AdviesEngine.builder().language(Language.EN).build();
}
