package io.github.mantelzorg.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with an input: where it is, what was found and what was expected.
 *
 * @param path the JSON path of the offending field, e.g. {@code mantelzorgers[1].belasting[0].waarde}; for a
 *     value built in Java the path starts at the value that was being built
 * @param value the offending value as text ({@code "null"} when absent, possibly shortened)
 * @param expected what would have been accepted, in plain words
 */
public record Problem(String path, String value, String expected) {
  /**
   * Rejects null parts.
   *
   * @param path the JSON path of the offending field
   * @param value the offending value as text
   * @param expected what would have been accepted
   */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expected, "expected");
  }

  /**
   * A text from the input as a problem shows it, the way {@link Json} shows the values it rejects: in double quotes,
   * shortened to 80 characters, with control, format and separator characters, lone surrogates and spaces other than
   * the plain space escaped as {@code \\u001b}, so that a message is one line that cannot drive a terminal. For readers
   * of other documents (the rules module reads feedback) that report through {@link InvalidModelException}.
   *
   * @param input the text
   * @return the text as a problem shows it
   */
  public static String quote(String input) {
    return Checks.quote(Objects.requireNonNull(input, "input"));
  }

  /**
   * The problem with an id, a name or a reference, if it is not what the model requires of its own: printable text (no
   * control, format or line-separator characters, no lone surrogates) that is not blank.
   *
   * @param path where the text is
   * @param text the text
   * @return the problem, or empty when the text is printable and not blank
   */
  public static Optional<Problem> unprintable(String path, String text) {
    Checks c = Checks.of("").printable(path, Objects.requireNonNull(text, "text"));
    return c.problems().stream().findFirst();
  }

  /**
   * Returns the same problem with {@code prefix} put in front of its path.
   *
   * @param prefix the path to put in front, e.g. {@code zorgnetwerken[0]}; empty for none
   * @return the problem under {@code prefix}
   */
  public Problem under(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    if (path.isEmpty()) {
      return new Problem(prefix, value, expected);
    }
    return new Problem(prefix + (path.startsWith("[") ? "" : ".") + path, value, expected);
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "$" : path) + ": " + value + " (expected " + expected + ")";
  }
}
