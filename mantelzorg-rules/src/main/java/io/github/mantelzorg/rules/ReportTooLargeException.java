package io.github.mantelzorg.rules;

/**
 * The report of one record would be larger than the engine allows ({@link AdviesEngine.Builder#maxReportChars(long)}):
 * the record is valid, but its advice, open questions and warnings together hold more text than one report may. The
 * engine stops building the report as soon as it knows, so that one record cannot exhaust memory or fill a disk; the
 * caller reports it for that record alone and goes on with the others (the command-line tool does).
 *
 * <p>A real record stays far below the default limit: scenario S6, one case of four networks, has a report of about
 * 100,000 characters.
 */
public final class ReportTooLargeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The limit that was crossed, in characters. */
  private final long limit;
  /** How many cards were built when the limit was crossed. */
  private final long kaarten;

  ReportTooLargeException(long limit, long kaarten) {
    super("the report would hold more than " + limit + " characters of text (after " + kaarten
        + " cards): more than one report may hold (maxReportChars)");
    this.limit = limit;
    this.kaarten = kaarten;
  }

  /**
   * The limit that was crossed, in characters.
   *
   * @return the limit, in characters
   */
  public long limit() {
    return limit;
  }

  /**
   * How many cards were built when the limit was crossed.
   *
   * @return the number of cards
   */
  public long cards() {
    return kaarten;
  }
}
