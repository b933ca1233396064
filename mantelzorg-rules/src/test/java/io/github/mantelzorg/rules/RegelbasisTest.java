package io.github.mantelzorg.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.rules.internal.Bronnen;
import io.github.mantelzorg.rules.internal.Catalogus;
import io.github.mantelzorg.rules.internal.Kennisbank;
import io.github.mantelzorg.rules.internal.RegelInfo;
import io.github.mantelzorg.rules.internal.Teksten;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The meta-test of the rule base: every decision rule has a unique code, followable sources, texts in both languages
 * and tests that name it (fires and does not fire); its whole condition is in its DRL, as a join of the named
 * conditions its {@code @voorwaarden} lists, with no helper call and no {@code from} in any {@code when}; every named
 * condition has words; the inference layers only read conditions of earlier layers; no user-visible text says "seed".
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

  private static final Path DRL = Path.of("src/main/resources/io/github/mantelzorg/rules/drl");
  private static final Pattern REGEL = Pattern.compile("(?m)^rule \"([^\"]+)\"(.*?)\\n\\s*when\\s*\\n(.*?)\\n\\s*then\\s*\\n(.*?)\\nend\\b", Pattern.DOTALL);
  private static final Pattern CONDITIE_IN_WHEN = Pattern.compile("Conditie\\(\\s*naam\\s*==\\s*\"(\\w+)\"([^)]*)\\)");
  private static final Pattern INSERT = Pattern.compile("Conditie\\.van\\(\\s*\"(\\w+)\"");
  private static final Pattern SALIENCE = Pattern.compile("salience\\s+(-?\\d+)");

  private static final Map<String, RegelInfo> REGELS = Kennisbank.get().regels();
  private static final List<Drl> DRL_REGELS = new ArrayList<>();

  /** One rule as written in DRL. */
  record Drl(String bestand, String naam, String kop, String when, String then) {
    int salience() {
      Matcher m = SALIENCE.matcher(kop);
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    boolean beslisregel() {
      return kop.contains("@code(");
    }
  }

  @BeforeAll
  static void leesDrl() throws IOException {
    try (Stream<Path> files = Files.list(DRL)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
        Matcher m = REGEL.matcher(Files.readString(p, StandardCharsets.UTF_8));
        while (m.find()) {
          DRL_REGELS.add(new Drl(p.getFileName().toString(), m.group(1), m.group(2), m.group(3), m.group(4)));
        }
      }
    }
  }

  @Test
  void catalogueHasNinetyEightRows() {
    assertThat(CATALOGUS).hasSize(98).doesNotHaveDuplicates();
  }

  @Test
  void everyRuleInTheDrlIsReadAndEveryDecisionRuleIsInTheRuleBase() {
    assertThat(DRL_REGELS.stream().filter(Drl::beslisregel).count()).isEqualTo(REGELS.size());
    assertThat(DRL_REGELS.size()).isEqualTo(REGELS.size() + Kennisbank.get().inferentieregels());
  }

  @Test
  void everyRuleHasAUniqueWellFormedCode() {
    List<String> codes = REGELS.values().stream().map(RegelInfo::code).collect(Collectors.toList());
    assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z]{2}-\\d{2}"), "code like XX-nn");
    REGELS.values().forEach(r -> assertThat(r.regelnaam()).as("rule name starts with its code").startsWith(r.code() + " "));
  }

  @Test
  void everyRuleCitesPublicationsFromTheRegistry() {
    Bronnen bronnen = Bronnen.get();
    for (RegelInfo r : REGELS.values()) {
      assertThat(r.bronnen()).as(r.code() + " @bron").isNotEmpty();
      r.bronnen().forEach(b -> assertThat(bronnen.bekend(b.id())).as(r.code() + " cites " + b.id()).isTrue());
    }
  }

  @Test
  void noUserVisibleTextSaysSeed() throws IOException {
    Pattern seed = Pattern.compile("(?i)\\bseeds?\\b");
    List<String> gevonden = new ArrayList<>();
    // The resources (texts, DRL, sources) and the sources of the published Javadoc.
    List<Path> bestanden = new ArrayList<>();
    for (String map : List.of("src/main/resources", "src/main/java", "src/main/module")) {
      try (Stream<Path> files = Files.walk(Path.of(map))) {
        files.filter(Files::isRegularFile).forEach(bestanden::add);
      }
    }
    for (Path p : bestanden) {
      String[] regels = Files.readString(p, StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < regels.length; i++) {
        if (seed.matcher(regels[i]).find()) {
          gevonden.add(p.getFileName() + ":" + (i + 1) + ": " + regels[i].trim());
        }
      }
    }
    for (Language taal : Language.values()) {
      Teksten t = new Teksten(taal);
      t.sleutels().stream().filter(k -> seed.matcher(t.tekst(k)).find()).forEach(k -> gevonden.add(taal + " " + k));
    }
    assertThat(gevonden).as("texts and rule metadata that say 'seed' instead of naming the publication").isEmpty();
  }

  @Test
  void everyRuleHasTextsInBothLanguages() {
    for (Language taal : Language.values()) {
      Teksten t = new Teksten(taal);
      for (RegelInfo r : REGELS.values()) {
        String c = r.code();
        for (String veld : List.of("naam", "samenvatting", "toelichting", "conditie")) {
          assertThat(t.zoek(c + "." + veld)).as(taal + " text " + c + "." + veld).isPresent();
        }
        assertThat(t.tekst(c, "samenvatting")).as(taal + " summary of " + c + " under 140 characters").hasSizeLessThanOrEqualTo(140);
        assertThat(t.stappen(c)).as(taal + " steps of " + c).isNotEmpty();
      }
    }
  }

  @Test
  void everyNamedConditionHasWordsInBothLanguages() {
    Set<String> namen = new TreeSet<>();
    REGELS.values().forEach(r -> r.voorwaarden().forEach(v -> namen.add(v.naam())));
    for (Language taal : Language.values()) {
      Teksten t = new Teksten(taal);
      for (String n : namen) {
        assertThat(t.zoek("voorwaarde." + n)).as(taal + " words for condition " + n).isPresent();
        assertThat(t.zoek("voorwaarde." + n + ".geldt")).as(taal + " explanation of condition " + n).isPresent();
      }
    }
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(new Teksten(Language.EN).sleutels()).containsExactlyInAnyOrderElementsOf(new Teksten(Language.NL).sleutels());
  }

  /** A decision rule's whole condition is the join its @voorwaarden lists: each named condition, holding. */
  @Test
  void everyDecisionRuleJoinsExactlyItsNamedConditions() {
    List<String> fout = new ArrayList<>();
    for (Drl d : DRL_REGELS) {
      if (!d.beslisregel()) {
        continue;
      }
      RegelInfo r = REGELS.get(d.naam());
      List<String> inWhen = new ArrayList<>();
      Matcher m = CONDITIE_IN_WHEN.matcher(d.when());
      while (m.find()) {
        inWhen.add(m.group(1));
        if (!m.group(2).contains("geldt")) {
          fout.add(d.naam() + ": condition " + m.group(1) + " is joined without 'geldt'");
        }
      }
      if (!inWhen.equals(r.voorwaardeNamen())) {
        fout.add(d.naam() + ": joins " + inWhen + " but declares @voorwaarden " + r.voorwaardeNamen());
      }
      String zonderConditie = CONDITIE_IN_WHEN.matcher(d.when()).replaceAll("");
      if (zonderConditie.matches("(?s).*\\b[A-Z]\\w*\\(.*")) {
        fout.add(d.naam() + ": its when holds a pattern other than Conditie: " + zonderConditie.trim());
      }
      Matcher a = Pattern.compile("uitkomst\\.advies\\(\"([^\"]+)\"").matcher(d.then());
      if (!a.find() || !a.group(1).equals(d.naam()) || a.find()) {
        fout.add(d.naam() + ": its consequence must call uitkomst.advies(\"<own name>\", ...) exactly once");
      }
    }
    assertThat(fout).isEmpty();
  }

  @Test
  void noHelperCallAndNoFromInAnyWhen() {
    List<String> fout = new ArrayList<>();
    for (Drl d : DRL_REGELS) {
      if (d.when().matches("(?s).*\\bfrom\\s+(?!accumulate|collect).*") || d.when().matches("(?s).*\\b\\w+Hulp\\..*")) {
        fout.add(d.naam());
      }
    }
    assertThat(fout).as("rules with 'from' or a *Hulp call in their when").isEmpty();
  }

  /**
   * Inference runs in layers by salience, so that a rule reading a condition fires only when every instance of it
   * exists: each rule that reads a named condition has a lower salience than every rule that inserts it.
   */
  @Test
  void inferenceLayersReadOnlyEarlierLayers() {
    Map<String, Integer> laagsteMaker = new HashMap<>();
    for (Drl d : DRL_REGELS) {
      Matcher m = INSERT.matcher(d.then());
      while (m.find()) {
        laagsteMaker.merge(m.group(1), d.salience(), Math::min);
      }
    }
    List<String> fout = new ArrayList<>();
    for (Drl d : DRL_REGELS) {
      if (!d.beslisregel() && d.salience() <= 0) {
        fout.add(d.naam() + ": an inference rule needs a salience above 0 (the decision rules' layer)");
      }
      Matcher m = CONDITIE_IN_WHEN.matcher(d.when());
      while (m.find()) {
        Integer maker = laagsteMaker.get(m.group(1));
        if (maker == null) {
          fout.add(d.naam() + ": reads condition " + m.group(1) + " that no rule inserts");
        } else if (maker <= d.salience()) {
          fout.add(d.naam() + " (salience " + d.salience() + ") reads " + m.group(1) + " made at salience " + maker);
        }
      }
    }
    REGELS.values().forEach(r -> r.voorwaarden().forEach(v -> {
      if (!laagsteMaker.containsKey(v.naam())) {
        fout.add(r.code() + ": @voorwaarden names " + v.naam() + ", which no rule inserts");
      }
    }));
    assertThat(fout).isEmpty();
  }

  /** Per rule at least one test that shows it firing and one that shows it silent, named by code. */
  @Test
  void everyRuleHasAFiresAndADoesNotFireTest() throws IOException {
    String tests;
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      tests = files.filter(p -> p.toString().endsWith("RegelsTest.java")).map(p -> {
        try {
          return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }).collect(Collectors.joining("\n"));
    }
    Set<String> methoden = new HashSet<>();
    Matcher m = Pattern.compile("void (\\w+)\\(").matcher(tests);
    while (m.find()) {
      methoden.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }
    List<String> zonder = new ArrayList<>();
    for (RegelInfo r : REGELS.values()) {
      String c = r.code().replace("-", "").toLowerCase(java.util.Locale.ROOT);
      boolean vuurt = methoden.stream().anyMatch(n -> n.startsWith(c) && n.contains("fires") && !n.contains("doesnotfire"));
      boolean nietVuurt = methoden.stream().anyMatch(n -> n.startsWith(c) && (n.contains("doesnotfire") || n.contains("silent")));
      if (!vuurt || !nietVuurt || !tests.contains("\"" + r.code() + "\"")) {
        zonder.add(r.code() + (vuurt ? "" : " (no " + c + "Fires... test)") + (nietVuurt ? "" : " (no " + c + "DoesNotFire... test)"));
      }
    }
    assertThat(zonder).as("rules without a fires and a does-not-fire test in a *RegelsTest").isEmpty();
  }

  @Test
  void everyCatalogueRowIsARuleOrDocumented() {
    Set<String> codes = new HashSet<>();
    REGELS.values().forEach(r -> codes.add(r.code()));
    Map<String, String> afwijkingen = Catalogus.afwijkingen();
    Set<String> ontbrekend = new TreeSet<>();
    for (String c : CATALOGUS) {
      if (!codes.contains(c) && !afwijkingen.containsKey(c)) {
        ontbrekend.add(c);
      }
    }
    assertThat(ontbrekend).as("catalogue rows neither implemented nor documented as merged/dropped").isEmpty();
    Set<String> toegevoegd = new TreeSet<>(codes);
    CATALOGUS.forEach(toegevoegd::remove);
    toegevoegd.forEach(c -> assertThat(afwijkingen).as("added rule " + c + " is documented in catalogus/*.properties").containsKey(c));
  }

  @Test
  void replacedCodesExist() {
    Set<String> codes = new HashSet<>();
    REGELS.values().forEach(r -> codes.add(r.code()));
    REGELS.values().forEach(r -> assertThat(codes).as(r.code() + " @vervangt").containsAll(r.vervangt()));
  }

  @Test
  void ruleBaseVersionNamesTheNumberOfRules() {
    assertThat(Kennisbank.get().versie()).endsWith("(" + REGELS.size() + " rules)").doesNotContain("${");
  }
}
