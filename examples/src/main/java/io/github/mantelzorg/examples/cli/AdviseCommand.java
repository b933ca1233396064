package io.github.mantelzorg.examples.cli;

import io.github.mantelzorg.examples.AdviesPrinter;
import io.github.mantelzorg.examples.Inert;
import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Document;
import io.github.mantelzorg.model.InvalidModelException;
import io.github.mantelzorg.model.Json;
import io.github.mantelzorg.model.JsonLimits;
import io.github.mantelzorg.model.Problem;
import io.github.mantelzorg.rules.AdviesEngine;
import io.github.mantelzorg.rules.Adviesrapport;
import io.github.mantelzorg.rules.Language;
import io.github.mantelzorg.rules.ReportTooLargeException;
import io.github.mantelzorg.rules.Terugkoppeling;
import io.github.mantelzorg.rules.ecomap.HtmlRapport;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
            + "an error line naming its line number and JSON path, and the exit code becomes 1. An input without "
            + "records is an error.",
        "With --output the file is replaced only when the run completes; until then, and after a failure, SIGTERM or "
            + "kill -9, the previous file stays as it was."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all records advised", "1:a bad record, no records, unreadable input or a failed write",
        "2:usage error", "143:stopped by SIGTERM (130: Ctrl-C); the summary says what was written"})
final class AdviseCommand implements Callable<Integer> {
  /**
   * Most worker threads {@code --threads} accepts. The work is CPU-bound, so more threads than cores only add memory
   * (each holds up to 64 records in flight); the limit is fixed rather than a multiple of the cores so that a
   * command line works the same on every machine.
   */
  static final int MAX_THREADS = 256;
  /** Earliest evaluation date: older than any record of care this tool will see. */
  static final LocalDate EERSTE_PEILDATUM = LocalDate.of(1900, 1, 1);
  /** Latest evaluation date: far enough for planning, near enough to catch a typing error such as 20266-01-01. */
  static final LocalDate LAATSTE_PEILDATUM = LocalDate.of(2200, 12, 31);

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<file>", description = "JSON or JSON Lines file; - for standard input")
  String file;

  @Option(names = "--format", paramLabel = "text|json|markdown|html|jsonl-compact",
      description = "output format (default: ${DEFAULT-VALUE}); html: one page with the ecomap beside the advice, for "
          + "one JSON file; jsonl-compact: one line per record without the texts")
  Formaat format = Formaat.text;

  @Option(names = {"--language", "--lang"}, paramLabel = "NL|EN", description = "language of the advice (default: ${DEFAULT-VALUE})")
  Language taal = Language.NL;

  @Option(names = "--peildatum", paramLabel = "yyyy-MM-dd",
      description = "evaluation date, from 1900-01-01 to 2200-12-31 (default: today)")
  LocalDate peildatum;

  @Option(names = "--disable", split = ",", paramLabel = "CODE", description = "rule codes to switch off, e.g. --disable ZM-01,BL-03")
  List<String> uit = new ArrayList<>();

  @Option(names = "--why-not", paramLabel = "CODE",
      description = "instead of the advice: why rule CODE did or did not fire, per subject, each condition holding, "
          + "failing or unknown (single file only)")
  String whyNot;

  @Option(names = "--feedback", paramLabel = "file",
      description = "feedback on earlier advice: a JSON array of {id, status, reden, datum, toelichting, door}; a card "
          + "dismissed (AFGEWEZEN) is left out while its facts are unchanged, and counted")
  Path feedback;

  @Option(names = "--jsonl", description = "read JSON Lines whatever the file name")
  boolean jsonl;

