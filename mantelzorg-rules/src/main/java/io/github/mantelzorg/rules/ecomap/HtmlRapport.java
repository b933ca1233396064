package io.github.mantelzorg.rules.ecomap;

import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.rules.Adviesrapport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * HtmlRapport: an advice report as one self-contained HTML page, for reading on screen and printing on A4.
 *
 * <p>Per care network of the case: its {@link Ecomap} beside (on narrow screens and on paper: above) the advice
 * cards whose first context is that network, and its open questions; for the partnership: its
 * {@link Participatieladder}, cards and questions; then any card or question that belongs to none of them, and the
 * warnings (facts left out of the evaluation). A card shows its priority in words, code, name, summary, whom it
 * concerns, detail, why (the facts that made it fire), the steps and the sources, with a link where an address is
 * known, and the other networks it was also found in.
 *
 * <p>The page needs nothing else: CSS and SVG are inline, there is no script, and nothing is loaded from anywhere.
 * It is accessible: {@code lang} from the report's language, headings h1 to h4 in order, every picture an
 * {@code img} with a title and a description in words, contrast at least 4.5:1, and no meaning in colour alone. The
 * texts of the advice, questions and warnings are the report's, in its language; the page's own labels are in the same
 * language. Every text from the input and the report is escaped for HTML. The output is also well-formed XML, and the
 * same report and case give the same bytes.
 */
public final class HtmlRapport {
  private HtmlRapport() {}

  /**
   * The HTML page of a report.
   *
   * @param rapport the report, as {@code AdviesEngine.advise(casus, peildatum)} returned it
   * @param casus the case the report was made of: its networks get an ecomap on the report's evaluation date, its
   *     partnership a participatieladder (for a single network or partnership use {@code Casus.of(...)})
   * @return the page
   * @throws NullPointerException if an argument is null
   */
  public static String html(Adviesrapport rapport, Casus casus) {
    StringBuilder b = new StringBuilder(65_536);
    try {
      write(rapport, casus, b);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not fail", e);
    }
    return b.toString();
  }

  /**
   * Writes the HTML page of a report (UTF-8 is declared in the page: write it with that encoding).
   *
   * @param rapport the report
   * @param casus the case the report was made of
   * @param uit where to write the page
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  public static void write(Adviesrapport rapport, Casus casus, Appendable uit) throws IOException {
    Objects.requireNonNull(rapport, "rapport");
    Objects.requireNonNull(casus, "casus");
    Objects.requireNonNull(uit, "uit");
    RapportPagina.schrijf(rapport, casus, uit);
  }
}
