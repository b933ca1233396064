package io.github.mantelzorg.examples;

/**
 * Example S5: a lerende praktijk with only two organisations. Run with {@code --taal EN} for English.
 *
 * @see Voorbeeld#S5
 */
public final class S5LerendePraktijk {
  private S5LerendePraktijk() {}

  /** Prints the advice for scenario S5. */
  public static void main(String[] args) {
    Voorbeeld.S5.main(args);
  }
}
