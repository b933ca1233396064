package io.github.mantelzorg.rules.feiten;

import java.util.Objects;

/**
 * Vraag: what to find out about whom when a named condition is unknown: the key of the missing fact (its text is
 * {@code vraag.<sleutel>} in the text bundles) and the id of the person, organisation or record it is about.
 *
 * @param sleutel the missing fact, e.g. {@code belasting} or {@code sofa.betrokkenBijZorgplan}
 * @param subject the id it is about
 */
public record Vraag(String sleutel, String subject) {
  /**
   * Rejects nulls.
   *
   * @param sleutel the missing fact
   * @param subject the id it is about
   */
  public Vraag {
    Objects.requireNonNull(sleutel, "sleutel");
    Objects.requireNonNull(subject, "subject");
  }
}
