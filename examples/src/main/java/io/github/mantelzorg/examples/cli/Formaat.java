package io.github.mantelzorg.examples.cli;

/** Output format of {@code mantelzorg advise}. */
public enum Formaat {
  /** Human-readable text (one summary line per record in JSON Lines mode). */
  text,
  /** JSON (one JSON object per record in JSON Lines mode). */
  json,
  /** Markdown (one list item per record in JSON Lines mode). */
  markdown,
  /**
   * A self-contained HTML page: the ecomap of each network (and the partnership's participatieladder) beside its
   * advice, open questions and warnings, printable on A4. One JSON file only.
   */
  html,
  /**
   * Compact JSON for machines, one line per record: codes, priorities, subjects, facts, open questions and warnings,
   * without the texts (see {@link CompactJson}). Written {@code jsonl-compact} on the command line.
   */
  jsonl_compact {
    @Override
    public String toString() {
      return "jsonl-compact";
    }
  }
}
