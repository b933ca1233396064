package io.github.mantelzorg.examples.cli;

import static io.github.mantelzorg.examples.cli.MantelzorgCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mantelzorg.examples.cli.MantelzorgCliTest.Run;
import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Json;
import io.github.mantelzorg.model.Zorgnetwerk;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare OLD NEW} and {@code advise --feedback}: progress over time and feedback on advice, through the CLI.
 * The earlier state of S1 has a CSI of 5 in June; the later one (the golden file) a CSI of 8 in October.
 */
class VooruitgangCliTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PEIL = "--peildatum=2026-11-24";
  private static final Json JSON = Json.create();

  @TempDir
  static Path dir;

  static Path oud;
  static Path nieuw;
  static Path ander;

  @BeforeAll
  static void files() throws IOException {
    String s1;
    try (InputStream in = VooruitgangCliTest.class.getResourceAsStream("/scenarios/s1-zoon-vader-dementie.json")) {
      s1 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    nieuw = dir.resolve("s1-nieuw.json");
    Files.writeString(nieuw, s1);
    Zorgnetwerk n = JSON.readZorgnetwerk(s1);
    Zorgnetwerk eerder = n.withMantelzorgers(n.mantelzorgers().get(0)
        .withBelasting(Belastingmeting.csi(5, LocalDate.of(2026, 6, 1))));
    oud = dir.resolve("s1-oud.json");
    Files.writeString(oud, JSON.write(eerder));
    ander = dir.resolve("ander.json");
    Files.writeString(ander, JSON.write(n.withId("ZN-ANDER")));
  }

  @Test
  void compareShowsTheMeasuredChangeAndTheAdviceResolvedNewAndPersisting() {
    Run r = run("compare", oud.toString(), nieuw.toString(), PEIL);
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("=== Vergelijking s1-oud.json → s1-nieuw.json ===")
        .contains("Gemeten veranderingen").contains("Peter de Vries: belasting gestegen, CSI 5 (2026-06-01)")
        .contains("Nieuw (").contains("[KRITIEK] BL-01 CSI overbelasting · Peter de Vries")
        .contains("Blijvend (").contains("Opgelost (");
  }

  @Test
  void compareAsJsonHasTheThreeListsOfCards() throws IOException {
    Run r = run("compare", oud.toString(), nieuw.toString(), PEIL, "--format", "json", "--language", "EN");
    assertThat(r.code()).isZero();
    JsonNode v = MAPPER.readTree(r.out());
    assertThat(v.get("opgelost").isArray()).isTrue();
    assertThat(v.get("blijvend").isArray()).isTrue();
    assertThat(v.get("nieuw").findValuesAsText("code")).contains("BL-01", "CB-01");
    assertThat(v.get("nieuw").get(0).get("id").asText()).matches("[0-9a-f]{8}-[0-9a-f]{8}");
  }

  @Test
  void theSameStateTwiceChangesNothing() {
    Run r = run("compare", nieuw.toString(), nieuw.toString(), PEIL, "--format", "markdown", "--language", "EN");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("# Comparison s1-nieuw.json → s1-nieuw.json").contains("Nothing changed.")
        .doesNotContain("## New").doesNotContain("## Resolved");
  }

  @Test
  void twoDifferentRecordsAreNotCompared() {
    Run r = run("compare", oud.toString(), ander.toString(), PEIL);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("mantelzorg: s1-oud.json and ander.json are not two states of the same record")
        .doesNotContain("\tat ");
  }

  @Test
  void theEarlierStateMayNotBeEvaluatedAfterTheLaterOne() {
    Run r = run("compare", oud.toString(), nieuw.toString(), PEIL, "--old-peildatum=2026-12-01");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--old-peildatum 2026-12-01 is after the evaluation date of NEW");
  }

  @Test
  void aBadFileIsNamedWithItsPath() throws IOException {
    Path slecht = dir.resolve("slecht.json");
    Files.writeString(slecht, Files.readString(nieuw).replace("\"waarde\": 8", "\"waarde\": 14"));
    Run r = run("compare", oud.toString(), slecht.toString(), PEIL);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("slecht.json: mantelzorgers[0].belasting[0].waarde: 14");
  }

  @Test
  void feedbackLeavesOutADismissedCardMarksATakenUpOneAndCountsWhatItLeftOut() throws IOException {
    JsonNode rapport = MAPPER.readTree(run("advise", nieuw.toString(), PEIL, "--format", "json").out());
    String bl05 = id(rapport, "BL-05");
    String so01 = id(rapport, "SO-01");
    Path fb = dir.resolve("feedback.json");
    Files.writeString(fb, "[{\"id\":\"" + bl05 + "\",\"status\":\"AFGEWEZEN\",\"reden\":\"AL_BESPROKEN\","
        + "\"datum\":\"2026-11-20\",\"door\":\"Els\"},{\"id\":\"" + so01 + "\",\"status\":\"OPGEPAKT\","
        + "\"datum\":\"2026-11-21\"}]");

    Run tekst = run("advise", nieuw.toString(), PEIL, "--feedback", fb.toString());
    assertThat(tekst.code()).isZero();
    assertThat(tekst.out()).contains("(1 afgewezen, weggelaten)").contains("Opgepakt: 2026-11-21")
        .contains("Afgewezen (weggelaten zolang de feiten niet veranderen)")
        .contains("BL-05 Meting verouderd · Peter de Vries: 2026-11-20, al besproken, door Els (id " + bl05 + ")")
        .doesNotContain("[LAAG] BL-05");

    JsonNode met = MAPPER.readTree(run("advise", nieuw.toString(), PEIL, "--format", "json", "--feedback",
        fb.toString()).out());
    assertThat(met.get("adviezen").findValuesAsText("code")).doesNotContain("BL-05").contains("SO-01");
    assertThat(met.get("afgewezen").get(0).get("id").asText()).isEqualTo(bl05);

    // Feedback dated after the evaluation date does not count yet.
    Run eerder = run("advise", nieuw.toString(), "--peildatum=2026-11-19", "--feedback", fb.toString());
    assertThat(eerder.out()).contains("[LAAG] BL-05").doesNotContain("afgewezen, weggelaten");
  }

  @Test
  void feedbackAppliesToEveryRecordOfABatch() throws IOException {
    JsonNode rapport = MAPPER.readTree(run("advise", nieuw.toString(), PEIL, "--format", "json").out());
    Path fb = dir.resolve("feedback-batch.json");
    Files.writeString(fb, "[{\"id\":\"" + id(rapport, "BL-05") + "\",\"status\":\"AFGEWEZEN\","
        + "\"reden\":\"PAST_NIET\",\"datum\":\"2026-11-20\"}]");
    Path lines = dir.resolve("twee.jsonl");
    String regel = JSON.writeLine(JSON.readZorgnetwerk(Files.readString(nieuw)));
    Files.writeString(lines, regel + "\n" + regel + "\n");
    Run r = run("advise", lines.toString(), PEIL, "--format", "json", "--no-progress", "--feedback", fb.toString());
    assertThat(r.code()).isZero();
    for (String l : r.out().split("\n")) {
      assertThat(MAPPER.readTree(l).get("afgewezen")).hasSize(1);
    }
  }

  @Test
  void aBadFeedbackFileIsReportedBeforeAnyAdviceWithEveryProblem() throws IOException {
    Path fb = dir.resolve("slecht-feedback.json");
    Files.writeString(fb, "[{\"id\":\"x\",\"status\":\"KLAAR\",\"datum\":\"2026-11-20\"}]");
    Run r = run("advise", nieuw.toString(), PEIL, "--feedback", fb.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("slecht-feedback.json: [0].id: \"x\" (expected a card id")
        .contains("slecht-feedback.json: [0].status: \"KLAAR\"").doesNotContain("\tat ");
    Run weg = run("advise", nieuw.toString(), PEIL, "--feedback", dir.resolve("nergens.json").toString());
    assertThat(weg.code()).isEqualTo(1);
    assertThat(weg.err()).isEqualTo("mantelzorg: cannot read --feedback nergens.json: no such file\n");
  }

  /** The commands of examples/README.md on the files in examples/docs give the output the README shows. */
  @Test
  void theDocumentedExamplesRun() {
    String scenario = "src/main/resources/scenarios/s1-zoon-vader-dementie.json";
    Run c = run("compare", "docs/s1-juni.json", scenario, PEIL, "--language", "EN");
    assertThat(c.code()).isZero();
    assertThat(c.out()).contains("2 resolved, 3 new, 8 persisting")
        .contains("Peter de Vries: burden up, CSI 5 (2026-06-01) → CSI 8 (2026-10-02)");
    Run f = run("advise", scenario, PEIL, "--language", "EN", "--feedback", "docs/feedback-s1.json");
    assertThat(f.code()).isZero();
    assertThat(f.out()).contains("(1 dismissed, left out)")
        .contains("Taken up: 2026-11-21, by Els (mantelzorgconsulent)\n    Id: 0c43b3a1-7b712929")
        .contains("BL-05 Measurement out of date · Peter de Vries: 2026-11-20, already discussed: 'Peter vult de CSI "
            + "volgende week opnieuw in.', by Els (mantelzorgconsulent) (id c2843eb1-f9531112)");
  }

  // --- What a hostile user found (each failed before its fix) ----------------------------------------------------

  @Test
  void anOutputThatIsTheFeedbackFileIsRefusedAndTheFeedbackKept() throws IOException {
    Path fb = dir.resolve("fb-kopie.json");
    Files.copy(Path.of("docs/feedback-s1.json"), fb, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    String voor = Files.readString(fb);
    Run r = run("advise", nieuw.toString(), PEIL, "--feedback", fb.toString(), "--output", fb.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is the --feedback file");
    assertThat(Files.readString(fb)).isEqualTo(voor);
  }

  @Test
  void aFeedbackFileThatNeverEndsIsReadNoFurtherThanTheLimit() {
    Run r = run("advise", nieuw.toString(), PEIL, "--feedback", "/dev/zero", "--limit", "maxDocumentChars=1000");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("--feedback zero: $: more than 1000 characters").doesNotContain("memory");
  }

  @Test
  void aCommentWithControlCharactersIsRejectedLikeAName() throws IOException {
    Path fb = dir.resolve("fb-esc.json");
    Files.writeString(fb, "[{\"id\":\"c2843eb1-f9531112\",\"status\":\"AFGEWEZEN\",\"reden\":\"ANDERS\","
        + "\"datum\":\"2026-11-20\",\"toelichting\":\"rood \\u001b[31m\"}]");
    Run r = run("advise", nieuw.toString(), PEIL, "--feedback", fb.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("[0].toelichting");
  }

  @Test
  void compareRefusesTwoCasesWithNothingInCommonAndTheFormatsItCannotWrite() {
    String s5 = "src/main/resources/scenarios/s5-lerende-praktijk-twee-organisaties.json";
    Run r = run("compare", nieuw.toString(), s5, PEIL);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("not two states of the same record").contains("share no network or partnership");
    assertThat(run("compare", oud.toString(), nieuw.toString(), PEIL, "--format", "jsonl-compact").code())
        .isEqualTo(2);
  }

  @Test
  void compareInTextNamesWhatEachStateLeftOut() {
    Run r = run("compare", nieuw.toString(), nieuw.toString(), "--old-peildatum", "2026-06-01", PEIL, "--language",
        "EN");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Warnings, old state (2026-06-01)").doesNotContain("Warnings, new state");
  }

  @Test
  void whyNotIsForOneJsonFileAndNotCompact() throws IOException {
    Path jsonl = dir.resolve("twee.jsonl");
    String regel = MAPPER.readTree(Files.readString(nieuw)).toString();
    Files.writeString(jsonl, regel + "\n" + regel + "\n");
    assertThat(run("advise", jsonl.toString(), PEIL, "--why-not", "BL-01").code()).isEqualTo(2);
    Run lang = run("advise", nieuw.toString(), PEIL, "--why-not", "X".repeat(100_000));
    assertThat(lang.code()).isEqualTo(2);
    assertThat(lang.err().lines().findFirst().orElseThrow()).contains("... (100019 characters)")
        .hasSizeLessThan(300);
    assertThat(run("advise", nieuw.toString(), PEIL, "--why-not", "BL-01", "--format", "jsonl-compact").code())
        .isEqualTo(2);
  }

  @Test
  void aBatchLineWithBytesThatAreNotUtf8IsThatLinesErrorAndTheOthersAreAdvised() throws IOException {
    Path jsonl = dir.resolve("utf8.jsonl");
    String regel = MAPPER.readTree(Files.readString(nieuw)).toString();
    byte[] goed = regel.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] slecht = regel.replace("Peter de Vries", "Peter de Vries \u0001").getBytes(
        java.nio.charset.StandardCharsets.UTF_8);
    // Replace the control character's byte with a byte that is never UTF-8 on its own.
    for (int i = 0; i < slecht.length; i++) {
      if (slecht[i] == 1) {
        slecht[i] = (byte) 0xFF;
      }
    }
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.write(goed);
    b.write('\n');
    b.write(slecht);
    b.write('\n');
    b.write(goed);
    b.write('\n');
    Files.write(jsonl, b.toByteArray());
    for (String format : new String[] {"text", "json", "jsonl-compact"}) {
      Run r = run("advise", jsonl.toString(), PEIL, "--no-progress", "--format", format);
      assertThat(r.code()).as(format).isEqualTo(1);
      java.util.List<String> lines = r.out().lines().toList();
      assertThat(lines).as(format).hasSize(3);
      assertThat(lines.get(1)).as(format).contains("bytes that are not UTF-8").doesNotContain("\uFFFD");
      assertThat(lines.get(0)).as(format).doesNotContain("UTF-8");
      assertThat(r.err()).as(format).contains("3 records").contains("1 rejected");
    }
  }

  @Test
  void feedbackInABatchIsCountedOnEveryLineAndInTheSummary() throws IOException {
    Path jsonl = dir.resolve("fb.jsonl");
    String regel = MAPPER.readTree(Files.readString(nieuw)).toString();
    Files.writeString(jsonl, regel + "\n");
    Run r = run("advise", jsonl.toString(), PEIL, "--no-progress", "--feedback", "docs/feedback-s1.json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("; 1 dismissed, left out");
    assertThat(r.err()).contains("dismissed with feedback, left out: 1 cards");
  }

  @Test
  void theHtmlPageShowsTheFeedback() {
    Run r = run("advise", "src/main/resources/scenarios/s1-zoon-vader-dementie.json", PEIL, "--format", "html",
        "--feedback", "docs/feedback-s1.json", "--language", "EN");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Dismissed, left out (1)").contains("c2843eb1-f9531112")
        .contains("Taken up:</span> 2026-11-21, by Els (mantelzorgconsulent)").contains("1 dismissed, left out");
  }

  private static String id(JsonNode rapport, String code) {
    for (JsonNode a : rapport.get("adviezen")) {
      if (a.get("code").asText().equals(code)) {
        return a.get("id").asText();
      }
    }
    throw new AssertionError("no " + code);
  }
}
