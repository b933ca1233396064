package io.github.mantelzorg.examples;

/**
 * Example S6: a volunteer group that nobody informs, four networks in one case. Run with {@code --taal EN} for English.
 *
 * @see Voorbeeld#S6
 */
public final class S6VrijwilligersNietGeinformeerd {
  private S6VrijwilligersNietGeinformeerd() {}

  /** Prints the advice for scenario S6. */
  public static void main(String[] args) {
    Voorbeeld.S6.main(args);
  }
}
