package io.github.mantelzorg.rules.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.rules.AdviesEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plain Java baseline of the benchmarks gives the same advice (codes and subjects) as the engine with only the
 * same rules switched on, on a few hundred generated networks, so that the engine/baseline ratio compares equals.
 */
class BaselineEquivalenceTest {
  @Test
  void baselineEqualsEngineSubsetOnGeneratedNetworks() {
    AdviesEngine subset = AdviesBench.subsetEngine();
    PlainJavaAdvisor baseline = new PlainJavaAdvisor();
    int metAdvies = 0;
    List<Zorgnetwerk> netwerken = new java.util.ArrayList<>(BenchInput.netwerken(400, 2026L));
    for (long seed = 1; seed <= 5; seed++) {
      netwerken.add(BenchInput.groot(seed));
    }
    for (Zorgnetwerk n : netwerken) {
      List<String> engine = AdviesBench.sleutels(subset.advise(n, BenchInput.PEILDATUM));
      List<String> java = baseline.advise(n).stream().map(PlainJavaAdvisor.Vondst::sleutel).sorted().toList();
      assertThat(java).as("network %s", n).isEqualTo(engine);
      if (!engine.isEmpty()) {
        metAdvies++;
      }
    }
    assertThat(metAdvies).as("networks with subset advice").isGreaterThan(200);
  }

  @Test
  void theSubsetIsAFixedListOfKnownRules() {
    assertThat(PlainJavaAdvisor.CODES).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
    AdviesEngine subset = AdviesBench.subsetEngine();
    assertThat(subset.regels().stream().map(r -> r.code()).filter(c -> !subset.uitgeschakeld().contains(c)).distinct())
        .containsExactlyInAnyOrderElementsOf(PlainJavaAdvisor.CODES);
  }
}
