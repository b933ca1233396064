package io.github.mantelzorg.examples.cli;

import io.github.mantelzorg.examples.AdviesPrinter;
import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.InvalidModelException;
import io.github.mantelzorg.model.Json;
import io.github.mantelzorg.model.JsonLimits;
import io.github.mantelzorg.model.Problem;
import io.github.mantelzorg.rules.AdviesEngine;
import io.github.mantelzorg.rules.Adviesrapport;
import io.github.mantelzorg.rules.Taal;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mantelzorg advise <file>}: advice for one JSON document (a Casus, a care network or a partnership) or for a
 * JSON Lines batch (one such record per line, streamed with all cores, one output line per input line in order).
 */
@Command(name = "advise", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Advises on one JSON file (a care network, a partnership, or a Casus with both) or on JSON Lines "
            + "(one record per line; with a .jsonl file name or --jsonl).",
        "In JSON Lines mode every input line gets exactly one output line, in input order; a bad or blank line gets "
            + "an error line naming its line number and JSON path, and the exit code becomes 1."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all records advised", "1:a bad record or unreadable input", "2:usage error"})
final class AdviseCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<file>", description = "JSON or JSON Lines file; - for standard input")
  String file;

  @Option(names = "--format", paramLabel = "text|json|markdown", description = "output format (default: ${DEFAULT-VALUE})")
  Formaat format = Formaat.text;

  @Option(names = {"--taal", "--lang"}, paramLabel = "NL|EN", description = "language of the advice (default: ${DEFAULT-VALUE})")
  Taal taal = Taal.NL;

  @Option(names = "--peildatum", paramLabel = "yyyy-MM-dd", description = "evaluation date (default: today)")
  LocalDate peildatum;

  @Option(names = "--uit", split = ",", paramLabel = "CODE", description = "rule codes to switch off, e.g. --uit ZM-01,BL-03")
  List<String> uit = new ArrayList<>();

  @Option(names = "--jsonl", description = "read JSON Lines whatever the file name")
  boolean jsonl;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads for JSON Lines (default: all cores, ${DEFAULT-VALUE})")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-o", "--output"}, paramLabel = "file", description = "write the output to this file instead of standard output")
  Path output;

  @Option(names = "--no-progress", description = "no progress bar (it is only shown when standard error is a terminal)")
  boolean noProgress;

  @Option(names = "--limit", paramLabel = "NAME=N", mapFallbackValue = "",
      description = {"change an input limit; repeatable. NAME and default:",
          "  maxDocumentChars=5000000 (characters per file, or per line of JSON Lines)",
          "  maxStringLength=10000 (characters per string or field name)",
          "  maxNestingDepth=32, maxNumberLength=20 (digits), maxArrayLength=1000 (elements per array)",
          "  maxPersonenPerNetwerk=1000 (persons in a care network, the zorgvrager not counted)",
          "  maxOrganisatiesPerVerband=1000 (leden and kandidaten of a partnership)"})
  java.util.Map<String, String> limit = new java.util.LinkedHashMap<>();

  @Option(names = "--debug", description = "show stack traces (also of rejected input)")
  boolean debug;

  /** Standard input; a field so that tests can replace it. */
  InputStream stdin = System.in;

  @Override
  public Integer call() throws IOException {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
    }
    AdviesEngine engine;
    try {
      engine = AdviesEngine.builder().taal(taal).uitschakelen(uit).build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--uit: " + e.getMessage());
    }
    Json json = Json.create(limits());
    LocalDate datum = peildatum == null ? LocalDate.now() : peildatum;
    boolean lines = jsonl || file.toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl");
    InputStream in;
    if (!file.equals("-") && Files.isDirectory(Path.of(file))) {
      return fail("cannot read " + file + ": it is a directory");
    }
    try {
      in = file.equals("-") ? stdin : Files.newInputStream(Path.of(file));
    } catch (NoSuchFileException | FileNotFoundException e) {
      return fail("cannot read " + file + ": no such file");
    } catch (AccessDeniedException e) {
      return fail("cannot read " + file + ": permission denied");
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return fail("cannot read " + file + ": " + e.getMessage());
    }
    try (InputStream input = in) {
      return lines ? batch(input, json, engine, datum) : single(input, json, engine, datum);
    }
  }

  private int single(InputStream in, Json json, AdviesEngine engine, LocalDate datum) throws IOException {
    Casus casus;
    try {
      // Reads no more than the document limit allows; bytes that are not UTF-8 are an error.
      casus = json.readCasus(in);
    } catch (InvalidModelException e) {
      PrintWriter err = spec.commandLine().getErr();
      for (Problem p : e.problems()) {
        err.println(naam() + ": " + p);
      }
      if (debug) {
        e.printStackTrace(err);
      }
      err.flush();
      return MantelzorgCli.BAD_INPUT;
    }
    Adviesrapport r = engine.advise(casus, datum);
    String uit;
    switch (format) {
      case json:
        uit = AdviesJson.rapport(r);
        break;
      case markdown:
        uit = new AdviesPrinter(AdviesPrinter.Stijl.MARKDOWN).format(naam(), casus, r);
        break;
      default:
        uit = AdviesPrinter.tekst().format(naam(), casus, r);
        break;
    }
    try (Writer w = writer()) {
      w.write(uit);
    }
    return 0;
  }

  private int batch(InputStream in, Json json, AdviesEngine engine, LocalDate datum) throws IOException {
    long start = System.nanoTime();
    boolean bar = !noProgress && Terminal.stderrIsTerminal();
    BatchAdvisor.Samenvatting sum;
    ProgressBar pb = null;
    InputStream bron = in;
    if (bar) {
      // Progress in bytes read: known up front for a file (no counting pass over the input), unknown for stdin.
      pb = new ProgressBarBuilder().setTaskName("advise").setUnit(" MiB", 1 << 20).showSpeed()
          .setInitialMax(file.equals("-") ? -1 : Files.size(Path.of(file)))
          .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).build();
      ProgressBar p = pb;
      bron = new java.io.FilterInputStream(in) {
        @Override
        public int read() throws IOException {
          int b = super.read();
          if (b >= 0) {
            p.step();
          }
          return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
          int n = super.read(buf, off, len);
          if (n > 0) {
            p.stepBy(n);
          }
          return n;
        }
      };
    }
    ProgressBar p = pb;
    // Lines are cut at the document limit as they are read, so that one endless line cannot exhaust memory.
    try (BufferedReader reader = new BoundedLineReader(new InputStreamReader(bron, StandardCharsets.UTF_8),
        json.limits().maxDocumentChars());
        Writer w = writer()) {
      sum = new BatchAdvisor(json, engine, datum, format, threads).run(reader, w,
          n -> {
            if (p != null && n % 1000 == 0) {
              p.setExtraMessage(" " + n + " records");
            }
          });
    } finally {
      if (pb != null) {
        pb.close();
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    err.print(sum.tekst(System.nanoTime() - start));
    err.flush();
    return sum.afgewezen == 0 ? 0 : MantelzorgCli.BAD_INPUT;
  }

  /** The limits: the defaults with the {@code --limit} changes; a wrong name or value is a usage error. */
  private JsonLimits limits() {
    JsonLimits l = JsonLimits.DEFAULT;
    for (java.util.Map.Entry<String, String> e : limit.entrySet()) {
      long n;
      try {
        n = Long.parseLong(e.getValue().trim());
      } catch (NumberFormatException x) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--limit " + e.getKey() + ": not a whole number: '" + e.getValue() + "'");
      }
      if (n < 1 || (n > Integer.MAX_VALUE && !e.getKey().equals("maxDocumentChars"))) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--limit " + e.getKey() + ": must be from 1 to " + Integer.MAX_VALUE + ", not " + n);
      }
      int i = (int) Math.min(n, Integer.MAX_VALUE);
      switch (e.getKey()) {
        case "maxDocumentChars" -> l = l.withMaxDocumentChars(Math.min(n, Integer.MAX_VALUE - 16L));
        case "maxStringLength" -> l = l.withMaxStringLength(i);
        case "maxNestingDepth" -> l = l.withMaxNestingDepth(i);
        case "maxNumberLength" -> l = l.withMaxNumberLength(i);
        case "maxArrayLength" -> l = l.withMaxArrayLength(i);
        case "maxPersonenPerNetwerk" -> l = l.withMaxPersonenPerNetwerk(i);
        case "maxOrganisatiesPerVerband" -> l = l.withMaxOrganisatiesPerVerband(i);
        default -> throw new CommandLine.ParameterException(spec.commandLine(), "--limit: unknown limit '" + e.getKey()
            + "' (one of maxDocumentChars, maxStringLength, maxNestingDepth, maxNumberLength, maxArrayLength, "
            + "maxPersonenPerNetwerk, maxOrganisatiesPerVerband)");
      }
    }
    return l;
  }

  /** The output file, or standard output; closing it only flushes standard output. */
  private Writer writer() throws IOException {
    if (output != null) {
      return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8), 1 << 16);
    }
    PrintWriter out = spec.commandLine().getOut();
    return new BufferedWriter(new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) {
        out.write(cbuf, off, len);
      }

      @Override
      public void flush() {
        out.flush();
      }

      @Override
      public void close() {
        out.flush();
      }
    }, 1 << 16);
  }

  private String naam() {
    return file.equals("-") ? "stdin" : Path.of(file).getFileName().toString();
  }

  private int fail(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("mantelzorg: " + message);
    err.flush();
    return MantelzorgCli.BAD_INPUT;
  }
}
