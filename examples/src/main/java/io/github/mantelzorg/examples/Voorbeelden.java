package io.github.mantelzorg.examples;

import io.github.mantelzorg.rules.Language;
import java.util.function.Consumer;

/**
 * Voorbeelden: runs all seven scenario programs one after the other ({@code ./mvnw -q -pl examples exec:java}, or
 * {@code java -jar mantelzorg.jar voorbeelden}). Arguments: {@code [--taal NL|EN]}.
 */
public final class Voorbeelden {
  private Voorbeelden() {}

  /** Prints the advice of every scenario. */
  public static void main(String[] args) {
    run(Voorbeeld.language(args, "Voorbeelden"), s -> {
      System.out.print(s);
      System.out.flush();
    });
  }

  /**
   * Gives the advice text of every scenario, one scenario at a time (so a reader sees the first while the next is
   * being evaluated), separated by a blank line.
   */
  public static void run(Language taal, Consumer<String> out) {
    boolean eerste = true;
    for (Voorbeeld v : Voorbeeld.values()) {
      out.accept((eerste ? "" : "\n") + v.tekst(taal));
      eerste = false;
    }
  }
}
