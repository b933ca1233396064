package io.github.mantelzorg.rules;

import java.util.List;
import java.util.Set;

/**
 * Regel: the description of one rule of the rule base, for catalogues and user interfaces.
 *
 * @param code stable catalogue code
 * @param naam short name in the requested language
 * @param model model or topic
 * @param prioriteit priority of its advice
 * @param bron source
 * @param conditie the condition in plain words
 * @param samenvatting the advice summary
 * @param stappen the suggested next steps
 * @param vervangt codes whose advice this rule replaces for the same subject
 */
public record Regel(String code, String naam, Adviesmodel model, Prioriteit prioriteit, String bron, String conditie,
    String samenvatting, List<String> stappen, Set<String> vervangt) {
  /** Copies the collections; {@code vervangt} is sorted. */
  public Regel {
    stappen = List.copyOf(stappen);
    vervangt = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(vervangt));
  }
}
