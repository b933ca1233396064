package io.github.mantelzorg.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.rules.internal.Catalogus;
import io.github.mantelzorg.rules.internal.Kennisbank;
import io.github.mantelzorg.rules.internal.RegelInfo;
import io.github.mantelzorg.rules.internal.Teksten;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The meta-test of the rule base: every rule has a unique code, a source, texts in both languages and a test that
 * names its code; every row of the catalogue is a rule or is documented as merged or dropped.
 */
class RegelbasisTest {
  /** The 98 rows of the catalogue the project started from (shared/domain/rules.md). */
  static final List<String> CATALOGUS = List.of(
      "ZR-01", "ZR-02", "ZR-03", "ZR-04", "ZR-05", "ZR-06",
      "SO-01", "SO-02", "SO-03", "SO-04", "SO-05", "SO-06", "SO-07", "SO-08", "SO-09",
      "BL-01", "BL-02", "BL-03", "BL-04", "BL-05", "BL-06", "BL-07",
      "RZ-01", "RZ-02", "RZ-03", "RZ-04", "RZ-05",
      "NW-01", "NW-02", "NW-03", "NW-04", "NW-05", "NW-06", "NW-07", "NW-08", "NW-09",
      "WF-01", "WF-02", "WF-03", "WF-04", "WF-05", "WF-06",
      "PS-01", "PS-02", "PS-03", "PS-04", "PS-05", "PS-06", "PS-07", "PS-08", "PS-09", "PS-10", "PS-11", "PS-12",
      "PS-13", "PS-14", "PS-15", "PS-16", "PS-17", "PS-18", "PS-19", "PS-20", "PS-21", "PS-22", "PS-23", "PS-24",
      "VP-01", "VP-02", "VP-03", "VP-04", "VP-05", "VP-06", "VP-07", "VP-08", "VP-09", "VP-10", "VP-11",
      "ED-01", "ED-02", "ED-03", "ED-04", "ED-05", "ED-06", "LN-01", "LN-02",
      "ZM-01", "ZM-02", "ZM-03",
      "CB-01", "CB-02", "CB-03", "CB-04", "CB-05", "CB-06", "CB-07", "CB-08", "CB-09", "CB-10");

  private final Map<String, RegelInfo> regels = Kennisbank.get().regels();

  @Test
  void catalogueHasNinetyEightRows() {
    assertThat(CATALOGUS).hasSize(98).doesNotHaveDuplicates();
  }

  @Test
  void everyRuleHasAUniqueWellFormedCode() {
    List<String> codes = regels.values().stream().map(RegelInfo::code).collect(Collectors.toList());
    assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z]{2}-\\d{2}"), "code like XX-nn");
    regels.values().forEach(r -> assertThat(r.regelnaam()).as("rule name starts with its code").startsWith(r.code() + " "));
  }

  @Test
  void everyRuleHasASourceAndItsModelMatchesItsSeries() {
    for (RegelInfo r : regels.values()) {
      assertThat(r.bron()).as(r.code() + " @bron").isNotBlank().hasSizeGreaterThan(5);
    }
  }

  @Test
  void everyRuleHasTextsInBothLanguages() {
    for (Taal taal : Taal.values()) {
      Teksten t = new Teksten(taal);
      for (RegelInfo r : regels.values()) {
        String c = r.code();
        for (String veld : List.of("naam", "samenvatting", "toelichting", "conditie", "uitleg")) {
          assertThat(t.zoek(c + "." + veld)).as(taal + " text " + c + "." + veld).isPresent();
        }
        assertThat(t.tekst(c, "samenvatting")).as(taal + " summary of " + c + " under 140 characters").hasSizeLessThanOrEqualTo(140);
        assertThat(t.stappen(c)).as(taal + " steps of " + c).isNotEmpty();
      }
    }
  }

  @Test
  void everyRuleCodeIsNamedInATest() throws IOException {
    String tests;
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      tests = files.filter(p -> p.toString().endsWith("RegelsTest.java"))
          .map(p -> {
            try {
              return Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
              throw new IllegalStateException(e);
            }
          })
          .collect(Collectors.joining("\n"));
    }
    List<String> zonderTest = new ArrayList<>();
    for (RegelInfo r : regels.values()) {
      if (!tests.contains("\"" + r.code() + "\"")) {
        zonderTest.add(r.code());
      }
    }
    assertThat(zonderTest).as("rule codes that no *RegelsTest names").isEmpty();
  }

  @Test
  void everyCatalogueRowIsARuleOrDocumented() {
    Set<String> codes = new HashSet<>();
    regels.values().forEach(r -> codes.add(r.code()));
    Map<String, String> afwijkingen = Catalogus.afwijkingen();
    Set<String> ontbrekend = new TreeSet<>();
    for (String c : CATALOGUS) {
      if (!codes.contains(c) && !afwijkingen.containsKey(c)) {
        ontbrekend.add(c);
      }
    }
    assertThat(ontbrekend).as("catalogue rows neither implemented nor documented as merged/dropped").isEmpty();
    afwijkingen.keySet().forEach(c -> assertThat(afwijkingen.get(c)).as("reason for " + c).isNotBlank());
  }

  /**
   * Consequences name their own rule as a literal (cheaper than kcontext); a copied name would credit the advice to
   * another rule, so every rule's consequence must name exactly that rule.
   */
  @Test
  void everyConsequenceNamesItsOwnRule() throws IOException {
    java.util.regex.Pattern regel = java.util.regex.Pattern.compile(
        "rule \"([^\"]+)\"(.*?)\nend", java.util.regex.Pattern.DOTALL);
    java.util.regex.Pattern advies = java.util.regex.Pattern.compile("uitkomst\\.advies\\(\"([^\"]+)\"\\)");
    List<String> fout = new ArrayList<>();
    int gezien = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/io/github/mantelzorg/rules/drl"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".drl")).collect(Collectors.toList())) {
        java.util.regex.Matcher m = regel.matcher(Files.readString(p, StandardCharsets.UTF_8));
        while (m.find()) {
          gezien++;
          java.util.regex.Matcher a = advies.matcher(m.group(2));
          if (!a.find() || !a.group(1).equals(m.group(1)) || a.find()) {
            fout.add(m.group(1));
          }
        }
      }
    }
    assertThat(gezien).as("rules found in the DRL files").isEqualTo(regels.size());
    assertThat(fout).as("rules whose consequence does not call uitkomst.advies(\"<own name>\") exactly once").isEmpty();
  }

  @Test
  void replacedCodesExist() {
    Set<String> codes = new HashSet<>();
    regels.values().forEach(r -> codes.add(r.code()));
    regels.values().forEach(r -> assertThat(codes).as(r.code() + " @vervangt").containsAll(r.vervangt()));
  }

  @Test
  void ruleBaseVersionNamesTheNumberOfRules() {
    assertThat(Kennisbank.get().versie()).endsWith("(" + regels.size() + " rules)").doesNotContain("${");
  }
}
