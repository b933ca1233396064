package io.github.mantelzorg.rules.feiten;

import java.util.Optional;

/**
 * Feit: the small, pure functions that turn one stated fact of the model into a {@link Waarheid}, for the inference
 * rules. Absent is always unknown.
 */
public final class Feit {
  private Feit() {}

  /**
   * Holds when stated true.
   *
   * @param feit the stated fact, or empty when unknown
   * @return holds, fails or unknown
   */
  public static Waarheid ja(Optional<Boolean> feit) {
    return Waarheid.van(feit);
  }

  /**
   * Holds when stated false.
   *
   * @param feit the stated fact, or empty when unknown
   * @return holds, fails or unknown
   */
  public static Waarheid nee(Optional<Boolean> feit) {
    return Waarheid.van(feit).niet();
  }

  /**
   * Holds when the stated value is one of {@code waarden}, fails when another value is stated.
   *
   * @param <E> the type of the value
   * @param feit the stated value, or empty when unknown
   * @param waarden the values for which it holds
   * @return holds, fails or unknown
   */
  @SafeVarargs
  public static <E> Waarheid in(Optional<E> feit, E... waarden) {
    if (feit.isEmpty()) {
      return Waarheid.ONBEKEND;
    }
    for (E w : waarden) {
      if (w.equals(feit.get())) {
        return Waarheid.GELDT;
      }
    }
    return Waarheid.FAALT;
  }

  /**
   * Holds when the stated number is at least {@code grens}.
   *
   * @param feit the stated number, or empty when unknown
   * @param grens the lower bound
   * @return holds, fails or unknown
   */
  public static Waarheid minstens(Optional<? extends Number> feit, double grens) {
    return feit.isEmpty() ? Waarheid.ONBEKEND : Waarheid.van(feit.get().doubleValue() >= grens);
  }

  /**
   * Holds when the stated number is at most {@code grens}.
   *
   * @param feit the stated number, or empty when unknown
   * @param grens the upper bound
   * @return holds, fails or unknown
   */
  public static Waarheid hoogstens(Optional<? extends Number> feit, double grens) {
    return feit.isEmpty() ? Waarheid.ONBEKEND : Waarheid.van(feit.get().doubleValue() <= grens);
  }
}
