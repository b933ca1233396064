package io.github.mantelzorg.examples;

/**
 * Example S9: an expert by experience welcomed by management only. Run with {@code --taal EN} for English.
 *
 * @see Voorbeeld#S9
 */
public final class S9ErvaringsdeskundigeAlleenManagement {
  private S9ErvaringsdeskundigeAlleenManagement() {}

  /** Prints the advice for scenario S9. */
  public static void main(String[] args) {
    Voorbeeld.S9.main(args);
  }
}
