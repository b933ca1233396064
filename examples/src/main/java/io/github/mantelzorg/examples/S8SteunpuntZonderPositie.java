package io.github.mantelzorg.examples;

/**
 * Example S8: a carer-support centre without a position. Run with {@code --taal EN} for English.
 *
 * @see Voorbeeld#S8
 */
public final class S8SteunpuntZonderPositie {
  private S8SteunpuntZonderPositie() {}

  /** Prints the advice for scenario S8. */
  public static void main(String[] args) {
    Voorbeeld.S8.main(args);
  }
}
