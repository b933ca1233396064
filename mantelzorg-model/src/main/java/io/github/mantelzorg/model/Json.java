package io.github.mantelzorg.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Json: the one entry point to read and write care networks, partnerships and cases as JSON.
 *
 * <p>Reading is strict: unknown fields, unknown enum values, numbers where text is expected (and the reverse),
 * fractions for whole numbers, duplicate keys and trailing content are errors, as are values that break an
 * invariant of the model and inputs beyond the {@link JsonLimits}. Every such failure raises
 * {@link InvalidModelException}, whose problems name the JSON path (e.g. {@code mantelzorgers[1].belasting[0].waarde}),
 * the value found and what was expected. A leading UTF-8 byte order mark is skipped.
 *
 * <p>Writing is canonical: fields in declaration order, absent optional values and empty lists left out, dates as
 * {@code yyyy-MM-dd}, two-space indentation. Reading and writing back a canonical document gives the same text.
 *
 * <p>Instances are immutable and thread-safe; create one and share it.
 */
public final class Json {
  private static final Json DEFAULT = new Json(JsonLimits.DEFAULT);
  private static final Pattern MISSING = Pattern.compile("required attributes are not set \\[([^\\]]*)\\]");

  private final JsonLimits limits;
  private final ObjectMapper mapper;
  private final ObjectWriter pretty;
  private final ObjectWriter compact;

