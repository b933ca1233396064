package io.github.mantelzorg.examples.cli;

import io.github.mantelzorg.rules.AdviesEngine;
import io.github.mantelzorg.rules.Regel;
import io.github.mantelzorg.rules.Taal;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mantelzorg regels}: lists the rule catalogue: code, priority, model and name, and the summary. */
@Command(name = "regels", aliases = "rules", mixinStandardHelpOptions = true,
    description = "Lists the rules of the rule base.")
final class RegelsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"--taal", "--lang"}, paramLabel = "NL|EN", description = "language (default: ${DEFAULT-VALUE})")
  Taal taal = Taal.NL;

  @Option(names = "--debug", description = "show stack traces of unexpected errors")
  boolean debug;

  @Override
  public Integer call() {
    AdviesEngine engine = AdviesEngine.builder().taal(taal).build();
    List<Regel> regels = engine.regels();
    PrintWriter out = spec.commandLine().getOut();
    out.print("rule base " + engine.regelbasisVersie() + "\n");
    for (Regel r : regels) {
      out.print(String.format("%-7s %-8s %-22s %s%n        %s%n", r.code(), r.prioriteit(), r.model(), r.naam(),
          r.samenvatting()).replace(System.lineSeparator(), "\n"));
    }
    out.flush();
    return 0;
  }
}
