package io.github.mantelzorg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.testing.Scenarios;
import io.github.mantelzorg.rules.Adviesrapport;
import io.github.mantelzorg.rules.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Smoke test: every scenario program runs in-process and prints what a care worker needs. */
class VoorbeeldenTest {
  private static final Map<Voorbeeld, Consumer<String[]>> PROGRAMS = Map.of(
      Voorbeeld.S1, S1ZoonVaderDementie::main,
      Voorbeeld.S2, S2MoederDochterVerstandelijkeBeperking::main,
      Voorbeeld.S3, S3PartnerNah::main,
      Voorbeeld.S5, S5LerendePraktijk::main,
      Voorbeeld.S6, S6VrijwilligersNietGeinformeerd::main,
      Voorbeeld.S8, S8SteunpuntZonderPositie::main,
      Voorbeeld.S9, S9ErvaringsdeskundigeAlleenManagement::main);

  static String stdout(Runnable r) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @EnumSource(Voorbeeld.class)
  void everyProgramPrintsItsHeaderAndOneBlockPerAdvice(Voorbeeld v) {
    String out = stdout(() -> PROGRAMS.get(v).accept(new String[0]));
    assertThat(out).startsWith("=== " + v.titel(Language.NL) + " ===\n");
    Adviesrapport r = v.advies(Language.NL);
    int v2 = r.openVragen().size();
    assertThat(out).contains(r.adviezen().size() + (r.adviezen().size() == 1 ? " advies" : " adviezen") + " en " + v2
        + (v2 == 1 ? " open vraag" : " open vragen") + " op 2026-11-24");
    // One block per advice, each with its explanation, steps and source.
    assertThat(count(out, "    Waarom: ")).isEqualTo(r.adviezen().size());
    assertThat(count(out, "    Stappen:\n")).isEqualTo(r.adviezen().size());
    assertThat(count(out, "    Bron: ")).isEqualTo(r.adviezen().size());
    if (r.adviezen().isEmpty()) {
      assertThat(out).contains("Geen advies.");
    }
  }

  @Test
  void s1ShowsTheCsiAdviceForPeterByName() {
    String out = stdout(() -> S1ZoonVaderDementie.main(new String[0]));
    assertThat(out).contains("Peter de Vries (mantelzorger)")
        .contains("[KRITIEK] BL-01")
        .contains("CSI 8")
        .contains("      1. ");
    // Most urgent first: the first advice block is KRITIEK.
    assertThat(out.substring(out.indexOf("  ["))).startsWith("  [KRITIEK]");
  }

  @Test
  void englishWithTaalOrLang() {
    String taal = stdout(() -> S1ZoonVaderDementie.main(new String[] {"--taal", "EN"}));
    String lang = stdout(() -> S1ZoonVaderDementie.main(new String[] {"--lang", "en"}));
    assertThat(taal).isEqualTo(lang)
        .startsWith("=== S1 · Son caring for his father with dementia ===")
        .contains("Peter de Vries (carer)").contains("[CRITICAL] BL-01").contains("CSI 8")
        .contains("    Why: ").contains("    Steps:").contains("    Source: ");
  }

  @Test
  void launcherRunsAllSevenInOrder() {
    String out = stdout(() -> Voorbeelden.main(new String[0]));
    int vorige = -1;
    for (Voorbeeld v : Voorbeeld.values()) {
      int i = out.indexOf("=== " + v.titel(Language.NL) + " ===");
      assertThat(i).as(v.name()).isGreaterThan(vorige);
      vorige = i;
    }
    assertThat(count(out, "=== S")).isEqualTo(7);
  }

  @Test
  void groupsAreOrderedByTheirMostUrgentAdvice() {
    for (Voorbeeld v : Voorbeeld.values()) {
      String out = v.tekst(Language.NL);
      int last = -1;
      for (String line : out.split("\n")) {
        if (line.startsWith("  [")) {
          int p = io.github.mantelzorg.rules.Prioriteit.valueOf(line.substring(3, line.indexOf(']'))).ordinal();
          // Within a group priorities never go up; a new group may start lower than the previous group's first.
          assertThat(p).as(v + ": " + line).isGreaterThanOrEqualTo(last);
          last = p;
        } else if (line.startsWith("---")) {
          last = -1;
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Voorbeeld.class)
  void scenarioCopiesAreByteIdenticalToTheGoldenFiles(Voorbeeld v) throws IOException {
    assertThat(new String(bytes(v.resource()), StandardCharsets.UTF_8)).isEqualTo(Scenarios.json(v.bestand()));
  }

  private static byte[] bytes(String resource) throws IOException {
    try (InputStream in = VoorbeeldenTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return in.readAllBytes();
    }
  }

  static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}
