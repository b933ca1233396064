package io.github.mantelzorg.examples.cli;

import io.github.mantelzorg.model.Problem;
import io.github.mantelzorg.rules.ReportTooLargeException;

/** How the tool reports a record whose report would be too large: as a problem of that record, like bad input. */
final class TeGroot {
  private TeGroot() {}

  static Problem probleem(ReportTooLargeException e) {
    return new Problem("", "a record whose report would hold more than " + e.limit() + " characters",
        "a record whose advice fits in one report: split it, or raise --limit maxReportChars");
  }
}
