package io.github.mantelzorg.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * WhyNot: for one rule and one record on one date, per subject, each named condition of the rule in words with
 * whether it holds, fails or is unknown, whether the rule fired, and which rule replaced it if one did. It is read from
 * the same named conditions the rule itself joins.
 *
 * @param code the rule code
 * @param naam the rule's name in the engine's language
 * @param uitgeschakeld is the rule switched off in this engine (then nothing fires)?
 * @param onderwerpen one entry per candidate subject, sorted by context and subject
 */
public record WhyNot(String code, String naam, boolean uitgeschakeld, List<Onderwerp> onderwerpen) {
  /**
   * Copies the list.
   *
   * @param code the rule code
   * @param naam the rule's name in the engine's language
   * @param uitgeschakeld whether the rule is switched off in this engine
   * @param onderwerpen one entry per candidate subject, sorted by context and subject
   */
  public WhyNot {
    onderwerpen = List.copyOf(onderwerpen);
  }

  /** The truth of a condition: holds, fails or unknown. */
  public enum Truth {
    /** The record states what the condition asks. */
    HOLDS,
    /** The record states the opposite. */
    FAILS,
    /** The record does not say. */
    UNKNOWN
  }

  /**
   * One condition of the rule for one subject.
   *
   * @param naam the condition's name (as in the rule's {@code @voorwaarden})
   * @param tekst the condition in words, in the engine's language
   * @param truth holds, fails or unknown
   * @param uitleg the facts behind it in words (what holds or fails), or what to find out when unknown
   */
  public record Condition(String naam, String tekst, Truth truth, String uitleg) {
    /**
     * Rejects nulls.
     *
     * @param naam the condition's name
     * @param tekst the condition in words, in the engine's language
     * @param truth holds, fails or unknown
     * @param uitleg the facts behind it in words
     */
    public Condition {
      Objects.requireNonNull(naam, "naam");
      Objects.requireNonNull(tekst, "tekst");
      Objects.requireNonNull(truth, "truth");
      Objects.requireNonNull(uitleg, "uitleg");
    }
  }

  /**
   * The rule for one subject.
   *
   * @param context the network or partnership id
   * @param onderwerp the subject's id
   * @param naam the subject's display name
   * @param voorwaarden each condition of the rule, in order
   * @param gevuurd did the rule fire for this subject (before replacement)?
   * @param vervangenDoor the code of the rule whose advice replaced it, if one did
   */
  public record Onderwerp(String context, String onderwerp, String naam, List<Condition> voorwaarden, boolean gevuurd,
      Optional<String> vervangenDoor) {
    /**
     * Copies the list.
     *
     * @param context the network or partnership id
     * @param onderwerp the subject's id
     * @param naam the subject's display name
     * @param voorwaarden each condition of the rule, in order
     * @param gevuurd whether the rule fired for this subject
     * @param vervangenDoor the code of the rule whose advice replaced it, if one did
     */
    public Onderwerp {
      voorwaarden = List.copyOf(voorwaarden);
    }

    /**
     * Do all conditions hold?
     *
     * @return whether all hold
     */
    public boolean allesGeldt() {
      return voorwaarden.stream().allMatch(c -> c.truth() == Truth.HOLDS);
    }
  }
}
