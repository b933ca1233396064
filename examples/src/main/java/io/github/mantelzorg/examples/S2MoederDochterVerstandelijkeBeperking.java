package io.github.mantelzorg.examples;

/**
 * Example S2: a mother caring for her daughter with an intellectual disability. Run with {@code --taal EN} for English.
 *
 * @see Voorbeeld#S2
 */
public final class S2MoederDochterVerstandelijkeBeperking {
  private S2MoederDochterVerstandelijkeBeperking() {}

  /** Prints the advice for scenario S2. */
  public static void main(String[] args) {
    Voorbeeld.S2.main(args);
  }
}
