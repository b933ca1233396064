package io.github.mantelzorg.examples.cli;

import static io.github.mantelzorg.examples.cli.MantelzorgCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mantelzorg.examples.cli.MantelzorgCliTest.Run;
import io.github.mantelzorg.model.testing.BadInput;
import io.github.mantelzorg.model.testing.Scenarios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus of the model (test-jar {@link BadInput}) through {@code mantelzorg advise}, the input limits
 * on the command line, and the integrity of a large JSON Lines batch with good and bad lines.
 */
class BadInputCliTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PEIL = "--peildatum=2026-11-24";

  @TempDir
  static Path dir;

  static List<BadInput.Case> cases() {
    return BadInput.cases();
  }

  /** Every case as a file of its own (JSON Lines cases: their whole .jsonl file), in {@code dir}. */
  private static Path file(BadInput.Case c) throws IOException {
    String name = c.generated() ? c.name().substring(4) + ".json" : c.file();
    Path p = dir.resolve(name);
    if (!Files.exists(p)) {
      Files.write(p, c.generated() ? c.bytes() : BadInput.resource(c.file()));
    }
    return p;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachCaseThroughAdvise(BadInput.Case c) throws IOException {
    Path p = file(c);
    if (c.line() > 0) {
      // A JSON Lines file: its line c.line() is answered on output line c.line().
      Run r = run("advise", p.toString(), PEIL, "--format", "json", "--no-progress", "--threads", "2");
      assertThat(r.code()).isEqualTo(1);
      JsonNode line = MAPPER.readTree(r.out().lines().toList().get(c.line() - 1));
      assertThat(line.get("line").asInt()).isEqualTo(c.line());
      if (c.valid()) {
        assertThat(line.has("adviezen")).as(r.out()).isTrue();
      } else {
        JsonNode e = line.get("error");
        assertThat(e.get("path").asText()).isEqualTo(c.path());
        assertThat(e.get("value").asText()).isEqualTo(c.value());
        assertThat(e.get("expected").asText()).contains(c.expected());
        assertThat(line.has("errors")).isFalse();
      }
      return;
    }
    Run r = run("advise", p.toString(), PEIL);
    if (c.valid()) {
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).startsWith("=== " + p.getFileName() + " ===");
      return;
    }
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    List<String> err = r.err().lines().toList();
    assertThat(err).singleElement().asString()
        .startsWith(p.getFileName() + ": " + (c.path().isEmpty() ? "$" : c.path()) + ": " + c.value() + " (expected ")
        .contains(c.expected())
        .doesNotContain("Exception").doesNotContain("com.fasterxml").doesNotContain("java.");
  }

  @Test
  void debugShowsTheStackTraceOfRejectedInput() throws IOException {
    Path p = dir.resolve("csi14.json");
    Files.write(p, BadInput.resource("range-csi-14.json"));
    Run plain = run("advise", p.toString(), PEIL);
    Run debug = run("advise", p.toString(), PEIL, "--debug");
    String line = "csi14.json: mantelzorgers[0].belasting[0].waarde: 14 (expected an integer from 0 to 13)";
    assertThat(plain.code()).isEqualTo(1);
    assertThat(plain.err()).isEqualTo(line + System.lineSeparator());
    assertThat(debug.code()).isEqualTo(1);
    assertThat(debug.err()).startsWith(line).contains("InvalidModelException").contains("\tat ");
  }

  @Test
  void limitsCanBeChangedOnTheCommandLine() throws IOException {
    Path p = dir.resolve("persons-1200.json");
    Files.write(p, BadInput.cases().stream().filter(c -> c.name().equals("gen:persons-1200")).findFirst().orElseThrow()
        .bytes());
    Run standaard = run("advise", p.toString(), PEIL);
    assertThat(standaard.code()).isEqualTo(1);
    assertThat(standaard.err()).contains("persons-1200.json: vrijwilligers: 1200 persons in this network (expected at "
        + "most 1000 persons per network");
    Run ruim = run("advise", p.toString(), PEIL, "--limit", "maxPersonenPerNetwerk=1200", "--format", "json");
    assertThat(ruim.code()).as(ruim.err()).isZero();
    Run krap = run("advise", p.toString(), PEIL, "--limit", "maxDocumentChars=1000");
    assertThat(krap.code()).isEqualTo(1);
    assertThat(krap.err()).contains(": $: more than 1000 characters (expected at most 1000 characters");
    Run strings = run("advise", s1(), PEIL, "--limit", "maxStringLength=5", "--limit", "maxArrayLength=1");
    assertThat(strings.code()).isEqualTo(1);
    assertThat(strings.err()).contains("JsonLimits.maxStringLength");
  }

  @Test
  void wrongLimitsAreUsageErrors() {
    for (String bad : new String[] {"maxFoo=3", "maxArrayLength=0", "maxArrayLength=x", "maxNestingDepth=99999999999"}) {
      Run r = run("advise", s1(), "--limit", bad);
      assertThat(r.code()).as(bad).isEqualTo(2);
      assertThat(r.err()).contains("--limit").doesNotContain("\tat ");
    }
  }

  @Test
  void helpNamesTheLimits() {
    Run r = run("advise", "--help");
    assertThat(r.out()).contains("--limit=NAME=N").contains("maxDocumentChars=5000000").contains("maxStringLength=10000")
        .contains("maxNestingDepth=32").contains("maxNumberLength=20").contains("maxArrayLength=1000")
        .contains("maxPersonenPerNetwerk=1000").contains("maxOrganisatiesPerVerband=1000");
  }

  private static String s1() {
    try {
      Path p = dir.resolve("s1.json");
      if (!Files.exists(p)) {
        Files.writeString(p, Scenarios.json("s1-zoon-vader-dementie.json"), StandardCharsets.UTF_8);
      }
      return p.toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------------------------------------------------
  // Batch integrity: a few thousand lines, good and bad, one output line each, in order, with 1 and 4 threads
  // ------------------------------------------------------------------------------------------------------------

  static Path caseload;
  static int aantalRegels;
  /** Bad line numbers (1-based) and what their error must name. */
  static final Map<Integer, String> SLECHT = new TreeMap<>();

  @BeforeAll
  static void caseload() throws IOException {
    Path gen = dir.resolve("gen.jsonl");
    assertThat(run("generate", "2500", "--seed", "11", "--output", gen.toString()).code()).isZero();
    List<String> lines = new ArrayList<>(Files.readAllLines(gen, StandardCharsets.UTF_8));
    String goed = lines.get(0);
    String lang = "{\"id\":\"n1\",\"gemeente\":\"" + "x".repeat(30_000) + "\"}";
    // Inserted front to back, so that each position is the final line number.
    Map<Integer, String[]> inject = new TreeMap<>();
    inject.put(1, new String[] {"", "$: an empty line"});
    inject.put(2, new String[] {"{not json", "$: character \"n\""});
    inject.put(500, new String[] {"   \t ", "$: an empty line"});
    inject.put(777, new String[] {goed.substring(0, goed.length() / 2), ""});
    inject.put(1000, new String[] {"[]", "$: an array"});
    inject.put(1001, new String[] {"{}", "$: \"{}\""});
    inject.put(1500, new String[] {goed.replace("\"id\":", "\"@class\":\"x\",\"id\":"), "unknown field \"@class\""});
    inject.put(2000, new String[] {"\u0000\u0001garbage", "character \"\\u0000\""});
    inject.put(2222, new String[] {lang, "$: more than 20000 characters"});
    inject.put(2400, new String[] {"\uFEFF" + goed, null}); // a byte order mark on a line: accepted
    for (Map.Entry<Integer, String[]> e : inject.entrySet()) {
      lines.add(e.getKey() - 1, e.getValue()[0]);
      if (e.getValue()[1] != null) {
        SLECHT.put(e.getKey(), e.getValue()[1]);
      }
    }
    String laatste = goed.substring(0, 40);
    lines.add(laatste);
    aantalRegels = lines.size();
    SLECHT.put(aantalRegels, "");
    caseload = dir.resolve("caseload.jsonl");
    // Line 3 ends with \r\n; the last line, truncated, has no line break.
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      b.append(lines.get(i));
      if (i < lines.size() - 1) {
        b.append(i == 2 ? "\r\n" : "\n");
      }
    }
    Files.writeString(caseload, b.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void everyLineGetsOneAnswerInOrderJson() throws IOException {
    Run een = batch("json", 1);
    Run vier = batch("json", 4);
    for (Run r : List.of(een, vier)) {
      assertThat(r.code()).isEqualTo(1);
      List<String> out = r.out().lines().toList();
      assertThat(out).hasSize(aantalRegels);
      List<Integer> fout = new ArrayList<>();
      for (int i = 0; i < out.size(); i++) {
        JsonNode n = MAPPER.readTree(out.get(i));
        assertThat(n.get("line").asInt()).isEqualTo(i + 1);
        if (n.has("error")) {
          fout.add(i + 1);
          JsonNode e = n.get("error");
          String tekst = (e.get("path").asText().isEmpty() ? "$" : e.get("path").asText()) + ": " + e.get("value").asText();
          assertThat(tekst).as("line %d", i + 1).contains(SLECHT.get(i + 1));
        } else {
          assertThat(n.get("adviezen").isArray()).isTrue();
        }
      }
      assertThat(fout).containsExactlyElementsOf(SLECHT.keySet());
      assertThat(r.err()).contains(aantalRegels + " records in ")
          .contains(": " + (aantalRegels - SLECHT.size()) + " advised, " + SLECHT.size() + " rejected");
    }
    assertThat(vier.out()).isEqualTo(een.out());
  }

  @Test
  void everyLineGetsOneAnswerInOrderText() {
    Run een = batch("text", 1);
    Run vier = batch("text", 4);
    for (Run r : List.of(een, vier)) {
      assertThat(r.code()).isEqualTo(1);
      List<String> out = r.out().lines().toList();
      assertThat(out).hasSize(aantalRegels);
      List<Integer> fout = new ArrayList<>();
      for (int i = 0; i < out.size(); i++) {
        String prefix = "line " + (i + 1) + ": ";
        assertThat(out.get(i)).startsWith(prefix);
        String rest = out.get(i).substring(prefix.length());
        if (!rest.matches("no advice(; .*)?") && !rest.matches("\\d+ advice: .*")) {
          fout.add(i + 1);
          assertThat(rest).as("line %d", i + 1).contains(SLECHT.get(i + 1)).contains(" (expected ");
        }
      }
      assertThat(fout).containsExactlyElementsOf(SLECHT.keySet());
      assertThat(r.err()).contains(aantalRegels + " records in ")
          .contains(": " + (aantalRegels - SLECHT.size()) + " advised, " + SLECHT.size() + " rejected");
    }
    assertThat(vier.out()).isEqualTo(een.out());
  }

  @Test
  void batchAdviceEqualsSingleFileAdvice() throws IOException {
    List<String> in = Files.readAllLines(caseload, StandardCharsets.UTF_8);
    List<String> out = batch("json", 4).out().lines().toList();
    for (int nr : new int[] {3, 4, 999, 1502, 2400, aantalRegels - 1}) {
      assertThat(SLECHT).doesNotContainKey(nr);
      Path p = dir.resolve("regel-" + nr + ".json");
      Files.writeString(p, in.get(nr - 1), StandardCharsets.UTF_8);
      Run single = run("advise", p.toString(), PEIL, "--format", "json");
      assertThat(single.code()).as(single.err()).isZero();
      assertThat(MAPPER.readTree(out.get(nr - 1)).get("adviezen"))
          .isEqualTo(MAPPER.readTree(single.out()).get("adviezen"));
    }
  }

  private static Run batch(String format, int threads) {
    return run("advise", caseload.toString(), PEIL, "--format", format, "--threads", Integer.toString(threads),
        "--no-progress", "--limit", "maxDocumentChars=20000");
  }
}
