package io.github.mantelzorg.examples.cli;

import io.github.mantelzorg.examples.Voorbeelden;
import io.github.mantelzorg.rules.Language;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mantelzorg examples}: runs the seven scenario programs (the launcher {@link Voorbeelden}). */
@Command(name = "examples", aliases = "voorbeelden", mixinStandardHelpOptions = true,
    description = "Prints the advice for the seven example scenarios (S1, S2, S3, S5, S6, S8, S9).")
final class ExamplesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"--language", "--lang"}, paramLabel = "NL|EN", description = "language (default: ${DEFAULT-VALUE})")
  Language taal = Language.NL;

  @Option(names = "--debug", description = "show stack traces of unexpected errors")
  boolean debug;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Voorbeelden.run(taal, s -> {
      out.print(s);
      out.flush();
    });
    return 0;
  }
}
