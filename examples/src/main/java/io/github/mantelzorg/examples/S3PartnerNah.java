package io.github.mantelzorg.examples;

/**
 * Example S3: a woman caring for her husband with acquired brain injury. Run with {@code --taal EN} for English.
 *
 * @see Voorbeeld#S3
 */
public final class S3PartnerNah {
  private S3PartnerNah() {}

  /** Prints the advice for scenario S3. */
  public static void main(String[] args) {
    Voorbeeld.S3.main(args);
  }
}
