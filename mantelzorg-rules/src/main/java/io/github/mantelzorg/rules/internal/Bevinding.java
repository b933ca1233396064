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
 * @param betreft the subject, then everyone the conditions involve, without repeats
 */
public record Bevinding(RegelInfo regel, String context, List<Conditie> voorwaarden, List<String> betreft) {
  /** A finding; {@link #betreft()} is derived once from the conditions (the report reads it several times). */
  public Bevinding(RegelInfo regel, String context, List<Conditie> voorwaarden) {
    this(regel, context, voorwaarden, betreft(voorwaarden));
  }

  /** The subject: the first condition's. */
  public String subject() {
    return voorwaarden.get(0).subject();
  }

  private static List<String> betreft(List<Conditie> voorwaarden) {
    String subject = voorwaarden.get(0).subject();
    List<String> b = null;
    for (Conditie c : voorwaarden) {
      for (String id : c.betrokken()) {
        if (!id.equals(subject) && (b == null || !b.contains(id))) {
          if (b == null) {
            b = new ArrayList<>(4);
            b.add(subject);
          }
          b.add(id);
        }
      }
    }
    return b == null ? List.of(subject) : List.copyOf(b);
  }
}
