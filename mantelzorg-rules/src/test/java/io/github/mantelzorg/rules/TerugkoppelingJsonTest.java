package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.ENGINE;
import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mantelzorg.model.InvalidModelException;
import io.github.mantelzorg.model.JsonLimits;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.testing.Scenarios;
import io.github.mantelzorg.rules.Terugkoppeling.Reden;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Feedback as JSON ({@link TerugkoppelingJson}): what it reads, that writing and reading back gives the same list,
 * and the problems of bad input, each with its path, the value found and what was expected.
 */
class TerugkoppelingJsonTest {
  private static final String ID = "3fa2c9d1-7be0a415";
  private static final LocalDate DATUM = LocalDate.of(2026, 11, 2);

  private static String fout(String json) {
    return catchThrowableOfType(InvalidModelException.class, () -> TerugkoppelingJson.read(json)).getMessage();
  }

  @Test
  void readsTheDocumentedForm() {
    List<Terugkoppeling> l = TerugkoppelingJson.read("""
        [
          {"id": "3fa2c9d1-7be0a415", "status": "AFGEWEZEN", "reden": "AL_BESPROKEN", "datum": "2026-11-02"},
          {"id": "0b9e44a7-51c2d0f3", "status": "OPGEPAKT", "datum": "2026-11-02", "door": "consulent Ans",
           "reden": null},
          {"id": "77aa01c3-9e0f1b2d", "status": "AFGEWEZEN", "reden": "ANDERS", "datum": "2026-11-03",
           "toelichting": "Zoon regelt dit zelf"}
        ]""");
    assertThat(l).containsExactly(
        Terugkoppeling.afgewezen(ID, Reden.AL_BESPROKEN, DATUM),
        Terugkoppeling.opgepakt("0b9e44a7-51c2d0f3", DATUM).withDoor("consulent Ans"),
        Terugkoppeling.afgewezen("77aa01c3-9e0f1b2d", "Zoon regelt dit zelf", LocalDate.of(2026, 11, 3)));
    assertThat(TerugkoppelingJson.read("\uFEFF[]")).isEmpty();
  }

  @Test
  void writingAndReadingBackGivesTheSameList() {
    List<Terugkoppeling> l = List.of(
        Terugkoppeling.afgewezen(ID, Reden.CLIENT_WIL_HET_NIET, DATUM).withToelichting("wil eerst zelf \"proberen\"")
            .withDoor("Ans de Vries"),
        Terugkoppeling.opgepakt("0b9e44a7-51c2d0f3", DATUM));
    String json = TerugkoppelingJson.write(l);
    assertThat(TerugkoppelingJson.read(json)).isEqualTo(l);
    assertThat(TerugkoppelingJson.write(TerugkoppelingJson.read(json))).isEqualTo(json);
    assertThat(json).contains("\"id\" : \"3fa2c9d1-7be0a415\"").doesNotContain("\"reden\" : null");
  }

