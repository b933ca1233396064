package io.github.mantelzorg.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects the problems of one value's {@code @Value.Check} and throws them together. */
final class Checks {
  private static final int MAX_VALUE_LENGTH = 80;

  private final String subject;
  private final List<Problem> problems = new ArrayList<>();

  private Checks(String subject) {
    this.subject = subject;
  }

  static Checks of(String subject) {
    return new Checks(subject);
  }

  Checks range(String path, int value, int min, int max) {
    if (value < min || value > max) {
      problems.add(new Problem(path, Integer.toString(value), "an integer from " + min + " to " + max));
    }
    return this;
  }

  Checks range(String path, double value, double min, double max) {
    if (Double.isNaN(value) || value < min || value > max) {
      problems.add(new Problem(path, Double.toString(value), "a number from " + fmt(min) + " to " + fmt(max)));
    }
    return this;
  }

  /**
   * An id, a name, or a reference to an id: text that is inert wherever it is shown (terminal, Markdown, a report
   * line). Rejects control characters (C0, C1), format characters (bidirectional overrides and isolates, zero-width
   * characters, soft hyphen...), line and paragraph separators and lone surrogates; and blank text: empty, or only
   * spaces (no-break spaces too) and other invisible characters.
   */
  Checks printable(String path, String value) {
    if (!inert(value)) {
      problems.add(new Problem(path, quote(value), PRINTABLE));
    } else if (blank(value)) {
      problems.add(new Problem(path, quote(value), "a non-blank text"));
    }
    return this;
  }

  /** {@link #printable(String, String)} for an optional id, name or reference. */
  Checks printable(String path, java.util.Optional<String> value) {
    value.ifPresent(v -> printable(path, v));
    return this;
  }

  /** {@link #printable(String, String)} for every element of a list, at {@code path[i]}. */
  Checks printable(String path, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      printable(path + "[" + i + "]", values.get(i));
    }
    return this;
  }

  /** What {@link #printable(String, String)} accepts. */
  static boolean isPrintable(String value) {
    return inert(value) && !blank(value);
  }

  private static final String PRINTABLE = "printable text: no control, format or line-separator characters "
      + "(such as bidirectional overrides or zero-width spaces) and no lone surrogates";

  /** No code point that could act on the text around it, and no half of a surrogate pair on its own. */
  private static boolean inert(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c) || i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        int t = Character.getType(s.codePointAt(i));
        i++;
        if (acts(t)) {
          return false;
        }
      } else if (acts(Character.getType(c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean acts(int type) {
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** Nothing visible: only white space, space separators, combining marks and the blank-looking fillers. */
  private static boolean blank(String s) {
    return s.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.NON_SPACING_MARK || Character.getType(cp) == Character.ENCLOSING_MARK
        || isFiller(cp));
  }

  /** Hangul fillers and the blank Braille pattern: letters or symbols that show nothing. */
  private static boolean isFiller(int cp) {
    return cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800;
  }

  Checks require(boolean ok, String path, Object value, String expected) {
    if (!ok) {
      problems.add(new Problem(path, show(value), expected));
    }
    return this;
  }

  /** Records a problem for every id that occurs more than once; {@code paths} are parallel to {@code ids}. */
  Checks unique(List<String> ids, List<String> paths, Set<String> seen) {
    for (int i = 0; i < ids.size(); i++) {
      if (!seen.add(ids.get(i))) {
        problems.add(new Problem(paths.get(i), quote(ids.get(i)), "an id not used elsewhere in this value"));
      }
    }
    return this;
  }

  Checks resolves(String path, String reference, Collection<String> known, String what) {
    if (!known.contains(reference)) {
      problems.add(new Problem(path, quote(reference), "the id of " + what + " in this value"));
    }
    return this;
  }

  /**
   * A part stated absent ({@code geen}) must not be present as well: records a problem at {@code geen[i]} for every
   * part that {@code aanwezig} marks present.
   */
  static <E extends Enum<E>> void geen(Checks c, java.util.Set<E> geen, java.util.Map<E, Boolean> aanwezig) {
    int i = 0;
    for (E e : geen) {
      if (Boolean.TRUE.equals(aanwezig.get(e))) {
        c.problems.add(new Problem("geen[" + i + "]", quote(naamVan(e)), "only parts this record leaves out: "
            + naamVan(e) + " is given as well"));
      }
      i++;
    }
  }

  /** The JSON name of a model enum value (its {@code @JsonProperty}, else its name). */
  static String naamVan(Enum<?> e) {
    try {
      com.fasterxml.jackson.annotation.JsonProperty p = e.getDeclaringClass().getField(e.name())
          .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
      return p == null ? e.name() : p.value();
    } catch (NoSuchFieldException ex) {
      return e.name();
    }
  }

  Checks add(Problem p) {
    problems.add(p);
    return this;
  }

  boolean ok() {
    return problems.isEmpty();
  }

  /** The problems found so far. */
  List<Problem> problems() {
    return problems;
  }

  void done() {
    if (!problems.isEmpty()) {
      throw new InvalidModelException(subject, problems);
    }
  }

  static Set<String> newSeen() {
    return new HashSet<>();
  }

  static String show(Object value) {
    if (value == null) {
      return "null";
    }
    return value instanceof String s ? quote(s) : shorten(String.valueOf(value));
  }

  static String quote(String s) {
    return "\"" + shorten(s) + "\"";
  }

  /** A field name from the input as a path segment: shortened and with control characters escaped. */
  static String name(String s) {
    return shorten(s);
  }

  /**
   * Shortens a value from the input and escapes its control characters (including line breaks, escape sequences
   * and bidirectional overrides), so that an error message is one line and cannot drive a terminal.
   */
  private static String shorten(String s) {
    return escape(s.length() <= MAX_VALUE_LENGTH ? s : s.substring(0, MAX_VALUE_LENGTH) + "...(" + s.length() + " chars)");
  }

  /**
   * Escapes control, format and line-separator characters, lone surrogates, every space but the plain one, the
   * blank-looking fillers and a combining mark with nothing to combine with as {@code \\uXXXX}, so that what is
   * invisible or acts on a terminal shows as what it is.
   */
  static String escape(String s) {
    StringBuilder b = null;
    boolean base = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      int t = Character.getType(pair ? s.codePointAt(i) : c);
      boolean mark = t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK;
      boolean bad = acts(t) || t == Character.SURROGATE || t == Character.SPACE_SEPARATOR && c != ' ' || isFiller(c)
          || mark && !base;
      base = !bad && c != ' ' && (base || !mark);
      if (bad && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (bad) {
        if (pair) {
          b.append(String.format("\\u%04x\\u%04x", (int) c, (int) s.charAt(i + 1)));
        } else {
          b.append(String.format("\\u%04x", (int) c));
        }
      } else if (b != null) {
        b.append(c);
        if (pair) {
          b.append(s.charAt(i + 1));
        }
      }
      if (pair) {
        i++;
      }
    }
    return b == null ? s : b.toString();
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
