package io.github.mantelzorg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.mantelzorg.model.testing.BadInput;
import io.github.mantelzorg.model.testing.Scenarios;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model in an application's own {@code ObjectMapper} ({@link MantelzorgJackson}): a plain mapper, and one set up
 * as lenient as a web framework's, read every document of the corpus as {@link Json} does, with the same problems,
 * and write the canonical form.
 */
class HostMapperTest {
  private static final Json JSON = Json.create();

  /** A mapper as lenient as it gets: what a host may have set for its own types must not reach the model. */
  private static ObjectMapper lenient() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .serializationInclusion(JsonInclude.Include.ALWAYS)
        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  static Stream<Arguments> corpus() {
    List<ObjectMapper> mappers = List.of(new ObjectMapper(), lenient());
    return BadInput.cases().stream().filter(c -> !c.file().startsWith("binary-"))
        .flatMap(c -> Stream.of(Arguments.of(c, mappers.get(0), "plain"), Arguments.of(c, mappers.get(1), "lenient")));
  }

  /**
   * Each case of the corpus, as text, through the host's mapper: the same value, or the same problems as
   * {@code Json}; or the host's own parser refuses it first (malformed JSON, its own limits), where {@code Json}
   * refuses it too.
   */
  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("corpus")
  void aHostMapperReadsAsJsonDoes(BadInput.Case c, ObjectMapper host, String kind) {
    String text = new String(c.bytes(), StandardCharsets.UTF_8);
    Throwable own = catchThrowable(() -> JSON.readCasus(text));
    Object ownValue = own == null ? JSON.readCasus(text) : null;

    Throwable t = catchThrowable(() -> assertThat(host.readValue(text, Casus.class)).isEqualTo(ownValue));
    if (own != null && t instanceof AssertionError) {
      // The host gave a value (or null) where Json did not.
      t = null;
    }

    if (own == null) {
      // Text input with a byte order mark is the host's to decode (Json skips it; a host's parser refuses it).
      assertThat(t).as(c.name()).matches(e -> e == null || text.startsWith("\uFEFF") && isParseFailure(e));
    } else if (isParseFailure(t)) {
      // The host's parser refused it first: malformed, over the parser's own limits, or empty.
      assertThat(((InvalidModelException) own).problems()).as(c.name()).singleElement()
          .satisfies(p -> assertThat(p.expected()).containsAnyOf("well-formed JSON", "JSON limits", "a JSON object"));
    } else if (t == null) {
      // The host read one document and left what follows it: null (no document at all), white space that is no part
      // of the document, or content after it, which a host refuses with FAIL_ON_TRAILING_TOKENS.
      assertThat(text.strip().equals("null") || catchThrowable(() -> JSON.readCasus(text.strip())) == null
          || catchThrowable(() -> host.copy().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .readValue(text, Casus.class)) != null).as(c.name()).isTrue();
    } else {
      assertThat(t).as(c.name()).isInstanceOf(InvalidModelException.class);
      assertThat(problems(t)).as(c.name()).isEqualTo(problems(own));
    }
  }

  static List<BadInput.Document> documents() {
    return BadInput.multi();
  }

  /** Documents with several problems: every one is reported through the host's mapper too, in the same order. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyProblemOfADocumentThroughAHostMapper(BadInput.Document d) {
    String text = new String(d.bytes(), StandardCharsets.UTF_8);

    Throwable own = catchThrowable(() -> JSON.readCasus(text));
    Throwable host = catchThrowable(() -> lenient().readValue(text, Casus.class));

    assertThat(host).isInstanceOf(InvalidModelException.class);
    assertThat(((InvalidModelException) host).problems()).hasSizeGreaterThan(1)
        .isEqualTo(((InvalidModelException) own).problems());
  }

  @Test
  void theScenariosReadAndWriteAsWithJson() throws Exception {
    ObjectMapper host = lenient().enable(SerializationFeature.INDENT_OUTPUT);
    for (String file : List.of("s1-zoon-vader-dementie.json", "s5-lerende-praktijk-twee-organisaties.json",
        "s8-steunpunt-zonder-positie.json")) {
      String text = Scenarios.json(file);
      Casus casus = JSON.readCasus(text);

      assertThat(host.readValue(text, Casus.class)).isEqualTo(casus);
      // Written canonically (no null, no [], dates as text), whatever the host's inclusion and date settings.
      String written = new ObjectMapper().writeValueAsString(casus);
      assertThat(written).isEqualTo(JSON.writeLine(casus));
      assertThat(host.readValue(host.writeValueAsString(casus), Casus.class)).isEqualTo(casus);
    }
    Zorgnetwerk s1 = Scenarios.s1();
    assertThat(new ObjectMapper().readValue(Scenarios.json("s1-zoon-vader-dementie.json"), Zorgnetwerk.class))
        .isEqualTo(s1);
    // A part is written canonically too, also inside a type of the host.
    assertThat(new ObjectMapper().writeValueAsString(new Envelope(s1, "x")))
        .isEqualTo("{\"netwerk\":" + JSON.writeLine(s1) + ",\"bron\":\"x\"}");
    assertThat(new ObjectMapper().writeValueAsString(s1.mantelzorgers().get(0)))
        .isEqualTo(JSON.writeLine(s1.mantelzorgers().get(0)));
  }

  /** A type of the application that holds a network, as a request body might. */
  record Envelope(Zorgnetwerk netwerk, String bron) {}

