package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.rules.feiten.Conditie;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A raw finding: one decision rule fired in one context on these conditions (in the order of its
 * {@code @voorwaarden}; the first names the subject). Whom it concerns is worked out once, when it is made: a report
 * asks it of every finding against every other, so it must not cost a pass over the conditions each time.
 */
public final class Bevinding {
  private final RegelInfo regel;
  private final String context;
  private final List<Conditie> voorwaarden;
  private final Set<String> betreft;

  /**
   * A finding.
   *
   * @param regel the rule
   * @param context the network or partnership id
   * @param voorwaarden the conditions that held
   */
  public Bevinding(RegelInfo regel, String context, List<Conditie> voorwaarden) {
    this.regel = Objects.requireNonNull(regel, "regel");
    this.context = Objects.requireNonNull(context, "context");
    this.voorwaarden = List.copyOf(voorwaarden);
    String subject = subject();
    Set<String> b = null;
    for (Conditie c : this.voorwaarden) {
      for (String id : c.betrokken()) {
        if (!id.equals(subject)) {
          if (b == null) {
            b = new LinkedHashSet<>();
            b.add(subject);
          }
          b.add(id);
        }
      }
    }
    this.betreft = b == null ? Set.of(subject) : Collections.unmodifiableSet(b);
  }

  /** The rule. */
  public RegelInfo regel() {
    return regel;
  }

  /** The network or partnership id. */
  public String context() {
    return context;
  }

  /** The conditions that held, in the order of the rule's {@code @voorwaarden}. */
  public List<Conditie> voorwaarden() {
    return voorwaarden;
  }

  /** The subject: the first condition's. */
  public String subject() {
    return voorwaarden.get(0).subject();
  }

  /** The subject, then everyone the conditions involve, without repeats, in that order. */
  public Set<String> betreft() {
    return betreft;
  }

  /** Does this finding concern one of {@code ids}? */
  public boolean deeltMet(Iterable<String> ids) {
    for (String id : ids) {
      if (betreft.contains(id)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "Bevinding[" + regel.code() + " " + context + " " + betreft + "]";
  }
}
