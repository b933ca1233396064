package io.github.mantelzorg.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.testing.ModelArbitraries;
import io.github.mantelzorg.model.testing.Scenarios;
import io.github.mantelzorg.rules.bench.PlainJavaAdvisor;
import io.github.mantelzorg.rules.internal.Inferentiegraaf;
import io.github.mantelzorg.rules.internal.Kennisbank;
import io.github.mantelzorg.rules.internal.RegelInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * An engine with rules switched off leaves out the inference rules that none of its rules needs
 * ({@link Inferentiegraaf}). That must change nothing: for each set of switched-off rules below, the engine that
 * leaves them out and the engine that keeps every inference rule give the same report and the same why-not, on the
 * public scenarios and on generated cases.
 */
class InferentiegraafProperties {
  private static final Kennisbank KENNISBANK = Kennisbank.get();
  /** Per name, the codes that stay switched on. */
  private static final Map<String, Set<String>> AAN = new LinkedHashMap<>();
  private static final Map<String, AdviesEngine[]> ENGINES = new LinkedHashMap<>();

  static {
    Set<String> alle = KENNISBANK.regels().values().stream().map(RegelInfo::code).collect(Collectors.toCollection(TreeSet::new));
    for (Adviesmodel m : Adviesmodel.values()) {
      Set<String> codes = KENNISBANK.regels().values().stream().filter(r -> r.model() == m).map(RegelInfo::code)
          .collect(Collectors.toCollection(TreeSet::new));
      if (!codes.isEmpty()) {
        AAN.put("only " + m, codes);
      }
    }
    AAN.put("the baseline's 19", new TreeSet<>(PlainJavaAdvisor.CODES));
    Random r = new Random(20261129);
    for (int i = 0; i < 3; i++) {
      Set<String> helft = new TreeSet<>();
      alle.forEach(c -> {
        if (r.nextBoolean()) {
          helft.add(c);
        }
      });
      AAN.put("random half " + i, helft);
    }
    AAN.forEach((naam, aan) -> {
      List<String> uit = alle.stream().filter(c -> !aan.contains(c)).toList();
      ENGINES.put(naam, new AdviesEngine[] {AdviesEngine.builder().disable(uit).build(),
          AdviesEngine.builder().disable(uit).alleInferentie().build()});
    });
  }

  @AfterContainer
  static void sluit() {
    ENGINES.values().forEach(e -> {
      e[0].close();
      e[1].close();
    });
  }

  @Example
  void theGraphKnowsEveryDrlFileAndEveryInferenceRule() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/io/github/mantelzorg/rules/drl"))) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".drl")).sorted())
          .containsExactlyElementsOf(Inferentiegraaf.DRL_BESTANDEN.stream().sorted().toList());
    }
    assertThat(KENNISBANK.graaf().inferentieregels()).isEqualTo(KENNISBANK.inferentieregels());
  }

  @Example
  void anEngineWithFewRulesLeavesOutMostInferenceRulesAndTheFullOneNone() {
    assertThat(KENNISBANK.graaf().onnodig(KENNISBANK.regels().values())).isEmpty();
    List<RegelInfo> baseline = KENNISBANK.regels().values().stream()
        .filter(r -> PlainJavaAdvisor.CODES.contains(r.code())).toList();
    assertThat(KENNISBANK.graaf().onnodig(baseline).size()).isGreaterThan(KENNISBANK.inferentieregels() / 2);
  }

  @Example
  void theScenariosGiveTheSameReports() {
    List<Casus> scenarios = new ArrayList<>();
    Stream.of(Scenarios.s1(), Scenarios.s2(), Scenarios.s3()).forEach(n -> scenarios.add(Casus.of(n)));
    Stream.of(Scenarios.s5(), Scenarios.s8(), Scenarios.s9())
        .forEach(v -> scenarios.add(Casus.builder().samenwerkingsverband(v).build()));
    scenarios.add(Scenarios.s6());
    scenarios.forEach(c -> zelfde(c, true));
  }

  @Property(tries = 60, seed = "20261129")
  void generatedCasesGiveTheSameReports(@ForAll("casussen") Casus c) {
    zelfde(c, false);
  }

  private void zelfde(Casus c, boolean waaromNiet) {
    ENGINES.forEach((naam, e) -> {
      assertThat(RapportJson.write(e[0].advise(c, Scenarios.PEILDATUM)))
          .as(naam).isEqualTo(RapportJson.write(e[1].advise(c, Scenarios.PEILDATUM)));
      for (String code : waaromNiet ? AAN.get(naam) : Set.<String>of()) {
        assertThat(RapportJson.write(e[0].whyNot(c, Scenarios.PEILDATUM, code)))
            .as(naam + " why-not " + code).isEqualTo(RapportJson.write(e[1].whyNot(c, Scenarios.PEILDATUM, code)));
      }
    });
  }

  @Provide
  Arbitrary<Casus> casussen() {
    return ModelArbitraries.casussen();
  }
}