  @Test
  void insideAHostTypeTheProblemsAreTheCauseAndThePathLeadsToTheField() {
    String text = "{\"bron\": \"x\", \"netwerk\": {\"id\": \"n1\", \"zorgvrager\": {\"id\": \"z\", \"naam\": \"Jan\"},"
        + " \"onbekend\": 1, \"mantelzorgers\": [{\"id\": \"m\", \"naam\": \"Els\", \"relatie\": \"kind\"}]}}";

    Throwable t = catchThrowable(() -> lenient().readValue(text, Envelope.class));

    assertThat(t).isInstanceOf(JsonMappingException.class).hasCauseInstanceOf(InvalidModelException.class);
    assertThat(((JsonMappingException) t).getPathReference()).contains("netwerk");
    assertThat(((InvalidModelException) t.getCause()).problems()).extracting(Problem::path)
        .containsExactly("onbekend", "mantelzorgers[0].relatie");
  }

  @Test
  void aPartOnItsOwnCannotBeReadThroughAMapper() {
    Throwable t = catchThrowable(() -> new ObjectMapper().readValue("{\"id\": \"m\"}", Mantelzorger.class));

    assertThat(t).isInstanceOf(InvalidDefinitionException.class).hasMessageContaining(
        "Mantelzorger is read only as part of a document: read a Zorgnetwerk, Samenwerkingsverband or Casus"
            + " (io.github.mantelzorg.model.Json, or those types through this ObjectMapper)");
  }

  @Test
  void aHostModuleReadsWithItsOwnLimits() {
    ObjectMapper host = new ObjectMapper().registerModule(
        MantelzorgJackson.module(JsonLimits.DEFAULT.withMaxArrayLength(1)));
    String twoCarers = "{\"id\": \"n1\", \"zorgvrager\": {\"id\": \"z\", \"naam\": \"Jan\"}, \"mantelzorgers\": ["
        + "{\"id\": \"m1\", \"naam\": \"Els\"}, {\"id\": \"m2\", \"naam\": \"Piet\"}]}";

    Throwable limited = catchThrowable(() -> host.readValue(twoCarers, Zorgnetwerk.class));
    Throwable byDefault = catchThrowable(() -> new ObjectMapper().readValue(twoCarers, Zorgnetwerk.class));

    assertThat(limited).isInstanceOf(InvalidModelException.class);
    assertThat(((InvalidModelException) limited).problems()).singleElement()
        .isEqualTo(new Problem("mantelzorgers", "2 elements", "at most 1 elements (JsonLimits.maxArrayLength)"));
    assertThat(byDefault).isNull();
  }

  @Test
  void aDocumentLongerThanTheLimitIsNotCopiedWhole() {
    ObjectMapper host = new ObjectMapper().registerModule(
        MantelzorgJackson.module(JsonLimits.DEFAULT.withMaxDocumentChars(100)));
    String text = "{\"id\": \"n1\", \"zorgvrager\": {\"id\": \"z\", \"naam\": \"" + "J".repeat(200) + "\"}}";

    Throwable t = catchThrowable(() -> host.readValue(text, Zorgnetwerk.class));

    assertThat(t).isInstanceOf(InvalidModelException.class);
    assertThat(((InvalidModelException) t).problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEmpty();
      assertThat(p.expected()).contains("JsonLimits.maxDocumentChars");
    });
  }

  /** Did the host's parser refuse the input, before the model was reached? */
  private static boolean isParseFailure(Throwable t) {
    return t instanceof JsonProcessingException && !(t instanceof JsonMappingException)
        || t instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException && t.getCause() == null;
  }

  private static List<String> problems(Throwable t) {
    // A duplicate key's line and column are those of the copy (one line) in a host; the rest is the same.
    return ((InvalidModelException) t).problems().stream()
        .map(p -> p.toString().replaceAll(" \\(line \\d+, column \\d+\\)", ""))
        .collect(Collectors.toList());
  }
}
