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

  Beoordeling(Sessies.Uitslag uitslag) {
    this.uitslag = uitslag;
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
    return uitslag.bevindingen().stream().anyMatch(b -> b.regel().equals(r) && b.subject().equals(subject));
  }

  /** The finding that replaces {@code f} in this session (same context, a subject in common), if any. */
  Optional<Bevinding> vervanger(RegelInfo r, List<String> betreft) {
    for (Bevinding g : uitslag.bevindingen()) {
      if (g.regel().vervangt().contains(r.code()) && !Collections.disjoint(g.betreft(), betreft)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
