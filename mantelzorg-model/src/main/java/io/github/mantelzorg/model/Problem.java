package io.github.mantelzorg.model;

import java.util.Objects;

/**
 * One thing wrong with an input: where it is, what was found and what was expected.
 *
 * @param path the JSON path of the offending field, e.g. {@code mantelzorgers[1].belasting[0].waarde}; for a
 *     value built in Java the path starts at the value that was being built
 * @param value the offending value as text ({@code "null"} when absent, possibly shortened)
 * @param expected what would have been accepted, in plain words
 */
public record Problem(String path, String value, String expected) {
  /** Rejects null parts. */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expected, "expected");
  }

  /** Returns the same problem with {@code prefix} put in front of its path. */
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
