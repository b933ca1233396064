package io.github.mantelzorg.rules.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Json;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.testing.Scenarios;
import io.github.mantelzorg.rules.AdviesEngine;
import io.github.mantelzorg.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plain Java baseline of the benchmarks gives the same advice (codes, context and subjects) as the engine with
 * only the same rules switched on, on the golden networks and on a few hundred generated ones (fixed seeds), so that
 * the engine/baseline ratio compares equals.
 */
class BaselineEquivalenceTest {
  private static AdviesEngine subset;
  private static final PlainJavaAdvisor BASELINE = new PlainJavaAdvisor();

  @BeforeAll
  static void engine() {
    subset = AdviesBench.subsetEngine();
  }

  @AfterAll
  static void sluit() {
    subset.close();
  }

  private static List<String> engine(Zorgnetwerk n) {
    return AdviesBench.sleutels(subset.advise(n, BenchInput.PEILDATUM));
  }

  private static List<String> baseline(Zorgnetwerk n) {
    return BASELINE.advise(n, BenchInput.PEILDATUM).stream().map(PlainJavaAdvisor.Vondst::sleutel).sorted().toList();
  }

  @Test
  void baselineEqualsEngineSubsetOnTheGoldenNetworks() {
    List<Zorgnetwerk> netwerken = new ArrayList<>(List.of(Scenarios.s1(), Scenarios.s2(), Scenarios.s3()));
    netwerken.addAll(Scenarios.s6().zorgnetwerken());
    for (String f : List.of("lichte-helper.json", "verpleeghuis.json")) {
      Casus c = Json.create().readCasus(Scenarios.json("schaars/" + f));
      netwerken.addAll(c.zorgnetwerken());
    }
    int metAdvies = 0;
    for (Zorgnetwerk n : netwerken) {
      List<String> e = engine(n);
      assertThat(baseline(n)).as("network %s", n.id()).isEqualTo(e);
      metAdvies += e.isEmpty() ? 0 : 1;
    }
    assertThat(metAdvies).as("golden networks with subset advice").isGreaterThanOrEqualTo(4);
    // S1 is the typical network of the benchmarks: the subset must have work to do on it.
    assertThat(engine(Scenarios.s1())).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void baselineEqualsEngineSubsetOnGeneratedNetworks() {
    List<Zorgnetwerk> netwerken = new ArrayList<>(BenchInput.netwerken(400, 2026L));
    for (long seed = 1; seed <= 5; seed++) {
      netwerken.add(BenchInput.groot(seed));
    }
    int metAdvies = 0;
    List<String> codes = new ArrayList<>();
    for (Zorgnetwerk n : netwerken) {
      List<String> e = engine(n);
      assertThat(baseline(n)).as("network %s", n).isEqualTo(e);
      metAdvies += e.isEmpty() ? 0 : 1;
      e.forEach(k -> codes.add(k.substring(0, k.indexOf(' '))));
    }
    assertThat(metAdvies).as("networks with subset advice").isGreaterThan(200);
    // Every rule of the subset fired somewhere, so each one's conditions were compared at least once.
    assertThat(codes).containsAll(PlainJavaAdvisor.CODES);
  }

  @Test
  void theSubsetIsAFixedListOfKnownRules() {
    assertThat(PlainJavaAdvisor.CODES).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
    assertThat(subset.rules().stream().map(Rule::code).filter(c -> !subset.disabled().contains(c)).distinct())
        .containsExactlyInAnyOrderElementsOf(PlainJavaAdvisor.CODES);
  }
}
