package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.ENGINE;
import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.testing.ModelArbitraries;
import io.github.mantelzorg.rules.internal.Kennisbank;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One engine shared by many threads gives every caller its own, correct result, and leaves no session behind. */
class GelijktijdigheidTest {
  private static final int DRADEN = 8;
  private static final int CASUSSEN = 2_000;

  private static List<Casus> casussen(int aantal) {
    return ModelArbitraries.casussen().sampleStream().limit(aantal).collect(Collectors.toList());
  }

  @Test
  void eightThreadsSharingOneEngineGetTheSerialResults() throws Exception {
    List<Casus> invoer = casussen(CASUSSEN);
    List<Adviesrapport> serieel = new ArrayList<>();
    for (Casus c : invoer) {
      serieel.add(ENGINE.advise(c, PEILDATUM));
    }
    ExecutorService pool = Executors.newFixedThreadPool(DRADEN);
    try {
      List<Future<List<Adviesrapport>>> taken = new ArrayList<>();
      for (int t = 0; t < DRADEN; t++) {
        int start = t;
        // Each thread walks the whole list from its own offset, so threads evaluate different cases at the same time.
        taken.add(pool.submit(() -> {
          List<Adviesrapport> uit = new ArrayList<>(invoer.size());
          for (int i = 0; i < invoer.size(); i++) {
            uit.add(ENGINE.advise(invoer.get((i + start * 251) % invoer.size()), PEILDATUM));
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
    } finally {
      pool.shutdownNow();
    }
    assertThat(Kennisbank.get().kieBase().getKieSessions()).as("sessions left undisposed").isEmpty();
  }

  @Test
  void hundredThousandEvaluationsLeaveNoSessionAndAFlatHeap() {
    List<Casus> invoer = casussen(500);
    Runtime rt = Runtime.getRuntime();
    long[] heap = new long[4];
    int perRonde = 25_000;
    for (int ronde = 0; ronde < heap.length; ronde++) {
      for (int i = 0; i < perRonde; i++) {
        ENGINE.advise(invoer.get(i % invoer.size()), PEILDATUM);
      }
      heap[ronde] = gebruiktNaGc(rt);
      assertThat(Kennisbank.get().kieBase().getKieSessions()).as("sessions left undisposed").isEmpty();
    }
    // After the first round the heap must not grow by more than a few MB per 25,000 evaluations.
    assertThat(heap[3] - heap[1]).as("heap growth between round 2 and 4, bytes").isLessThan(8L * 1024 * 1024);
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
