package io.github.mantelzorg.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;

/**
 * The model in a host's own {@code ObjectMapper} (a web framework's, say): the model types name these as their Jackson
 * deserializer and serializer ({@code @JsonDeserialize(using = ...)}, {@code @JsonSerialize(using = ...)}), so that
 * every mapper reads and writes them as {@link Json} does, whatever the mapper's own features.
 *
 * <p>{@link Reader} reads a document ({@link Zorgnetwerk}, {@link Samenwerkingsverband}, {@link Casus}) by copying
 * its tokens from the host's parser, as JSON text, and reading that text with {@link Json}: the same strictness,
 * limits and problems, raised as {@link InvalidModelException}. The parts of a document (a {@link Mantelzorger} on
 * its own...) are read only within their document, as {@code Json} does; a host asking for one gets a definition
 * error that says so. {@link Writer} writes any model value with {@code Json}'s mapper into the host's generator.
 *
 * <p>{@code Json}'s own mapper does not use these ({@link OwnBinding}): it binds the generated classes named in
 * {@code as = ...}.
 */
final class JsonHost {
  /** Writes the copied document; no feature of its own (duplicates are found when Json reads the copy). */
  private static final JsonFactory COPY = new JsonFactory();

  private JsonHost() {}

  /** The documents a host may read, and how {@code Json} reads each. */
  private static Object read(Json json, Class<?> type, String text) {
    if (type == Zorgnetwerk.class) {
      return json.readZorgnetwerk(text);
    }
    if (type == Samenwerkingsverband.class) {
      return json.readSamenwerkingsverband(text);
    }
    return json.readCasus(text);
  }

  private static boolean isDocument(Class<?> type) {
    return type == Zorgnetwerk.class || type == Samenwerkingsverband.class || type == Casus.class;
  }

  /**
   * A model type's deserializer in a host's mapper. Made without a type by Jackson (from the annotation) and then
   * made for the type it reads ({@link #createContextual}).
   */
  static final class Reader extends JsonDeserializer<Object> implements ContextualDeserializer {
    private final Json json;
    private final Class<?> type;

    /** Jackson's instance, from the annotation: {@code Json.create()}, default limits. */
    Reader() {
      this(null, null);
    }

    Reader(Json json, Class<?> type) {
      this.json = json;
      this.type = type;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      JavaType t = ctxt.getContextualType() != null ? ctxt.getContextualType()
          : property != null ? property.getType() : null;
      if (t == null) {
        return this;
      }
      // A list or an Optional of a model type asks for its content type here too.
      JavaType content = t.getContentType() != null && !t.isMapLikeType() ? t.getContentType() : t;
      Class<?> raw = content.getRawClass();
      if (!isDocument(raw)) {
        return ctxt.reportBadDefinition(content, raw.getSimpleName() + " is read only as part of a document:"
            + " read a Zorgnetwerk, Samenwerkingsverband or Casus (io.github.mantelzorg.model.Json, or those types"
            + " through this ObjectMapper), which reads and checks its parts as a whole");
      }
      return raw == type ? this : new Reader(json != null ? json : Json.create(), raw);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (type == null) {
        // Not made for a type: Jackson always contextualises a deserializer from an annotation before use.
        return ctxt.reportBadDefinition(ctxt.constructType(Object.class), "model deserializer without its type");
      }
      Json j = json != null ? json : Json.create();
      return read(j, type, copy(p, j.limits()));
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /**
   * The JSON text of the value at the parser's current token, as the host's parser reads it: every token in order,
   * duplicate keys and number literals as written. Stops with the problem {@code Json} gives for a document over
   * {@link JsonLimits#maxDocumentChars()} as soon as the value in the host's input (where its parser tells the
   * character offsets: text input) or the copy is longer.
   */
  static String copy(JsonParser p, JsonLimits limits) throws IOException {
    Bounded out = new Bounded(limits.maxDocumentChars());
    long start = p.currentTokenLocation().getCharOffset();
    try (JsonGenerator g = COPY.createGenerator(out)) {
      JsonToken t = p.currentToken();
      int depth = 0;
      if (t == JsonToken.FIELD_NAME) {
        // Some callers (buffered or polymorphic reading) hand over an object whose start was already read.
        g.writeStartObject();
        depth = 1;
      }
      for (; t != null; t = p.nextToken()) {
        switch (t) {
          case START_OBJECT -> {
            g.writeStartObject();
            depth++;
          }
          case START_ARRAY -> {
            g.writeStartArray();
            depth++;
          }
          case END_OBJECT -> {
            g.writeEndObject();
            depth--;
          }
          case END_ARRAY -> {
            g.writeEndArray();
            depth--;
          }
          case FIELD_NAME -> g.writeFieldName(p.currentName());
          case VALUE_STRING -> g.writeString(p.getText());
          // The literal as written: 24.0 stays 24.0 (not a whole number), 1e999 stays what it is.
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
          case VALUE_TRUE -> g.writeBoolean(true);
          case VALUE_FALSE -> g.writeBoolean(false);
          case VALUE_NULL -> g.writeNull();
          default -> g.writeString(p.getText());
        }
        if (depth == 0) {
          break;
        }
        if (start >= 0 && p.currentLocation().getCharOffset() - start > limits.maxDocumentChars()) {
          throw new TooLong();
        }
      }
    } catch (TooLong e) {
      throw new InvalidModelException("JSON", List.of(new JsonLimitCheck(limits).tooLong()));
    }
    return out.toString();
  }

  /** A writer that refuses to hold more than {@code max} characters. */
  private static final class Bounded extends java.io.Writer {
    private final StringBuilder text = new StringBuilder();
    private final long max;

    Bounded(long max) {
      this.max = max;
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
      if (text.length() + len > max) {
        throw new TooLong();
      }
      text.append(cbuf, off, len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }

  /** The copy is longer than the limit (unchecked, so it passes the generator unwrapped). */
  private static final class TooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super(null, null, false, false);
    }
  }

  /** A model value's serializer in a host's mapper: the canonical form, as {@link Json#writeLine(Object)} writes. */
  static final class Writer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      Json.create().writeTo(gen, value);
    }
  }

  /**
   * {@code Json}'s own mapper: the annotations' {@code using = ...} are for other mappers; this one binds the generated
   * classes named in {@code as = ...}.
   */
  static final class OwnBinding extends JacksonAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public Object findDeserializer(Annotated a) {
      Object d = super.findDeserializer(a);
      return d == Reader.class ? null : d;
    }

    @Override
    public Object findSerializer(Annotated a) {
      Object s = super.findSerializer(a);
      return s == Writer.class ? null : s;
    }
  }

  /**
   * The reading of a host module ({@link MantelzorgJackson#module(JsonLimits)}): the documents with its limits. Says
   * nothing about anything else, so the host's own annotation handling stays as it is.
   */
  static final class ModuleBinding extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;
    private final transient Json json;

    ModuleBinding(Json json) {
      this.json = json;
    }

    @Override
    public Object findDeserializer(Annotated a) {
      JsonDeserialize d = a.getAnnotation(JsonDeserialize.class);
      return d != null && d.using() == Reader.class ? new Reader(json, null) : null;
    }
  }
}
