package io.github.mantelzorg.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The batch benchmark a user can run in one command: advises on N generated networks with the command-line tool's
 * own batch path ({@code mantelzorg advise FILE.jsonl}) and prints networks per second, CPU time per network and peak
 * memory.
 *
 * <pre>
 * java -cp examples/target/mantelzorg.jar io.github.mantelzorg.examples.cli.BatchBenchmark [N] [--format F]
 *     [--threads T] [--output FILE] [--input FILE]
 * </pre>
 *
 * <p>N defaults to 100,000. The input, {@code mantelzorg-bench-N.jsonl} in the temporary folder ({@code java.io.tmpdir},
 * usually /tmp; about 2.5 KB a network), is made on the first run by {@code mantelzorg generate N --seed 1} in a child
 * JVM, so that it does not count towards this JVM's memory, and reused afterwards. F is a format of
 * {@code advise --format} (default {@code json}); the output goes to /dev/null unless {@code --output} names a file.
 * The evaluation date is fixed (2026-11-24), so every run does the same work. {@code --input} takes another JSON Lines
 * file (N is then only what the figures are divided by, so give its number of lines).
 *
 * <p>Wall-clock throughput depends on what else the machine is doing; the CPU time per network does much less, so it
 * is printed too, with the throughput it would give on all cores ({@code availableProcessors}) if nothing else ran.
 * Peak memory is the process's resident set (VmHWM, Linux) and the peak of the heap in use.
 */
public final class BatchBenchmark {
  private BatchBenchmark() {}

  /** Runs the benchmark; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException, InterruptedException {
    System.exit(run(args, System.out));
  }

  /** Runs the benchmark, prints the figures to {@code out} and returns the exit code of the advise run. */
  static int run(String[] args, PrintStream out) throws IOException, InterruptedException {
    long n = 100_000;
    Path input = null;
    String format = "json";
    String threads = null;
    String output = "/dev/null";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--format" -> format = args[++i];
        case "--threads" -> threads = args[++i];
        case "--output" -> output = args[++i];
        case "--input" -> input = Path.of(args[++i]);
        default -> n = Long.parseLong(args[i].replace("_", "").replace(",", ""));
      }
    }
    if (input == null) {
      input = Path.of(System.getProperty("java.io.tmpdir"), "mantelzorg-bench-" + n + ".jsonl");
    }
    if (!Files.isRegularFile(input)) {
      System.err.println("generating " + n + " networks into " + input + " ...");
      genereer(n, input);
    }
    List<String> cli = new ArrayList<>(List.of("advise", input.toString(), "--format", format, "--peildatum",
        "2026-11-24", "--no-progress", "--output", output));
    if (threads != null) {
      cli.add("--threads");
      cli.add(threads);
    }
    String loadVoor = load();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long gc0 = gcMillis();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    int code = MantelzorgCli.commandLine().execute(cli.toArray(new String[0]));
    long wall = System.nanoTime() - t0;
    long cpu = os.getProcessCpuTime() - cpu0;
    long gc = gcMillis() - gc0;
    long heap = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        heap += p.getPeakUsage().getUsed();
      }
    }
    int cores = Runtime.getRuntime().availableProcessors();
    double s = wall / 1e9;
    double cpuPerNetwork = cpu / 1e3 / n;
    out.printf(Locale.ROOT, "%nmantelzorg batch benchmark: %,d networks (%s, %,d MB), --format %s, exit code %d%n",
        n, input, Files.size(input) >> 20, format, code);
    out.printf(Locale.ROOT, "  wall %8.1f s   %,8.0f networks/s%n", s, n / s);
    out.printf(Locale.ROOT, "  cpu  %8.1f s   %,8.0f us per network (all threads); on %d free cores: %,.0f networks/s%n",
        cpu / 1e9, cpuPerNetwork, cores, cores * 1e6 / cpuPerNetwork);
    out.printf(Locale.ROOT, "  peak memory: resident %s, heap in use %,d MB; GC %.1f s%n", vmHwm(), heap >> 20,
        gc / 1e3);
    out.printf(Locale.ROOT, "  load average before %s, after %s (on %d cores)%n", loadVoor, load(), cores);
    return code;
  }

  /** {@code mantelzorg generate n --seed 1}, in a child JVM with this class path, into a temporary file, then renamed. */
  private static void genereer(long n, Path doel) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path tmp = Files.createTempFile(doel.getParent(), "mantelzorg-bench-", ".tmp");
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), MantelzorgCli.class.getName(),
        "generate", Long.toString(n), "--seed", "1", "--output", tmp.toString()).inheritIO().start();
    if (p.waitFor() != 0) {
      Files.deleteIfExists(tmp);
      throw new IOException("generate failed with exit code " + p.exitValue());
    }
    Files.move(tmp, doel, StandardCopyOption.ATOMIC_MOVE);
  }

  private static long gcMillis() {
    long t = 0;
    for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
      t += Math.max(0, g.getCollectionTime());
    }
    return t;
  }

  /** The peak resident set of this process (VmHWM in /proc/self/status), or "unknown" where there is none. */
  private static String vmHwm() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmHWM:")) {
          long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
          return String.format(Locale.ROOT, "%,d MB", kb >> 10);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: no figure.
    }
    return "unknown";
  }

  private static String load() {
    double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return l < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", l);
  }
}
