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

  Checks notBlank(String path, String value) {
    if (value.isBlank()) {
      problems.add(new Problem(path, quote(value), "a non-blank text"));
    }
    return this;
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

  /** Escapes control, format and line-separator characters as {@code \\uXXXX}. */
  static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int t = Character.getType(c);
      boolean bad = t == Character.CONTROL || t == Character.FORMAT || t == Character.LINE_SEPARATOR
          || t == Character.PARAGRAPH_SEPARATOR;
      if (bad && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (bad) {
        b.append(String.format("\\u%04x", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
