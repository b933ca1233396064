package io.github.mantelzorg.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which inference rule makes which named condition, and which conditions it reads: read from the DRL sources in the
 * jar, so that an engine with decision rules switched off can leave out the inference rules that none of its decision
 * rules needs (they would derive conditions nobody reads, on every evaluation). An inference rule makes a condition
 * with {@code Conditie.van("naam", ...)} in its consequence and reads one with {@code Conditie( naam == "naam" ...)}
 * in its conditions; {@code RegelbasisTest} holds every DRL file to that form.
 *
 * <p>Conservative by construction: a rule of the rule base that is not found in the sources is never left out, and
 * without sources nothing is.
 */
public final class Inferentiegraaf {
  /** The DRL files of the rule base; {@code RegelbasisTest} checks that this list names every one. */
  public static final List<String> DRL_BESTANDEN = List.of("basis.drl", "belasting.drl", "ervaringsdeskundigheid.drl",
      "gecombineerd.drl", "netwerk.drl", "positionering.drl", "respijt.drl", "samenwerking.drl", "sofa.drl", "wifa.drl",
      "zelfregie.drl", "zrm.drl");

  private static final String MAP = "/io/github/mantelzorg/rules/drl/";
  private static final Pattern REGEL = Pattern.compile(
      "(?m)^rule \"([^\"]+)\"(.*?)\\n\\s*when\\s*\\n(.*?)\\n\\s*then\\s*\\n(.*?)\\nend\\b", Pattern.DOTALL);
  private static final Pattern LEEST = Pattern.compile("Conditie\\(\\s*naam\\s*==\\s*\"(\\w+)\"");
  private static final Pattern MAAKT = Pattern.compile("Conditie\\.van\\(\\s*\"(\\w+)\"");

  /** One inference rule: the conditions it reads and those it makes. */
  private record Regel(Set<String> leest, Set<String> maakt) {}

  /** Inference rules by DRL name. */
  private final Map<String, Regel> regels;
  /** Per condition name, the inference rules that make it. */
  private final Map<String, Set<String>> makers = new HashMap<>();

  private Inferentiegraaf(Map<String, Regel> regels) {
    this.regels = regels;
    regels.forEach((naam, r) -> r.maakt().forEach(c -> makers.computeIfAbsent(c, x -> new TreeSet<>()).add(naam)));
  }

  /** The graph of the DRL sources in this jar (empty when they are missing: then nothing is left out). */
  static Inferentiegraaf laad() {
    Map<String, Regel> regels = new LinkedHashMap<>();
    for (String bestand : DRL_BESTANDEN) {
      String tekst;
      try (InputStream in = Inferentiegraaf.class.getResourceAsStream(MAP + bestand)) {
        if (in == null) {
          return new Inferentiegraaf(Map.of());
        }
        tekst = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the rule source " + bestand, e);
      }
      Matcher m = REGEL.matcher(tekst);
      while (m.find()) {
        if (m.group(2).contains("@code(")) {
          continue;
        }
        regels.put(m.group(1), new Regel(namen(LEEST, m.group(3)), namen(MAAKT, m.group(4))));
      }
    }
    return new Inferentiegraaf(regels);
  }

  private static Set<String> namen(Pattern p, String tekst) {
    Set<String> s = new HashSet<>();
    Matcher m = p.matcher(tekst);
    while (m.find()) {
      s.add(m.group(1));
    }
    return s;
  }

  /** Number of inference rules found in the sources. */
  public int inferentieregels() {
    return regels.size();
  }

  /**
   * The inference rules that no rule needs when only these decision rules run: every rule that makes a condition one
   * of them reads (their {@code @voorwaarden}) is needed, and, in turn, every rule that makes a condition a needed
   * rule reads. The others can be left out of the rule base without changing what the decision rules see.
   *
   * @param actief the decision rules that stay switched on
   * @return the DRL names of the inference rules that can be left out
   */
  public Set<String> onnodig(Collection<RegelInfo> actief) {
    Set<String> nodig = new HashSet<>();
    Set<String> gezien = new HashSet<>();
    Deque<String> condities = new ArrayDeque<>();
    for (RegelInfo r : actief) {
      r.voorwaarden().forEach(v -> condities.add(v.naam()));
    }
    while (!condities.isEmpty()) {
      String c = condities.pop();
      if (!gezien.add(c)) {
        continue;
      }
      for (String maker : makers.getOrDefault(c, Set.of())) {
        if (nodig.add(maker)) {
          condities.addAll(regels.get(maker).leest());
        }
      }
    }
    Set<String> weg = new TreeSet<>(regels.keySet());
    weg.removeAll(nodig);
    return weg;
  }
}
