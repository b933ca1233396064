package io.github.mantelzorg.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The description of one rule of the rule base, for catalogues and user interfaces.
 *
 * @param code stable catalogue code
 * @param naam short name in the requested language
 * @param model model or topic
 * @param prioriteit priority of its advice
 * @param bronnen the sources
 * @param ontwerpkeuze a threshold or choice that is the project's, not the source's, when there is one
 * @param conditie the condition in plain words
 * @param voorwaarden the named conditions it joins, in words, in order
 * @param samenvatting the advice summary
 * @param stappen the suggested next steps
 * @param vervangt codes whose advice this rule replaces for the same subject
 */
public record Rule(String code, String naam, Adviesmodel model, Prioriteit prioriteit, List<Bron> bronnen,
    Optional<String> ontwerpkeuze, String conditie, List<String> voorwaarden, String samenvatting, List<String> stappen,
    Set<String> vervangt) {
  /**
   * Copies the collections; {@code vervangt} is sorted.
   *
   * @param code stable catalogue code
   * @param naam short name in the requested language
   * @param model model or topic
   * @param prioriteit priority of its advice
   * @param bronnen the sources
   * @param ontwerpkeuze a threshold or choice that is the project's, not the source's, when there is one
   * @param conditie the condition in plain words
   * @param voorwaarden the named conditions it joins, in words, in order
   * @param samenvatting the advice summary
   * @param stappen the suggested next steps
   * @param vervangt codes whose advice this rule replaces for the same subject
   */
  public Rule {
    bronnen = List.copyOf(bronnen);
    voorwaarden = List.copyOf(voorwaarden);
    stappen = List.copyOf(stappen);
    vervangt = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(vervangt));
  }
}
