package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.rules.Adviesmodel;
import io.github.mantelzorg.rules.Bron;
import io.github.mantelzorg.rules.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the rule catalogue (RULES.md) from the rule base itself: the metadata of every decision rule (its named
 * conditions, what it replaces, its sources) with its Dutch and English texts, the named conditions, and the
 * catalogue rows that were merged, split or dropped, with their reasons. Care consultants read this file; a test keeps
 * the committed copy in sync.
 */
public final class Catalogus {
  private static final String AFWIJKINGEN = "/io/github/mantelzorg/rules/catalogus/";

  private Catalogus() {}

  /** The catalogue as Markdown. */
  public static String markdown(Kennisbank kb) {
    Teksten nl = new Teksten(Language.NL);
    Teksten en = new Teksten(Language.EN);
    Bronnen bronnen = Bronnen.get();
    Map<String, String> afwijkingen = afwijkingen();
    StringBuilder b = new StringBuilder();
    b.append("# Rule catalogue\n\n");
    b.append("Generated from the rule base (`mantelzorg-rules` ").append(kb.versie())
        .append(") by `CatalogusTest`; do not edit by hand. To regenerate after changing a rule or its texts:\n\n")
        .append("```\n./mvnw -pl mantelzorg-rules -am test -Dtest=CatalogusTest -Dcatalogus.schrijf=true -Dsurefire.failIfNoSpecifiedTests=false\n```\n\n")
        .append("Each rule: its stable code, name, the condition in plain words and the named conditions it joins (all must ")
        .append("hold; a rule fires only on what the record states, and an unknown condition becomes an open question), ")
        .append("the advice (summary and next steps), its priority, the rules it replaces for the same subject, and its ")
        .append("sources, in Dutch and English. Priorities: KRITIEK > HOOG > MIDDEL > LAAG. ")
        .append(kb.regels().size()).append(" decision rules and ").append(kb.inferentieregels())
        .append(" inference rules that derive the named conditions.\n\n");
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
        if (!r.beantwoordt().isEmpty()) {
          b.append("<br>asks itself: ").append(String.join(", ", r.beantwoordt()));
        }
        b.append(" | ").append(cel(nl.tekst(c, "naam"))).append("<br>_").append(cel(en.tekst(c, "naam"))).append("_")
            .append(" | ").append(cel(nl.tekst(c, "conditie"))).append("<br>_").append(cel(en.tekst(c, "conditie"))).append("_")
            .append("<br>Voorwaarden: ");
        List<String> vw = new ArrayList<>();
        for (RegelInfo.Voorwaarde v : r.voorwaarden()) {
          vw.add("`" + (v.bereik() == RegelInfo.Bereik.ONDERWERP ? "" : v.bereik().name().toLowerCase(java.util.Locale.ROOT) + ":")
              + v.naam() + "`");
        }
        b.append(String.join(" ∧ ", vw));
        b.append(" | **").append(cel(nl.tekst(c, "samenvatting"))).append("**");
        for (String s : nl.stappen(c)) {
          b.append("<br>- ").append(cel(s));
        }
        b.append("<br>_").append(cel(en.tekst(c, "samenvatting"))).append("_")
            .append(" | ").append(r.prioriteit()).append(" | ");
        List<String> bron = new ArrayList<>();
        for (RegelInfo.BronVerwijzing v : r.bronnen()) {
          Bron x = bronnen.bron(v);
          bron.add(cel(x.citaat()) + x.url().map(u -> " [link](" + u + ")").orElse(""));
        }
        b.append(String.join("; ", bron));
        nl.zoek(c + ".ontwerpkeuze").ifPresent(o -> b.append("<br>Ontwerpkeuze: ").append(cel(o)));
        en.zoek(c + ".ontwerpkeuze").ifPresent(o -> b.append("<br>_Design choice: ").append(cel(o)).append("_"));
        b.append(" |\n");
      }
      b.append('\n');
    }
    b.append("## Named conditions\n\n");
    b.append("Every condition a rule joins, derived once per evaluation by an inference rule: it holds, fails or is ")
        .append("unknown (the record does not say).\n\n| Conditie | Nederlands | English |\n|---|---|---|\n");
    TreeSet<String> namen = new TreeSet<>();
    kb.regels().values().forEach(r -> r.voorwaarden().forEach(v -> namen.add(v.naam())));
    for (String n : namen) {
      b.append("| `").append(n).append("` | ").append(cel(nl.tekst("voorwaarde." + n))).append(" | ")
          .append(cel(en.tekst("voorwaarde." + n))).append(" |\n");
    }
    b.append("\n## Catalogue rows merged, dropped, split or added\n\n");
    if (afwijkingen.isEmpty()) {
      b.append("None.\n");
    } else {
      b.append("| Code | What and why |\n|---|---|\n");
      afwijkingen.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(cel(v)).append(" |\n"));
    }
    return b.toString();
  }

  /** Codes of catalogue rows that are not a rule of their own (or were added), with the reason, from {@code catalogus/<topic>.properties}. */
  public static Map<String, String> afwijkingen() {
    Map<String, String> m = new TreeMap<>();
    for (String o : Teksten.ONDERWERPEN) {
      try (InputStream in = Catalogus.class.getResourceAsStream(AFWIJKINGEN + o + ".properties")) {
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
