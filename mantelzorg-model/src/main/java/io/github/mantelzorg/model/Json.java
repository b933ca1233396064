package io.github.mantelzorg.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
  /** Fields only a care network has: a document with one of them is read as a bare network. */
  private static final List<String> NETWERK_VELDEN = List.of("zorgvrager", "mantelzorgers", "vrijwilligers",
      "beroepskrachten", "informeleContacten", "ervaringsdeskundigen", "organisaties", "respijt", "mantelScan",
      "netwerkCoaching", "gemeente");

  /** Fields only a partnership has: a document with one of them (and none of a network) is read as a partnership. */
  private static final List<String> VERBAND_VELDEN = List.of("naam", "leden", "kandidaten", "relaties", "gemeenten",
      "initiatiefnemer", "regio");

  private final JsonLimits limits;
  private final ObjectMapper mapper;
  private final ObjectReader treeReader;
  private final ObjectWriter pretty;
  private final ObjectWriter compact;
  private final JsonLimitCheck limitCheck;
  private final JsonBinder binder;

  private Json(JsonLimits limits) {
    this.limits = limits;
    this.mapper = JsonMapping.mapper(limits);
    // Content after the document is looked for here, with the parser, so that it is reported as such.
    this.treeReader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.pretty = JsonMapping.pretty(mapper);
    this.compact = mapper.writer();
    this.limitCheck = new JsonLimitCheck(limits);
    this.binder = new JsonBinder(mapper);
  }

  /** Made on first use, after the Jackson version is checked: an older Jackson fails while it is made. */
  private static final class Default {
    static final Json INSTANCE = new Json(JsonLimits.DEFAULT);
  }

  /**
   * The shared reader and writer with {@link JsonLimits#DEFAULT} limits.
   *
   * @return the shared instance
   * @throws IllegalStateException if the Jackson on the class path is older than the supported floor (2.16.0), naming
   *     the version found and the version needed
   */
  public static Json create() {
    JacksonFloor.require();
    return Default.INSTANCE;
  }

  /**
   * A reader and writer with the given limits.
   *
   * @param limits the limits on the input
   * @return a reader and writer
   */
  public static Json create(JsonLimits limits) {
    JacksonFloor.require();
    return new Json(limits);
  }

  /**
   * The limits in force.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Reads a care network.
   *
   * @param json the JSON text
   * @return the care network
   * @throws InvalidModelException if the text is not a valid {@link Zorgnetwerk}
   */
  public Zorgnetwerk readZorgnetwerk(String json) {
    return netwerk(tree(json));
  }

  /**
   * Reads a partnership.
   *
   * @param json the JSON text
   * @return the partnership
   * @throws InvalidModelException if the text is not a valid {@link Samenwerkingsverband}
   */
  public Samenwerkingsverband readSamenwerkingsverband(String json) {
    return verband(tree(json));
  }

  /**
   * Reads a case: a {@link Casus} object ({@code zorgnetwerken} and/or {@code samenwerkingsverband}), or a bare care
   * network (recognised by a field only a network has: {@code zorgvrager}, {@code mantelzorgers}, {@code gemeente}...,
   * so that a network without its zorgvrager is told so), or a bare partnership (recognised by a field only a
   * partnership has: {@code naam}, {@code leden}, {@code gemeenten}..., so that a partnership without members,
   * written without {@code leden}, is recognised too).
   * Paths in errors are relative to the document as given.
   *
   * @param json the JSON text
   * @return the case
   * @throws InvalidModelException if the text is none of these, or not valid
   */
  public Casus readCasus(String json) {
    return readDocument(json).casus();
  }

  /**
   * Reads a document as {@link #readCasus(String)} does, and says which of the three shapes it was written in, so that
   * a caller can name paths as the document gives them (a bare network has no {@code zorgnetwerken[0].} prefix).
   *
   * @param json the JSON text
   * @return the case and the shape it was written in
   * @throws InvalidModelException if the text is none of the three shapes, or not valid
   */
  public Document readDocument(String json) {
    JsonNode node = tree(json);
    if (NETWERK_VELDEN.stream().anyMatch(node::has)) {
      Zorgnetwerk netwerk = netwerk(node);
      // The case's own check, with the paths of the bare document.
      fail("Zorgnetwerk", CasusIds.clashes(List.of(netwerk), java.util.Optional.empty(), i -> "", ""));
      return new Document(Casus.of(netwerk), Document.Kind.ZORGNETWERK);
    }
    if (VERBAND_VELDEN.stream().anyMatch(node::has)) {
      Samenwerkingsverband verband = verband(node);
      fail("Samenwerkingsverband", CasusIds.clashes(List.of(), java.util.Optional.of(verband), i -> "", ""));
      return new Document(Casus.of(verband), Document.Kind.SAMENWERKINGSVERBAND);
    }
    fail("JSON", limitCheck.counts(node, Casus.class));
    JsonOnbekend.casus(node);
    return new Document(binder.bind(node, Casus.class, "Casus"), Document.Kind.CASUS);
  }

  /**
   * Reads a case from a stream of UTF-8 bytes. At most what {@link JsonLimits#maxDocumentChars()} allows is read into
   * memory: a longer stream is rejected without reading it to the end. Bytes that are not UTF-8 are an error.
   *
   * @param in the UTF-8 bytes; not closed
   * @return the case
   * @throws InvalidModelException as {@link #readCasus(String)}
   * @throws UncheckedIOException when the stream cannot be read
   */
  public Casus readCasus(InputStream in) {
    return readDocument(in).casus();
  }

  /**
   * Reads a document from a stream of UTF-8 bytes, as {@link #readCasus(InputStream)} does, and says which shape it was
   * written in.
   *
   * @param in the UTF-8 bytes; not closed
   * @return the case and the shape it was written in
   * @throws InvalidModelException as {@link #readCasus(String)}
   * @throws UncheckedIOException when the stream cannot be read
   */
  public Document readDocument(InputStream in) {
    // A UTF-8 byte sequence gives at least one char per 3 bytes (4 bytes give 2 chars), plus 3 for a byte order mark.
    long maxBytes = Math.min(3 * limits.maxDocumentChars() + 3, Integer.MAX_VALUE - 16L);
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) maxBytes + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > maxBytes) {
      throw new InvalidModelException("JSON", List.of(limitCheck.tooLong()));
    }
    String text;
    try {
      text = utf8().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidModelException("JSON", List.of(new Problem("", "bytes that are not UTF-8 (" + firstBadByte(bytes)
          + ")", "a JSON text in UTF-8")));
    }
    return readDocument(text);
  }

  /**
   * Writes a value of this model (network, partnership, case or any part) as canonical, indented JSON.
   *
   * @param value a value of this model
   * @return the JSON text
   */
  public String write(Object value) {
    try {
      return pretty.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Writes a value as JSON on one line (for JSON Lines).
   *
   * @param value a value of this model
   * @return the JSON text, on one line
   */
  public String writeLine(Object value) {
    try {
      return compact.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** Writes a value of this model as {@link #writeLine(Object)} does, into a generator of another mapper. */
  void writeTo(com.fasterxml.jackson.core.JsonGenerator generator, Object value) throws IOException {
    compact.writeValue(generator, value);
  }

  private Zorgnetwerk netwerk(JsonNode node) {
    fail("JSON", limitCheck.counts(node, Zorgnetwerk.class));
    JsonOnbekend.netwerk(node);
    return binder.bind(node, Zorgnetwerk.class, "Zorgnetwerk");
  }

  private Samenwerkingsverband verband(JsonNode node) {
    fail("JSON", limitCheck.counts(node, Samenwerkingsverband.class));
    JsonOnbekend.verband(node);
    return binder.bind(node, Samenwerkingsverband.class, "Samenwerkingsverband");
  }

  private static void fail(String subject, List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidModelException(subject, problems);
    }
  }

  /** Parses one JSON object, within the limits. */
  private JsonNode tree(String json) {
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    if (text.isBlank()) {
      throw new InvalidModelException("JSON", List.of(new Problem("", "empty input", "a JSON object")));
    }
    if (text.length() > limits.maxDocumentChars()) {
      throw new InvalidModelException("JSON", List.of(limitCheck.tooLong()));
    }
    JsonNode node;
    // Our own parser, so that a failure (a limit too) can be placed: its context is the path where it stopped.
    JsonParser parser = null;
    try (JsonParser p = mapper.createParser(text)) {
      parser = p;
      node = treeReader.readTree(p);
      if (node != null && p.nextToken() != null) {
        throw new InvalidModelException("JSON", List.of(new Problem("", "content after the JSON object",
            "one JSON object and nothing after it")));
      }
    } catch (StreamConstraintsException e) {
      throw new InvalidModelException("JSON", List.of(JsonErrors.limitFailure(e, parser)));
    } catch (StreamReadException e) {
      throw new InvalidModelException("JSON", List.of(JsonErrors.parseFailure(e, parser)));
    } catch (JsonMappingException e) {
      throw new InvalidModelException("JSON", JsonErrors.translate(e, null));
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidModelException i) {
        throw i;
      }
      throw new InvalidModelException("JSON", List.of(new Problem("", "unreadable input", "well-formed JSON")));
    }
    if (node == null || node.isMissingNode() || !node.isObject()) {
      throw new InvalidModelException("JSON", List.of(new Problem("",
          node == null || node.isMissingNode() ? "nothing" : JsonErrors.describe(node), "a JSON object")));
    }
    fail("JSON", limitCheck.arrays(node));
    return node;
  }

  private static CharsetDecoder utf8() {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static String firstBadByte(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    utf8().decode(in, CharBuffer.allocate(bytes.length + 1), true);
    return "at byte " + in.position();
  }
}
