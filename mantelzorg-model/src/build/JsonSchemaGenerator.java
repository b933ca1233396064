import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.TypeScope;
import com.github.victools.jsonschema.generator.impl.DefinitionKey;
import com.github.victools.jsonschema.generator.naming.DefaultSchemaDefinitionNamingStrategy;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes JSON Schemas (draft 2020-12) of documents of the model, derived from the compiled classes, so that they follow
 * the model by themselves. Run by the build (exec plugin, phase process-classes, with the module's test class path)
 * as a single source file, one schema file per model type:
 * {@code java -cp ... JsonSchemaGenerator.java <output directory> casus.schema.json=io.github.mantelzorg.model.Casus ...}.
 * Another module can run it on its own types the same way (the advice report, once it has a JSON form).
 *
 * <p>The JSON contract is Jackson's view of the model, so the schema is taken from the same places Jackson reads:
 * each model interface names its implementation in {@code @JsonDeserialize(as = ImmutableX.class)}; the properties are
 * the methods of that implementation annotated {@code @JsonProperty}, with the names given there; a property is
 * required when Immutables marks it {@code @JsonProperty(required = true)} (a mandatory attribute: not
 * {@code Optional}, not a collection, no default). On top of that: no other properties ({@code additionalProperties:
 * false}), enums as their names, {@code Optional} values may be absent or {@code null}, dates as {@code yyyy-MM-dd},
 * maps keyed by an enum allow only its names as keys, an {@code int} is a whole number in the range of {@code int}.
 *
 * <p>What a schema cannot say is left to {@code Json}: ranges and other invariants of {@code @Value.Check}, unique ids,
 * references that must resolve, the limits ({@code JsonLimits}) and duplicate keys.
 */
public class JsonSchemaGenerator {
  private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      throw new IllegalArgumentException(
          "usage: java JsonSchemaGenerator.java <output directory> <file>=<model type> [<file>=<model type>...]");
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    SchemaGenerator generator = new SchemaGenerator(config());
    JsonMapper mapper = JsonMapper.builder().build();
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    ObjectWriter writer = mapper.writer().with(printer);
    for (String document : List.of(args).subList(1, args.length)) {
      String[] fileAndType = document.split("=", 2);
      if (fileAndType.length != 2) {
        throw new IllegalArgumentException("not <file>=<model type>: " + document);
      }
      Class<?> type = Class.forName(fileAndType[1]);
      ObjectNode generated = generator.generateSchema(implementation(type));
      ObjectNode schema = mapper.createObjectNode();
      schema.set("$schema", generated.remove("$schema"));
      schema.put("title", type.getSimpleName());
      schema.put("description", "The JSON form of " + type.getName() + ", as the library reads and writes it.");
      schema.put("$comment", "Generated at build time from the model classes (JsonSchemaGenerator.java in"
          + " mantelzorg-model/src/build); do not edit.");
      schema.setAll(generated);
      dropStrayAdditionalProperties(schema);
      Files.writeString(out.resolve(fileAndType[0]), writer.writeValueAsString(schema) + "\n",
          StandardCharsets.UTF_8);
    }
    System.out.println("JSON Schemas written to " + out);
  }

  private static com.github.victools.jsonschema.generator.SchemaGeneratorConfig config() {
    SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
        new OptionPreset(
            Option.SCHEMA_VERSION_INDICATOR,
            Option.ADDITIONAL_FIXED_TYPES,
            Option.STANDARD_FORMATS,
            Option.FLATTENED_ENUMS,
            Option.FLATTENED_OPTIONALS,
            // Properties are methods (the Immutables accessors), no fields.
            Option.GETTER_METHODS,
            Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
            Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS,
            Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
            Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
            Option.DEFINITIONS_FOR_ALL_OBJECTS,
            Option.PLAIN_DEFINITION_KEYS,
            Option.NULLABLE_ALWAYS_AS_ANYOF,
            Option.INLINE_NULLABLE_SCHEMAS,
            Option.ALLOF_CLEANUP_AT_THE_END,
            Option.DUPLICATE_MEMBER_ATTRIBUTE_CLEANUP_AT_THE_END));
    builder.with(new JacksonSchemaModule(
        JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
        JacksonOption.INCLUDE_ONLY_JSONPROPERTY_ANNOTATED_METHODS,
        JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE,
        JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY));
    // Only what Jackson writes and reads: methods that carry @JsonProperty themselves.
    builder.forMethods()
        .withIgnoreCheck(JsonSchemaGenerator::notAJsonProperty)
        .withPropertyNameOverrideResolver(JsonSchemaGenerator::jsonName);
    builder.forTypesInGeneral()
        .withCustomDefinitionProvider(JsonSchemaGenerator::customDefinition)
        .withTypeAttributeOverride(JsonSchemaGenerator::enumKeys)
        .withTypeAttributeOverride(JsonSchemaGenerator::intRange)
        .withDefinitionNamingStrategy(new DefaultSchemaDefinitionNamingStrategy() {
          @Override
          public String getDefinitionNameForKey(DefinitionKey key, SchemaGenerationContext context) {
            ResolvedType type = key.getType();
            Class<?> modelType = modelTypeOf(type.getErasedType());
            if (modelType != null) {
              return modelType.getSimpleName();
            }
            if (Map.class.isAssignableFrom(type.getErasedType())) {
              List<ResolvedType> parameters = type.typeParametersFor(Map.class);
              return "Map_" + parameters.get(0).getErasedType().getSimpleName() + "_"
                  + parameters.get(1).getErasedType().getSimpleName();
            }
            return super.getDefinitionNameForKey(key, context);
          }
        });
    return builder.build();
  }

  private static String jsonName(MethodScope method) {
    JsonProperty property = method.getRawMember().getAnnotation(JsonProperty.class);
    return property == null || property.value().isEmpty() ? null : property.value();
  }

  private static boolean notAJsonProperty(MethodScope method) {
    return method.isStatic() || method.getRawMember().getAnnotation(JsonProperty.class) == null;
  }

  /** A model type is read as its implementation (the model has no cycles); a date is a {@code yyyy-MM-dd} string. */
  private static CustomDefinition customDefinition(ResolvedType type, SchemaGenerationContext context) {
    Class<?> raw = type.getErasedType();
    if (raw == LocalDate.class) {
      ObjectNode date = context.getGeneratorConfig().createObjectNode();
      date.put("type", "string").put("format", "date").put("pattern", DATE_PATTERN);
      return new CustomDefinition(date, CustomDefinition.DefinitionType.INLINE,
          CustomDefinition.AttributeInclusion.NO);
    }
    Class<?> implementation = implementationOrNull(raw);
    if (implementation == null) {
      return null;
    }
    // The implementation's schema, stored in $defs under the model type's name (the implementation is package-private).
    ObjectNode definition = context.createDefinition(context.getTypeContext().resolve(implementation));
    return new CustomDefinition(definition, CustomDefinition.DefinitionType.STANDARD,
        CustomDefinition.AttributeInclusion.NO);
  }

  /** A map keyed by an enum (e.g. ZRM domains) accepts only the enum's names as keys. */
  private static void enumKeys(ObjectNode attributes, TypeScope scope, SchemaGenerationContext context) {
    ResolvedType type = scope.getType();
    if (!Map.class.isAssignableFrom(type.getErasedType())) {
      return;
    }
    List<ResolvedType> parameters = type.typeParametersFor(Map.class);
    if (parameters == null || parameters.isEmpty() || !parameters.get(0).isInstanceOf(Enum.class)) {
      return;
    }
    ArrayNode names = attributes.putObject("propertyNames").putArray("enum");
    for (Object constant : parameters.get(0).getErasedType().getEnumConstants()) {
      names.add(((Enum<?>) constant).name());
    }
  }

  /**
   * victools puts {@code additionalProperties: false} on every non-container Java type, also on an {@code Optional}
   * of a string or number, where it means nothing (it applies to objects only); it is left out there.
   */
  private static void dropStrayAdditionalProperties(tools.jackson.databind.JsonNode node) {
    if (node instanceof ObjectNode object) {
      boolean describesAnObject = object.has("properties") || "object".equals(object.path("type").asString(""));
      if (!describesAnObject && object.has("additionalProperties")
          && object.get("additionalProperties").isBoolean()) {
        object.remove("additionalProperties");
      }
    }
    for (tools.jackson.databind.JsonNode child : node) {
      dropStrayAdditionalProperties(child);
    }
  }

  /** An int is a whole number within Java's int range (Json rejects 3000000000 for an int, as the schema does). */
  private static void intRange(ObjectNode attributes, TypeScope scope, SchemaGenerationContext context) {
    Class<?> raw = scope.getType().getErasedType();
    if (raw == int.class || raw == Integer.class) {
      attributes.put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
    }
  }

  private static Class<?> implementation(Class<?> modelType) {
    Class<?> implementation = implementationOrNull(modelType);
    if (implementation == null) {
      throw new IllegalStateException(modelType + " has no @JsonDeserialize(as = ...)");
    }
    return implementation;
  }

  private static Class<?> implementationOrNull(Class<?> type) {
    JsonDeserialize deserialize = type.getAnnotation(JsonDeserialize.class);
    if (deserialize == null || deserialize.as() == Void.class || deserialize.as() == type) {
      return null;
    }
    return deserialize.as();
  }

  /** The model type whose {@code @JsonDeserialize(as = ...)} names this implementation, or null. */
  private static Class<?> modelTypeOf(Class<?> implementation) {
    java.util.List<Class<?>> supertypes = new java.util.ArrayList<>(List.of(implementation.getInterfaces()));
    if (implementation.getSuperclass() != null) {
      supertypes.add(implementation.getSuperclass());
    }
    for (Class<?> supertype : supertypes) {
      if (implementationOrNull(supertype) == implementation) {
        return supertype;
      }
    }
    return null;
  }
}
