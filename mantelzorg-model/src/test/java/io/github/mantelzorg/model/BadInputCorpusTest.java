package io.github.mantelzorg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mantelzorg.model.testing.BadInput;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus ({@code src/test/resources/bad/cases.tsv} and {@link BadInput}): every case is rejected with
 * one {@link InvalidModelException} whose problem names the expected path, value and expectation, in a message with
 * no Java or Jackson class name, no stack trace and no control character; the valid cases (a UTF-8 byte order mark)
 * are accepted.
 */
class BadInputCorpusTest {
  private static final Json JSON = Json.create();

  static List<BadInput.Case> cases() {
    return BadInput.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachCaseGivesItsProblem(BadInput.Case c) {
    Throwable t = catchThrowable(() -> JSON.readCasus(new ByteArrayInputStream(c.bytes())));
    if (c.valid()) {
      assertThat(t).as(c.name()).isNull();
      return;
    }
    assertThat(t).as(c.name()).isInstanceOf(InvalidModelException.class);
    InvalidModelException e = (InvalidModelException) t;
    Problem expected = c.line() > 0 && c.value().equals("an empty line")
        // BatchAdvisor answers a blank line itself; the reader calls it empty input.
        ? new Problem("", "empty input", "a JSON object")
        : new Problem(c.path(), c.value(), c.expected());
    assertThat(e.problems()).as(c.name()).singleElement().satisfies(p -> {
      assertThat(p.path()).as("path").isEqualTo(expected.path());
      assertThat(p.value()).as("value").isEqualTo(expected.value());
      assertThat(p.expected()).as("expected").contains(expected.expected());
    });
    assertClean(e.getMessage());
  }

  static List<BadInput.Document> documents() {
    return BadInput.multi();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyProblemOfADocumentIsReported(BadInput.Document d) {
    Throwable t = catchThrowable(() -> JSON.readCasus(new ByteArrayInputStream(d.bytes())));
    assertThat(t).as(d.file()).isInstanceOf(InvalidModelException.class);
    InvalidModelException e = (InvalidModelException) t;
    assertThat(e.problems()).as(d.file()).hasSize(d.problems().size());
    for (int i = 0; i < d.problems().size(); i++) {
      BadInput.Case c = d.problems().get(i);
      Problem p = e.problems().get(i);
      assertThat(p.path()).as("%s: path of problem %d", d.file(), i).isEqualTo(c.path());
      assertThat(p.value()).as("%s: value of problem %d", d.file(), i).isEqualTo(c.value());
      assertThat(p.expected()).as("%s: expected of problem %d", d.file(), i).contains(c.expected());
    }
    assertThat(e.getMessage()).startsWith("Invalid ").contains(d.problems().size() + " problems");
    e.problems().forEach(p -> assertClean(p.toString()));
  }

  @Test
  void collectingStopsAfterAThousandProblemsAndSaysSo() {
    StringBuilder b = new StringBuilder("{\"id\":\"n1\",\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"Jan\"},\"mantelzorgers\":[");
    for (int i = 0; i < 600; i++) {
      b.append(i == 0 ? "" : ",").append("{\"id\":\"m").append(i).append("\",\"naam\":\"P\",\"maanden\":\"x\",\"werkt\":1}");
    }
    InvalidModelException e = (InvalidModelException) catchThrowable(() -> JSON.readCasus(b.append("]}").toString()));
    assertThat(e.problems()).hasSize(JsonBinder.MAX_PROBLEMS + 1);
    assertThat(e.problems().get(0)).isEqualTo(new Problem("mantelzorgers[0].maanden", "a string", "a whole number"));
    assertThat(e.problems().get(1)).isEqualTo(new Problem("mantelzorgers[0].werkt", "1", "true or false"));
    assertThat(e.problems().get(JsonBinder.MAX_PROBLEMS)).isEqualTo(new Problem("", "more than 1000 problems",
        "a document with fewer problems: reading stopped after the first 1000"));
    assertThat(e.getMessage()).contains("1001 problems").contains("... and 951 more");
  }

  @Test
  void aDocumentAsDeepAsARaisedNestingLimitAllowsIsCheckedWithoutRecursion() throws InterruptedException {
    Json tief = Json.create(JsonLimits.DEFAULT.withMaxNestingDepth(200_000));
    List<Throwable> thrown = new java.util.ArrayList<>();
    // A small stack, so that any recursion over the 100,000 levels would overflow it.
    Thread t = new Thread(null, () -> {
      thrown.add(catchThrowable(() -> tief.readZorgnetwerk(BadInput.deep(100_000, 1))));
      thrown.add(catchThrowable(() -> tief.readZorgnetwerk(BadInput.deep(5_000, 1001))));
    }, "deep", 256 * 1024);
    t.start();
    t.join();
    assertThat(thrown).hasSize(2);
    assertThat(thrown.get(0)).isInstanceOf(InvalidModelException.class);
    assertThat(((InvalidModelException) thrown.get(0)).problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("zorgvrager.x");
      assertThat(p.value()).isEqualTo("unknown field \"x\"");
    });
    assertThat(thrown.get(1)).isInstanceOf(InvalidModelException.class);
    assertThat(((InvalidModelException) thrown.get(1)).problems()).singleElement().satisfies(p -> {
      // 5,000 levels: the path keeps its first and last levels and says how many it leaves out.
      assertThat(p.path()).startsWith("zorgvrager.x[0][0]").contains(".(4953 more levels)").endsWith("[0]")
          .hasSizeLessThan(300);
      assertThat(p.value()).isEqualTo("1001 elements");
      assertThat(p.expected()).isEqualTo("at most 1000 elements (JsonLimits.maxArrayLength)");
    });
  }

  /** The message a user sees: no class names, no stack trace, one line, no terminal control characters. */
  static void assertClean(String message) {
    assertThat(message).doesNotContain("com.fasterxml").doesNotContain("java.").doesNotContain("Exception")
        .doesNotContain("\tat ").doesNotContain("StreamReadConstraints").doesNotContain("JsonNode")
        .doesNotContain("JsonToken").doesNotContain("JsonReadFeature").doesNotContain("Immutable");
    assertThat(message.chars().filter(ch -> ch < 0x20 || ch == 0x7f).boxed().collect(Collectors.toList()))
        .as("control characters in %s", message).isEmpty();
  }

  @Test
  void theCorpusIsLargeAndSmall() {
    List<BadInput.Case> all = BadInput.cases();
    assertThat(all.stream().filter(c -> !c.valid())).hasSizeGreaterThanOrEqualTo(100);
    assertThat(all.stream().filter(BadInput.Case::valid)).isNotEmpty();
    long onDisk = all.stream().filter(c -> !c.generated()).map(BadInput.Case::file).distinct()
        .mapToLong(f -> BadInput.resource(f).length).sum();
    assertThat(onDisk).isLessThan(1_000_000);
  }

  @Test
  void theMapperHasNoDefaultTyping() throws ReflectiveOperationException {
    Field f = Json.class.getDeclaredField("mapper");
    f.setAccessible(true);
    ObjectMapper mapper = (ObjectMapper) f.get(Json.create());
    com.fasterxml.jackson.databind.JavaType object = mapper.constructType(Object.class);
    assertThat(mapper.getDeserializationConfig().getDefaultTyper(object)).isNull();
    assertThat(mapper.getSerializationConfig().getDefaultTyper(object)).isNull();
    InvalidModelException e = (InvalidModelException) catchThrowable(() -> JSON.readCasus(
        "{\"@class\":\"java.lang.ProcessBuilder\",\"zorgnetwerken\":[]}"));
    // The unknown field, and (as every problem is reported) the case that is empty without it.
    assertThat(e.problems()).extracting(Problem::path, Problem::value).containsExactly(
        org.assertj.core.groups.Tuple.tuple("@class", "unknown field \"@class\""), org.assertj.core.groups.Tuple.tuple("", "\"{}\""));
  }

  @Test
  void limitsAreConfigurable() {
    byte[] big = BadInput.cases().stream().filter(c -> c.name().equals("gen:persons-1200")).findFirst().orElseThrow()
        .bytes();
    Json ruim = Json.create(JsonLimits.DEFAULT.withMaxPersonenPerNetwerk(1200));
    assertThat(ruim.readCasus(new ByteArrayInputStream(big)).zorgnetwerken().get(0).vrijwilligers()).hasSize(600);
    Json krap = Json.create(JsonLimits.DEFAULT.withMaxPersonenPerNetwerk(2).withMaxOrganisatiesPerVerband(1));
    InvalidModelException e = (InvalidModelException) catchThrowable(() -> krap.readCasus(
        "{\"id\":\"n\",\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"A\"},\"vrijwilligers\":[{\"id\":\"a\",\"naam\":\"A\"},"
            + "{\"id\":\"b\",\"naam\":\"B\"},{\"id\":\"c\",\"naam\":\"C\"}]}"));
    assertThat(e.problems()).containsExactly(new Problem("vrijwilligers", "3 persons in this network",
        "at most 2 persons per network, the zorgvrager not counted (JsonLimits.maxPersonenPerNetwerk)"));
    e = (InvalidModelException) catchThrowable(() -> krap.readSamenwerkingsverband(
        "{\"id\":\"s\",\"naam\":\"S\",\"leden\":[{\"id\":\"a\",\"naam\":\"A\",\"type\":\"GGZ\"},"
            + "{\"id\":\"b\",\"naam\":\"B\",\"type\":\"GGZ\"}]}"));
    assertThat(e.problems()).singleElement().extracting(Problem::path).isEqualTo("leden");
    Json klein = Json.create(JsonLimits.DEFAULT.withMaxDocumentChars(10));
    e = (InvalidModelException) catchThrowable(() -> klein.readCasus(new ByteArrayInputStream(new byte[1 << 20])));
    assertThat(e.problems()).containsExactly(new Problem("", "more than 10 characters",
        "at most 10 characters (JsonLimits.maxDocumentChars)"));
  }
}