  @Test
  void feedbackInAReportRoundTripsThroughTheReportJson() throws Exception {
    Zorgnetwerk n = Scenarios.s1();
    Adviesrapport zonder = ENGINE.advise(n, PEILDATUM);
    Advies bl01 = zonder.met("BL-01").get(0);
    Advies ander = zonder.adviezen().stream().filter(a -> !a.code().equals("BL-01")).findFirst().orElseThrow();
    List<Terugkoppeling> l = List.of(Terugkoppeling.afgewezen(bl01.id(), Reden.PAST_NIET, DATUM),
        Terugkoppeling.opgepakt(ander.id(), DATUM));
    Adviesrapport r = ENGINE.advise(n, PEILDATUM, TerugkoppelingJson.read(TerugkoppelingJson.write(l)));

    JsonNode j = new ObjectMapper().readTree(RapportJson.write(r));

    JsonNode kaart = j.get("adviezen").findParents("id").stream().filter(x -> x.get("id").asText().equals(ander.id()))
        .findFirst().orElseThrow();
    assertThat(kaart.get("terugkoppeling").get("status").asText()).isEqualTo("OPGEPAKT");
    assertThat(j.get("afgewezen")).hasSize(1);
    JsonNode weg = j.get("afgewezen").get(0);
    assertThat(weg.get("id").asText()).isEqualTo(bl01.id());
    assertThat(weg.get("code").asText()).isEqualTo("BL-01");
    assertThat(weg.get("terugkoppeling").get("reden").asText()).isEqualTo("PAST_NIET");
    // The feedback written inside a report reads back as feedback.
    assertThat(TerugkoppelingJson.read("[" + weg.get("terugkoppeling") + "]")).containsExactly(l.get(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      empty input             | ``                                               | Invalid JSON: $: empty input (expected a JSON array of feedback objects)
      not an array            | {}                                               | Invalid JSON: $: an object (expected a JSON array of feedback objects)
      malformed               | [{"id": ]                                        | Invalid JSON: [0].id: unexpected input (expected well-formed JSON (line 1, column 9))
      cut off                 | [{"id": "3fa2c9d1-7be0a415"                      | Invalid JSON: [0].id: the end of the input (expected well-formed JSON (line 1, column 28))
      array not closed        | [{"id": "3fa2c9d1-7be0a415", "status": "OPGEPAKT", "datum": "2026-11-02"} | Invalid JSON: $: the end of the input (expected well-formed JSON: the array is not closed (line 1, column 74))
      content after           | [] []                                            | Invalid JSON: $: content after the JSON array (expected one JSON array and nothing after it)
      element not an object   | ["x"]                                            | Invalid Terugkoppeling: [0]: a string (expected a feedback object {id, status, reden, datum} (toelichting and door optional))
      unknown status          | [{"id": "3fa2c9d1-7be0a415", "status": "KLAAR", "datum": "2026-11-02"}] | Invalid Terugkoppeling: [0].status: "KLAAR" (expected one of [OPGEPAKT, AFGEWEZEN])
      padded status           | [{"id": "3fa2c9d1-7be0a415", "status": " OPGEPAKT", "datum": "2026-11-02"}] | Invalid Terugkoppeling: [0].status: " OPGEPAKT" (expected one of [OPGEPAKT, AFGEWEZEN])
      unknown reason          | [{"id": "3fa2c9d1-7be0a415", "status": "AFGEWEZEN", "reden": "GEEN_ZIN", "datum": "2026-11-02"}] | Invalid Terugkoppeling: [0].reden: "GEEN_ZIN" (expected one of [AL_BESPROKEN, PAST_NIET, CLIENT_WIL_HET_NIET, ANDERS])
      impossible date         | [{"id": "3fa2c9d1-7be0a415", "status": "OPGEPAKT", "datum": "2026-02-30"}] | Invalid Terugkoppeling: [0].datum: "2026-02-30" (expected a date yyyy-MM-dd)
      other date form         | [{"id": "3fa2c9d1-7be0a415", "status": "OPGEPAKT", "datum": "2-11-2026"}] | Invalid Terugkoppeling: [0].datum: "2-11-2026" (expected a date yyyy-MM-dd)
      number for a date       | [{"id": "3fa2c9d1-7be0a415", "status": "OPGEPAKT", "datum": 20261102}] | Invalid Terugkoppeling: [0].datum: a number (expected a date yyyy-MM-dd)
      not a card id           | [{"id": "BL-01", "status": "OPGEPAKT", "datum": "2026-11-02"}] | Invalid Terugkoppeling: [0].id: "BL-01" (expected a card id: 8 lower-case hexadecimal digits, '-', 8 more (e.g. 3fa2c9d1-7be0a415))
      missing date            | [{"id": "3fa2c9d1-7be0a415", "status": "OPGEPAKT"}] | Invalid Terugkoppeling: [0].datum: missing (expected a date yyyy-MM-dd: this field is required)
      null status             | [{"id": "3fa2c9d1-7be0a415", "status": null, "datum": "2026-11-02"}] | Invalid Terugkoppeling: [0].status: null (expected one of [OPGEPAKT, AFGEWEZEN]: this field is required)
      dismissal without reden | [{"id": "3fa2c9d1-7be0a415", "status": "AFGEWEZEN", "datum": "2026-11-02"}] | Invalid Terugkoppeling: [0].reden: missing (expected one of [AL_BESPROKEN, PAST_NIET, CLIENT_WIL_HET_NIET, ANDERS]: a dismissal says why)
      ANDERS without comment  | [{"id": "3fa2c9d1-7be0a415", "status": "AFGEWEZEN", "reden": "ANDERS", "datum": "2026-11-02"}] | Invalid Terugkoppeling: [0].toelichting: missing (expected a comment that says the reason: required with reden ANDERS)
      unknown field           | [{"id": "3fa2c9d1-7be0a415", "status": "OPGEPAKT", "datum": "2026-11-02", "code": "BL-01"}] | Invalid Terugkoppeling: [0]: unknown field "code" (expected one of the fields [datum, door, id, reden, status, toelichting])
      field twice             | [{"id": "3fa2c9d1-7be0a415", "status": "OPGEPAKT", "datum": "2026-11-02", "datum": "2026-11-03"}] | Invalid Terugkoppeling: [0].datum: a second field "datum" (expected each field once)
      door not printable      | [{"id": "3fa2c9d1-7be0a415", "status": "OPGEPAKT", "datum": "2026-11-02", "door": "Ans\\u001b[31m"}] | Invalid Terugkoppeling: [0].door: "Ans\\u001b[31m" (expected printable text: no control, format or line-separator characters (such as bidirectional overrides or zero-width spaces) and no lone surrogates)
      """)
  void badInputIsReportedWithPathValueAndExpectation(String geval, String json, String melding) {
    assertThat(fout(json)).as(geval).isEqualTo(melding);
  }

  @Test
  void aBadIdIsReportedWithTheOtherProblemsOfItsElement() {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> TerugkoppelingJson.read("[{\"id\": \"x\", \"status\": \"KLAAR\", \"datum\": \"2026-11-02\"}]"));
    assertThat(e.problems()).extracting(p -> p.toString()).containsExactly(
        "[0].id: \"x\" (expected a card id: 8 lower-case hexadecimal digits, '-', 8 more (e.g. 3fa2c9d1-7be0a415))",
        "[0].status: \"KLAAR\" (expected one of [OPGEPAKT, AFGEWEZEN])");
  }

  @Test
  void everyProblemOfEveryElementIsReportedAtOnce() {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class, () -> TerugkoppelingJson.read("""
        [
          {"id": "3fa2c9d1-7be0a415", "status": "AFGEWEZEN", "reden": "AL_BESPROKEN", "datum": "2026-11-02"},
          {"id": 7, "status": "KLAAR", "datum": "2026-11-02"},
          {"status": "OPGEPAKT", "datum": "gisteren", "extra": [1, {"a": 2}]},
          {"id": "3fa2c9d1-7be0a415", "status": "AFGEWEZEN", "reden": "ANDERS", "datum": "2026-11-02",
           "toelichting": " "}
        ]"""));
    assertThat(e.problems()).extracting(p -> p.toString()).containsExactly(
        "[1].id: a number (expected a card id: 8 lower-case hexadecimal digits, '-', 8 more (e.g. 3fa2c9d1-7be0a415))",
        "[1].status: \"KLAAR\" (expected one of [OPGEPAKT, AFGEWEZEN])",
        "[2].datum: \"gisteren\" (expected a date yyyy-MM-dd)",
        "[2]: unknown field \"extra\" (expected one of the fields [datum, door, id, reden, status, toelichting])",
        "[2].id: missing (expected a card id: 8 lower-case hexadecimal digits, '-', 8 more (e.g. 3fa2c9d1-7be0a415): "
            + "this field is required)",
        "[3].toelichting: \" \" (expected a non-blank text, or no toelichting)");
    assertThat(e.getMessage()).startsWith("Invalid Terugkoppeling: 6 problems");
  }

  @Test
  void inputBeyondALimitStopsReading() {
    JsonLimits krap = JsonLimits.DEFAULT.withMaxStringLength(20).withMaxDocumentChars(200);
    String lang = "[{\"id\": \"3fa2c9d1-7be0a415\", \"status\": \"OPGEPAKT\", \"datum\": \"2026-11-02\", "
        + "\"toelichting\": \"" + "x".repeat(30) + "\"}]";
    assertThat(catchThrowableOfType(InvalidModelException.class, () -> TerugkoppelingJson.read(lang, krap)).getMessage())
        .startsWith("Invalid JSON: [0].toelichting: input beyond a limit (expected input within the JSON limits: "
            + "strings up to 20 characters");
    assertThat(catchThrowableOfType(InvalidModelException.class,
        () -> TerugkoppelingJson.read("[" + " ".repeat(300) + "]", krap)).getMessage())
        .isEqualTo("Invalid JSON: $: more than 200 characters (expected at most 200 characters "
            + "(JsonLimits.maxDocumentChars))");
  }
}