  private Json(JsonLimits limits) {
    this.limits = limits;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentChars())
            .maxStringLength(limits.maxStringLength())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxNumberLength(limits.maxNumberLength())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.mapper = JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        // Read sets in document order (Jackson's default HashSet would reorder them and break canonical round trips).
        .addModule(new SimpleModule().addAbstractTypeMapping(Set.class, LinkedHashSet.class))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        // A number or boolean where text is expected is an error too (not covered by ALLOW_COERCION_OF_SCALARS).
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .disable(MapperFeature.AUTO_DETECT_GETTERS)
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        // Leave out absent optionals and empty collections, but keep empty strings: NON_EMPTY everywhere would drop
        // "" and break round trips (a required naam "" could not be read back; a default thema "" would come back as
        // its default).
        .defaultPropertyInclusion(JsonInclude.Value.construct(
            JsonInclude.Include.CUSTOM, JsonInclude.Include.NON_ABSENT, LeftOut.class, null))
        .build();
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
        .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    this.pretty = mapper.writer(printer);
    this.compact = mapper.writer();
  }

  /** The shared reader and writer with {@link JsonLimits#DEFAULT} limits. */
  public static Json create() {
    return DEFAULT;
  }

  /** A reader and writer with the given limits. */
  public static Json create(JsonLimits limits) {
    return new Json(limits);
  }

  /** The limits in force. */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Reads a care network.
   *
   * @throws InvalidModelException if the text is not a valid {@link Zorgnetwerk}
   */
  public Zorgnetwerk readZorgnetwerk(String json) {
    return convert(tree(json), Zorgnetwerk.class, "Zorgnetwerk");
  }

  /**
   * Reads a partnership.
   *
   * @throws InvalidModelException if the text is not a valid {@link Samenwerkingsverband}
   */
  public Samenwerkingsverband readSamenwerkingsverband(String json) {
    return convert(tree(json), Samenwerkingsverband.class, "Samenwerkingsverband");
  }

  /**
   * Reads a case: a {@link Casus} object ({@code zorgnetwerken} and/or {@code samenwerkingsverband}), or a bare care
   * network (recognised by its {@code zorgvrager} field), or a bare partnership (recognised by {@code leden} or
   * {@code naam}, so that a partnership without members, written without {@code leden}, is recognised too).
   * Paths in errors are relative to the document as given.
   *
   * @throws InvalidModelException if the text is none of these, or not valid
   */
  public Casus readCasus(String json) {
    JsonNode node = tree(json);
    if (node.has("zorgvrager")) {
      return Casus.of(convert(node, Zorgnetwerk.class, "Zorgnetwerk"));
    }
    if (node.has("leden") || node.has("naam")) {
      return Casus.of(convert(node, Samenwerkingsverband.class, "Samenwerkingsverband"));
    }
    return convert(node, Casus.class, "Casus");
  }

  /**
   * Reads a case from a stream of UTF-8 bytes.
   *
   * @throws InvalidModelException as {@link #readCasus(String)}
   * @throws UncheckedIOException when the stream cannot be read
   */
  public Casus readCasus(InputStream in) {
    try {
      return readCasus(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a value of this model (network, partnership, case or any part) as canonical, indented JSON. */
  public String write(Object value) {
    try {
      return pretty.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** Writes a value as JSON on one line (for JSON Lines). */
  public String writeLine(Object value) {
    try {
      return compact.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private JsonNode tree(String json) {
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    if (text.isBlank()) {
      throw new InvalidModelException("JSON", List.of(new Problem("", "empty input", "a JSON object")));
    }
    JsonNode node;
    try {
      node = mapper.readTree(text);
    } catch (StreamConstraintsException e) {
      throw new InvalidModelException("JSON", List.of(new Problem("", "input beyond a limit",
          limitText(e.getOriginalMessage()))));
    } catch (StreamReadException e) {
      throw new InvalidModelException("JSON", List.of(new Problem(pathOf(e), token(e), "well-formed JSON: "
          + clean(e.getOriginalMessage()) + location(e))));
    } catch (JsonMappingException e) {
      if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
        throw new InvalidModelException("JSON", List.of(new Problem("", "content after the JSON object",
            "one JSON object and nothing after it")));
      }
      throw translate(e, "JSON");
    } catch (JsonProcessingException e) {
      throw new InvalidModelException("JSON", List.of(new Problem("", "unreadable input", "well-formed JSON")));
    }
    if (node == null || !node.isObject()) {
      throw new InvalidModelException("JSON", List.of(new Problem("", node == null ? "nothing" : describe(node),
          "a JSON object")));
    }
    List<Problem> tooLong = new ArrayList<>();
    checkArrays(node, "", tooLong);
    if (!tooLong.isEmpty()) {
      throw new InvalidModelException("JSON", tooLong);
    }
    return node;
  }

  private void checkArrays(JsonNode node, String path, List<Problem> problems) {
    if (node.isArray()) {
      if (node.size() > limits.maxArrayLength()) {
        problems.add(new Problem(path, node.size() + " elements", "at most " + limits.maxArrayLength()
            + " elements (JsonLimits.maxArrayLength)"));
        return;
      }
      for (int i = 0; i < node.size(); i++) {
        checkArrays(node.get(i), path + "[" + i + "]", problems);
      }
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = ((ObjectNode) node).properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        checkArrays(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), problems);
      }
    }
  }

  private <T> T convert(JsonNode node, Class<T> type, String subject) {
    try {
      return mapper.treeToValue(node, type);
    } catch (JsonMappingException e) {
      throw translate(e, subject);
    } catch (JsonProcessingException e) {
      throw new InvalidModelException(subject, List.of(new Problem("", "unreadable input", "well-formed JSON")));
    } catch (InvalidModelException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InvalidModelException(subject, List.of(new Problem("", "unreadable input", "a valid " + subject)));
    }
  }

  private static InvalidModelException translate(JsonMappingException e, String subject) {
    String path = path(e.getPath());
    if (e instanceof ValueInstantiationException) {
      Throwable cause = e.getCause();
      if (cause instanceof InvalidModelException) {
        return ((InvalidModelException) cause).under(subject, path);
      }
      if (cause instanceof IllegalStateException && cause.getMessage() != null) {
        Matcher m = MISSING.matcher(cause.getMessage());
        if (m.find()) {
          List<Problem> problems = Arrays.stream(m.group(1).split(","))
              .map(String::trim)
              .filter(s -> !s.isEmpty())
              .map(f -> new Problem(f, "missing", "a value: this field is required"))
              .map(p -> p.under(path))
              .collect(Collectors.toList());
          return new InvalidModelException(subject, problems);
        }
      }
      if (cause instanceof NullPointerException) {
        return new InvalidModelException(subject, List.of(new Problem(path, "null",
            "no null values (" + cause.getMessage() + ")")));
      }
      return new InvalidModelException(subject, List.of(new Problem(path, "invalid value",
          cause == null ? "a valid value" : clean(cause.getMessage()))));
    }
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      List<String> known = u.getKnownPropertyIds() == null ? List.of()
          : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.toList());
      return new InvalidModelException(subject, List.of(new Problem(path, "unknown field \"" + u.getPropertyName() + "\"",
          "one of the fields " + known)));
    }
    if (e instanceof InvalidFormatException) {
      InvalidFormatException f = (InvalidFormatException) e;
      return new InvalidModelException(subject, List.of(new Problem(path, Checks.show(f.getValue()),
          expected(f.getTargetType()))));
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException mi = (MismatchedInputException) e;
      return new InvalidModelException(subject, List.of(new Problem(path, found(e), expected(mi.getTargetType()))));
    }
    return new InvalidModelException(subject, List.of(new Problem(path, "invalid value", clean(e.getOriginalMessage()))));
  }

  private static String found(JsonMappingException e) {
    String msg = e.getOriginalMessage();
    if (msg != null && msg.contains("from Object value")) {
      return "an object";
    }
    if (msg != null && msg.contains("from Array value")) {
      return "an array";
    }
    if (msg != null && msg.contains("String value")) {
      return "a string";
    }
    if (msg != null && (msg.contains("Integer value") || msg.contains("Floating-point value") || msg.contains("from Number"))) {
      return "a number";
    }
    if (msg != null && msg.contains("Boolean value")) {
      return "a boolean";
    }
    if (msg != null && msg.contains("null")) {
      return "null";
    }
    return "a value of the wrong type";
  }

  private static String expected(Class<?> type) {
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
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == java.time.LocalDate.class) {
      return "a date as yyyy-MM-dd";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    String name = type.getSimpleName();
    if (name.startsWith("Immutable")) {
      name = name.substring("Immutable".length());
    }
    if (name.equals("Json")) {
      name = type.getEnclosingClass() == null ? "object" : type.getEnclosingClass().getSimpleName().replace("Immutable", "");
    }
    return "a " + name + " object";
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String pathOf(StreamReadException e) {
    JsonParser p = e.getProcessor();
    if (p == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.add(0, "." + c.getCurrentName());
      }
    }
    String s = String.join("", parts);
    return s.startsWith(".") ? s.substring(1) : s;
  }

  private static String token(StreamReadException e) {
    JsonParser p = e.getProcessor();
    try {
      String t = p == null ? null : p.getText();
      return t == null ? "unexpected input" : Checks.show(t);
    } catch (IOException | RuntimeException ex) {
      return "unexpected input";
    }
  }

  private static String location(StreamReadException e) {
    if (e.getLocation() == null || e.getLocation().getLineNr() < 0) {
      return "";
    }
    return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }

  private static String limitText(String msg) {
    return "input within the JSON limits: " + clean(msg)
        .replace("StreamReadConstraints.getMaxDocumentLength()", "JsonLimits.maxDocumentChars")
        .replaceAll(", from `StreamReadConstraints\\.getMax(\\w+)\\(\\)`", ", JsonLimits.max$1");
  }

  private static String describe(JsonNode node) {
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
    return node.isNull() ? "null" : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Removes Jackson class names and source excerpts from a message. */
  private static String clean(String msg) {
    if (msg == null) {
      return "a valid value";
    }
    String s = msg.replaceAll("\\s*at \\[Source:.*", "")
        .replaceAll("\\(for Object starting at \\[Source:[^)]*\\)", "")
        .replaceAll("`?(com\\.fasterxml|io\\.github\\.mantelzorg|java\\.lang|java\\.util)[\\w.$]*`?", "")
        .replaceAll("\\s+", " ")
        .trim();
    int cut = s.indexOf(" (through reference chain");
    return cut > 0 ? s.substring(0, cut) : s;
  }

  /** Writer filter: leaves out absent optionals and empty collections and maps; keeps everything else, "" too. */
  static final class LeftOut {
    @Override
    public boolean equals(Object value) {
      return value == null
          || value instanceof java.util.Optional<?> o && o.isEmpty()
          || value instanceof java.util.Collection<?> c && c.isEmpty()
          || value instanceof Map<?, ?> m && m.isEmpty();
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }
}
