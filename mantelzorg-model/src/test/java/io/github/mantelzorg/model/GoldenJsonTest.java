package io.github.mantelzorg.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.testing.Scenarios;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden JSON files of the scenarios: each reads into a value equal to its builder-made twin in
 * {@link Scenarios}, and writing that value gives back the file's text exactly (the files are canonical, ending with
 * one newline).
 */
class GoldenJsonTest {
  private static final Json JSON = Json.create();

  /** A golden file, how to read it, and its builder-made twin. */
  private record Golden(String file, BiFunction<Json, String, Object> reader, Supplier<Object> twin) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Golden> goldenFiles() {
    return Stream.of(
        new Golden("s1-zoon-vader-dementie.json", Json::readZorgnetwerk, Scenarios::s1),
        new Golden("s2-moeder-dochter-verstandelijke-beperking.json", Json::readZorgnetwerk, Scenarios::s2),
        new Golden("s3-partner-nah.json", Json::readZorgnetwerk, Scenarios::s3),
        new Golden("s5-lerende-praktijk-twee-organisaties.json", Json::readSamenwerkingsverband, Scenarios::s5),
        new Golden("s6-vrijwilligers-niet-geinformeerd.json", (json, text) -> json.readCasus(text), Scenarios::s6),
        new Golden("s8-steunpunt-zonder-positie.json", Json::readSamenwerkingsverband, Scenarios::s8),
        new Golden("s9-ervaringsdeskundige-alleen-management.json", Json::readSamenwerkingsverband, Scenarios::s9));
  }

  static Stream<Arguments> files() {
    return goldenFiles().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void readsIntoItsBuilderTwin(Golden golden) {
    Object read = golden.reader().apply(JSON, Scenarios.json(golden.file()));

    assertThat(read).isEqualTo(golden.twin().get());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void writesBackToTheIdenticalText(Golden golden) {
    String text = Scenarios.json(golden.file());

    Object read = golden.reader().apply(JSON, text);

    assertThat(JSON.write(read) + "\n").isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void builderTwinWritesTheGoldenText(Golden golden) {
    assertThat(JSON.write(golden.twin().get()) + "\n").isEqualTo(Scenarios.json(golden.file()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void endsWithExactlyOneNewline(Golden golden) {
    String text = Scenarios.json(golden.file());

    assertThat(text).endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void readCasusAcceptsTheFileAsACase(Golden golden) {
    Object twin = golden.twin().get();

    Casus casus = JSON.readCasus(Scenarios.json(golden.file()));

    Casus expected;
    if (twin instanceof Casus c) {
      expected = c;
    } else if (twin instanceof Zorgnetwerk z) {
      expected = Casus.of(z);
    } else {
      expected = Casus.of((Samenwerkingsverband) twin);
    }
    assertThat(casus).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void readDocumentSaysTheShapeTheFileWasWrittenIn(Golden golden) {
    Object twin = golden.twin().get();

    Document d = JSON.readDocument(Scenarios.json(golden.file()));

    assertThat(d.casus()).isEqualTo(JSON.readCasus(Scenarios.json(golden.file())));
    if (twin instanceof Casus) {
      assertThat(d.kind()).isEqualTo(Document.Kind.CASUS);
      assertThat(d.zorgnetwerk()).isEmpty();
      assertThat(d.samenwerkingsverband()).isEmpty();
    } else if (twin instanceof Zorgnetwerk z) {
      assertThat(d.kind()).isEqualTo(Document.Kind.ZORGNETWERK);
      assertThat(d.zorgnetwerk()).contains(z);
      assertThat(d.samenwerkingsverband()).isEmpty();
    } else {
      assertThat(d.kind()).isEqualTo(Document.Kind.SAMENWERKINGSVERBAND);
      assertThat(d.samenwerkingsverband()).contains((Samenwerkingsverband) twin);
      assertThat(d.zorgnetwerk()).isEmpty();
    }
  }
}