  @Option(names = "--threads", paramLabel = "N",
      description = "worker threads for JSON Lines, 1 to 256 (default: all cores, ${DEFAULT-VALUE})")
  int threads = Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);

  @Option(names = {"-o", "--output"}, paramLabel = "file",
      description = "write the output to this file instead of standard output; it is replaced only when the run "
          + "completes, and may not be the input")
  Path output;

  @Option(names = "--no-progress", description = "no progress bar (it is only shown when standard error is a terminal)")
  boolean noProgress;

  @Option(names = "--limit", paramLabel = "NAME=N", mapFallbackValue = "",
      description = {"change an input limit; repeatable. NAME and default:",
          "  maxDocumentChars=5000000 (characters per file, or per line of JSON Lines)",
          "  maxStringLength=10000 (characters per string or field name)",
          "  maxNestingDepth=32, maxNumberLength=20 (digits), maxArrayLength=1000 (elements per array)",
          "  maxPersonenPerNetwerk=1000 (persons in a care network, the zorgvrager not counted)",
          "  maxOrganisatiesPerVerband=1000 (leden and kandidaten of a partnership)",
          "  maxReportChars=20000000 (characters of text in one record's report)"})
  java.util.Map<String, String> limit = new java.util.LinkedHashMap<>();

  @Option(names = "--debug", description = "show stack traces (also of rejected input)")
  boolean debug;

  /** The feedback read from {@code --feedback}, or none. */
  private List<Terugkoppeling> terugkoppelingen = List.of();

  /** Standard input; a field so that tests can replace it. */
  InputStream stdin = System.in;

  /** Whether the process was asked to stop (SIGTERM); a field so that tests can ask for a stop without a signal. */
  java.util.function.BooleanSupplier stop = Shutdown::requested;

  @Override
  public Integer call() throws IOException {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--threads must be from 1 to " + MAX_THREADS + ", not " + threads);
    }
    if (peildatum != null && (peildatum.isBefore(EERSTE_PEILDATUM) || peildatum.isAfter(LAATSTE_PEILDATUM))) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--peildatum must be from " + EERSTE_PEILDATUM + " to " + LAATSTE_PEILDATUM + ", not " + peildatum);
    }
    Path pad;
    try {
      pad = file.equals("-") ? null : Path.of(file);
    } catch (java.nio.file.InvalidPathException e) {
      return fail("cannot read " + Inert.text(file) + ": " + Inert.text(e.getMessage()));
    }
    weigerUitvoerIsInvoer(pad);
    weigerUitvoerIsFeedback();
    // The rule base loads on the other core while the input is read and parsed: on a cold JVM each takes most of a
    // second. With --disable the engine is built first, so that an unknown code is a usage error before any input is
    // read.
    AdviesEngine.Builder bouw = AdviesEngine.builder().language(taal)
        .maxReportChars(maxReportChars(limit, spec.commandLine()));
    CompletableFuture<AdviesEngine> engine;
    if (uit.isEmpty()) {
      engine = CompletableFuture.supplyAsync(bouw::build);
    } else {
      try {
        engine = CompletableFuture.completedFuture(bouw.disable(uit).build());
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--disable: " + e.getMessage());
      }
    }
    Json json = Json.create(limits());
    LocalDate datum = peildatum == null ? LocalDate.now() : peildatum;
    boolean lines = jsonl || file.toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl");
    if (format == Formaat.html && (lines || whyNot != null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format html: "
          + (lines ? "one page per JSON file; JSON Lines take text, json, markdown or jsonl-compact (one output line "
              + "per record)" : "the page shows the advice; --why-not takes text, json or markdown"));
    }
    if (whyNot != null && lines) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--why-not: one JSON file only; JSON Lines give "
          + "one output line per record (ask why-not of one record in a file of its own)");
    }
    if (whyNot != null && format == Formaat.jsonl_compact) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format jsonl-compact: one line per report; "
          + "--why-not takes text, json or markdown");
    }
    if (pad == null && stdin == System.in && Terminal.stdinIsClosed()) {
      return fail("cannot read standard input: it is closed (give a file, or - with input on standard input)");
    }
    if (pad != null && Files.isDirectory(pad)) {
      return fail("cannot read " + Inert.text(file) + ": it is a directory");
    }
    List<Terugkoppeling> terugkoppelingen;
    if (feedback == null) {
      terugkoppelingen = List.of();
    } else {
      terugkoppelingen = Feedback.lees(feedback, limits(), spec.commandLine().getErr(), debug);
      if (terugkoppelingen == null) {
        return MantelzorgCli.BAD_INPUT;
      }
    }
    this.terugkoppelingen = terugkoppelingen;
    InputStream in;
    try {
      in = pad == null ? stdin : Files.newInputStream(pad);
    } catch (NoSuchFileException | FileNotFoundException e) {
      return fail("cannot read " + Inert.text(file) + ": no such file");
    } catch (AccessDeniedException e) {
      return fail("cannot read " + Inert.text(file) + ": permission denied");
    } catch (IOException e) {
      return fail("cannot read " + Inert.text(file) + ": " + Inert.text(String.valueOf(e.getMessage())));
    }
    try (InputStream input = in) {
      return lines ? batch(input, json, engine, datum) : single(input, json, engine, datum);
    }
  }

  /**
   * Refuses, before anything is read, an {@code --output} that is the input: the same file, also through a symbolic or
   * hard link, or the file that standard input comes from. Writing it would replace the input with the advice.
   */
  private void weigerUitvoerIsInvoer(Path invoer) {
    if (output == null) {
      return;
    }
    if (invoer == null && stdin != System.in) {
      return;
    }
    Path bron = invoer != null ? invoer : Path.of("/proc/self/fd/0");
    boolean zelfde;
    try {
      zelfde = Files.exists(bron) && Files.exists(output) && Files.isSameFile(bron, output);
    } catch (IOException | SecurityException e) {
      zelfde = false;
    }
    if (zelfde) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--output " + Inert.text(output.toString())
          + " is the input file: write the advice to another file");
    }
  }

  /** Refuses an {@code --output} that is the {@code --feedback} file: writing it would replace the feedback. */
  private void weigerUitvoerIsFeedback() {
    if (output == null || feedback == null) {
      return;
    }
    boolean zelfde;
    try {
      zelfde = Files.exists(feedback) && Files.exists(output) && Files.isSameFile(feedback, output);
    } catch (IOException | SecurityException e) {
      zelfde = false;
    }
    if (zelfde) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--output " + Inert.text(output.toString())
          + " is the --feedback file: write the advice to another file");
    }
  }

  /** The engine, once built; a failure to build it is thrown as it was raised. */
  private static AdviesEngine klaar(CompletableFuture<AdviesEngine> engine) {
    try {
      return engine.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
  }

  private int single(InputStream in, Json json, CompletableFuture<AdviesEngine> motor, LocalDate datum)
      throws IOException {
    Document document;
    try {
      // Reads no more than the document limit allows; bytes that are not UTF-8 are an error.
      document = json.readDocument(in);
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
    } catch (java.io.UncheckedIOException e) {
      return fail("cannot read " + naam() + ": " + Inert.text(String.valueOf(e.getCause().getMessage())));
    }
    Casus casus = document.casus();
    AdviesEngine engine = klaar(motor);
    if (whyNot != null) {
      return waaromNiet(engine, document, datum);
    }
    Adviesrapport r;
    try {
      r = Documenten.advise(engine, document, datum, terugkoppelingen);
    } catch (ReportTooLargeException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(naam() + ": " + TeGroot.probleem(e));
      err.flush();
      return MantelzorgCli.BAD_INPUT;
    }
    String uit;
    switch (format) {
      case json:
        uit = AdviesJson.rapport(r);
        break;
      case jsonl_compact:
        uit = CompactJson.rapport(r);
        break;
      case markdown:
        uit = new AdviesPrinter(AdviesPrinter.Stijl.MARKDOWN).format(naam(), casus, r);
        break;
      case html:
        uit = HtmlRapport.html(r, casus);
        break;
      default:
        uit = AdviesPrinter.tekst().format(naam(), casus, r);
        break;
    }
    if (stop.getAsBoolean()) {
      return gestopt("before its output was written", 0);
    }
    try (Output o = Output.open(output, spec.commandLine().getOut())) {
      o.writer().write(uit);
      o.commit();
    }
    return 0;
  }

  private int waaromNiet(AdviesEngine engine, Document document, LocalDate datum) throws IOException {
    io.github.mantelzorg.rules.WhyNot w;
    try {
      w = Documenten.whyNot(engine, document, datum, whyNot);
    } catch (IllegalArgumentException e) {
      String m = String.valueOf(e.getMessage());
      // An unknown code is shown back, but not a whole file's worth of it.
      m = m.length() > 200 ? m.substring(0, 200) + "... (" + m.length() + " characters)" : m;
      throw new CommandLine.ParameterException(spec.commandLine(), "--why-not: " + Inert.text(m));
    }
    String uit = format == Formaat.json || format == Formaat.jsonl_compact
        ? io.github.mantelzorg.rules.RapportJson.write(w) + "\n"
        : new AdviesPrinter(format == Formaat.markdown ? AdviesPrinter.Stijl.MARKDOWN : AdviesPrinter.Stijl.TEKST)
            .format(naam(), w, engine.language());
    try (Output o = Output.open(output, spec.commandLine().getOut())) {
      o.writer().write(uit);
      o.commit();
    }
    return 0;
  }

  private int batch(InputStream in, Json json, CompletableFuture<AdviesEngine> motor, LocalDate datum)
      throws IOException {
    AdviesEngine engine = klaar(motor);
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
    // The output opens before the first line is read, so that a folder that cannot take it is reported before any
    // work.
    try (Output o = Output.open(output, spec.commandLine().getOut())) {
      // Lines are cut at the document limit as they are read, so that one endless line cannot exhaust memory. The
      // reader is not closed here: after a stop its thread can still be blocked in a read, holding the decoder's lock
      // that close() would wait for; the caller closes the stream under it.
      // Bytes that are not UTF-8 are decoded to BatchAdvisor.NIET_UTF8, a lone low surrogate that no valid UTF-8
      // gives, so that such a line gets its own error line instead of being advised with altered names and ids.
      BufferedReader reader = new BoundedLineReader(new InputStreamReader(bron, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
          .replaceWith(String.valueOf(BatchAdvisor.NIET_UTF8))), json.limits().maxDocumentChars());
      sum = new BatchAdvisor(json, engine, datum, terugkoppelingen, format, threads).run(reader, o.writer(),
          n -> {
            if (p != null && n % 1000 == 0) {
              p.setExtraMessage(" " + n + " records");
            }
          }, stop);
      // A file is replaced only by a complete run; what went to standard output stays written, so flush all of it.
      if (output == null || (sum.afgebroken == null && sum.records > 0)) {
        o.commit();
      }
    } finally {
      if (pb != null) {
        pb.close();
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    err.print(sum.tekst(System.nanoTime() - start));
    err.flush();
    if (sum.gestopt) {
      return gestopt("after " + sum.records + (sum.records == 1 ? " record" : " records"), sum.records);
    }
    if (sum.afgebroken != null) {
      return fail(sum.afgebroken + onveranderd());
    }
    if (sum.records == 0) {
      return fail("no records in " + naam() + ": the input is empty" + onveranderd());
    }
    return sum.afgewezen == 0 ? 0 : MantelzorgCli.BAD_INPUT;
  }

  /** The last line of a run that was asked to stop; its exit code is that of a process ended by SIGTERM. */
  private int gestopt(String wanneer, long records) {
    String waar = output == null ? (records > 0 ? "; the lines written to standard output are complete" : "")
        : onveranderd();
    fail("stopped on request " + wanneer + waar);
    return MantelzorgCli.STOPPED;
  }

  /** For a run that did not complete: with --output, the reassurance that the previous file is untouched. */
  private String onveranderd() {
    return output == null ? "" : "; " + Inert.text(output.toString()) + " was not changed";
  }

  /** The limits: the defaults with the {@code --limit} changes; a wrong name or value is a usage error. */
  private JsonLimits limits() {
    return limits(limit, spec.commandLine());
  }

  /** The input limits with the {@code --limit NAME=N} changes of a command; a usage error for a bad name or value. */
  static JsonLimits limits(java.util.Map<String, String> limit, CommandLine cl) {
    JsonLimits l = JsonLimits.DEFAULT;
    for (java.util.Map.Entry<String, String> e : limit.entrySet()) {
      if (e.getKey().equals(MAX_REPORT_CHARS)) {
        continue;
      }
      long n;
      try {
        n = Long.parseLong(e.getValue().trim());
      } catch (NumberFormatException x) {
        throw new CommandLine.ParameterException(cl,
            "--limit " + e.getKey() + ": not a whole number: '" + e.getValue() + "'");
      }
      if (n < 1 || (n > Integer.MAX_VALUE && !e.getKey().equals("maxDocumentChars"))) {
        throw new CommandLine.ParameterException(cl,
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
        default -> throw new CommandLine.ParameterException(cl, "--limit: unknown limit '" + e.getKey()
            + "' (one of maxDocumentChars, maxStringLength, maxNestingDepth, maxNumberLength, maxArrayLength, "
            + "maxPersonenPerNetwerk, maxOrganisatiesPerVerband, maxReportChars)");
      }
    }
    return l;
  }

  /** The name of the one limit of the engine rather than of the input: the most text one record's report may hold. */
  static final String MAX_REPORT_CHARS = "maxReportChars";

  /** {@code --limit maxReportChars=N}, or the engine's default. */
  static long maxReportChars(java.util.Map<String, String> limit, CommandLine cl) {
    String v = limit.get(MAX_REPORT_CHARS);
    if (v == null) {
      return AdviesEngine.DEFAULT_MAX_REPORT_CHARS;
    }
    long n;
    try {
      n = Long.parseLong(v.trim());
    } catch (NumberFormatException x) {
      throw new CommandLine.ParameterException(cl, "--limit " + MAX_REPORT_CHARS + ": not a whole number: '" + v + "'");
    }
    if (n < 1) {
      throw new CommandLine.ParameterException(cl, "--limit " + MAX_REPORT_CHARS + ": must be at least 1, not " + n);
    }
    return n;
  }

  /** The input's name for messages: its file name, made inert (a file name can hold any character but / and NUL). */
  private String naam() {
    return file.equals("-") ? "stdin" : Inert.text(String.valueOf(Path.of(file).getFileName()));
  }

  private int fail(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("mantelzorg: " + message);
    err.flush();
    return MantelzorgCli.BAD_INPUT;
  }
}
