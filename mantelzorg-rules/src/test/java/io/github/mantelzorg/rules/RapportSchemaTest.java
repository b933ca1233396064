package io.github.mantelzorg.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Json;
import io.github.mantelzorg.model.testing.ModelArbitraries;
import io.github.mantelzorg.model.testing.Scenarios;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema of the report ({@code io/github/mantelzorg/rules/json-schema/adviesrapport.schema.json} in the
 * rules jar) and {@link RapportJson} agree: every report of the scenarios and sparse records, in both languages, and
 * of generated cases, and one with feedback, is valid; a few broken reports are not; the schema names exactly the
 * fields the writer writes, in its order, and the values of the Java enums.
 */
class RapportSchemaTest {
  static final String RESOURCE = "/io/github/mantelzorg/rules/json-schema/adviesrapport.schema.json";
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final AdviesEngine NL = AdviesEngine.builder().sessionPool(0).build();
  private static final AdviesEngine EN = AdviesEngine.builder().language(Language.EN).sessionPool(0).build();

  // Static, not @BeforeAll: the property below runs in jqwik, which does not run JUnit's lifecycle methods.
  private static final String TEXT = text();
  private static final JsonNode schemaTree = tree(TEXT);
  /** With format assertions, so that "format": "date" rejects 2026-02-30. */
  private static final Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      r -> r.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
      .getSchema(TEXT, InputFormat.JSON);

