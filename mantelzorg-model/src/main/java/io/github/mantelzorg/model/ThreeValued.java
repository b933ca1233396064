package io.github.mantelzorg.model;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/**
 * Three-valued (Kleene) logic over the model's convention for facts: {@code Optional.of(true)} is stated true,
 * {@code Optional.of(false)} stated false, {@code Optional.empty()} unknown. An unknown operand decides nothing: "no and
 * unknown" is no, "yes or unknown" is yes, every other combination with an unknown is unknown.
 */
public final class ThreeValued {
  private static final Optional<Boolean> JA = Optional.of(true);
  private static final Optional<Boolean> NEE = Optional.of(false);

  private ThreeValued() {}

  /**
   * Stated true and stated false as shared constants.
   *
   * @param value the value
   * @return {@code Optional.of(value)}, a shared instance
   */
  public static Optional<Boolean> of(boolean value) {
    return value ? JA : NEE;
  }

  /**
   * Not: true and false swap, unknown stays unknown.
   *
   * @param a a fact, or empty when unknown
   * @return its negation
   */
  public static Optional<Boolean> not(Optional<Boolean> a) {
    return a.map(v -> !v);
  }

  /**
   * And: false when either is false, true when both are true, else unknown.
   *
   * @param a a fact, or empty when unknown
   * @param b another fact, or empty when unknown
   * @return their conjunction
   */
  public static Optional<Boolean> and(Optional<Boolean> a, Optional<Boolean> b) {
    if (a.equals(NEE) || b.equals(NEE)) {
      return NEE;
    }
    return a.isPresent() && b.isPresent() ? JA : Optional.empty();
  }

  /**
   * Or: true when either is true, false when both are false, else unknown.
   *
   * @param a a fact, or empty when unknown
   * @param b another fact, or empty when unknown
   * @return their disjunction
   */
  public static Optional<Boolean> or(Optional<Boolean> a, Optional<Boolean> b) {
    if (a.equals(JA) || b.equals(JA)) {
      return JA;
    }
    return a.isPresent() && b.isPresent() ? NEE : Optional.empty();
  }

  /**
   * True when the fact is true for any element, false when it is false for every element (or there are none), else
   * unknown.
   *
   * @param <T> the type of the elements
   * @param elements the elements
   * @param fact the fact of one element
   * @return true, false, or empty when unknown
   */
  public static <T> Optional<Boolean> any(Collection<T> elements, Function<? super T, Optional<Boolean>> fact) {
    boolean onbekend = false;
    for (T e : elements) {
      Optional<Boolean> v = fact.apply(e);
      if (v.equals(JA)) {
        return JA;
      }
      onbekend |= v.isEmpty();
    }
    return onbekend ? Optional.empty() : NEE;
  }

  /**
   * True when the fact is true for every element (or there are none), false when it is false for any, else unknown.
   *
   * @param <T> the type of the elements
   * @param elements the elements
   * @param fact the fact of one element
   * @return true, false, or empty when unknown
   */
  public static <T> Optional<Boolean> all(Collection<T> elements, Function<? super T, Optional<Boolean>> fact) {
    return not(any(elements, e -> not(fact.apply(e))));
  }

  /**
   * Is the value above the threshold: true or false when the value is known, else unknown.
   *
   * @param value the value, or empty when unknown
   * @param threshold the threshold
   * @return true, false, or empty when the value is unknown
   */
  public static Optional<Boolean> above(Optional<? extends Number> value, double threshold) {
    return value.map(v -> v.doubleValue() > threshold);
  }
}
