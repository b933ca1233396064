package io.github.mantelzorg.rules.ecomap;

import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.rules.Language;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Ecomap: the picture of a care network as an SVG document, made by the library alone (no browser, no server).
 *
 * <p>The zorgvrager is at the centre; around it, one sector per kind, clockwise from the top: the carers, the
 * respite arranged, the volunteers, the professionals (with their organisations further out), the experts by
 * experience and the informal contacts. Every person of the network is one node ({@code <g class="mz-knoop"
 * data-id="...">}), every organisation of a professional one node, every respite arrangement one node; a kind of
 * person of which the record lists none gets one placeholder saying "none" (stated) or "unknown" (not recorded).
 * Every relation is one line ({@code <line class="mz-lijn" data-van="..." data-naar="...">}): zorgvrager to each
 * person and each respite arrangement, each professional to their organisation.
 *
 * <p>What the lines and boxes say, in words in the legend too:
 *
 * <ul>
 *   <li>a carer's line is thick when the care is langdurig en intensief (more than 8 hours a week for more than 3
 *       months), medium for more than 8 hours otherwise, thin for 8 hours or less, dotted when the hours are unknown;
 *   <li>an informal contact's line is dashed when willing but not yet asked, solid when asked, grey dash-dot when not
 *       willing, dotted when unknown; a respite's line is solid when in use, dashed when not, dotted when unknown;
 *   <li>a carer's box says whether the carer is overloaded, as the rules see it ({@link Overbelasting}): hatched with
 *       a red border and "!" when overloaded, green with a check mark when not, grey with "?" when unknown, always
 *       with the words and the measurement, so nothing depends on colour alone.
 * </ul>
 *
 * <p>Unknown is never drawn as "no". Measurements dated after the evaluation date are left out, as the rules leave
 * them out. The SVG is accessible ({@code role="img"}, a {@code <title>} and a {@code <desc>} that tells the whole
 * picture in words, a text label on every node) and deterministic: the same network and date give the same bytes,
 * whatever the order of its lists. Names and other text from the input are escaped for XML, and characters that could
 * reorder or hide text are shown as {@code \\uXXXX}.
 */
public final class Ecomap {
  private Ecomap() {}

  /**
   * The ecomap of a network on an evaluation date, as a standalone SVG document (no XML declaration, so it can also
   * be put inline in HTML). Its element ids start with {@code ecomap-} and a hash of the network's id, so the ecomaps
   * of several networks can share one HTML page.
   *
   * @param netwerk the care network
   * @param peildatum the evaluation date: burden measurements after it are left out, older than
   *     {@code Drempels.METING_GELDIG_MAANDEN} months before it no longer tell the burden
   * @param taal the language of the labels
   * @return the SVG text
   * @throws NullPointerException if an argument is null
   */
  public static String svg(Zorgnetwerk netwerk, LocalDate peildatum, Language taal) {
    Objects.requireNonNull(netwerk, "netwerk");
    return svg(netwerk, peildatum, taal, Svg.voorvoegsel("ecomap", netwerk.id()));
  }

  /** As {@link #svg(Zorgnetwerk, LocalDate, Language)} with the given id prefix. */
  static String svg(Zorgnetwerk netwerk, LocalDate peildatum, Language taal, String voorvoegsel) {
    Objects.requireNonNull(netwerk, "netwerk");
    Objects.requireNonNull(peildatum, "peildatum");
    Objects.requireNonNull(taal, "taal");
    return EcomapTekening.svg(netwerk, peildatum, taal, voorvoegsel);
  }
}
