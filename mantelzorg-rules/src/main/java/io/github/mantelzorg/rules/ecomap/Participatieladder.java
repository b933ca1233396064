package io.github.mantelzorg.rules.ecomap;

import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.rules.Language;
import java.util.Objects;

/**
 * Participatieladder: the picture of a partnership as an SVG document: its relations placed on the participation
 * ladder of the Gids voor mantelzorgondersteuners, Werkboek 1 (MantelzorgNL; rungs 0 "no contact" to 6
 * "self-management"), the current rung a filled dot, the desired rung a ring, an arrow from current to desired;
 * the members and candidates without a rating listed apart under the ladder.
 *
 * <p>Every rated relation is one {@code <g class="mz-relatie" data-organisatie="..." data-huidig="n"
 * data-gewenst="m">}; every organisation without one a {@code <g class="mz-onbeoordeeld" data-id="...">}. When no
 * relation is listed, the picture says whether the record states that none is rated yet or does not say (unknown).
 * Like {@link Ecomap}: accessible ({@code role="img"}, {@code <title>}, a {@code <desc>} in words, labels in words
 * beside the marks), deterministic (relations sorted by organisation id), every text from the input escaped.
 */
public final class Participatieladder {
  private Participatieladder() {}

  /**
   * The participatieladder of a partnership, as a standalone SVG document (no XML declaration). Its element ids start
   * with {@code ladder-} and a hash of the partnership's id.
   *
   * @param verband the partnership
   * @param taal the language of the labels
   * @return the SVG text
   * @throws NullPointerException if an argument is null
   */
  public static String svg(Samenwerkingsverband verband, Language taal) {
    Objects.requireNonNull(verband, "verband");
    return svg(verband, taal, Svg.voorvoegsel("ladder", verband.id()));
  }

  /** As {@link #svg(Samenwerkingsverband, Language)} with the given id prefix. */
  static String svg(Samenwerkingsverband verband, Language taal, String voorvoegsel) {
    Objects.requireNonNull(verband, "verband");
    Objects.requireNonNull(taal, "taal");
    return LadderTekening.svg(verband, taal, voorvoegsel);
  }
}
