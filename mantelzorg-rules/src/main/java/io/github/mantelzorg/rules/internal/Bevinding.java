package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.rules.feiten.Conditie;
import java.util.ArrayList;
import java.util.List;

/**
 * A raw finding: one decision rule fired in one context on these conditions (in the order of its
 * {@code @voorwaarden}; the first names the subject).
 *
 * @param regel the rule
 * @param context the network or partnership id
 * @param voorwaarden the conditions that held
 */
public record Bevinding(RegelInfo regel, String context, List<Conditie> voorwaarden) {
  /** The subject: the first condition's. */
  public String subject() {
    return voorwaarden.get(0).subject();
  }

  /** The subject, then everyone the conditions involve, without repeats. */
  public List<String> betreft() {
    List<String> b = new ArrayList<>(2);
    b.add(subject());
    for (Conditie c : voorwaarden) {
      for (String id : c.betrokken()) {
        if (!b.contains(id)) {
          b.add(id);
        }
      }
    }
    return b;
  }
}
