package io.github.mantelzorg.rules.feiten;

import java.util.Optional;

/**
 * Feit: the small, pure functions that turn one stated fact of the model into a {@link Waarheid}, for the inference
 * rules. Absent is always unknown.
 */
public final class Feit {
  private Feit() {}

  /** Holds when stated true. */
  public static Waarheid ja(Optional<Boolean> feit) {
    return Waarheid.van(feit);
  }

  /** Holds when stated false. */
  public static Waarheid nee(Optional<Boolean> feit) {
    return Waarheid.van(feit).niet();
  }

  /** Holds when the stated value is one of {@code waarden}, fails when another value is stated. */
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

  /** Holds when the stated number is at least {@code grens}. */
  public static Waarheid minstens(Optional<? extends Number> feit, double grens) {
    return feit.isEmpty() ? Waarheid.ONBEKEND : Waarheid.van(feit.get().doubleValue() >= grens);
  }

  /** Holds when the stated number is at most {@code grens}. */
  public static Waarheid hoogstens(Optional<? extends Number> feit, double grens) {
    return feit.isEmpty() ? Waarheid.ONBEKEND : Waarheid.van(feit.get().doubleValue() <= grens);
  }
}
