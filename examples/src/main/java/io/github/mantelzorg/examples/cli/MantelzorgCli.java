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
 * {@code generate} (synthetic JSON Lines), {@code regels} (the rule catalogue) and {@code voorbeelden} (the scenario
 * programs).
 *
 * <p>Exit codes: 0 all good, 1 a bad record or unreadable input, 2 a usage error. A user never sees a stack trace
 * unless they ask for one with {@code --debug}.
 */
@Command(name = "mantelzorg",
    mixinStandardHelpOptions = true,
    versionProvider = MantelzorgCli.Versie.class,
    description = "Advice for care networks (zorgnetwerken) and local partnerships (samenwerkingsverbanden).",
    subcommands = {AdviseCommand.class, GenerateCommand.class, RegelsCommand.class, VoorbeeldenCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all records advised", "1:a bad record or unreadable input", "2:usage error"})
public final class MantelzorgCli implements Runnable {
  /** Exit code when a record or the input is bad. */
  public static final int BAD_INPUT = 1;

  @Spec
  CommandSpec spec;

  /** Runs the tool and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
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
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: advise, generate, regels or voorbeelden");
  }

  /** Unexpected failures: one line for the user; the stack trace only with {@code --debug}. */
  private static int onError(Exception e, CommandLine cl, ParseResult parsed) {
    PrintWriter err = cl.getErr();
    err.println("mantelzorg: error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    if (debug(parsed)) {
      e.printStackTrace(err);
    } else {
      err.println("(run with --debug for details)");
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
          "rule base " + AdviesEngine.create().regelbasisVersie()};
    }
  }
}
