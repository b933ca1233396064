package io.github.mantelzorg.examples.cli;

import io.github.mantelzorg.examples.Inert;
import io.github.mantelzorg.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mantelzorg generate N}: writes N synthetic, valid cases as JSON Lines (see {@link CasusGenerator}). The same
 * seed gives the same bytes. Records are written as they are made, so N can be as large as the disk allows.
 *
 * <p>Output is written as {@link Output} promises: a failed write ends the run at once, and {@code --output} replaces
 * its file only when all N records are written. SIGTERM stops after the record being written.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Writes N synthetic, valid cases (a care network, sometimes with a partnership) as JSON Lines.")
final class GenerateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "N", description = "number of records")
  long aantal;

  @Option(names = "--seed", paramLabel = "S", description = "random seed; the same seed gives the same output (default: ${DEFAULT-VALUE})")
  long seed = 1L;

  @Option(names = {"-o", "--output"}, paramLabel = "file",
      description = "write to this file instead of standard output; it is replaced only when all N records are written")
  Path output;

  @Option(names = "--debug", description = "show stack traces of unexpected errors")
  boolean debug;

  /** Whether the process was asked to stop (SIGTERM); a field so that tests can ask for a stop without a signal. */
  BooleanSupplier stop = Shutdown::requested;

  @Override
  public Integer call() throws IOException {
    if (aantal < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "N must be 0 or more, not " + aantal);
    }
    CasusGenerator gen = new CasusGenerator(seed);
    Json json = Json.create();
    try (Output o = Output.open(output, spec.commandLine().getOut())) {
      Writer w = o.writer();
      for (long i = 1; i <= aantal; i++) {
        if (stop.getAsBoolean()) {
          if (output == null) {
            o.commit();
          }
          PrintWriter err = spec.commandLine().getErr();
          err.println("mantelzorg: stopped on request after " + (i - 1) + " records"
              + (output == null ? "" : "; " + Inert.text(output.toString()) + " was not changed"));
          err.flush();
          return MantelzorgCli.STOPPED;
        }
        // '\n' rather than println: JSON Lines, and the same bytes on every platform.
        w.write(json.writeLine(gen.next(i)));
        w.write('\n');
      }
      o.commit();
    }
    return 0;
  }
}
