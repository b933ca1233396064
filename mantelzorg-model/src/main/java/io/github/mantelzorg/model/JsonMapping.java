package io.github.mantelzorg.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the model maps to JSON: the configured {@link ObjectMapper} behind {@link Json}, and the writers.
 *
 * <p>Split in two so that a host application's own mapper can later take the same rules: {@link #module()} holds the
 * model's own (de)serializers, {@link #mapper(JsonLimits)} adds the strict reading features and the limits of the
 * parser. Nothing here reports errors; {@link JsonErrors} translates what Jackson throws.
 */
final class JsonMapping {
  private JsonMapping() {}

  /**
   * The model's own deserializers: sets in document order, dates only as {@code yyyy-MM-dd}, enum values exactly as
   * written, and numbers only as JSON numbers.
   */
  static Module module() {
    return new SimpleModule("mantelzorg-model")
        // Jackson's default HashSet would reorder sets and break canonical round trips.
        .addAbstractTypeMapping(Set.class, LinkedHashSet.class)
        // JavaTimeModule also takes [2026,2,3], "2026-02-03T10:00" and " 2026-02-03".
        .addDeserializer(LocalDate.class, new StrictDate())
        // Jackson reads the strings "NaN", "INF" and "Infinity" as numbers even with coercion switched off.
        .addDeserializer(Double.class, new StrictDouble(Double.class, null))
        .addDeserializer(double.class, new StrictDouble(Double.TYPE, 0.0))
        // Jackson would also accept " KIND ", "KIND\n" (it trims).
        .setDeserializerModifier(new StrictEnums());
  }

  /** A strict mapper whose parser enforces the JSON limits of {@code limits}. */
  static ObjectMapper mapper(JsonLimits limits) {
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
    JsonSetter.Value noNulls = JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL);
    return JsonMapper.builder(factory)
        // The model types name JsonHost's reader and writer for other mappers; this one binds the generated classes.
        .annotationIntrospector(new JsonHost.OwnBinding())
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(module())
        // null is not an empty list, and a list holds no nulls (both would otherwise be read or fail without a path).
        .withConfigOverride(Collection.class, o -> o.setSetterInfo(noNulls))
        .withConfigOverride(List.class, o -> o.setSetterInfo(noNulls))
        .withConfigOverride(Set.class, o -> o.setSetterInfo(noNulls))
        .withConfigOverride(Map.class, o -> o.setSetterInfo(noNulls))
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
        // "" and break round trips (a default thema "" would come back as its default).
        .defaultPropertyInclusion(JsonInclude.Value.construct(
            JsonInclude.Include.CUSTOM, JsonInclude.Include.NON_ABSENT, LeftOut.class, null))
        .build();
  }

  /** The canonical writer: two-space indentation, {@code "name": value}, line feeds on every platform. */
  static ObjectWriter pretty(ObjectMapper mapper) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
        .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    return mapper.writer(printer);
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

  /**
   * Reads a fractional number only from a JSON number. Jackson's own deserializer turns the strings {@code "NaN"},
   * {@code "INF"}, {@code "Infinity"} (and their negatives) into numbers before it looks at the coercion rules; every
   * other string is rejected by those rules.
   */
  static final class StrictDouble extends NumberDeserializers.DoubleDeserializer {
    private static final long serialVersionUID = 1L;

    StrictDouble(Class<Double> type, Double nullValue) {
      super(type, nullValue);
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING) && isSpecial(p.getText().trim())) {
        throw InvalidFormatException.from(p, "not a number", p.getText(), handledType());
      }
      return super.deserialize(p, ctxt);
    }

    private static boolean isSpecial(String text) {
      String t = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
      return t.equals("NaN") || t.equals("INF") || t.equals("Infinity");
    }
  }

  /** Wraps every enum deserializer so that a value with leading or trailing blanks or controls is not trimmed. */
  static final class StrictEnums extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
        BeanDescription beanDesc, JsonDeserializer<?> deser) {
      return new StrictEnum(deser, type.getRawClass());
    }
  }

  /** An enum deserializer that rejects padded values instead of trimming them. */
  static final class StrictEnum extends StdDeserializer<Object> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final transient JsonDeserializer<?> delegate;

    StrictEnum(JsonDeserializer<?> delegate, Class<?> type) {
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
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      JsonDeserializer<?> d = delegate instanceof ContextualDeserializer c ? c.createContextual(ctxt, property) : delegate;
      return d == delegate ? this : new StrictEnum(d, handledType());
    }
  }

  /** Writer filter: leaves out absent optionals and empty collections and maps; keeps everything else, "" too. */
  static final class LeftOut {
    @Override
    public boolean equals(Object value) {
      return value == null
          || value instanceof Optional<?> o && o.isEmpty()
          || value instanceof Collection<?> c && c.isEmpty()
          || value instanceof Map<?, ?> m && m.isEmpty();
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }
}
