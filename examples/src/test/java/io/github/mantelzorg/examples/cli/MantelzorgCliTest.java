package io.github.mantelzorg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Json;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.testing.Scenarios;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command-line tool, run in-process with captured output. */
class MantelzorgCliTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PEIL = "--peildatum=2026-11-24";

  @TempDir
  static Path dir;

  static Path s1;
  static Path s5;
  static Path batch;

  /** Output and exit code of one run. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = MantelzorgCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void files() throws IOException {
    s1 = copy("s1-zoon-vader-dementie.json");
    s5 = copy("s5-lerende-praktijk-twee-organisaties.json");
    Json json = Json.create();
    String s1Line = json.writeLine(json.readCasus(Files.readString(s1)));
    String s5Line = json.writeLine(json.readCasus(Files.readString(s5)));
    // Line 3 is a bare network (not a Casus) with a CSI of 14 (beyond 13), line 4 is blank, line 5 is not JSON.
    String bad = json.writeLine(json.readCasus(Files.readString(s1)).zorgnetwerken().get(0))
        .replace("\"waarde\":8", "\"waarde\":14");
    List<String> lines = List.of(s1Line, s5Line, bad, "", "{not json", s1Line);
    batch = dir.resolve("batch.jsonl");
    Files.writeString(batch, String.join("\n", lines) + "\n");
  }

  private static Path copy(String name) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, Scenarios.json(name), StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void warningsNameThePathAsTheDocumentGivesIt() throws IOException {
    Json json = Json.create();
    Zorgnetwerk n = json.readCasus(Files.readString(s1)).zorgnetwerken().get(0);
    Zorgnetwerk later = n.withMantelzorgers(n.mantelzorgers().get(0).withBelasting(
        Belastingmeting.csi(2, java.time.LocalDate.of(2062, 1, 1))));
    Path kaal = dir.resolve("kaal-toekomst.json");
    Files.writeString(kaal, json.write(later));
    Path casus = dir.resolve("casus-toekomst.json");
    Files.writeString(casus, json.write(Casus.of(later)));

    Run r = run("advise", kaal.toString(), PEIL, "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(MAPPER.readTree(r.out()).get("waarschuwingen").get(0).get("pad").asText())
        .isEqualTo("mantelzorgers[0].belasting[0].datum");
    Run c = run("advise", casus.toString(), PEIL, "--format", "json");
    assertThat(MAPPER.readTree(c.out()).get("waarschuwingen").get(0).get("pad").asText())
        .isEqualTo("zorgnetwerken[0].mantelzorgers[0].belasting[0].datum");

    Path lines = dir.resolve("toekomst.jsonl");
    Files.writeString(lines, json.writeLine(later) + "\n" + json.writeLine(Casus.of(later)) + "\n");
    Run b = run("advise", lines.toString(), PEIL, "--format", "json", "--no-progress");
    String[] uit = b.out().split("\n");
    assertThat(MAPPER.readTree(uit[0]).get("waarschuwingen").get(0).get("pad").asText())
        .isEqualTo("mantelzorgers[0].belasting[0].datum");
    assertThat(MAPPER.readTree(uit[1]).get("waarschuwingen").get(0).get("pad").asText())
        .isEqualTo("zorgnetwerken[0].mantelzorgers[0].belasting[0].datum");
  }

  @Test
  void htmlIsOneSelfContainedPageWithTheEcomapForOneFileOnly() throws IOException {
    Path uit = dir.resolve("s1.html");
    Run r = run("advise", s1.toString(), PEIL, "--format", "html", "--language", "EN", "--output", uit.toString());
    assertThat(r.code()).isZero();
    String html = Files.readString(uit);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("Peter de Vries").contains("BL-01")
        .doesNotContain("<script").doesNotContain("src=\"http");

    Run batchHtml = run("advise", batch.toString(), PEIL, "--format", "html");
    assertThat(batchHtml.code()).isEqualTo(2);
    assertThat(batchHtml.err()).contains("--format html").contains("JSON Lines");
    Run whyNotHtml = run("advise", s1.toString(), PEIL, "--format", "html", "--why-not", "BL-01");
    assertThat(whyNotHtml.code()).isEqualTo(2);
    assertThat(whyNotHtml.err()).contains("--why-not takes text, json or markdown");
  }

  @Test
  void aRecordWhoseReportWouldBeTooLargeIsThatRecordsErrorOnly() throws IOException {
    Json json = Json.create();
    Path s6 = copy("s6-vrijwilligers-niet-geinformeerd.json");
    Path lines = dir.resolve("groot-en-klein.jsonl");
    Files.writeString(lines, json.writeLine(json.readCasus(Files.readString(s1))) + "\n"
        + json.writeLine(json.readCasus(Files.readString(s6))) + "\n" + json.writeLine(json.readCasus(Files.readString(s1)))
        + "\n");
    Run b = run("advise", lines.toString(), PEIL, "--no-progress", "--limit", "maxReportChars=30000");
    assertThat(b.code()).isEqualTo(1);
    String[] uit = b.out().split("\n");
    assertThat(uit).hasSize(3);
    assertThat(uit[0]).startsWith("line 1: 11 advice");
    assertThat(uit[1]).isEqualTo("line 2: $: a record whose report would hold more than 30000 characters (expected a "
        + "record whose advice fits in one report: split it, or raise --limit maxReportChars)");
    assertThat(uit[2]).startsWith("line 3: 11 advice");
    assertThat(b.err()).contains("3 records").contains("2 advised, 1 rejected");

    Run single = run("advise", s6.toString(), PEIL, "--limit", "maxReportChars=30000");
    assertThat(single.code()).isEqualTo(1);
    assertThat(single.out()).isEmpty();
    assertThat(single.err()).startsWith("s6-vrijwilligers-niet-geinformeerd.json: $: a record whose report would hold "
        + "more than 30000 characters").doesNotContain("\tat ");
    assertThat(run("advise", s6.toString(), PEIL, "--limit", "maxReportChars=0").code()).isEqualTo(2);
  }

  @Test
  void singleFileText() {
    Run r = run("advise", s1.toString(), PEIL);
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("=== s1-zoon-vader-dementie.json ===")
        .contains("Peter de Vries (mantelzorger)").contains("[KRITIEK] BL-01").contains("CSI 8");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void singleFileJsonAndEnglish() throws IOException {
    Run r = run("advise", s1.toString(), PEIL, "--format", "json", "--language", "EN");
    assertThat(r.code()).isZero();
    JsonNode n = MAPPER.readTree(r.out());
    assertThat(n.get("peildatum").asText()).isEqualTo("2026-11-24");
    assertThat(n.get("language").asText()).isEqualTo("EN");
    JsonNode bl01 = first(n.get("adviezen"), "BL-01");
    assertThat(bl01.get("prioriteit").asText()).isEqualTo("KRITIEK");
    assertThat(bl01.get("betreft").get(0).asText()).isEqualTo("mz-peter");
    assertThat(bl01.get("uitleg").asText()).contains("CSI 8");
    assertThat(bl01.get("stappen").size()).isPositive();
  }

  @Test
  void singleFileMarkdown() {
    Run r = run("advise", s1.toString(), PEIL, "--format=markdown", "--lang", "en");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("# s1-zoon-vader-dementie.json\n")
        .contains("## Peter de Vries (carer)").contains("### CRITICAL · BL-01").contains("- **Why**: ")
        .contains("- **Steps**:\n  1. ").contains("- **Source**: ");
  }

  @Test
  void disableSwitchesARuleOff() {
    Run r = run("advise", s1.toString(), PEIL, "--disable", "BL-01", "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).doesNotContain("\"BL-01\"");
  }

  @Test
  void unknownRuleCodeIsAUsageError() {
    Run r = run("advise", s1.toString(), "--disable", "XX-99");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("XX-99").doesNotContain("\tat ");
  }

  @Test
  void invalidSingleFileNamesPathAndExitsOne() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Files.readString(s1).replace("\"waarde\": 8", "\"waarde\": 14"));
    Run r = run("advise", bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("bad.json: mantelzorgers[0].belasting[0].waarde: 14").doesNotContain("\tat ");
  }

  @Test
  void missingFileIsOneLineNoStackTrace() {
    Run r = run("advise", dir.resolve("nope.json").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no such file").doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void jsonLinesWithBadLinesAnswersEveryLineInOrder() throws IOException {
    Run r = run("advise", batch.toString(), PEIL, "--format", "json", "--no-progress");
    assertThat(r.code()).isEqualTo(1);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(6);
    for (int i = 0; i < 6; i++) {
      assertThat(MAPPER.readTree(lines.get(i)).get("line").asInt()).isEqualTo(i + 1);
    }
    JsonNode l1 = MAPPER.readTree(lines.get(0));
    assertThat(first(l1.get("adviezen"), "BL-01").get("uitleg").asText()).contains("CSI 8");
    assertThat(MAPPER.readTree(lines.get(1)).has("adviezen")).isTrue();
    JsonNode e3 = MAPPER.readTree(lines.get(2)).get("error");
    assertThat(e3.get("path").asText()).isEqualTo("mantelzorgers[0].belasting[0].waarde");
    assertThat(e3.get("value").asText()).isEqualTo("14");
    assertThat(e3.get("expected").asText()).isNotBlank();
    assertThat(MAPPER.readTree(lines.get(3)).has("error")).isTrue();
    assertThat(MAPPER.readTree(lines.get(4)).has("error")).isTrue();
    assertThat(lines.get(5)).isEqualTo(lines.get(0).replace("{\"line\":1,", "{\"line\":6,"));
    assertThat(r.err()).contains("6 records").contains("3 rejected").contains("BL-01 2")
        .contains("advice per priority: KRITIEK ").contains("records/s");
    int vragen = 0;
    for (String l : lines) {
      JsonNode v = MAPPER.readTree(l).get("openVragen");
      vragen += v == null ? 0 : v.size();
    }
    assertThat(vragen).isPositive();
    assertThat(r.err()).contains("open questions: " + vragen + " in total");
  }

  @Test
  void jsonLinesText() {
    Run r = run("advise", batch.toString(), PEIL, "--no-progress");
    assertThat(r.code()).isEqualTo(1);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).startsWith("line 1: ").contains("BL-01 KRITIEK mz-peter");
    assertThat(lines.get(2)).startsWith("line 3: mantelzorgers[0].belasting[0].waarde: 14 (expected ");
    assertThat(lines.get(3)).startsWith("line 4: $: an empty line (expected ");
    assertThat(lines.get(4)).startsWith("line 5: ");
    assertThat(lines.get(5)).startsWith("line 6: ");
  }

  @Test
  void jsonLinesMarkdown() {
    Run r = run("advise", batch.toString(), PEIL, "--no-progress", "--format", "markdown");
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(6).allMatch(l -> l.startsWith("- line "));
    assertThat(lines.get(0)).contains("**BL-01**");
    // Problems quote the input, so Markdown gets them escaped: brackets stay text.
    assertThat(lines.get(2)).contains("**rejected**").contains("mantelzorgers\\[0\\].belasting\\[0\\].waarde");
  }

  @Test
  void jsonlFlagReadsAnyFileNameAsLines() throws IOException {
    Path p = dir.resolve("batch.txt");
    Files.copy(batch, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Run r = run("advise", p.toString(), PEIL, "--jsonl", "--no-progress");
    assertThat(r.out().lines().count()).isEqualTo(6);
  }

  @Test
  void stdinWithDash() {
    CommandLine cl = MantelzorgCli.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    AdviseCommand advise = cl.getSubcommands().get("advise").getCommand();
    advise.stdin = new java.io.ByteArrayInputStream("\n{}\n".getBytes(StandardCharsets.UTF_8));
    int code = cl.execute("advise", "-", "--jsonl", "--no-progress");
    assertThat(code).isEqualTo(1);
    assertThat(out.toString().lines().toList()).hasSize(2).first().asString().startsWith("line 1: ");
  }

  @Test
  void threadsOneAndFourGiveIdenticalOutput() throws IOException {
    Path big = dir.resolve("gen.jsonl");
    assertThat(run("generate", "300", "--seed", "7", "--output", big.toString()).code()).isZero();
    List<String> lines = new ArrayList<>(Files.readAllLines(big));
    lines.add(150, "[]");
    Files.write(big, lines);
    Run one = run("advise", big.toString(), PEIL, "--format", "json", "--threads", "1", "--no-progress");
    Run four = run("advise", big.toString(), PEIL, "--format", "json", "--threads", "4", "--no-progress");
    assertThat(one.code()).isEqualTo(1);
    assertThat(four.code()).isEqualTo(1);
    assertThat(four.out()).isEqualTo(one.out());
    assertThat(one.out().lines().count()).isEqualTo(301);
  }

  @Test
  void outputOption() throws IOException {
    Path o = dir.resolve("out.jsonl");
    Run r = run("advise", batch.toString(), PEIL, "--format", "json", "--no-progress", "--output", o.toString());
    assertThat(r.out()).isEmpty();
    assertThat(Files.readAllLines(o)).hasSize(6);
  }

  @Test
  void generateIsReproducibleAndValid() {
    Run a = run("generate", "200", "--seed", "42");
    Run b = run("generate", "200", "--seed", "42");
    Run c = run("generate", "200", "--seed", "43");
    assertThat(a.code()).isZero();
    assertThat(a.out()).isEqualTo(b.out()).isNotEqualTo(c.out());
    List<String> lines = a.out().lines().toList();
    assertThat(lines).hasSize(200);
    Json json = Json.create();
    int metVerband = 0;
    for (String line : lines) {
      Casus casus = json.readCasus(line);
      assertThat(casus.zorgnetwerken()).hasSize(1);
      if (casus.samenwerkingsverband().isPresent()) {
        metVerband++;
      }
      // Canonical: reading and writing back gives the same line.
      assertThat(json.writeLine(casus)).isEqualTo(line);
    }
    assertThat(metVerband).isBetween(20, 180);
  }

  @Test
  void generatedRecordsAllAdviseWithoutRejection() {
    Path p = dir.resolve("valid.jsonl");
    run("generate", "500", "--seed", "3", "-o", p.toString());
    Run r = run("advise", p.toString(), PEIL, "--no-progress");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("500 records").contains("0 rejected");
  }

  @Test
  void helpText() {
    Run top = run("--help");
    assertThat(top.code()).isZero();
    assertThat(top.out()).contains("Usage: mantelzorg").contains("advise").contains("generate").contains("rules")
        .contains("examples");
    Run advise = run("advise", "--help");
    assertThat(advise.code()).isZero();
    assertThat(advise.out()).contains("Usage: mantelzorg advise").contains("--format").contains("--language")
        .contains("--peildatum").contains("--disable").contains("--why-not").contains("--threads").contains("--output").contains("--debug")
        .contains("--no-progress").contains("--jsonl");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("advise").code()).isEqualTo(2);
    assertThat(run("advise", s1.toString(), "--format", "xml").code()).isEqualTo(2);
    assertThat(run("advise", s1.toString(), "--peildatum", "24-11-2026").code()).isEqualTo(2);
    assertThat(run("advise", s1.toString(), "--threads", "0").code()).isEqualTo(2);
    assertThat(run("bogus").code()).isEqualTo(2);
    assertThat(run().code()).isEqualTo(2);
    Run r = run("advise", "--frobnicate", s1.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--frobnicate").contains("Usage:").doesNotContain("\tat ");
  }

  @Test
  void whyNotExplainsARuleOnANetworkPerCondition() {
    Run r = run("advise", s1.toString(), PEIL, "--why-not", "NW-06");
    assertThat(r.code()).isZero();
    // S1 does not say whether Jan's own network is weak: the rule did not fire, and why-not says which condition.
    assertThat(r.out()).contains("NW-06").contains("Jan de Vries").contains("niet gevuurd").contains("[onbekend]");
  }

  @Test
  void whyNotInJsonOnAPartnershipNamesEachConditionsTruth() throws IOException {
    Run r = run("advise", s5.toString(), PEIL, "--why-not", "PS-26", "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode n = MAPPER.readTree(r.out());
    assertThat(n.get("code").asText()).isEqualTo("PS-26");
    JsonNode o = n.get("onderwerpen").get(0);
    assertThat(o.get("fired").asBoolean()).isTrue();
    assertThat(o.get("voorwaarden")).allSatisfy(c -> assertThat(c.get("truth").asText()).isEqualTo("HOLDS"));
  }

  @Test
  void whyNotOfAnUnknownCodeIsAUsageError() {
    Run r = run("advise", s1.toString(), PEIL, "--why-not", "XX-99");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("XX-99").doesNotContain("\tat ");
  }

  @Test
  void openQuestionsFollowTheAdviceInEveryFormat() throws IOException {
    Run tekst = run("advise", s1.toString(), PEIL);
    assertThat(tekst.out()).contains("Open vragen (geen advies").contains("Vindt Jan de Vries het moeilijk om hulp te vragen?");
    Run md = run("advise", s1.toString(), PEIL, "--format", "markdown", "--language", "EN");
    assertThat(md.out()).contains("## Open questions").contains("- Does Jan de Vries find it hard to ask for help?");
    JsonNode n = MAPPER.readTree(run("advise", s1.toString(), PEIL, "--format", "json").out());
    assertThat(n.get("openVragen")).isNotEmpty();
    assertThat(n.get("waarschuwingen")).isEmpty();
  }

  @Test
  void rulesListsTheCatalogue() {
    Run r = run("rules");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("rule base ").contains("BL-01").contains("KRITIEK");
  }

  @Test
  void examplesRunsTheLauncher() {
    Run r = run("examples", "--language", "EN");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("=== S1 · Son caring for his father with dementia ===").contains("=== S9 · ");
  }

  private static JsonNode first(JsonNode adviezen, String code) {
    for (JsonNode a : adviezen) {
      if (a.get("code").asText().equals(code)) {
        return a;
      }
    }
    throw new AssertionError(code + " not in " + adviezen);
  }
}
