package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.testing.ModelArbitraries;
import io.github.mantelzorg.model.testing.Scenarios;
import io.github.mantelzorg.rules.internal.Kennisbank;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One engine shared by many threads gives every caller its own, correct result; its pooled sessions stay bounded by
 * the pool size, carry nothing from one evaluation to the next, and are all gone after {@link AdviesEngine#close()}.
 *
 * <p>Sessions are counted on the full rule base, which every engine with all rules switched on shares: each test
 * compares the count with the count before it created its own engine (tests of one class run one at a time).
 */
class GelijktijdigheidTest {
  private static final int DRADEN = 8;
  private static final int CASUSSEN = 600;

  private static List<Casus> casussen(int aantal) {
    return ModelArbitraries.casussen().sampleStream().limit(aantal).collect(Collectors.toList());
  }

  private static int sessies() {
    return Kennisbank.get().kieBase().getKieSessions().size();
  }

  @Test
  void eightThreadsSharingOnePooledEngineGetTheResultsOfFreshSessions() throws Exception {
    List<Casus> invoer = casussen(CASUSSEN);
    List<Adviesrapport> serieel = new ArrayList<>();
    // The reference: no pooling, a new session per evaluation, one thread.
    AdviesEngine zonderPool = AdviesEngine.builder().sessionPool(0).build();
    for (Casus c : invoer) {
      serieel.add(zonderPool.advise(c, PEILDATUM));
    }
    int voor = sessies();
    ExecutorService threads = Executors.newFixedThreadPool(DRADEN);
    try (AdviesEngine engine = AdviesEngine.builder().sessionPool(3).build()) {
      List<Future<List<Adviesrapport>>> taken = new ArrayList<>();
      for (int t = 0; t < DRADEN; t++) {
        int start = t;
        // Each thread walks the whole list from its own offset, so threads evaluate different cases at the same time.
        taken.add(threads.submit(() -> {
          List<Adviesrapport> uit = new ArrayList<>(invoer.size());
          for (int i = 0; i < invoer.size(); i++) {
            uit.add(engine.advise(invoer.get((i + start * 251) % invoer.size()), PEILDATUM));
          }
          return uit;
        }));
      }
      for (int t = 0; t < DRADEN; t++) {
        List<Adviesrapport> uit = taken.get(t).get();
        for (int i = 0; i < invoer.size(); i++) {
          assertThat(uit.get(i)).isEqualTo(serieel.get((i + t * 251) % invoer.size()));
        }
      }
      // 8 threads, a pool of 3: the overflow sessions were disposed, only the pool's stay.
      assertThat(sessies() - voor).as("sessions registered by the engine's pool").isBetween(0, engine.sessionPool());
    } finally {
      threads.shutdownNow();
    }
    assertThat(sessies()).as("sessions left after close()").isEqualTo(voor);
  }

  @Test
  void twentyFourThousandEvaluationsKeepTheSessionsBoundedAndTheHeapFlat() {
    List<Casus> invoer = casussen(500);
    Runtime rt = Runtime.getRuntime();
    long[] heap = new long[4];
    int[] geregistreerd = new int[heap.length];
    int perRonde = 6_000;
    int voor = sessies();
    try (AdviesEngine engine = AdviesEngine.builder().sessionPool(2).build()) {
      for (int ronde = 0; ronde < heap.length; ronde++) {
        for (int i = 0; i < perRonde; i++) {
          engine.advise(invoer.get(i % invoer.size()), PEILDATUM);
        }
        heap[ronde] = gebruiktNaGc(rt);
        geregistreerd[ronde] = sessies() - voor;
        assertThat(geregistreerd[ronde]).as("sessions registered after round " + ronde).isBetween(0, engine.sessionPool());
      }
      assertThat(geregistreerd).as("registered sessions per round: bounded, not growing").containsOnly(geregistreerd[0]);
    }
    assertThat(sessies()).as("sessions left after close()").isEqualTo(voor);
    // After the first round the heap must not grow by more than a few MB per 6,000 evaluations.
    assertThat(heap[3] - heap[1]).as("heap growth between round 2 and 4, bytes").isLessThan(8L * 1024 * 1024);
  }

  @Test
  void closeLeavesNoSessionRegisteredAndTheEngineStillWorks() {
    int voor = sessies();
    AdviesEngine engine = AdviesEngine.builder().sessionPool(2).build();
    assertThat(sessies()).as("a new engine holds no session").isEqualTo(voor);
    Adviesrapport eerst = engine.advise(Scenarios.s1(), PEILDATUM);
    assertThat(sessies() - voor).as("the pool after one evaluation").isBetween(1, 2);
    engine.close();
    assertThat(sessies()).as("sessions left after close()").isEqualTo(voor);
    engine.close();
    // After close() each evaluation gets its own session again, disposed at once.
    assertThat(engine.advise(Scenarios.s1(), PEILDATUM)).isEqualTo(eerst);
    assertThat(sessies()).as("sessions left by an evaluation after close()").isEqualTo(voor);
  }

  @Test
  void withoutAPoolNoSessionStaysRegistered() {
    int voor = sessies();
    AdviesEngine engine = AdviesEngine.builder().sessionPool(0).build();
    engine.advise(Scenarios.s6(), PEILDATUM);
    assertThat(engine.sessionPool()).isZero();
    assertThat(sessies()).isEqualTo(voor);
  }

  @Test
  void aReusedSessionCarriesNothingFromThePreviousEvaluation() {
    List<Casus> invoer = casussen(300);
    AdviesEngine vers = AdviesEngine.builder().sessionPool(0).build();
    List<Zorgnetwerk> netwerken = new ArrayList<>(List.of(Scenarios.s1(), Scenarios.s2(), Scenarios.s3(), Fixtures.netwerk().build()));
    invoer.forEach(c -> netwerken.addAll(c.zorgnetwerken()));
    Comparator<Zorgnetwerk> opAantal = Comparator.comparingInt(n -> vers.advise(n, PEILDATUM).adviezen().size());
    Zorgnetwerk druk = netwerken.stream().max(opAantal).orElseThrow();
    Zorgnetwerk stil = netwerken.stream().min(opAantal).orElseThrow();
    Adviesrapport stilVers = vers.advise(stil, PEILDATUM);
    assertThat(vers.advise(druk, PEILDATUM).adviezen()).as("the busy network's advice").hasSizeGreaterThan(5);
    // A pool of one: every evaluation reuses the very same session.
    try (AdviesEngine hergebruik = AdviesEngine.builder().sessionPool(1).build()) {
      hergebruik.advise(druk, PEILDATUM);
      assertThat(hergebruik.advise(stil, PEILDATUM)).as("quiet network after a busy one").isEqualTo(stilVers);
      // And over many cases in a row, each through the same session, against a fresh session each.
      for (Casus c : invoer) {
        assertThat(hergebruik.advise(c, PEILDATUM)).isEqualTo(vers.advise(c, PEILDATUM));
      }
    }
  }

  @Test
  void aFailedEvaluationReturnsItsSessionEmpty() {
    int voor = sessies();
    AdviesEngine vers = AdviesEngine.builder().sessionPool(0).build();
    Zorgnetwerk s1 = Scenarios.s1();
    Mantelzorger echt = s1.mantelzorgers().get(0);
    // A carer whose SOFA profile cannot be read: the rules that read it fail inside the rule session.
    Mantelzorger kapot = (Mantelzorger) Proxy.newProxyInstance(Mantelzorger.class.getClassLoader(), new Class<?>[] {Mantelzorger.class},
        (proxy, method, args) -> {
          if (method.getName().equals("sofa")) {
            throw new IllegalStateException("unreadable SOFA profile");
          }
          try {
            return method.invoke(echt, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    Zorgnetwerk fout = Zorgnetwerk.builder().from(s1).mantelzorgers(List.of(kapot)).build();
    try (AdviesEngine engine = AdviesEngine.builder().sessionPool(1).build()) {
      Adviesrapport verwacht = vers.advise(s1, PEILDATUM);
      for (int i = 0; i < 3; i++) {
        assertThatThrownBy(() -> engine.advise(fout, PEILDATUM)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("unreadable SOFA profile");
        assertThat(engine.advise(s1, PEILDATUM)).as("the same session after a failure").isEqualTo(verwacht);
      }
      assertThat(sessies() - voor).isEqualTo(1);
    }
    assertThat(sessies()).isEqualTo(voor);
  }

  /**
   * Each distinct set of switched-off rules builds a rule base of its own; at most a bounded number are shared, and a
   * shared one is released with the last engine that uses it (700 distinct sets used to keep 0.5 MB each forever).
   */
  @Test
  void ruleBasesWithRulesSwitchedOffAreBoundedAndReleasedOnClose() {
    List<String> codes = Kennisbank.get().regels().values().stream().map(r -> r.code()).sorted().toList();
    List<AdviesEngine> engines = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      engines.add(AdviesEngine.builder().sessionPool(0).disable(codes.get(i % codes.size()), codes.get((i * 7 + 3) % codes.size()))
          .build());
      assertThat(Kennisbank.get().gedeeldeBases()).isLessThanOrEqualTo(16);
    }
    AdviesEngine eenZelfde = AdviesEngine.builder().sessionPool(0).disable(codes.get(0), codes.get(3)).build();
    assertThat(eenZelfde.advise(Scenarios.s1(), PEILDATUM).codes()).doesNotContain(codes.get(0), codes.get(3));
    engines.forEach(AdviesEngine::close);
    eenZelfde.close();
    assertThat(Kennisbank.get().gedeeldeBases()).isZero();
  }

  private static long gebruiktNaGc(Runtime rt) {
    long vorige = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long nu = rt.totalMemory() - rt.freeMemory();
      if (nu >= vorige) {
        return nu;
      }
      vorige = nu;
    }
    return vorige;
  }
}
