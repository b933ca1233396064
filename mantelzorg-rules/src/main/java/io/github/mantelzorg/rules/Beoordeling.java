package io.github.mantelzorg.rules;

import io.github.mantelzorg.rules.feiten.Conditie;
import io.github.mantelzorg.rules.feiten.Context;
import io.github.mantelzorg.rules.feiten.Waarheid;
import io.github.mantelzorg.rules.internal.Bevinding;
import io.github.mantelzorg.rules.internal.RegelInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The named conditions of one session, indexed by name and subject, read the way a decision rule reads them: for a
 * rule and a subject, each of its {@code @voorwaarden} resolved on the subject or on the session's context. A
 * condition that was not derived (the rule does not apply in this session) counts as failing. Open questions and
 * why-not both come from here, so they cannot disagree with the rules.
 */
final class Beoordeling {
  private final Sessies.Uitslag uitslag;
  private final Map<String, Map<String, Conditie>> index = new HashMap<>();
  /** The findings per rule code. */
  private final Map<String, List<Bevinding>> perCode = new HashMap<>();
  /** The findings per code they replace ({@code @vervangt}). */
  private final Map<String, List<Bevinding>> vervangersVan = new HashMap<>();
  /** The subjects each rule fired for, per rule code. */
  private final Map<String, java.util.Set<String>> gevuurd = new HashMap<>();

  Beoordeling(Sessies.Uitslag uitslag) {
    this.uitslag = uitslag;
    for (Bevinding f : uitslag.bevindingen()) {
      perCode.computeIfAbsent(f.regel().code(), c -> new ArrayList<>(1)).add(f);
      gevuurd.computeIfAbsent(f.regel().code(), c -> new java.util.HashSet<>()).add(f.subject());
      for (String c : f.regel().vervangt()) {
        vervangersVan.computeIfAbsent(c, x -> new ArrayList<>(1)).add(f);
      }
    }
    for (Conditie c : uitslag.condities()) {
      Conditie eerder = index.computeIfAbsent(c.naam(), n -> new HashMap<>()).put(c.subject(), c);
      if (eerder != null) {
        throw new IllegalStateException("condition " + c.naam() + "(" + c.subject() + ") was derived twice in '"
            + uitslag.context().id() + "': " + eerder + " and " + c);
      }
    }
  }

  Sessies.Uitslag uitslag() {
    return uitslag;
  }

  Context context() {
    return uitslag.context();
  }

  /** The subjects a rule can be about in this session: those of its first condition, sorted. */
  List<String> kandidaten(RegelInfo r) {
    Map<String, Conditie> m = index.get(r.voorwaarden().get(0).naam());
    if (m == null) {
      return List.of();
    }
    List<String> l = new ArrayList<>(m.keySet());
    Collections.sort(l);
    return l;
  }

  /** The conditions of {@code r} for {@code subject}, in order; empty where a condition was not derived. */
  List<Optional<Conditie>> voorwaarden(RegelInfo r, String subject) {
    List<Optional<Conditie>> l = new ArrayList<>(r.voorwaarden().size());
    for (RegelInfo.Voorwaarde v : r.voorwaarden()) {
      Optional<String> op = switch (v.bereik()) {
        case ONDERWERP -> Optional.of(subject);
        case NETWERK -> context().netwerk() ? Optional.of(context().id()) : Optional.empty();
        case ZORGVRAGER -> context().zorgvrager();
        case VERBAND -> context().verband();
      };
      Map<String, Conditie> m = index.get(v.naam());
      l.add(op.flatMap(o -> m == null ? Optional.empty() : Optional.ofNullable(m.get(o))));
    }
    return l;
  }

  /** The rule's value for a subject: every condition holds, one fails (or was not derived), or unknown. */
  static Waarheid waarde(List<Optional<Conditie>> voorwaarden) {
    Waarheid w = Waarheid.GELDT;
    for (Optional<Conditie> c : voorwaarden) {
      w = w.en(c.map(Conditie::waarde).orElse(Waarheid.FAALT));
    }
    return w;
  }

  /** Did the rule fire for this subject in this session? */
  boolean gevuurd(RegelInfo r, String subject) {
    java.util.Set<String> s = gevuurd.get(r.code());
    return s != null && s.contains(subject);
  }

  /** The findings of the rule with this code in this session. */
  List<Bevinding> bevindingen(String code) {
    return perCode.getOrDefault(code, List.of());
  }

  /**
   * The finding that replaces a finding of {@code r} about {@code betreft} in this session (same context, a subject
   * in common), if any. Looked up by code, so that a report of many findings does not compare each with each.
   */
  Optional<Bevinding> vervanger(RegelInfo r, Iterable<String> betreft) {
    for (Bevinding g : vervangersVan.getOrDefault(r.code(), List.of())) {
      if (g.deeltMet(betreft)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