  private static String text() {
    try (InputStream in = RapportJson.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not in the rules jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static JsonNode tree(String text) {
    try {
      return TREE.readTree(text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Stream<Arguments> reports() {
    List<String> files = new ArrayList<>(List.of("s1-zoon-vader-dementie.json",
        "s2-moeder-dochter-verstandelijke-beperking.json", "s3-partner-nah.json",
        "s5-lerende-praktijk-twee-organisaties.json", "s6-vrijwilligers-niet-geinformeerd.json",
        "s8-steunpunt-zonder-positie.json", "s9-ervaringsdeskundige-alleen-management.json"));
    for (String s : List.of("lichte-helper", "oude-overbelasting", "partnerschap-leden-en-trekker",
        "sofa-alleen-vier-rollen", "typfout-in-de-toekomst", "verpleeghuis")) {
      files.add("schaars/" + s + ".json");
    }
    return files.stream().flatMap(f -> Stream.of(Arguments.of(f, NL), Arguments.of(f, EN)));
  }

  private static Adviesrapport report(String file, AdviesEngine engine) {
    return engine.advise(Json.create().readCasus(Scenarios.json(file)), Scenarios.PEILDATUM);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("reports")
  void everyScenarioReportIsValid(String file, AdviesEngine engine) {
    Adviesrapport r = report(file, engine);

    assertThat(schema.validate(RapportJson.write(r), InputFormat.JSON)).as(file).isEmpty();
    assertThat(schema.validate(RapportJson.writeLine(r), InputFormat.JSON)).as(file).isEmpty();
  }

  @Provide
  Arbitrary<Casus> casussen() {
    return ModelArbitraries.casussen();
  }

  @Property(tries = 100)
  void theReportOfEveryGeneratedCaseIsValid(@ForAll("casussen") Casus casus) {
    String json = RapportJson.writeLine(NL.advise(casus, Scenarios.PEILDATUM));

    assertThat(schema.validate(json, InputFormat.JSON)).as(json).isEmpty();
  }

  static Stream<Arguments> broken() {
    return Stream.of(
        Arguments.of("a field missing", (Consumer<ObjectNode>) r -> r.remove("adviezen")),
        Arguments.of("a field of its own", (Consumer<ObjectNode>) r -> r.put("extra", 1)),
        Arguments.of("an impossible date", (Consumer<ObjectNode>) r -> r.put("peildatum", "2026-02-30")),
        Arguments.of("an unknown language", (Consumer<ObjectNode>) r -> r.put("language", "DE")),
        Arguments.of("an unknown priority", (Consumer<ObjectNode>) r -> advies(r).put("prioriteit", "URGENT")),
        Arguments.of("a code not in the catalogue's form", (Consumer<ObjectNode>) r -> advies(r).put("code", "bl-1")),
        Arguments.of("a card id not in its form", (Consumer<ObjectNode>) r -> advies(r).put("id", "BL-01")),
        Arguments.of("a summary over 140 characters",
            (Consumer<ObjectNode>) r -> advies(r).put("samenvatting", "x".repeat(141))),
        Arguments.of("a step that is no text", (Consumer<ObjectNode>) r -> ((ArrayNode) advies(r).get("stappen")).add(1)),
        Arguments.of("a source without a title", (Consumer<ObjectNode>) r -> ((ObjectNode) advies(r).get("bronnen")
            .get(0)).remove("titel")),
        Arguments.of("a fact that is no text", (Consumer<ObjectNode>) r -> ((ObjectNode) advies(r).get("feiten"))
            .put("csi", 8)),
        Arguments.of("an open question without codes", (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("openVragen")
            .get(0)).putArray("codes")));
  }

  private static ObjectNode advies(ObjectNode report) {
    return (ObjectNode) report.get("adviezen").get(0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void aBrokenReportIsNot(String what, Consumer<ObjectNode> breakIt) throws IOException {
    ObjectNode r = (ObjectNode) TREE.readTree(RapportJson.write(report("s1-zoon-vader-dementie.json", NL)));
    assertThat(schema.validate(TREE.writeValueAsString(r), InputFormat.JSON)).isEmpty();

    breakIt.accept(r);

    assertThat(schema.validate(TREE.writeValueAsString(r), InputFormat.JSON)).as(what).isNotEmpty();
  }

  /**
   * The schema names every field the writer writes, in the writer's order, and no other: a field added to
   * {@link RapportJson} without the schema fails here. Optional fields (a source's authors, place, url) may be left
   * out by the writer.
   */
  @Test
  void theSchemaNamesTheFieldsTheWriterWritesInItsOrder() throws IOException {
    JsonNode s1 = TREE.readTree(RapportJson.write(report("s1-zoon-vader-dementie.json", NL)));
    JsonNode future = TREE.readTree(RapportJson.write(report("schaars/typfout-in-de-toekomst.json", NL)));
    JsonNode feedback = TREE.readTree(RapportJson.write(withFeedback()));
    assertThat(s1.get("adviezen")).isNotEmpty();
    assertThat(s1.get("openVragen")).isNotEmpty();
    assertThat(future.get("waarschuwingen")).as("a record with a fact after the evaluation date").isNotEmpty();
    assertThat(feedback.get("afgewezen")).as("a dismissed card").isNotEmpty();

    assertSameFields(s1, schemaTree, Set.of());
    assertSameFields(s1.get("adviezen").get(0), schemaTree.at("/$defs/Advies"), Set.of("betreftMeer", "terugkoppeling"));
    assertSameFields(s1.get("openVragen").get(0), schemaTree.at("/$defs/OpenVraag"), Set.of());
    assertSameFields(future.get("waarschuwingen").get(0), schemaTree.at("/$defs/Waarschuwing"), Set.of());
    for (JsonNode bron : s1.get("adviezen").get(0).get("bronnen")) {
      assertSameFields(bron, schemaTree.at("/$defs/Bron"), Set.of("auteurs", "vindplaats", "url"));
    }
    assertSameFields(feedback.get("afgewezen").get(0), schemaTree.at("/$defs/AfgewezenKaart"), Set.of());
    JsonNode opgepakt = feedback.get("adviezen").get(0);
    assertThat(opgepakt.has("terugkoppeling")).as("the card taken up").isTrue();
    assertSameFields(opgepakt, schemaTree.at("/$defs/Advies"), Set.of("betreftMeer", "terugkoppeling"));
    assertSameFields(opgepakt.get("terugkoppeling"), schemaTree.at("/$defs/Terugkoppeling"),
        Set.of("reden", "toelichting", "door"));
    JsonNode dismissal = feedback.get("afgewezen").get(0).get("terugkoppeling");
    assertThat(dismissal.has("reden")).isTrue();
    assertSameFields(dismissal, schemaTree.at("/$defs/Terugkoppeling"), Set.of("reden", "toelichting", "door"));
  }

  /** S1 with its first card taken up and its second dismissed. */
  private static Adviesrapport withFeedback() {
    Casus s1 = Json.create().readCasus(Scenarios.json("s1-zoon-vader-dementie.json"));
    Adviesrapport before = NL.advise(s1, Scenarios.PEILDATUM);
    return NL.advise(s1, Scenarios.PEILDATUM, List.of(
        Terugkoppeling.opgepakt(before.adviezen().get(0).id(), Scenarios.PEILDATUM),
        Terugkoppeling.afgewezen(before.adviezen().get(1).id(), Terugkoppeling.Reden.PAST_NIET, Scenarios.PEILDATUM)));
  }

  @Test
  void aReportWithFeedbackIsValid() {
    assertThat(schema.validate(RapportJson.write(withFeedback()), InputFormat.JSON)).isEmpty();
  }

  /**
   * The written fields are the schema's properties in the schema's order, leaving out at most some of the
   * {@code optional} ones; the schema requires exactly the others.
   */
  private static void assertSameFields(JsonNode written, JsonNode definition, Set<String> optional) {
    List<String> fields = new ArrayList<>();
    written.fieldNames().forEachRemaining(fields::add);
    List<String> properties = new ArrayList<>();
    definition.get("properties").fieldNames().forEachRemaining(properties::add);
    Set<String> required = new LinkedHashSet<>();
    definition.get("required").forEach(n -> required.add(n.asText()));

    assertThat(properties).containsSubsequence(fields);
    assertThat(fields).containsAll(required);
    assertThat(properties.stream().filter(p -> !optional.contains(p)).toList()).containsExactlyElementsOf(required);
  }

  @Test
  void theSchemaNamesTheValuesOfTheEnums() {
    assertThat(values(schemaTree.at("/properties/language/enum")))
        .containsExactlyElementsOf(names(Language.values()));
    assertThat(values(schemaTree.at("/$defs/Advies/properties/model/enum")))
        .containsExactlyElementsOf(names(Adviesmodel.values()));
    assertThat(values(schemaTree.at("/$defs/Advies/properties/prioriteit/enum")))
        .containsExactlyElementsOf(names(Prioriteit.values()));
    assertThat(values(schemaTree.at("/$defs/Terugkoppeling/properties/status/enum")))
        .containsExactlyElementsOf(names(Terugkoppeling.Status.values()));
    assertThat(values(schemaTree.at("/$defs/Terugkoppeling/properties/reden/enum")))
        .containsExactlyElementsOf(names(Terugkoppeling.Reden.values()));
  }

  @Test
  void everyRuleCodeHasTheFormTheSchemaStates() {
    String pattern = schemaTree.at("/$defs/Advies/properties/code/pattern").asText();

    assertThat(NL.rules()).extracting(Rule::code).allMatch(c -> c.matches(pattern));
  }

  private static List<String> values(JsonNode array) {
    List<String> v = new ArrayList<>();
    array.forEach(n -> v.add(n.asText()));
    return v;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
