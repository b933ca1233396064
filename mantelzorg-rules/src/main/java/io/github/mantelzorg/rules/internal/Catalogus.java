package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.rules.Adviesmodel;
import io.github.mantelzorg.rules.Taal;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Writes the rule catalogue (RULES.md) from the rule base itself: the metadata of every DRL rule and its Dutch and
 * English texts, plus the catalogue rows that were merged or dropped, with their reasons. Care consultants read this
 * file; a test keeps the committed copy in sync.
 */
public final class Catalogus {
  private static final String AFWIJKINGEN = "io/github/mantelzorg/rules/catalogus/";

  private Catalogus() {}

  /** The catalogue as Markdown. */
  public static String markdown(Kennisbank kb) {
    Teksten nl = new Teksten(Taal.NL);
    Teksten en = new Teksten(Taal.EN);
    Map<String, String> afwijkingen = afwijkingen();
    StringBuilder b = new StringBuilder();
    b.append("# Rule catalogue\n\n");
    b.append("Generated from the rule base (`mantelzorg-rules` ").append(kb.versie())
        .append(") by `CatalogusTest`; do not edit by hand. To regenerate after changing a rule or its texts:\n\n")
        .append("```\n./mvnw -pl mantelzorg-rules -am test -Dtest=CatalogusTest -Dcatalogus.schrijf=true -Dsurefire.failIfNoSpecifiedTests=false\n```\n\n")
        .append("Each rule: its stable code, name, the condition in plain words, the advice (summary and next steps), ")
        .append("its priority and its source, in Dutch and English. Priorities: KRITIEK > HOOG > MIDDEL > LAAG.\n\n");
    for (Adviesmodel model : Adviesmodel.values()) {
      List<RegelInfo> regels = new ArrayList<>();
      kb.regels().values().stream().filter(r -> r.model() == model).forEach(regels::add);
      if (regels.isEmpty()) {
        continue;
      }
      b.append("## ").append(model.name()).append(" (").append(regels.size()).append(" rules)\n\n");
      b.append("| Code | Naam / Name | Conditie / Condition | Advies / Advice | Prio | Bron / Source |\n");
      b.append("|---|---|---|---|---|---|\n");
      for (RegelInfo r : regels) {
        String c = r.code();
        b.append("| ").append(c);
        if (!r.vervangt().isEmpty()) {
          b.append("<br>replaces ").append(String.join(", ", r.vervangt()));
        }
        b.append(" | ").append(cel(nl.tekst(c, "naam"))).append("<br>_").append(cel(en.tekst(c, "naam"))).append("_")
            .append(" | ").append(cel(nl.tekst(c, "conditie"))).append("<br>_").append(cel(en.tekst(c, "conditie"))).append("_")
            .append(" | **").append(cel(nl.tekst(c, "samenvatting"))).append("**");
        for (String s : nl.stappen(c)) {
          b.append("<br>- ").append(cel(s));
        }
        b.append("<br>_").append(cel(en.tekst(c, "samenvatting"))).append("_")
            .append(" | ").append(r.prioriteit())
            .append(" | ").append(cel(r.bron())).append(" |\n");
      }
      b.append('\n');
    }
    b.append("## Catalogue rows merged, dropped or split\n\n");
    if (afwijkingen.isEmpty()) {
      b.append("None.\n");
    } else {
      b.append("| Code | What and why |\n|---|---|\n");
      afwijkingen.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(cel(v)).append(" |\n"));
    }
    return b.toString();
  }

  /** Codes of catalogue rows that are not a rule of their own, with the reason, from {@code catalogus/<topic>.properties}. */
  public static Map<String, String> afwijkingen() {
    Map<String, String> m = new TreeMap<>();
    for (String o : Teksten.ONDERWERPEN) {
      try (InputStream in = Catalogus.class.getClassLoader().getResourceAsStream(AFWIJKINGEN + o + ".properties")) {
        if (in == null) {
          continue;
        }
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        p.forEach((k, v) -> m.put(String.valueOf(k).trim(), String.valueOf(v).trim()));
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + AFWIJKINGEN + o + ".properties", e);
      }
    }
    return m;
  }

  private static String cel(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
