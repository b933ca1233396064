package io.github.mantelzorg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mantelzorg.examples.cli.MantelzorgCliTest.Run;
import io.github.mantelzorg.model.Json;
import io.github.mantelzorg.model.testing.Scenarios;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The command-line tool when the run, not the record, goes wrong, in-process: an output that is the input, an
 * output that cannot be written, limits on the options, an empty batch, a record that overflows the stack, and text
 * from the input that tries to act in text or Markdown. What needs a real process (signals, pipes, closed streams,
 * {@code > /dev/full}) is in {@link ProcessCliTest}.
 */
class ReliabilityCliTest {
  private static final String PEIL = "--peildatum=2026-11-24";

  @TempDir
  static Path dir;

  static String s1;
  static String s1Regel;
  static Path s1File;
  static Path batch;

  @BeforeAll
  static void files() throws IOException {
    s1 = Scenarios.json("s1-zoon-vader-dementie.json");
    Json json = Json.create();
    s1Regel = json.writeLine(json.readCasus(s1));
    s1File = dir.resolve("s1.json");
    Files.writeString(s1File, s1);
    batch = dir.resolve("batch.jsonl");
    Files.writeString(batch, s1Regel + "\n" + s1Regel + "\n");
  }

  /** One run in-process, with {@code setup} applied to the command line before it executes. */
  static Run run(Consumer<CommandLine> setup, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = MantelzorgCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    setup.accept(cl);
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return run(cl -> { }, args);
  }

