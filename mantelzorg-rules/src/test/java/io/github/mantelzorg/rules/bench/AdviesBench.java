package io.github.mantelzorg.rules.bench;

import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.rules.Advies;
import io.github.mantelzorg.rules.AdviesEngine;
import io.github.mantelzorg.rules.Adviesrapport;
import io.github.mantelzorg.rules.Rule;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One evaluation per call: the typical network (S1), a large network and a 25-organisation partnership with the full
 * catalogue; the same networks with only the {@link PlainJavaAdvisor#CODES subset} switched on, against the plain
 * Java baseline of that subset; the typical network as a new deep copy every call ({@code vers*}); and the typical
 * network with 1 and 2 threads sharing one engine.
 *
 * <p>Run: {@code mantelzorg-rules/src/test/bench/jmh.sh} (see BENCHMARKS.md). Average time per evaluation in
 * microseconds; with {@code -prof gc} (the default there) the bytes allocated per evaluation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// The rule base is large: on 2 busy cores the JIT needs tens of seconds before an evaluation reaches its steady state.
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class AdviesBench {
  AdviesEngine volledig;
  AdviesEngine subset;
  PlainJavaAdvisor baseline;
  Zorgnetwerk typisch;
  Zorgnetwerk groot;
  Samenwerkingsverband verband;

  /** Builds the engines and inputs and checks that engine and baseline agree on them. */
  @Setup(Level.Trial)
  public void setUp() {
    volledig = AdviesEngine.create();
    subset = subsetEngine();
    baseline = new PlainJavaAdvisor();
    typisch = BenchInput.typisch();
    groot = BenchInput.groot();
    verband = BenchInput.verband25();
    for (Zorgnetwerk n : List.of(typisch, groot)) {
      List<String> engine = sleutels(subset.advise(n, BenchInput.PEILDATUM));
      List<String> java = baseline.advise(n, BenchInput.PEILDATUM).stream().map(PlainJavaAdvisor.Vondst::sleutel)
          .sorted().toList();
      if (!engine.equals(java)) {
        throw new IllegalStateException("engine and baseline differ on " + n.id() + ":\n engine   " + engine
            + "\n baseline " + java);
      }
      if (engine.isEmpty()) {
        throw new IllegalStateException("the subset gives no advice on " + n.id() + ": a poor benchmark input");
      }
    }
  }

  /** Closes the engines (disposes their pooled sessions). */
  @TearDown(Level.Trial)
  public void tearDown() {
    volledig.close();
    subset.close();
  }

  /** An engine with only the baseline's rules switched on: every other rule code disabled. */
  public static AdviesEngine subsetEngine() {
    List<String> uit;
    try (AdviesEngine alle = AdviesEngine.create()) {
      uit = alle.rules().stream().map(Rule::code).filter(c -> !PlainJavaAdvisor.CODES.contains(c)).distinct().toList();
    }
    return AdviesEngine.builder().disable(uit).build();
  }

  /** {@code code context subject,subject} per advice, sorted. */
  public static List<String> sleutels(Adviesrapport r) {
    return r.adviezen().stream().map((Advies a) -> a.code() + " " + a.context() + " " + String.join(",", a.betreft()))
        .sorted().toList();
  }

  @Benchmark
  public Adviesrapport typischVolledig() {
    return volledig.advise(typisch, BenchInput.PEILDATUM);
  }

  @Benchmark
  public Adviesrapport grootVolledig() {
    return volledig.advise(groot, BenchInput.PEILDATUM);
  }

  @Benchmark
  public Adviesrapport verband25Volledig() {
    return volledig.advise(verband, BenchInput.PEILDATUM);
  }

  @Benchmark
  public Adviesrapport typischSubsetEngine() {
    return subset.advise(typisch, BenchInput.PEILDATUM);
  }

  @Benchmark
  public List<PlainJavaAdvisor.Vondst> typischSubsetBaseline() {
    return baseline.advise(typisch, BenchInput.PEILDATUM);
  }

  @Benchmark
  public Adviesrapport grootSubsetEngine() {
    return subset.advise(groot, BenchInput.PEILDATUM);
  }

  @Benchmark
  public List<PlainJavaAdvisor.Vondst> grootSubsetBaseline() {
    return baseline.advise(groot, BenchInput.PEILDATUM);
  }

  /** Only the deep copy of {@link BenchInput#vers}: subtract it from the {@code vers*} benchmarks. */
  @Benchmark
  public Zorgnetwerk versKopie() {
    return BenchInput.vers(typisch);
  }

  /** The typical network as new instances every call (nothing cached in the model), full catalogue, plus the copy. */
  @Benchmark
  public Adviesrapport versVolledig() {
    return volledig.advise(BenchInput.vers(typisch), BenchInput.PEILDATUM);
  }

  /** As {@link #typischSubsetEngine()} on new instances every call, plus the copy. */
  @Benchmark
  public Adviesrapport versSubsetEngine() {
    return subset.advise(BenchInput.vers(typisch), BenchInput.PEILDATUM);
  }

  /** As {@link #typischSubsetBaseline()} on new instances every call, plus the copy. */
  @Benchmark
  public List<PlainJavaAdvisor.Vondst> versSubsetBaseline() {
    return baseline.advise(BenchInput.vers(typisch), BenchInput.PEILDATUM);
  }

  /** Same as {@link #typischVolledig()}, named for the thread-scaling comparison. */
  @Benchmark
  @Threads(1)
  public Adviesrapport typischDraden1() {
    return volledig.advise(typisch, BenchInput.PEILDATUM);
  }

  /** Two threads sharing one engine; JMH reports the time per call per thread. */
  @Benchmark
  @Threads(2)
  public Adviesrapport typischDraden2() {
    return volledig.advise(typisch, BenchInput.PEILDATUM);
  }
}
