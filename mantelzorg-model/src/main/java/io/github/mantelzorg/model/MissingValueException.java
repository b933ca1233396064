package io.github.mantelzorg.model;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@link InvalidModelException} that the generated builders throw for a required field that was not set, or for
 * {@code null} given where a value is required (the {@code throwForInvalidImmutableState} and
 * {@code throwForNullPointer} options of {@link MantelzorgStyle}). Package-private: callers see an
 * {@code InvalidModelException}; {@link JsonBinder} tells a missing field from a failed check by this type.
 */
final class MissingValueException extends InvalidModelException {
  private static final long serialVersionUID = 1L;
  private static final String PACKAGE = MissingValueException.class.getPackageName() + ".";

  /**
   * Required fields not set: the generated builder passes their names.
   *
   * @param missing the names of the fields, at least one
   */
  public MissingValueException(String... missing) {
    super(builtType(), Arrays.stream(missing)
        .map(f -> new Problem(f, "missing", "a value: this field is required"))
        .collect(Collectors.toList()));
  }

  /**
   * A null where a value is required. The generated code passes the field's name ({@code naam}); for a collection or
   * map the name followed by {@code element}, {@code key} or {@code value for key: K}; {@code element} alone for a
   * collection being copied, {@code instance} for {@code from(null)}.
   *
   * @param where the field, as the generated code names it
   */
  public MissingValueException(String where) {
    super(builtType(), List.of(nullAt(where)));
  }

  private static Problem nullAt(String where) {
    if (where.equals("instance")) {
      return new Problem("", "null", "a value to copy from");
    }
    if (where.equals("element")) {
      return new Problem("", "null", "no null elements");
    }
    int space = where.indexOf(' ');
    if (space < 0) {
      return new Problem(where, "null", "a value: null is not allowed");
    }
    String rest = where.substring(space + 1);
    String what = rest.startsWith("key") ? "keys" : rest.startsWith("value") ? "values" : "elements";
    return new Problem(where.substring(0, space), "null", "no null " + what);
  }

  /**
   * The model type being built: the generated builder ({@code ImmutableFoo.Builder}) or copy method
   * ({@code ImmutableFoo.withX}) nearest on the stack. The generated code passes only field names.
   */
  private static String builtType() {
    return StackWalker.getInstance().walk(frames -> frames
        .map(StackWalker.StackFrame::getClassName)
        .filter(c -> c.startsWith(PACKAGE + "Immutable"))
        .findFirst())
        .map(c -> c.substring(PACKAGE.length() + "Immutable".length()))
        .map(c -> c.contains("$") ? c.substring(0, c.indexOf('$')) : c)
        .orElse("value");
  }
}
