package io.github.mantelzorg.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.github.mantelzorg.model.testing.BadInput;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas in the model jar ({@code io/github/mantelzorg/model/json-schema/*.schema.json}, generated at build
 * time from the model classes) are valid draft 2020-12 schemas, accept every golden file and every valid case of the
 * bad-input corpus, and reject every corpus case whose fault is one of structure: a wrong type, an unknown field, an
 * unknown enum value, a missing required field, a date that is not {@code yyyy-MM-dd}, a number beyond an int. Faults
 * that only {@link Json} can see (ranges and other invariants, unique ids, references, limits, malformed JSON) are not
 * the schema's and are not checked here.
 */
class JsonSchemaTest {
  /** Corpus cases (by file name prefix) whose fault the schema describes. */
  private static final List<String> STRUCTURAL = List.of(
      "type-", "unknown-field-", "enum-", "rung-", "missing-", "top-", "date-", "number-");

  /** Corpus cases with one of those prefixes whose fault is still not one of structure. */
  private static final Set<String> NOT_STRUCTURAL = Set.of(
      "missing-csi-waarde.json", // waarde is optional; a CSI without one breaks an invariant (@Value.Check)
      "top-empty-object.json", // {} is a Casus without content: an invariant, "at least one of ..."
      "type-maanden-float.json", // 24.0: JSON Schema counts a number with a zero fraction as an integer, Json does not
      "number-uren-long-fraction.json"); // a valid number, beyond JsonLimits.maxNumberLength

  static Stream<String> schemaFiles() {
    return JsonSchemas.ALL.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaFiles")
  void isAValidDraft202012Schema(String file) {
    SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getDraft202012());
    var metaSchema = registry.getSchema(SchemaLocation.of(Dialects.getDraft202012().getId()));

    assertThat(metaSchema.validate(JsonSchemas.text(file), InputFormat.JSON)).isEmpty();
    assertThat(JsonSchemas.text(file))
        .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
        .contains("\"additionalProperties\": false");
  }

  @Test
  void describesTheJsonContract() {
    String netwerk = JsonSchemas.text(JsonSchemas.ZORGNETWERK);

    // Names as in JSON (no accessor parentheses), mandatory attributes required, dates as yyyy-MM-dd.
    assertThat(netwerk).doesNotContain("()").contains("\"required\": [\n    \"id\",\n    \"zorgvrager\"\n  ]")
        .contains("\"format\": \"date\"").contains("\"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\"");
    assertThat(JsonSchemas.errors(JsonSchemas.ZORGNETWERK, "{\"id\": \"n1\"}")).isNotEmpty();
    assertThat(JsonSchemas.errors(JsonSchemas.CASUS, "{\"zorgnetwerken\": [], \"extra\": 1}")).isNotEmpty();
  }

  static Stream<Path> goldenFiles() throws IOException, URISyntaxException {
    Path dir = Path.of(JsonSchemaTest.class.getResource("/io/github/mantelzorg/model/testing/json").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void everyGoldenFileIsValid(Path golden) throws IOException {
    String text = Files.readString(golden, StandardCharsets.UTF_8);

    List<String> accepting = JsonSchemas.ALL.stream()
        .filter(schema -> JsonSchemas.errors(schema, text).isEmpty()).toList();

    // A document is one of the three kinds, so exactly one schema accepts it.
    assertThat(accepting).as(golden.getFileName().toString()).hasSize(1);
    String asCasus = switch (accepting.get(0)) {
      case JsonSchemas.ZORGNETWERK -> "{\"zorgnetwerken\": [" + text + "]}";
      case JsonSchemas.SAMENWERKINGSVERBAND -> "{\"samenwerkingsverband\": " + text + "}";
      default -> text;
    };
    assertThat(JsonSchemas.errors(JsonSchemas.CASUS, asCasus)).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> theBadInputCorpus() {
    List<BadInput.Case> cases = BadInput.cases().stream().filter(c -> !c.generated())
        .filter(c -> c.valid() || isStructural(c)).toList();
    assertThat(cases.stream().filter(c -> !c.valid())).as("structural cases").hasSizeGreaterThan(60);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      String text = withoutByteOrderMark(new String(c.bytes(), StandardCharsets.UTF_8));
      List<String> accepting = JsonSchemas.ALL.stream()
          .filter(schema -> JsonSchemas.errors(schema, text).isEmpty()).toList();
      if (c.valid()) {
        assertThat(accepting).as("schemas accepting the valid case %s", c.name()).hasSize(1);
      } else {
        assertThat(accepting).as("schemas accepting %s (%s: %s)", c.name(), c.path(), c.expected()).isEmpty();
      }
    }));
  }

  private static boolean isStructural(BadInput.Case c) {
    return STRUCTURAL.stream().anyMatch(c.file()::startsWith) && !NOT_STRUCTURAL.contains(c.file());
  }

  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
