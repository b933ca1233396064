package io.github.mantelzorg.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception this library raises for input it cannot accept: a value that breaks an invariant, a
 * reference that does not resolve, or JSON that cannot be read.
 *
 * <p>It lists every problem found (an aggregate reports all of them at once, not only the first); each names the
 * JSON path, the value and what was expected. Its message is the list of problems, one per line, and never
 * contains a Jackson or Drools class name.
 *
 * <p>Sealed: the only subclass is the package's own exception for a builder missing a required field (or given
 * {@code null}), which callers see as an {@code InvalidModelException} like any other.
 */
public sealed class InvalidModelException extends IllegalArgumentException permits MissingValueException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_PROBLEMS_IN_MESSAGE = 50;

  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param subject what was being read or built, e.g. {@code Zorgnetwerk}
   * @param problems at least one problem
   */
  public InvalidModelException(String subject, List<Problem> problems) {
    super(message(subject, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidModelException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found, in the order found.
   *
   * @return the problems, at least one
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the same problems with {@code prefix} in front of each path.
   *
   * @param subject what was being read or built, e.g. {@code Casus}
   * @param prefix the path to put in front, e.g. {@code zorgnetwerken[0]}
   * @return a new exception with the same problems under {@code prefix}
   */
  public InvalidModelException under(String subject, String prefix) {
    return new InvalidModelException(
        subject, problems.stream().map(p -> p.under(prefix)).collect(Collectors.toList()));
  }

  private static String message(String subject, List<Problem> problems) {
    StringBuilder b = new StringBuilder("Invalid ").append(subject).append(": ");
    if (problems.size() == 1) {
      return b.append(problems.get(0)).toString();
    }
    b.append(problems.size()).append(" problems");
    problems.stream().limit(MAX_PROBLEMS_IN_MESSAGE).forEach(p -> b.append(System.lineSeparator()).append("  ").append(p));
    if (problems.size() > MAX_PROBLEMS_IN_MESSAGE) {
      b.append(System.lineSeparator()).append("  ... and ").append(problems.size() - MAX_PROBLEMS_IN_MESSAGE).append(" more");
    }
    return b.toString();
  }
}
