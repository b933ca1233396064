package io.github.mantelzorg.rules.feiten;

import java.util.Collection;
import java.util.Optional;

/**
 * Waarheid: the value of a named condition: it holds ({@link #GELDT}), it fails ({@link #FAALT}), or the record does
 * not say ({@link #ONBEKEND}). Combined with Kleene's three-valued logic: an unknown part decides nothing.
 */
public enum Waarheid {
  /** Holds: the record states what the condition asks. */
  GELDT,
  /** Fails: the record states the opposite. */
  FAALT,
  /** Unknown: the record does not state it. */
  ONBEKEND;

  /**
   * From the model's convention: stated true holds, stated false fails, absent is unknown.
   *
   * @param feit the stated fact, or empty when unknown
   * @return holds, fails or unknown
   */
  public static Waarheid van(Optional<Boolean> feit) {
    return feit.isEmpty() ? ONBEKEND : feit.get() ? GELDT : FAALT;
  }

  /**
   * Holds or fails.
   *
   * @param feit whether it holds
   * @return holds or fails
   */
  public static Waarheid van(boolean feit) {
    return feit ? GELDT : FAALT;
  }

  /**
   * The opposite; unknown stays unknown.
   *
   * @return the opposite
   */
  public Waarheid niet() {
    return this == GELDT ? FAALT : this == FAALT ? GELDT : ONBEKEND;
  }

  /**
   * And: fails when either fails, holds when both hold, else unknown.
   *
   * @param ander the other truth value
   * @return the conjunction
   */
  public Waarheid en(Waarheid ander) {
    if (this == FAALT || ander == FAALT) {
      return FAALT;
    }
    return this == GELDT && ander == GELDT ? GELDT : ONBEKEND;
  }

  /**
   * Or: holds when either holds, fails when both fail, else unknown.
   *
   * @param ander the other truth value
   * @return the disjunction
   */
  public Waarheid of(Waarheid ander) {
    if (this == GELDT || ander == GELDT) {
      return GELDT;
    }
    return this == FAALT && ander == FAALT ? FAALT : ONBEKEND;
  }

  /**
   * Holds when any holds; fails when all fail (or there are none); else unknown.
   *
   * @param waarden the truth values
   * @return holds, fails or unknown
   */
  public static Waarheid enige(Collection<Waarheid> waarden) {
    Waarheid w = FAALT;
    for (Waarheid x : waarden) {
      w = w.of(x);
    }
    return w;
  }

  /**
   * Holds when all hold (or there are none); fails when any fails; else unknown.
   *
   * @param waarden the truth values
   * @return holds, fails or unknown
   */
  public static Waarheid alle(Collection<Waarheid> waarden) {
    Waarheid w = GELDT;
    for (Waarheid x : waarden) {
      w = w.en(x);
    }
    return w;
  }
}
