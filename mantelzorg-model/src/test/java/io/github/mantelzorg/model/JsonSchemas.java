package io.github.mantelzorg.model;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas shipped in the model jar, read from the class path as a user would, with a validator that asserts
 * formats too ({@code "format": "date"} then rejects 2026-02-30, which the pattern alone lets through).
 */
final class JsonSchemas {
  /** Where the build puts the schemas (a directory name that is no Java package, so no module encapsulates it). */
  static final String DIRECTORY = "/io/github/mantelzorg/model/json-schema/";

  static final String CASUS = "casus.schema.json";
  static final String ZORGNETWERK = "zorgnetwerk.schema.json";
  static final String SAMENWERKINGSVERBAND = "samenwerkingsverband.schema.json";
  static final List<String> ALL = List.of(CASUS, ZORGNETWERK, SAMENWERKINGSVERBAND);

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private JsonSchemas() {}

  /** The text of a shipped schema. */
  static String text(String file) {
    try (InputStream in = JsonSchemas.class.getResourceAsStream(DIRECTORY + file)) {
      if (in == null) {
        throw new IllegalStateException(DIRECTORY + file + " is not on the class path: the build generates it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  static Schema schema(String file) {
    return SCHEMAS.computeIfAbsent(file, f -> REGISTRY.getSchema(text(f), InputFormat.JSON));
  }

  /** The errors of validating a JSON text against a shipped schema; empty when it is valid. */
  static List<Error> errors(String file, String json) {
    return schema(file).validate(json, InputFormat.JSON);
  }
}
