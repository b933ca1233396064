package io.github.mantelzorg.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
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
 * <p>Reading is strict: unknown fields (no polymorphic typing: {@code @class} is an unknown field too), unknown or
 * padded enum values, numbers where text is expected (and the reverse), fractions for whole numbers, numbers beyond
 * their type, dates other than {@code yyyy-MM-dd}, {@code null} for or in a list, duplicate keys and trailing
 * content are errors, as are values that break an invariant of the model and inputs beyond the {@link JsonLimits}.
 *
 * <p>Unknown is not no: an absent field or {@code null} is an unknown fact ({@code Optional.empty()}), never false or
 * zero. A record says "there is none" in the owner's {@code geen} list; an empty list given on purpose
 * ({@code "vrijwilligers": []}) says the same and is read into {@code geen}. The level {@code "ONBEKEND"} of a SOFA,
 * WIFA or zelfregie assessment is read as unknown (the field left out).
 * Every such failure raises {@link InvalidModelException}, whose problems name the JSON path (e.g.
 * {@code mantelzorgers[1].belasting[0].waarde}), the value found and what was expected; values and field names from
 * the input are shortened and their control characters escaped. A leading UTF-8 byte order mark is skipped.
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
            // Field names too (Jackson's own default would be 50,000 and is not one of our limits).
            .maxNameLength(limits.maxStringLength())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxNumberLength(limits.maxNumberLength())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.mapper = JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        // Read sets in document order (Jackson's default HashSet would reorder them and break canonical round trips).
        .addModule(new SimpleModule().addAbstractTypeMapping(Set.class, LinkedHashSet.class)
            // Dates only as "yyyy-MM-dd": JavaTimeModule also takes [2026,2,3], "2026-02-03T10:00" and " 2026-02-03".
            .addDeserializer(LocalDate.class, new StrictDate())
            // Enum values exactly as written: Jackson would also accept " KIND ", "KIND\n" (it trims).
            .setDeserializerModifier(new StrictEnums()))
        // null is not an empty list, and a list holds no nulls (both would otherwise be read or fail without a path).
        .withConfigOverride(Collection.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL)))
        .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL)))
        .withConfigOverride(Set.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL)))
        .withConfigOverride(Map.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL)))
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
    return convert(counted(tree(json), Zorgnetwerk.class), Zorgnetwerk.class, "Zorgnetwerk");
  }

  /**
   * Reads a partnership.
   *
   * @throws InvalidModelException if the text is not a valid {@link Samenwerkingsverband}
   */
  public Samenwerkingsverband readSamenwerkingsverband(String json) {
    return convert(counted(tree(json), Samenwerkingsverband.class), Samenwerkingsverband.class, "Samenwerkingsverband");
  }

  /** Fields only a care network has: a document with one of them is read as a bare network. */
  private static final List<String> NETWERK_VELDEN = List.of("zorgvrager", "mantelzorgers", "vrijwilligers",
      "beroepskrachten", "informeleContacten", "ervaringsdeskundigen", "organisaties", "respijt", "mantelScan",
      "netwerkCoaching", "gemeente");

  /** Fields only a partnership has: a document with one of them (and none of a network) is read as a partnership. */
  private static final List<String> VERBAND_VELDEN = List.of("naam", "leden", "kandidaten", "relaties", "gemeenten",
      "initiatiefnemer", "regio");

  /**
   * Reads a case: a {@link Casus} object ({@code zorgnetwerken} and/or {@code samenwerkingsverband}), or a bare care
   * network (recognised by a field only a network has: {@code zorgvrager}, {@code mantelzorgers}, {@code gemeente}...,
   * so that a network without its zorgvrager is told so), or a bare partnership (recognised by a field only a
   * partnership has: {@code naam}, {@code leden}, {@code gemeenten}..., so that a partnership without members,
   * written without {@code leden}, is recognised too).
   * Paths in errors are relative to the document as given.
   *
   * @throws InvalidModelException if the text is none of these, or not valid
   */
  public Casus readCasus(String json) {
    JsonNode node = tree(json);
    if (NETWERK_VELDEN.stream().anyMatch(node::has)) {
      Zorgnetwerk netwerk = convert(counted(node, Zorgnetwerk.class), Zorgnetwerk.class, "Zorgnetwerk");
      // The case's own check, with the paths of the bare document.
      fail("Zorgnetwerk", CasusIds.clashes(List.of(netwerk), java.util.Optional.empty(), i -> "", ""));
      return Casus.of(netwerk);
    }
    if (VERBAND_VELDEN.stream().anyMatch(node::has)) {
      Samenwerkingsverband verband = convert(counted(node, Samenwerkingsverband.class), Samenwerkingsverband.class,
          "Samenwerkingsverband");
      fail("Samenwerkingsverband", CasusIds.clashes(List.of(), java.util.Optional.of(verband), i -> "", ""));
      return Casus.of(verband);
    }
    return convert(counted(node, Casus.class), Casus.class, "Casus");
  }

  /**
   * Reads a case from a stream of UTF-8 bytes. At most what {@link JsonLimits#maxDocumentChars()} allows is read into
   * memory: a longer stream is rejected without reading it to the end. Bytes that are not UTF-8 are an error.
   *
   * @throws InvalidModelException as {@link #readCasus(String)}
   * @throws UncheckedIOException when the stream cannot be read
   */
  public Casus readCasus(InputStream in) {
    // A UTF-8 byte sequence gives at least one char per 3 bytes (4 bytes give 2 chars), plus 3 for a byte order mark.
    long maxBytes = Math.min(3 * limits.maxDocumentChars() + 3, Integer.MAX_VALUE - 16L);
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) maxBytes + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > maxBytes) {
      throw new InvalidModelException("JSON", List.of(tooLong()));
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidModelException("JSON", List.of(new Problem("", "bytes that are not UTF-8 (" + firstBadByte(bytes)
          + ")", "a JSON text in UTF-8")));
    }
    return readCasus(text);
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

  private static void fail(String subject, List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidModelException(subject, problems);
    }
  }

  private JsonNode tree(String json) {
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    if (text.isBlank()) {
      throw new InvalidModelException("JSON", List.of(new Problem("", "empty input", "a JSON object")));
    }
    if (text.length() > limits.maxDocumentChars()) {
      throw new InvalidModelException("JSON", List.of(tooLong()));
    }
    JsonNode node;
    // Our own parser, so that a failure (a limit too) can be placed: its context is the path where it stopped.
    JsonParser parser = null;
    try (JsonParser p = mapper.createParser(text)) {
      parser = p;
      node = mapper.readTree(p);
    } catch (StreamConstraintsException e) {
      throw new InvalidModelException("JSON", List.of(new Problem(pathOf(parser), "input beyond a limit",
          limitText(e.getOriginalMessage()))));
    } catch (StreamReadException e) {
      throw new InvalidModelException("JSON", List.of(new Problem(pathOf(e.getProcessor()), token(e), "well-formed JSON: "
          + clean(e.getOriginalMessage()) + location(e))));
    } catch (JsonMappingException e) {
      if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
        throw new InvalidModelException("JSON", List.of(new Problem("", "content after the JSON object",
            "one JSON object and nothing after it")));
      }
      throw translate(e, "JSON");
    } catch (IOException | RuntimeException e) {
      throw new InvalidModelException("JSON", List.of(new Problem("", "unreadable input", "well-formed JSON")));
    }
    if (node == null || node.isMissingNode() || !node.isObject()) {
      throw new InvalidModelException("JSON", List.of(new Problem("",
          node == null || node.isMissingNode() ? "nothing" : describe(node), "a JSON object")));
    }
    List<Problem> tooLong = new ArrayList<>();
    checkArrays(node, "", tooLong);
    if (!tooLong.isEmpty()) {
      throw new InvalidModelException("JSON", tooLong);
    }
    return node;
  }

  private Problem tooLong() {
    return new Problem("", "more than " + limits.maxDocumentChars() + " characters",
        "at most " + limits.maxDocumentChars() + " characters (JsonLimits.maxDocumentChars)");
  }

  private static String firstBadByte(byte[] bytes) {
    java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    d.decode(in, out, true);
    return "at byte " + in.position();
  }

  /**
   * The model-level limits, checked on the tree before it is bound: persons per network and organisations per
   * partnership, reported at the list that crosses the limit.
   */
  private JsonNode counted(JsonNode node, Class<?> type) {
    List<Problem> problems = new ArrayList<>();
    if (type == Casus.class) {
      JsonNode netwerken = node.get("zorgnetwerken");
      if (netwerken != null && netwerken.isArray()) {
        for (int i = 0; i < netwerken.size(); i++) {
          countNetwerk(netwerken.get(i), "zorgnetwerken[" + i + "].", problems);
        }
      }
      countVerband(node.get("samenwerkingsverband"), "samenwerkingsverband.", problems);
    } else if (type == Zorgnetwerk.class) {
      countNetwerk(node, "", problems);
    } else {
      countVerband(node, "", problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidModelException("JSON", problems);
    }
    return node;
  }

  private static final List<String> PERSONEN = List.of(
      "mantelzorgers", "vrijwilligers", "beroepskrachten", "informeleContacten", "ervaringsdeskundigen");

  private void countNetwerk(JsonNode netwerk, String prefix, List<Problem> problems) {
    over(netwerk, PERSONEN, prefix, limits.maxPersonenPerNetwerk(), "persons in this network",
        "persons per network, the zorgvrager not counted (JsonLimits.maxPersonenPerNetwerk)", problems);
  }

  private void countVerband(JsonNode verband, String prefix, List<Problem> problems) {
    over(verband, List.of("leden", "kandidaten"), prefix, limits.maxOrganisatiesPerVerband(),
        "organisations in this partnership", "organisations (leden and kandidaten) per partnership "
            + "(JsonLimits.maxOrganisatiesPerVerband)", problems);
  }

  private static void over(JsonNode node, List<String> lists, String prefix, int max, String what, String expected,
      List<Problem> problems) {
    if (node == null || !node.isObject()) {
      return;
    }
    long total = 0;
    String crossing = null;
    for (String list : lists) {
      JsonNode l = node.get(list);
      if (l != null && l.isArray()) {
        total += l.size();
        if (total > max && crossing == null) {
          crossing = list;
        }
      }
    }
    if (crossing != null) {
      problems.add(new Problem(prefix + crossing, total + " " + what, "at most " + max + " " + expected));
    }
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
        String name = Checks.name(f.getKey());
        checkArrays(f.getValue(), path.isEmpty() ? name : path + "." + name, problems);
      }
    }
  }

  private <T> T convert(JsonNode node, Class<T> type, String subject) {
    if (type == Zorgnetwerk.class) {
      JsonOnbekend.netwerk(node);
    } else if (type == Samenwerkingsverband.class) {
      JsonOnbekend.verband(node);
    } else if (type == Casus.class) {
      JsonOnbekend.casus(node);
    }
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

  private static final Pattern OUT_OF_RANGE = Pattern.compile("Numeric value \\(([^)]*)\\) out of range of (\\w+)");

  private static InvalidModelException translate(JsonMappingException e, String subject) {
    String path = path(e.getPath());
    if (e.getCause() instanceof InputCoercionException || String.valueOf(e.getOriginalMessage()).startsWith("Numeric value")) {
      Matcher m = OUT_OF_RANGE.matcher(String.valueOf(e.getOriginalMessage()));
      if (m.find()) {
        boolean isInt = m.group(2).equals("int");
        return new InvalidModelException(subject, List.of(new Problem(path, Checks.show(m.group(1)).replace("\"", ""),
            "a whole number from " + (isInt ? Integer.MIN_VALUE : Long.MIN_VALUE) + " to "
                + (isInt ? Integer.MAX_VALUE : Long.MAX_VALUE))));
      }
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.InvalidNullException) {
      return new InvalidModelException(subject, List.of(new Problem(path, "null",
          path.endsWith("]") ? "a value: a list holds no nulls" : "an array or an object: null is not an empty list")));
    }
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
      return new InvalidModelException(subject, List.of(new Problem(path, "unknown field " + Checks.quote(u.getPropertyName()),
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
        b.append(Checks.name(r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String pathOf(JsonParser p) {
    if (p == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.add(0, "." + Checks.name(c.getCurrentName()));
      }
    }
    String s = String.join("", parts);
    return s.startsWith(".") ? s.substring(1) : s;
  }

  private static final Pattern BAD_TOKEN = Pattern.compile("^Unrecognized token '(.*)': was expecting", Pattern.DOTALL);
  private static final Pattern BAD_CHAR =
      Pattern.compile("^(?:Unexpected|Illegal|Unrecognized) (?:unquoted )?character (?:escape )?.*?code (\\d+)");
  private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)'");
  private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '(.*?)'");
  private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'$", Pattern.DOTALL);

  /** The offending input of a parse failure, as far as the message tells it. */
  private static String token(StreamReadException e) {
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
    if (msg.startsWith("Unexpected end-of-input")) {
      return "the end of the input";
    }
    return "unexpected input";
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
        .replace("`StreamReadConstraints.getMaxNameLength()`", "`StreamReadConstraints.getMaxStringLength()`")
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
    String s = msg.replaceAll(" ?\\(for (Object|Array|root value) starting at \\[Source:[^)]*\\)", "")
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

  /** Reads a date from a JSON string of exactly the form yyyy-MM-dd, and nothing else. */
  static final class StrictDate extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;
    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    StrictDate() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getText();
      if (FORM.matcher(text).matches()) {
        try {
          return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
          // an impossible date such as 2026-02-30: reported below
        }
      }
      throw InvalidFormatException.from(p, "not a date as yyyy-MM-dd", text, LocalDate.class);
    }
  }

  /** Wraps every enum deserializer so that a value with leading or trailing blanks or controls is not trimmed. */
  static final class StrictEnums extends com.fasterxml.jackson.databind.deser.BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public com.fasterxml.jackson.databind.JsonDeserializer<?> modifyEnumDeserializer(
        com.fasterxml.jackson.databind.DeserializationConfig config, com.fasterxml.jackson.databind.JavaType type,
        com.fasterxml.jackson.databind.BeanDescription beanDesc, com.fasterxml.jackson.databind.JsonDeserializer<?> deser) {
      return new StrictEnum(deser, type.getRawClass());
    }
  }

  static final class StrictEnum extends com.fasterxml.jackson.databind.deser.std.StdDeserializer<Object>
      implements com.fasterxml.jackson.databind.deser.ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final com.fasterxml.jackson.databind.JsonDeserializer<?> delegate;

    StrictEnum(com.fasterxml.jackson.databind.JsonDeserializer<?> delegate, Class<?> type) {
      super(type);
      this.delegate = delegate;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        String text = p.getText();
        if (!text.isEmpty() && (text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' ')) {
          throw InvalidFormatException.from(p, "not an exact enum value", text, handledType());
        }
      }
      return delegate.deserialize(p, ctxt);
    }

    @Override
    public com.fasterxml.jackson.databind.JsonDeserializer<?> createContextual(DeserializationContext ctxt,
        com.fasterxml.jackson.databind.BeanProperty property) throws JsonMappingException {
      com.fasterxml.jackson.databind.JsonDeserializer<?> d = delegate
          instanceof com.fasterxml.jackson.databind.deser.ContextualDeserializer c ? c.createContextual(ctxt, property) : delegate;
      return d == delegate ? this : new StrictEnum(d, handledType());
    }
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
