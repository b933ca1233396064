package io.github.mantelzorg.examples.cli;

import static io.github.mantelzorg.examples.cli.MantelzorgCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mantelzorg.examples.cli.MantelzorgCliTest.Run;
import io.github.mantelzorg.model.testing.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format jsonl-compact}: per record the same codes, priorities, subjects, facts, open questions and warnings as
 * the full JSON, without its texts; rejected records get the full format's error line.
 */
class CompactJsonCliTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PEIL = "--peildatum=2026-11-24";
  /** Fields of the full JSON that are text for people; the compact form leaves them out. */
  private static final List<String> TEKSTEN = List.of("naam", "model", "samenvatting", "toelichting", "stappen",
      "bronnen", "namen", "uitleg", "vraag", "reden", "peildatum", "language", "ruleBaseVersion");

  @TempDir
  static Path dir;

  static Path batch;
  static Path s1;

  @BeforeAll
  static void files() throws IOException {
    s1 = dir.resolve("s1.json");
    Files.writeString(s1, Scenarios.json("s1-zoon-vader-dementie.json"));
    List<String> lines = new ArrayList<>();
    for (String f : List.of("s1-zoon-vader-dementie.json", "s2-moeder-dochter-verstandelijke-beperking.json",
        "s5-lerende-praktijk-twee-organisaties.json", "s6-vrijwilligers-niet-geinformeerd.json")) {
      lines.add(MAPPER.readTree(Scenarios.json(f)).toString());
    }
    // A measurement after the evaluation date (a warning), a blank line and a line that is not JSON (error lines).
    lines.add(lines.get(0).replace("\"2026-10-02\"", "\"2026-12-02\""));
    lines.add("");
    lines.add("{not json");
    batch = dir.resolve("batch.jsonl");
    Files.writeString(batch, String.join("\n", lines) + "\n");
  }

  @Test
  void everyLineCarriesTheFullReportsCodesSubjectsFactsQuestionsAndWarningsWithoutTexts() throws IOException {
    Run compact = run("advise", batch.toString(), PEIL, "--no-progress", "--format", "jsonl-compact");
    Run full = run("advise", batch.toString(), PEIL, "--no-progress", "--format", "json");
    assertThat(compact.code()).isEqualTo(full.code()).isEqualTo(1);
    List<String> c = compact.out().lines().toList();
    List<String> f = full.out().lines().toList();
    assertThat(c).hasSameSizeAs(f).hasSize(7);
    int waarschuwingen = 0;
    for (int i = 0; i < 5; i++) {
      JsonNode k = MAPPER.readTree(c.get(i));
      JsonNode v = MAPPER.readTree(f.get(i));
      assertThat(k.get("line").asInt()).isEqualTo(i + 1);
      assertThat(k.get("adviezen")).hasSameSizeAs(v.get("adviezen"));
      for (int a = 0; a < v.get("adviezen").size(); a++) {
        JsonNode ka = k.get("adviezen").get(a);
        JsonNode va = v.get("adviezen").get(a);
        for (String veld : List.of("id", "code", "prioriteit", "contexten", "betreft", "feiten", "vervangt")) {
          assertThat(ka.get(veld)).as("line %d advice %d %s", i + 1, a, veld).isEqualTo(va.get(veld));
        }
        TEKSTEN.forEach(t -> assertThat(ka.has(t)).as(t).isFalse());
      }
      assertThat(k.get("openVragen")).hasSameSizeAs(v.get("openVragen"));
      for (int q = 0; q < v.get("openVragen").size(); q++) {
        for (String veld : List.of("sleutel", "onderwerp", "codes")) {
          assertThat(k.get("openVragen").get(q).get(veld)).isEqualTo(v.get("openVragen").get(q).get(veld));
        }
        assertThat(k.get("openVragen").get(q).has("vraag")).isFalse();
      }
      assertThat(k.get("waarschuwingen")).hasSameSizeAs(v.get("waarschuwingen"));
      for (int w = 0; w < v.get("waarschuwingen").size(); w++) {
        assertThat(k.get("waarschuwingen").get(w).get("pad")).isEqualTo(v.get("waarschuwingen").get(w).get("pad"));
        assertThat(k.get("waarschuwingen").get(w).get("datum")).isEqualTo(v.get("waarschuwingen").get(w).get("datum"));
        waarschuwingen++;
      }
      TEKSTEN.forEach(t -> assertThat(k.has(t)).as(t).isFalse());
      assertThat(c.get(i).length()).as("line %d is compact", i + 1).isLessThan(f.get(i).length() / 3);
    }
    assertThat(waarschuwingen).isPositive();
    assertThat(MAPPER.readTree(c.get(0)).get("adviezen")).isNotEmpty();
    assertThat(MAPPER.readTree(c.get(0)).get("openVragen")).isNotEmpty();
    // Rejected lines: the same error line as the full format.
    assertThat(c.subList(5, 7)).isEqualTo(f.subList(5, 7));
    assertThat(compact.err()).contains("7 records").contains("2 rejected");
  }

  @Test
  void aSingleFileIsOneCompactLineWithoutLineNumber() throws IOException {
    Run single = run("advise", s1.toString(), PEIL, "--format", "jsonl-compact");
    Run line = run("advise", batch.toString(), PEIL, "--no-progress", "--format", "jsonl-compact");
    assertThat(single.code()).isZero();
    assertThat(single.out().lines().toList()).hasSize(1);
    JsonNode n = MAPPER.readTree(single.out());
    assertThat(n.has("line")).isFalse();
    assertThat(single.out().strip()).isEqualTo(line.out().lines().findFirst().orElseThrow().replace("{\"line\":1,", "{"));
  }

  @Test
  void feedbackMarksTakenUpCardsAndListsTheDismissedOnesById() throws IOException {
    Run r = run("advise", "src/main/resources/scenarios/s1-zoon-vader-dementie.json", PEIL, "--format",
        "jsonl-compact", "--feedback", "docs/feedback-s1.json");
    assertThat(r.code()).isZero();
    JsonNode n = MAPPER.readTree(r.out());
    assertThat(n.get("afgewezen")).hasSize(1);
    assertThat(n.get("afgewezen").get(0).asText()).isEqualTo("c2843eb1-f9531112");
    List<String> opgepakt = new ArrayList<>();
    for (JsonNode a : n.get("adviezen")) {
      assertThat(a.get("id").asText()).isNotEqualTo("c2843eb1-f9531112");
      if (a.has("terugkoppeling")) {
        assertThat(a.get("terugkoppeling").asText()).isEqualTo("OPGEPAKT");
        opgepakt.add(a.get("id").asText());
      }
    }
    assertThat(opgepakt).containsExactly("0c43b3a1-7b712929");
    // Without feedback the line has no afgewezen field.
    JsonNode zonder = MAPPER.readTree(run("advise", s1.toString(), PEIL, "--format", "jsonl-compact").out());
    assertThat(zonder.has("afgewezen")).isFalse();
  }
}
