package io.github.mantelzorg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ids, names and references to ids are inert text: no character that could act where they are shown (a terminal, a
 * Markdown report, one line of a batch), and not blank. One check ({@code Checks.printable}) serves every one of
 * them; the problem names the field, shows the value escaped and says what is expected.
 */
class TextIsInertTest {
  private static final String PRINTABLE = "printable text: no control, format or line-separator characters "
      + "(such as bidirectional overrides or zero-width spaces) and no lone surrogates";

  private static InvalidModelException thrown(Runnable build) {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class, build::run);
    assertThat(e).as("an InvalidModelException").isNotNull();
    BadInputCorpusTest.assertClean(e.getMessage().replace(System.lineSeparator(), " "));
    return e;
  }

  /** NUL, ESC, DEL, C1 (NEL, CSI), soft hyphen, zero-width (space, non-joiner, joiner, word joiner, BOM), bidi marks, overrides and isolates, line and paragraph separators, lone surrogates. */
  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"0000", "0009", "000a", "001b", "007f", "0085", "009b", "00ad", "200b", "200c", "200d",
      "2060", "feff", "200e", "200f", "202a", "202b", "202c", "202d", "202e", "2066", "2067", "2068", "2069", "2028",
      "2029", "d800", "dfff"})
  void aCharacterThatCouldActIsRejectedAndShownEscaped(String hex) {
    String c = String.valueOf((char) Integer.parseInt(hex, 16));
    InvalidModelException e = thrown(() -> Zorgvrager.builder().id("zv").naam("Jan" + c + "Piet").build());
    assertThat(e.problems()).containsExactly(new Problem("naam", "\"Jan\\u" + hex + "Piet\"", PRINTABLE));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "\t", "\u00a0", "\u2007", "\u202f", "\u3000", "\u3164", "\u2800", "\u0301",
      "\u00a0 \u3000"})
  void blankOrInvisibleTextIsRejected(String blank) {
    InvalidModelException e = thrown(() -> Organisatie.builder().id("o1").naam(blank).build());
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("naam");
      assertThat(p.expected()).isIn("a non-blank text", PRINTABLE);
      // Whatever does not show is shown escaped.
      assertThat(p.value().chars().filter(ch -> ch != '"' && ch != ' ' && ch < 0x2000 && ch > 0x7e))
          .as(p.value()).isEmpty();
    });
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Zoë de Vries", "José O'Brien-Smit", "李小龙", "Jan\u00a0de Vries", "Ana 😀", "mz-1", "a"})
  void printableTextIsAccepted(String tekst) {
    assertThat(Zorgvrager.builder().id(tekst).naam(tekst).build().naam()).isEqualTo(tekst);
  }

  static Stream<Arguments> everyIdNameAndReference() {
    String bad = "x\u202e";
    LocalDate d = LocalDate.of(2026, 1, 1);
    return Stream.of(
        Arguments.of("Zorgvrager.id", "id", (Function<String, Object>) s -> Zorgvrager.builder().id(s).naam("A").build()),
        Arguments.of("Mantelzorger.naam", "naam", (Function<String, Object>) s -> Mantelzorger.builder().id("m").naam(s).build()),
        Arguments.of("Vrijwilliger.organisatie", "organisatie",
            (Function<String, Object>) s -> Vrijwilliger.builder().id("v").naam("V").organisatie(s).build()),
        Arguments.of("Beroepskracht.organisatie", "organisatie",
            (Function<String, Object>) s -> Beroepskracht.builder().id("b").naam("B").organisatie(s).build()),
        Arguments.of("InformeelContact.id", "id", (Function<String, Object>) s -> InformeelContact.builder().id(s).naam("I").build()),
        Arguments.of("Ervaringsdeskundige.naam", "naam",
            (Function<String, Object>) s -> Ervaringsdeskundige.builder().id("e").naam(s).build()),
        Arguments.of("Organisatie.id", "id", (Function<String, Object>) s -> Organisatie.builder().id(s).naam("O").build()),
        Arguments.of("Zorgnetwerk.id", "id", (Function<String, Object>) s -> Zorgnetwerk.builder().id(s)
            .zorgvrager(Zorgvrager.builder().id("zv").naam("A").build()).build()),
        Arguments.of("Samenwerkingsverband.naam", "naam",
            (Function<String, Object>) s -> Samenwerkingsverband.builder().id("s").naam(s).build()),
        Arguments.of("Belastingmeting.afgenomenDoor", "afgenomenDoor", (Function<String, Object>) s -> Belastingmeting.builder()
            .instrument(Instrument.CSI).waarde(3).datum(d).afgenomenDoor(s).build()),
        Arguments.of("RespijtVoorziening.organisatie", "organisatie", (Function<String, Object>) s -> RespijtVoorziening.builder()
            .vorm(RespijtVorm.values()[0]).organisatie(s).build()),
        Arguments.of("NetwerkCoaching.netwerkcoach", "netwerkcoach", (Function<String, Object>) s -> NetwerkCoaching.builder()
            .huidigeStap(NetwerkStap.values()[0]).sinds(d).netwerkcoach(s).build()),
        Arguments.of("SamenwerkingsRelatie.organisatie", "organisatie", (Function<String, Object>) s -> SamenwerkingsRelatie
            .builder().organisatie(s).huidig(ParticipatieTrede.INFORMEREN).gewenst(ParticipatieTrede.ADVISEREN).build()),
        Arguments.of("Mantelzorgakkoord.ondertekenaars", "ondertekenaars[1]", (Function<String, Object>) s -> Mantelzorgakkoord
            .builder().datum(d).ondertekenaars(List.of("o1", s)).build()),
        Arguments.of("Positionering.organisatie", "organisatie",
            (Function<String, Object>) s -> Positionering.builder().organisatie(s).build()),
        Arguments.of("Project.naam", "naam", (Function<String, Object>) s -> Project.builder().naam(s).build()),
        Arguments.of("LerendNetwerk.coach", "coach",
            (Function<String, Object>) s -> LerendNetwerk.builder().naam("L").coach(s).build()))
        .map(a -> Arguments.of(a.get()[0], a.get()[1], a.get()[2], bad));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyIdNameAndReference")
  void everyIdNameAndReferenceIsChecked(String field, String path, Function<String, Object> build, String bad) {
    assertThat(thrown(() -> build.apply(bad)).problems())
        .containsExactly(new Problem(path, "\"x\\u202e\"", PRINTABLE));
    assertThat(build.apply("ok-1")).isNotNull();
  }

  @Test
  void anUnprintableInitiatiefnemerIsReportedOnceNotAlsoAsUnresolved() {
    InvalidModelException e = thrown(() -> Samenwerkingsverband.builder().id("s").naam("S")
        .addLeden(Organisatie.builder().id("o1").naam("O").build()).initiatiefnemer("o1\u0007").build());
    assertThat(e.problems()).containsExactly(new Problem("initiatiefnemer", "\"o1\\u0007\"", PRINTABLE));
  }

  @Test
  void aLoneSurrogateFromJsonIsShownEscaped() {
    InvalidModelException e = thrown(() -> Json.create().readZorgnetwerk(
        "{\"id\":\"n\\ud83d\",\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"A\"}}"));
    assertThat(e.problems()).containsExactly(new Problem("id", "\"n\\ud83d\"", PRINTABLE));
  }

  @Test
  void otherReadersQuoteAndCheckTextAsTheModelDoes() {
    assertThat(Problem.quote("Jan\u001b[31m" + "x".repeat(100))).startsWith("\"Jan\\u001b[31mxxx")
        .endsWith("...(108 chars)\"");
    assertThat(Problem.unprintable("door", "Ans\u202e")).contains(new Problem("door", "\"Ans\\u202e\"", PRINTABLE));
    assertThat(Problem.unprintable("door", "\u00a0")).map(Problem::expected).contains("a non-blank text");
    assertThat(Problem.unprintable("door", "Zoë de Vries")).isEmpty();
  }
}
