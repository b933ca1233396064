package io.github.mantelzorg.examples.cli;

import io.github.mantelzorg.examples.AdviesPrinter;
import io.github.mantelzorg.examples.Inert;
import io.github.mantelzorg.model.Document;
import io.github.mantelzorg.model.InvalidModelException;
import io.github.mantelzorg.model.Json;
import io.github.mantelzorg.model.Problem;
import io.github.mantelzorg.rules.AdviesEngine;
import io.github.mantelzorg.rules.Language;
import io.github.mantelzorg.rules.RapportJson;
import io.github.mantelzorg.rules.ReportTooLargeException;
import io.github.mantelzorg.rules.Vergelijking;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mantelzorg compare OLD NEW}: what changed between two states of the same care network, partnership or case:
 * the advice resolved, new and persisting, the measured changes behind them (burden, rungs on the participatieladder,
 * steps done) and the open questions closed and opened.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Compares two states of the same care network, partnership or case (two JSON files, the earlier first): the "
            + "advice resolved, new and persisting, and the measured changes behind them.",
        "A card is the same in both states when its code and subject are the same. Both states are evaluated on "
            + "--peildatum unless --old-peildatum gives the earlier one its own date."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:compared", "1:a bad or unreadable file, or two different records, or a failed write",
        "2:usage error"})
final class CompareCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "the earlier state: a JSON file")
  Path oud;

  @Parameters(index = "1", paramLabel = "NEW", description = "the later state: a JSON file")
  Path nieuw;

  @Option(names = "--format", paramLabel = "text|json|markdown", description = "output format (default: ${DEFAULT-VALUE})")
  Formaat format = Formaat.text;

  @Option(names = {"--language", "--lang"}, paramLabel = "NL|EN", description = "language of the advice (default: ${DEFAULT-VALUE})")
  Language taal = Language.NL;

  @Option(names = "--peildatum", paramLabel = "yyyy-MM-dd",
      description = "evaluation date of NEW (and of OLD without --old-peildatum), from 1900-01-01 to 2200-12-31 "
          + "(default: today)")
  LocalDate peildatum;

  @Option(names = "--old-peildatum", paramLabel = "yyyy-MM-dd",
      description = "evaluation date of OLD, on or before that of NEW (default: --peildatum)")
  LocalDate oudePeildatum;

  @Option(names = "--disable", split = ",", paramLabel = "CODE", description = "rule codes to switch off")
  List<String> uit = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "file",
      description = "write the output to this file instead of standard output; it is replaced only when the run "
          + "completes")
  Path output;

  @Option(names = "--limit", paramLabel = "NAME=N", mapFallbackValue = "",
      description = "change an input limit; repeatable (names and defaults: advise --help)")
  java.util.Map<String, String> limit = new java.util.LinkedHashMap<>();

  @Option(names = "--debug", description = "show stack traces (also of rejected input)")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    if (format == Formaat.html || format == Formaat.jsonl_compact) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format " + format
          + ": compare takes text, json or markdown");
    }
    LocalDate nieuweDatum = peildatum == null ? LocalDate.now() : peildatum;
    LocalDate oudeDatum = oudePeildatum == null ? nieuweDatum : oudePeildatum;
    for (LocalDate d : List.of(nieuweDatum, oudeDatum)) {
      if (d.isBefore(AdviseCommand.EERSTE_PEILDATUM) || d.isAfter(AdviseCommand.LAATSTE_PEILDATUM)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--peildatum and --old-peildatum must be from "
            + AdviseCommand.EERSTE_PEILDATUM + " to " + AdviseCommand.LAATSTE_PEILDATUM + ", not " + d);
      }
    }
    if (oudeDatum.isAfter(nieuweDatum)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--old-peildatum " + oudeDatum
          + " is after the evaluation date of NEW, " + nieuweDatum + ": give the earlier state first");
    }
    if (output != null) {
      for (Path p : List.of(oud, nieuw)) {
        if (Files.exists(p) && Files.exists(output) && Files.isSameFile(p, output)) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--output " + Inert.text(output.toString())
              + " is an input file: write the comparison to another file");
        }
      }
    }
    AdviesEngine engine;
    try {
      engine = AdviesEngine.builder().language(taal).disable(uit)
          .maxReportChars(AdviseCommand.maxReportChars(limit, spec.commandLine())).build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--disable: " + e.getMessage());
    }
    Json json = Json.create(AdviseCommand.limits(limit, spec.commandLine()));
    Document a = lees(json, oud);
    Document b = a == null ? null : lees(json, nieuw);
    if (a == null || b == null) {
      return MantelzorgCli.BAD_INPUT;
    }
    Vergelijking v;
    try {
      v = Documenten.compare(engine, a, oudeDatum, b, nieuweDatum);
    } catch (IllegalArgumentException e) {
      return fail(naam(oud) + " and " + naam(nieuw) + " are not two states of the same record: "
          + Inert.text(String.valueOf(e.getMessage())));
    } catch (ReportTooLargeException e) {
      return fail(naam(oud) + " or " + naam(nieuw) + ": " + TeGroot.probleem(e));
    }
    String uit = switch (format) {
      case json -> RapportJson.write(v) + "\n";
      case markdown -> new AdviesPrinter(AdviesPrinter.Stijl.MARKDOWN).format(naam(oud), naam(nieuw), v);
      default -> AdviesPrinter.tekst().format(naam(oud), naam(nieuw), v);
    };
    try (Output o = Output.open(output, spec.commandLine().getOut())) {
      o.writer().write(uit);
      o.commit();
    }
    return 0;
  }

  /** The document in {@code p}, or null after saying on standard error why it cannot be read. */
  private Document lees(Json json, Path p) {
    if (Files.isDirectory(p)) {
      fail("cannot read " + naam(p) + ": it is a directory");
      return null;
    }
    try (InputStream in = Files.newInputStream(p)) {
      return json.readDocument(in);
    } catch (InvalidModelException e) {
      PrintWriter err = spec.commandLine().getErr();
      for (Problem x : e.problems()) {
        err.println(naam(p) + ": " + x);
      }
      if (debug) {
        e.printStackTrace(err);
      }
      err.flush();
    } catch (NoSuchFileException e) {
      fail("cannot read " + naam(p) + ": no such file");
    } catch (AccessDeniedException e) {
      fail("cannot read " + naam(p) + ": permission denied");
    } catch (IOException | java.io.UncheckedIOException e) {
      fail("cannot read " + naam(p) + ": " + Inert.text(String.valueOf(e.getMessage())));
    }
    return null;
  }

  private static String naam(Path p) {
    return Inert.text(String.valueOf(p.getFileName()));
  }

  private int fail(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("mantelzorg: " + message);
    err.flush();
    return MantelzorgCli.BAD_INPUT;
  }
}