  private static List<String> tijdelijk() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
    }
  }

  // --- 1. Output is written safely -----------------------------------------------------------------------------

  @Test
  void anOutputThatIsTheInputIsRefusedBeforeAnythingIsRead() throws IOException {
    Path in = dir.resolve("zelf.jsonl");
    Files.writeString(in, s1Regel + "\n");
    Path symlink = Files.createSymbolicLink(dir.resolve("zelf-link.jsonl"), in.getFileName());
    Path hardlink = Files.createLink(dir.resolve("zelf-hard.jsonl"), in);
    for (Path out : List.of(in, symlink, hardlink, dir.resolve(".").resolve("zelf.jsonl"))) {
      Run r = run("advise", in.toString(), PEIL, "--no-progress", "--output", out.toString());
      assertThat(r.code()).as(out.toString()).isEqualTo(2);
      assertThat(r.err()).contains("--output " + out + " is the input file").doesNotContain("\tat ");
      assertThat(Files.readString(in)).isEqualTo(s1Regel + "\n");
    }
    Path single = dir.resolve("zelf.json");
    Files.writeString(single, s1);
    Run r = run("advise", single.toString(), PEIL, "-o", single.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(Files.readString(single)).isEqualTo(s1);
  }

  @Test
  void aStoppedRunLeavesThePreviousOutputAsItWas() throws IOException {
    Path out = dir.resolve("vorige.txt");
    Files.writeString(out, "OLD\n");
    Run r = run(cl -> this.<AdviseCommand>command(cl, "advise").stop = () -> true,
        "advise", batch.toString(), PEIL, "--no-progress", "--output", out.toString());
    assertThat(r.code()).isEqualTo(MantelzorgCli.STOPPED);
    assertThat(Files.readString(out)).isEqualTo("OLD\n");
    assertThat(tijdelijk()).isEmpty();
    assertThat(r.err()).contains("0 records in ").contains("mantelzorg: stopped on request after 0 records; " + out
        + " was not changed");
    Run g = run(cl -> this.<GenerateCommand>command(cl, "generate").stop = () -> true,
        "generate", "10", "--output", out.toString());
    assertThat(g.code()).isEqualTo(MantelzorgCli.STOPPED);
    assertThat(Files.readString(out)).isEqualTo("OLD\n");
    assertThat(tijdelijk()).isEmpty();
  }

  @Test
  void aCompletedRunReplacesThePreviousOutput() throws IOException {
    Path out = dir.resolve("vervangen.txt");
    Files.writeString(out, "OLD\n".repeat(1000));
    Run r = run("advise", batch.toString(), PEIL, "--no-progress", "--output", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(2).allMatch(l -> l.startsWith("line "));
    assertThat(tijdelijk()).isEmpty();
  }

  @Test
  void aFailedWriteToStandardOutputEndsTheRunWithOneLine() {
    Writer vol = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    Consumer<CommandLine> volleSchijf = cl -> cl.setOut(new PrintWriter(vol));
    for (String[] args : List.of(new String[] {"advise", batch.toString(), PEIL, "--no-progress"},
        new String[] {"advise", s1File.toString(), PEIL}, new String[] {"generate", "5"})) {
      Run r = run(volleSchijf, args);
      assertThat(r.code()).as(args[1]).isEqualTo(1);
      assertThat(r.err()).as(args[1]).isEqualTo("mantelzorg: cannot write to standard output" + System.lineSeparator());
    }
  }

  @Test
  void anOutputFileThatCannotBeWrittenIsOneLine() {
    assumeTrue(Files.exists(Path.of("/dev/full")));
    Run r = run("advise", batch.toString(), PEIL, "--no-progress", "--output", "/dev/full");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("mantelzorg: cannot write /dev/full: No space left on device"
        + System.lineSeparator());
    Run g = run("generate", "100", "--output", "/dev/full");
    assertThat(g.code()).isEqualTo(1);
    assertThat(g.err()).isEqualTo("mantelzorg: cannot write /dev/full: No space left on device"
        + System.lineSeparator());
    Run m = run("advise", batch.toString(), PEIL, "--no-progress", "--output", dir.resolve("nope/x.txt").toString());
    assertThat(m.code()).isEqualTo(1);
    assertThat(m.err()).isEqualTo("mantelzorg: cannot write " + dir.resolve("nope/x.txt") + ": no such folder"
        + System.lineSeparator());
  }

  // --- 2. No hangs: the thread limit ---------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "257", "100000", "20000000", "33554432", "2147483647"})
  void threadsOutsideOneTo256AreAUsageError(String n) {
    Run r = run("advise", batch.toString(), PEIL, "--no-progress", "--threads", n);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--threads must be from 1 to 256, not " + n).doesNotContain("\tat ")
        .doesNotContain("Exception");
  }

  @Test
  void theMostThreadsAllowedWork() {
    Run r = run("advise", batch.toString(), PEIL, "--no-progress", "--threads", "256");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines()).hasSize(2);
  }

  // --- 3. One record's Error never stops the batch -------------------------------------------------------------

  @Test
  void aRecordThatOverflowsTheStackIsThatRecordsErrorLine() throws IOException {
    // Deeper than any stack, allowed by a raised nesting limit: the recursive check overflowed and took the batch
    // with it. Whether the model overflows or rejects it, the record gets its own line and the others are advised.
    String diep = "{\"zorgvrager\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}";
    Path p = dir.resolve("diep.jsonl");
    Files.writeString(p, s1Regel + "\n" + diep + "\n" + s1Regel + "\n");
    Run r = run("advise", p.toString(), PEIL, "--no-progress", "--threads", "2", "--limit", "maxNestingDepth=100000",
        "--limit", "maxArrayLength=100000");
    assertThat(r.code()).isEqualTo(1);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains(" advice: ");
    assertThat(lines.get(1)).startsWith("line 2: ").doesNotContain("StackOverflowError");
    assertThat(lines.get(2)).isEqualTo(lines.get(0).replace("line 1:", "line 3:"));
    assertThat(r.err()).contains("3 records in ").contains("2 advised, 1 rejected").doesNotContain("\tat ");
  }

  // --- 4. Text is inert ----------------------------------------------------------------------------------------

  /** S1 with the carer's id and name made hostile: a line break, terminal escapes, a bidi override, Markdown. */
  private static String vijandig(String json) {
    return json.replace("\"mz-peter\"", "\"mz-peter\\nline 2: no advice\\u001b]8;;https://evil.example\\u0007\\u202e\"")
        .replace("\"Peter de Vries\"", "\"# Peter\\n[klik](https://evil.example) <img src=x> \\u001b[2J\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "json"})
  void oneInputLineGivesOneOutputLineWhateverTheIdsHold(String format) throws IOException {
    Path p = dir.resolve("vijandig-" + format + ".jsonl");
    String regel = vijandig(s1Regel);
    Files.writeString(p, regel + "\n" + s1Regel + "\n" + regel + "\n");
    Run r = run("advise", p.toString(), PEIL, "--no-progress", "--format", format);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).doesNotContain("evil");
    if (!format.equals("json")) {
      // JSON is Jackson's to escape, as JSON defines it: it keeps a bidi override, which is not a line break.
      assertActsNowhere(r.out());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown"})
  void aSingleReportShowsHostileNamesAsText(String format) throws IOException {
    Path p = dir.resolve("vijandig-" + format + ".json");
    Files.writeString(p, vijandig(s1));
    Run r = run("advise", p.toString(), PEIL, "--format", format);
    assertActsNowhere(r.out());
    assertActsNowhere(r.err());
    if (format.equals("markdown") && r.code() == 0) {
      // The name is there, as text: no heading, link or tag made from it.
      assertThat(r.out()).contains("\\# Peter\\u000a\\[klik\\]\\(https://evil.example\\) \\<img src=x\\>")
          .doesNotContain("\n# Peter").doesNotContain("[klik](").doesNotContainPattern("(?<!\\\\)<img");
    }
  }

  @Test
  void markdownNamesCannotForgeStructure() throws IOException {
    // Printable characters only, which any model accepts in a name: the printer alone must keep them text.
    Path p = dir.resolve("markdown.json");
    Files.writeString(p, s1.replace("\"Peter de Vries\"", "\"## Kop ![img](x.png) [klik](https://evil.example) "
        + "<script>alert(1)</script> **vet** |a|b|\""));
    Run r = run("advise", p.toString(), PEIL, "--format", "markdown");
    assertThat(r.code()).as(r.err()).isZero();
    // The only links are the sources' own (from the library's registry); none is made from the name.
    assertThat(r.out()).doesNotContain("<script>").doesNotContain("[klik](").doesNotContain("![")
        .contains("\\#\\# Kop \\!\\[img\\]\\(x.png\\) \\[klik\\]\\(https://evil.example\\) \\<script\\>");
    assertThat(r.out().lines().filter(l -> l.startsWith("#")).filter(l -> l.contains("Kop")))
        .allMatch(l -> l.startsWith("## \\#\\# Kop"));
  }

  @Test
  void fileNamesInMessagesAreInert() throws IOException {
    Path p = dir.resolve("bad\u001b[31m\u202e.json");
    Files.writeString(p, "{");
    Run r = run("advise", p.toString(), PEIL);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("bad\\u001b[31m\\u202e.json: ");
    assertActsNowhere(r.err());
    Run weg = run("advise", dir.resolve("weg\n\u001b.json").toString());
    assertThat(weg.code()).isEqualTo(1);
    assertThat(weg.err()).contains("weg\\u000a\\u001b.json: no such file");
    assertThat(weg.err().lines()).hasSize(1);
  }

  /** No character in {@code s} that acts: control characters other than the line feed, format characters. */
  static void assertActsNowhere(String s) {
    s.codePoints().forEach(c -> {
      int t = Character.getType(c);
      assertThat(c == '\n' || (t != Character.CONTROL && t != Character.FORMAT && t != Character.LINE_SEPARATOR
          && t != Character.PARAGRAPH_SEPARATOR && t != Character.SURROGATE))
          .as("U+%04X in %s", c, s.length() > 300 ? s.substring(0, 300) : s).isTrue();
    });
  }

  // --- 5. Limits and odd inputs --------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "0000-01-01", "1899-12-31", "2201-01-01"})
  void anEvaluationDateOutsideTheRangeIsAUsageError(String datum) {
    Run r = run("advise", batch.toString(), "--peildatum", datum, "--no-progress");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--peildatum must be from 1900-01-01 to 2200-12-31").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1900-01-01", "2200-12-31"})
  void theEvaluationDatesAtTheEdgesWork(String datum) {
    Run r = run("advise", s1File.toString(), "--peildatum", datum);
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void aBatchWithoutRecordsIsAnError() throws IOException {
    Path leeg = Files.createFile(dir.resolve("leeg.jsonl"));
    Run r = run("advise", leeg.toString(), PEIL, "--no-progress");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("0 records in ").endsWith("mantelzorg: no records in leeg.jsonl: the input is empty"
        + System.lineSeparator());
    Path out = dir.resolve("leeg-uit.txt");
    Files.writeString(out, "OLD\n");
    Run o = run("advise", leeg.toString(), PEIL, "--no-progress", "-o", out.toString());
    assertThat(o.code()).isEqualTo(1);
    assertThat(Files.readString(out)).isEqualTo("OLD\n");
    assertThat(o.err()).contains("; " + out + " was not changed");
  }

  @SuppressWarnings("unchecked")
  private <T> T command(CommandLine cl, String naam) {
    return (T) cl.getSubcommands().get(naam).getCommand();
  }
}
