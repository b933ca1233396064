package io.github.mantelzorg.examples.cli;

import io.github.mantelzorg.rules.AdviesEngine;
import io.github.mantelzorg.rules.Rule;
import io.github.mantelzorg.rules.Language;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mantelzorg rules}: lists the rule catalogue: code, priority, model and name, and the summary. */
@Command(name = "rules", aliases = "regels", mixinStandardHelpOptions = true,
    description = "Lists the rules of the rule base.")
final class RulesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"--language", "--lang"}, paramLabel = "NL|EN", description = "language (default: ${DEFAULT-VALUE})")
  Language taal = Language.NL;

  @Option(names = "--debug", description = "show stack traces of unexpected errors")
  boolean debug;

  @Override
  public Integer call() {
    try (AdviesEngine engine = AdviesEngine.builder().language(taal).build()) {
      List<Rule> regels = engine.rules();
      PrintWriter out = spec.commandLine().getOut();
      out.print("rule base " + engine.ruleBaseVersion() + "\n");
      for (Rule r : regels) {
        out.print(String.format("%-7s %-8s %-22s %s%n        %s%n", r.code(), r.prioriteit().label(taal), r.model(),
            r.naam(), r.samenvatting()).replace(System.lineSeparator(), "\n"));
      }
      out.flush();
    }
    return 0;
  }
}
