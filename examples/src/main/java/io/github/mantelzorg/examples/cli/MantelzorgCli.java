package io.github.mantelzorg.examples.cli;

import io.github.mantelzorg.rules.AdviesEngine;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * MantelzorgCli: the {@code mantelzorg} command-line tool: {@code advise} (one JSON file or a JSON Lines batch),
 * {@code compare} (two states of one record), {@code generate} (synthetic JSON Lines), {@code rules} (the rule catalogue) and {@code examples} (the scenario
 * programs).
 *
 * <p>Exit codes: 0 all good, 1 a bad record or unreadable input or a failed write, 2 a usage error, 143 stopped by
 * SIGTERM (130 by Ctrl-C). A user never sees a stack trace unless they ask for one with {@code --debug}: an
 * unexpected failure, even an {@link Error}, is one line on standard error.
 *
 * <p>Standard output is checked: a write that fails (a full disk, a closed standard output) ends the run with exit 1
 * and one line saying why; a reader that went away ({@code | head -1}) ends it quietly with exit 1.
 */
@Command(name = "mantelzorg",
    mixinStandardHelpOptions = true,
    versionProvider = MantelzorgCli.Versie.class,
    description = "Advice for care networks (zorgnetwerken) and local partnerships (samenwerkingsverbanden).",
    subcommands = {AdviseCommand.class, CompareCommand.class, GenerateCommand.class, RulesCommand.class, ExamplesCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all records advised", "1:a bad record, no records, unreadable input or a failed write",
        "2:usage error", "143:stopped by SIGTERM (130: Ctrl-C)"})
public final class MantelzorgCli implements Runnable {
  /** Exit code when a record or the input is bad, or the output cannot be written. */
  public static final int BAD_INPUT = 1;
  /** Exit code of a run stopped by SIGTERM: 128 + 15, what a shell reports for a process the signal ended. */
  public static final int STOPPED = 143;

  @Spec
  CommandSpec spec;

  /**
   * Runs the tool and exits with its exit code. Installs the {@link Shutdown} hook for SIGTERM and checks that
   * everything written to standard output, help and version text included, got there.
   */
  public static void main(String[] args) {
    Shutdown.install();
    Output.Stdout out = Output.Stdout.ofProcess();
    CommandLine cl = commandLine();
    cl.setOut(out);
    int code;
    try {
      code = cl.execute(args);
    } catch (Throwable e) {
      // An Error (out of memory, stack overflow) escapes picocli's handler: still one line, no stack trace.
      code = onError(e, cl, args);
    }
    if (out.checkError() && code != BAD_INPUT) {
      Output.Failed f = out.failure() == null ? new Output.Failed("cannot write to standard output", null)
          : Output.Failed.of("cannot write to standard output", out.failure());
      code = report(f, cl.getErr(), false);
    }
    // Lets a SIGTERM hook that waits for the summary return; the status is then the signal's, whatever exit says.
    Shutdown.finished();
    System.exit(code);
  }

  /** The configured command line; tests call {@code execute} on it with their own out and err writers. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new MantelzorgCli());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(MantelzorgCli::onError);
    return cl;
  }

  /** Without a subcommand: show the usage (a usage error). */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: advise, compare, generate, rules or examples");
  }

  /** Unexpected failures: one line for the user; the stack trace only with {@code --debug}. */
  private static int onError(Exception e, CommandLine cl, ParseResult parsed) {
    return report(e, cl.getErr(), debug(parsed));
  }

  private static int onError(Throwable e, CommandLine cl, String[] args) {
    return report(e, cl.getErr(), java.util.Arrays.asList(args).contains("--debug"));
  }

  private static int report(Throwable e, PrintWriter err, boolean debug) {
    if (e instanceof Output.Failed f) {
      // A failed write says what and why in its message; a reader that went away needs no message at all.
      if (!f.brokenPipe() || debug) {
        err.println("mantelzorg: " + f.getMessage());
      }
    } else {
      err.println("mantelzorg: error: " + BatchAdvisor.beschrijf(e));
      if (!debug) {
        err.println("(run with --debug for details)");
      }
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return BAD_INPUT;
  }

  private static boolean debug(ParseResult p) {
    for (ParseResult r = p; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** Version of the tool and of the rule base. */
  static final class Versie implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = MantelzorgCli.class.getPackage().getImplementationVersion();
      return new String[] {"mantelzorg " + (v == null ? "(development)" : v),
          "rule base " + AdviesEngine.create().ruleBaseVersion()};
    }
  }
}
