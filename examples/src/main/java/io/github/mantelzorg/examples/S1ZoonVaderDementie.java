package io.github.mantelzorg.examples;

/**
 * Example S1: a son caring for his father with dementia (CSI 8, so BL-01 fires). Run with {@code --taal EN} for English.
 *
 * @see Voorbeeld#S1
 */
public final class S1ZoonVaderDementie {
  private S1ZoonVaderDementie() {}

  /** Prints the advice for scenario S1. */
  public static void main(String[] args) {
    Voorbeeld.S1.main(args);
  }
}
