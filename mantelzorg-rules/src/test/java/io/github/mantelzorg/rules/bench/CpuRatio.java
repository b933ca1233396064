package io.github.mantelzorg.rules.bench;

import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.rules.AdviesEngine;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The engine/baseline ratio as CPU time of the measuring thread, which other work on the machine moves much less than
 * wall-clock time (JMH's measure): on a shared machine a descheduled thread makes a wall-clock iteration slower, not
 * its CPU time. The cases run in turn, round after round, in one JVM, so that every ratio comes from the same
 * conditions; each round of each case runs for a fixed time after a long warm-up. Prints per case the median CPU
 * microseconds and bytes allocated per call, then the ratios.
 *
 * <p>Run: {@code java -cp "$(mantelzorg-rules/src/test/bench/classpath.sh)" io.github.mantelzorg.rules.bench.CpuRatio
 * [warm-up seconds per case, default 30] [rounds, default 7] [seconds per round, default 3]}.
 */
public final class CpuRatio {
  private CpuRatio() {}

  public static void main(String[] args) {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    try (AdviesEngine volledig = AdviesEngine.create(); AdviesEngine subset = AdviesBench.subsetEngine()) {
      PlainJavaAdvisor baseline = new PlainJavaAdvisor();
      Zorgnetwerk typisch = BenchInput.typisch();
      Zorgnetwerk groot = BenchInput.groot();
      Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
      cases.put("typical, full catalogue", () -> volledig.advise(typisch, BenchInput.PEILDATUM));
      cases.put("typical, subset engine", () -> subset.advise(typisch, BenchInput.PEILDATUM));
      cases.put("typical, baseline", () -> baseline.advise(typisch, BenchInput.PEILDATUM));
      cases.put("fresh copy, subset engine", () -> subset.advise(BenchInput.vers(typisch), BenchInput.PEILDATUM));
      cases.put("fresh copy, baseline", () -> baseline.advise(BenchInput.vers(typisch), BenchInput.PEILDATUM));
      cases.put("fresh copy alone", () -> BenchInput.vers(typisch));
      cases.put("large, subset engine", () -> subset.advise(groot, BenchInput.PEILDATUM));
      cases.put("large, baseline", () -> baseline.advise(groot, BenchInput.PEILDATUM));
      for (Supplier<Object> c : cases.values()) {
        meet(c, warmup * 1_000_000_000L);
      }
      Map<String, List<double[]>> uit = new LinkedHashMap<>();
      cases.keySet().forEach(k -> uit.put(k, new ArrayList<>()));
      for (int r = 0; r < rounds; r++) {
        for (Map.Entry<String, Supplier<Object>> c : cases.entrySet()) {
          uit.get(c.getKey()).add(meet(c.getValue(), seconds * 1_000_000_000L));
        }
      }
      Map<String, double[]> mediaan = new LinkedHashMap<>();
      System.out.printf(Locale.ROOT, "%-28s %12s %12s%n", "case", "cpu us/op", "B/op");
      for (Map.Entry<String, List<double[]>> e : uit.entrySet()) {
        double[] m = {median(e.getValue(), 0), median(e.getValue(), 1)};
        mediaan.put(e.getKey(), m);
        System.out.printf(Locale.ROOT, "%-28s %12.2f %12.0f%n", e.getKey(), m[0], m[1]);
      }
      double kopie = mediaan.get("fresh copy alone")[0];
      System.out.printf(Locale.ROOT, "engine/baseline, typical:    %.1fx%n",
          mediaan.get("typical, subset engine")[0] / mediaan.get("typical, baseline")[0]);
      System.out.printf(Locale.ROOT, "engine/baseline, fresh copy: %.1fx (the copy, %.2f us, subtracted from both)%n",
          (mediaan.get("fresh copy, subset engine")[0] - kopie) / (mediaan.get("fresh copy, baseline")[0] - kopie), kopie);
      System.out.printf(Locale.ROOT, "engine/baseline, large:      %.1fx%n",
          mediaan.get("large, subset engine")[0] / mediaan.get("large, baseline")[0]);
      System.out.printf(Locale.ROOT, "load average at the end: %.1f%n",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /** CPU microseconds and bytes per call of running {@code c} for {@code nanos} of CPU time. */
  private static double[] meet(Supplier<Object> c, long nanos) {
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long cpu0 = mx.getCurrentThreadCpuTime();
    long b0 = mx.getThreadAllocatedBytes(id);
    long n = 0;
    int blackhole = 0;
    while (mx.getCurrentThreadCpuTime() - cpu0 < nanos) {
      for (int i = 0; i < 64; i++) {
        blackhole += System.identityHashCode(c.get()) & 1;
      }
      n += 64;
    }
    long cpu = mx.getCurrentThreadCpuTime() - cpu0;
    long b = mx.getThreadAllocatedBytes(id) - b0;
    if (blackhole < 0) {
      System.out.print("");
    }
    return new double[] {cpu / 1e3 / n, (double) b / n};
  }

  private static double median(List<double[]> l, int i) {
    double[] v = l.stream().mapToDouble(x -> x[i]).toArray();
    Arrays.sort(v);
    return v[v.length / 2];
  }
}
