package io.github.mantelzorg.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Translates what Jackson throws into {@link Problem}s: by the exception's type and accessors (path, value, target
 * type, property name), and by the JSON tree being bound, which tells what was found at the path. Only the parser's
 * own failures, which Jackson raises as one type with a message, are read from their message text.
 */
final class JsonErrors {
  /** Path segments kept in a problem's path; a longer path keeps its start and end (a deep document only). */
  private static final int MAX_PATH_SEGMENTS = 64;

  private JsonErrors() {}

  /**
   * The problems of a failure to bind {@code bound} (the tree the failing binding read); paths are relative to it.
   * A value that breaks the model's own checks comes back as the problems of that check.
   */
  static List<Problem> translate(JsonMappingException e, JsonNode bound) {
    String path = path(e.getPath());
    JsonNode found = at(bound, e.getPath());
    if (e.getCause() instanceof InputCoercionException c) {
      boolean isInt = c.getTargetType() == int.class || c.getTargetType() == Integer.class;
      return List.of(new Problem(path, found != null && found.isNumber() ? found.asText() : "a number",
          "a whole number from " + (isInt ? Integer.MIN_VALUE : Long.MIN_VALUE) + " to "
              + (isInt ? Integer.MAX_VALUE : Long.MAX_VALUE)));
    }
    if (e instanceof InvalidNullException) {
      boolean inList = !e.getPath().isEmpty() && e.getPath().get(e.getPath().size() - 1).getIndex() >= 0;
      return List.of(new Problem(path, "null",
          inList ? "a value: a list holds no nulls" : "an array or an object: null is not an empty list"));
    }
    if (e instanceof ValueInstantiationException) {
      return instantiation(e.getCause(), path);
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return List.of(unknownField(path, u.getPropertyName(), u.getKnownPropertyIds()));
    }
    if (e instanceof InvalidFormatException f) {
      return List.of(new Problem(path, Checks.show(f.getValue()), expected(f.getTargetType(), f.getValue())));
    }
    if (e instanceof MismatchedInputException mi) {
      return List.of(new Problem(path, found == null ? "a value of the wrong type" : describe(found),
          expected(mi.getTargetType(), null)));
    }
    return List.of(new Problem(path, "invalid value", clean(e.getOriginalMessage())));
  }

  /** The problem of a field the model does not know; {@code known} are the fields it does know. */
  static Problem unknownField(String path, String name, Collection<Object> known) {
    List<String> names = known == null ? List.of() : known.stream().map(String::valueOf).sorted().collect(Collectors.toList());
    return new Problem(path, "unknown field " + Checks.quote(name), "one of the fields " + names);
  }

  /** The problems of a value whose builder or check failed while binding. */
  private static List<Problem> instantiation(Throwable cause, String path) {
    if (cause instanceof InvalidModelException m) {
      return m.problems().stream().map(p -> p.under(path)).collect(Collectors.toList());
    }
    return List.of(new Problem(path, "invalid value", cause == null ? "a valid value" : clean(cause.getMessage())));
  }

  /** The problem of malformed JSON met while reading the tree through {@code parser}. */
  static Problem parseFailure(StreamReadException e, JsonParser parser) {
    JsonParser p = e.getProcessor() != null ? e.getProcessor() : parser;
    return new Problem(pathOf(p), token(e), "well-formed JSON: " + parseMessage(e, p) + location(e));
  }

  /**
   * The parser's message, cleaned; the same on every supported Jackson version. Jackson 2.16 and 2.17 word a close
   * marker with nothing open to close as a mismatch ({@code expected ']' (for root starting at ...)}); it is worded
   * here as 2.20 does.
   */
  private static String parseMessage(StreamReadException e, JsonParser p) {
    Matcher m = CLOSE_MARKER.matcher(String.valueOf(e.getOriginalMessage()));
    if (m.find() && (p == null || p.getParsingContext() == null || p.getParsingContext().inRoot())) {
      return "Unexpected close marker '" + m.group(1) + "': no open " + (m.group(1).equals("}") ? "Object" : "Array")
          + " to close";
    }
    return clean(e.getOriginalMessage());
  }

  /** The problem of input beyond a limit of the parser, met while reading the tree through {@code parser}. */
  static Problem limitFailure(StreamConstraintsException e, JsonParser parser) {
    return new Problem(pathOf(parser), "input beyond a limit", limitText(e.getOriginalMessage()));
  }

