package io.github.mantelzorg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mantelzorg.model.Json;
import io.github.mantelzorg.model.testing.Scenarios;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command-line tool as a process, for what only a process has: signals, pipes whose reader goes away, a full disk
 * on standard output, closed standard streams. Each test starts {@link MantelzorgCli#main} in a new JVM with this
 * test's class path. Waits are bounded only to turn a hang into a failure; nothing here measures time.
 */
class ProcessCliTest {
  private static final String PEIL = "--peildatum=2026-11-24";
  private static final long HANG_SECONDS = 120;

  @TempDir
  static Path dir;

  static String regel;
  static Path veel;
  static Path s1File;

  @BeforeAll
  static void files() throws IOException {
    assumeTrue(File.separatorChar == '/' && Files.isExecutable(Path.of("/bin/sh")), "a Unix system");
    String s1 = Scenarios.json("s1-zoon-vader-dementie.json");
    Json json = Json.create();
    regel = json.writeLine(json.readCasus(s1));
    s1File = dir.resolve("s1.json");
    Files.writeString(s1File, s1);
    // More output than a pipe and the writer's buffer hold together, so that a run cannot end before its reader does.
    veel = dir.resolve("veel.jsonl");
    assertThat(MantelzorgCliTest.run("generate", "3000", "--seed", "5", "--output", veel.toString()).code()).isZero();
  }

  /** Outcome of a process: exit code, standard output (when captured) and standard error. */
  record Uitkomst(int code, String out, String err) {}

  private static List<String> java(String... args) {
    List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        MantelzorgCli.class.getName()));
    c.addAll(List.of(args));
    return c;
  }

  /** The tool run by {@code /bin/sh} with a redirection, e.g. {@code <&-} to close standard input. */
  private static List<String> shell(String redirect, String... args) {
    List<String> c = new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$@\" " + redirect, "sh"));
    c.addAll(java(args));
    return c;
  }

  /**
   * Starts {@code pb} with a watchdog that kills the process after {@value #HANG_SECONDS} s, so that a test reading
   * its pipes fails (the read ends) instead of hanging when the tool does not do what the test waits for.
   */
  private static Process start(ProcessBuilder pb) throws IOException {
    Process p = pb.start();
    CompletableFuture.delayedExecutor(HANG_SECONDS, TimeUnit.SECONDS).execute(p::destroyForcibly);
    return p;
  }

  private static Uitkomst wacht(Process p, Path out, Path err) throws IOException, InterruptedException {
    if (!p.waitFor(HANG_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("the process hung");
    }
    return new Uitkomst(p.exitValue(), out == null ? "" : Files.readString(out), Files.readString(err));
  }

  private static Uitkomst run(List<String> command, File stdout) throws IOException, InterruptedException {
    Path err = Files.createTempFile(dir, "err", ".txt");
    Path out = Files.createTempFile(dir, "out", ".txt");
    Process p = start(new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(stdout == null ? out.toFile() : stdout).redirectError(err.toFile()));
    return wacht(p, stdout == null ? out : null, err);
  }

  private static List<String> tmp() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") && n.endsWith(".tmp")).toList();
    }
  }

  // --- 1. Every write to standard output is checked ------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"advise-batch", "advise-single", "generate", "regels"})
  void aFullDiskOnStandardOutputEndsWithExitOneAndOneLine(String wat) throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")));
    List<String> args = switch (wat) {
      case "advise-batch" -> java("advise", veel.toString(), PEIL, "--no-progress");
      case "advise-single" -> java("advise", s1File.toString(), PEIL);
      case "generate" -> java("generate", "1000");
      default -> java("regels");
    };
    Uitkomst u = run(args, new File("/dev/full"));
    assertThat(u.code()).isEqualTo(1);
    assertThat(u.err()).isEqualTo("mantelzorg: cannot write to standard output: No space left on device\n");
  }

  @Test
  void aClosedStandardOutputEndsWithExitOneAndOneLine() throws Exception {
    Uitkomst u = run(shell(">&-", "advise", veel.toString(), PEIL, "--no-progress"), null);
    assertThat(u.code()).isEqualTo(1);
    assertThat(u.err().lines()).singleElement().asString().startsWith("mantelzorg: cannot write to standard output: ");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"advise", "generate"})
  void aReaderThatGoesAwayEndsTheRunQuietlyAndAtOnce(String wat) throws Exception {
    Path err = Files.createTempFile(dir, "err", ".txt");
    List<String> args = wat.equals("advise") ? java("advise", veel.toString(), PEIL, "--no-progress")
        : java("generate", "100000000");
    Process p = start(new ProcessBuilder(args).redirectError(err.toFile()));
    // mantelzorg ... | head -1
    try (BufferedReader head = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(head.readLine()).isNotEmpty();
    }
    Uitkomst u = wacht(p, null, err);
    assertThat(u.code()).isEqualTo(1);
    // Quiet, as a shell expects of a pipe whose reader left; and no summary, which only a run to the end prints.
    assertThat(u.err()).isEmpty();
  }

  // --- 1. SIGTERM and kill -9 ----------------------------------------------------------------------------------

  @Test
  void sigtermStopsTheBatchAndPrintsTheSummaryOfWhatWasWritten() throws Exception {
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = start(new ProcessBuilder(java("advise", "-", "--jsonl", PEIL, "--no-progress", "--threads", "1"))
        .redirectError(err.toFile()));
    OutputStream stdin = p.getOutputStream();
    stdin.write((regel + "\n" + regel + "\n" + regel + "\n").getBytes(StandardCharsets.UTF_8));
    stdin.flush();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    for (int i = 1; i <= 3; i++) {
      // Each line must arrive while the run waits for the next: output is flushed whenever the writer would wait.
      assertThat(out.readLine()).startsWith("line " + i + ": ");
    }
    // Three records written, the input still open: the run waits for a fourth line when SIGTERM comes. (Through the
    // handle: Process.destroy would also close the pipes, and the end of the input could beat the signal.)
    p.toHandle().destroy();
    Uitkomst u = wacht(p, null, err);
    assertThat(u.code()).isEqualTo(143);
    assertThat(u.err()).contains("3 records in ").contains("3 advised, 0 rejected")
        .endsWith("mantelzorg: stopped on request after 3 records; the lines written to standard output are "
            + "complete\n");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"SIGTERM", "SIGKILL"})
  void aSignalLeavesThePreviousOutputFileAsItWas(String signaal) throws Exception {
    Path target = dir.resolve("vorige-" + signaal + ".txt");
    Files.writeString(target, "OLD\n");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = start(new ProcessBuilder(java("advise", "-", "--jsonl", PEIL, "--no-progress", "--output",
        target.toString())).redirectError(err.toFile()));
    OutputStream stdin = p.getOutputStream();
    stdin.write((regel + "\n" + regel + "\n").getBytes(StandardCharsets.UTF_8));
    stdin.flush();
    // The temporary output exists once the run is under way; the input stays open, so the run is not done.
    for (int i = 0; tmp().stream().noneMatch(n -> n.startsWith("." + target.getFileName())); i++) {
      if (i > HANG_SECONDS * 10 || !p.isAlive()) {
        p.destroyForcibly();
        fail("no temporary output appeared: " + Files.readString(err));
      }
      Thread.sleep(100);
    }
    if (signaal.equals("SIGTERM")) {
      p.toHandle().destroy();
    } else {
      p.toHandle().destroyForcibly();
    }
    Uitkomst u = wacht(p, null, err);
    assertThat(Files.readString(target)).isEqualTo("OLD\n");
    if (signaal.equals("SIGTERM")) {
      assertThat(u.code()).isEqualTo(143);
      assertThat(u.err()).contains(" records in ").contains(target + " was not changed");
      assertThat(tmp()).noneMatch(n -> n.startsWith("." + target.getFileName()));
    } else {
      assertThat(u.code()).isEqualTo(137);
    }
  }

  // --- 5. A closed standard input ------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"--jsonl", "--format=text"})
  void aClosedStandardInputIsAnErrorAndTheJvmsOwnFilesAreNotRead(String modus) throws Exception {
    Uitkomst u = run(shell("<&-", "advise", "-", modus, PEIL, "--no-progress"), null);
    assertThat(u.code()).isEqualTo(1);
    assertThat(u.out()).isEmpty();
    assertThat(u.err()).isEqualTo("mantelzorg: cannot read standard input: it is closed (give a file, or - with input "
        + "on standard input)\n");
  }
}
