package io.github.mantelzorg.examples.cli;

import io.github.mantelzorg.model.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mantelzorg generate N}: writes N synthetic, valid cases as JSON Lines (see {@link CasusGenerator}). The same
 * seed gives the same bytes. Records are written as they are made, so N can be as large as the disk allows.
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

  @Option(names = {"-o", "--output"}, paramLabel = "file", description = "write to this file instead of standard output")
  Path output;

  @Option(names = "--debug", description = "show stack traces of unexpected errors")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    if (aantal < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "N must be 0 or more, not " + aantal);
    }
    CasusGenerator gen = new CasusGenerator(seed);
    Json json = Json.create();
    PrintWriter out = spec.commandLine().getOut();
    try (Writer w = output != null
        ? new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8), 1 << 16)
        : out) {
      for (long i = 1; i <= aantal; i++) {
        // '\n' rather than println: JSON Lines, and the same bytes on every platform.
        w.write(json.writeLine(gen.next(i)));
        w.write('\n');
      }
      w.flush();
    }
    return 0;
  }
}