  // Jackson's parser raises one exception type for every kind of malformed input and names the offending token only
  // in its message; StreamConstraintsException names the limit only there. These patterns are the fallback for that.
  private static final Pattern BAD_TOKEN = Pattern.compile("^Unrecognized token '(.*)': was expecting", Pattern.DOTALL);
  private static final Pattern BAD_CHAR =
      Pattern.compile("^(?:Unexpected|Illegal|Unrecognized) (?:unquoted )?character (?:escape )?.*?code (\\d+)");
  private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)'");
  private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '(.*?)'");
  private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'$", Pattern.DOTALL);

  /** The offending input of a parse failure, as far as the exception tells it. */
  private static String token(StreamReadException e) {
    if (e instanceof JsonEOFException) {
      return "the end of the input";
    }
    String msg = String.valueOf(e.getOriginalMessage());
    Matcher m = BAD_TOKEN.matcher(msg);
    if (m.find()) {
      return Checks.quote(m.group(1));
    }
    m = BAD_CHAR.matcher(msg);
    if (m.find()) {
      return "character " + Checks.quote(Character.toString(Integer.parseInt(m.group(1))));
    }
    m = CLOSE_MARKER.matcher(msg);
    if (m.find()) {
      return "character " + Checks.quote(m.group(1));
    }
    m = NON_STANDARD.matcher(msg);
    if (m.find()) {
      return Checks.quote(m.group(1));
    }
    m = DUPLICATE.matcher(msg);
    if (m.find()) {
      return "a second field " + Checks.quote(m.group(1));
    }
    return msg.startsWith("Unexpected end-of-input") ? "the end of the input" : "unexpected input";
  }

  private static String limitText(String msg) {
    return "input within the JSON limits: " + clean(msg)
        .replace("StreamReadConstraints.getMaxDocumentLength()", "JsonLimits.maxDocumentChars")
        .replace("`StreamReadConstraints.getMaxNameLength()`", "`StreamReadConstraints.getMaxStringLength()`")
        .replaceAll(", from `StreamReadConstraints\\.getMax(\\w+)\\(\\)`", ", JsonLimits.max$1");
  }

  private static String location(StreamReadException e) {
    if (e.getLocation() == null || e.getLocation().getLineNr() < 0) {
      return "";
    }
    return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }

  /** What a value of {@code type} is, in words; {@code found} is the rejected value when Jackson gives it. */
  static String expected(Class<?> type, Object found) {
    if (type == null) {
      return "a value of another type";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class) {
      return found instanceof String ? "a number: NaN and Infinity are not numbers in JSON" : "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == LocalDate.class) {
      return "a date as yyyy-MM-dd";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    // The generated ImmutableFoo, or its nested ImmutableFoo.Json that Jackson binds first: both are a Foo.
    Class<?> model = type.getSimpleName().equals("Json") && type.getEnclosingClass() != null ? type.getEnclosingClass() : type;
    String name = model.getSimpleName();
    return "a " + (name.startsWith("Immutable") ? name.substring("Immutable".length()) : name) + " object";
  }

  /** What a JSON value is, in words: {@code an object}, {@code a string}, {@code null}... */
  static String describe(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    return node.isNull() ? "null" : "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /** The node at a binding failure's path below {@code root}, or null when the path leaves the tree. */
  static JsonNode at(JsonNode root, List<JsonMappingException.Reference> refs) {
    JsonNode n = root;
    for (JsonMappingException.Reference r : refs) {
      if (n == null) {
        return null;
      }
      if (r.getFieldName() != null && n.isObject()) {
        n = n.get(r.getFieldName());
      } else if (r.getIndex() >= 0 && n.isArray()) {
        n = n.get(r.getIndex());
      } else {
        return null;
      }
    }
    return n;
  }

  /** A binding failure's path as text, e.g. {@code mantelzorgers[1].belasting[0].waarde}. */
  static String path(List<JsonMappingException.Reference> refs) {
    List<String> segments = new ArrayList<>(refs.size());
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        segments.add("." + Checks.name(r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        segments.add("[" + r.getIndex() + "]");
      }
    }
    return join(segments);
  }

  /** Where the parser stopped, as a path. Walks the parser's contexts (a loop: the document may be deep). */
  static String pathOf(JsonParser p) {
    if (p == null) {
      return "";
    }
    List<String> segments = new ArrayList<>();
    for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        segments.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        segments.add("." + Checks.name(c.getCurrentName()));
      }
    }
    Collections.reverse(segments);
    return join(segments);
  }

  /** Joins path segments ({@code .name} or {@code [i]}); a very deep path keeps its first and last segments. */
  static String join(List<String> segments) {
    List<String> shown = segments;
    if (segments.size() > MAX_PATH_SEGMENTS) {
      int head = MAX_PATH_SEGMENTS / 2;
      int tail = MAX_PATH_SEGMENTS / 4;
      shown = new ArrayList<>(segments.subList(0, head));
      shown.add(".(" + (segments.size() - head - tail) + " more levels)");
      shown.addAll(segments.subList(segments.size() - tail, segments.size()));
    }
    String s = String.join("", shown);
    return s.startsWith(".") ? s.substring(1) : s;
  }

  /** Removes Jackson class names and source excerpts from a message, and escapes what could act on a terminal. */
  static String clean(String msg) {
    if (msg == null) {
      return "a valid value";
    }
    // "(for Object starting at [Source: ...; line: 1, column: 1])"; Jackson 2.16 and 2.17 also "(for root ...)".
    String s = msg.replaceAll("(?s) ?\\(for (Object|Array|root value|root) starting at \\[Source:.*?\\]\\)", "")
        .replaceAll("(?s)\\s*at \\[Source:.*", "")
        // Hints to switch on a Jackson feature are not for our users.
        .replaceAll(":? ?(enable|use) `[\\w.]+` to allow", "")
        .replaceAll(" ?\\(not recognized as one since Feature '\\w+' not enabled for parser\\)", "")
        .replaceAll("`?(com\\.fasterxml|io\\.github\\.mantelzorg|java\\.lang|java\\.util|java\\.time)[\\w.$]*`?", "")
        .replaceAll("\\s+", " ")
        .trim();
    s = Checks.escape(s);
    int cut = s.indexOf(" (through reference chain");
    return cut > 0 ? s.substring(0, cut) : s;
  }
}
