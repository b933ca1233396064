package io.github.mantelzorg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Exact translation of every kind of JSON or builder error into {@link InvalidModelException} problems. */
class JsonErrorTest {
  private static final Json JSON = Json.create();
  private static final String ZV = "\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"A\"}";
  private static final String OK = "{\"id\":\"n1\"," + ZV + "}";
  private static final String MZ = "{\"id\":\"m\",\"naam\":\"B\",\"relatie\":\"KIND\",\"urenPerWeek\":1,\"maanden\":1";

  private static InvalidModelException fails(Supplier<?> read) {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class, read::get);
    assertThat(e).as("an InvalidModelException").isNotNull();
    assertThat(e.getMessage()).doesNotContain("com.fasterxml").doesNotContain("Exception")
        .doesNotContain("StreamReadConstraints").doesNotContain("JsonNode");
    return e;
  }

  private static void assertProblem(InvalidModelException e, String path, String value, String expected) {
    assertThat(e.problems()).containsExactly(new Problem(path, value, expected));
  }

  private static String netwerk(String extra) {
    return "{\"id\":\"n1\"," + ZV + "," + extra + "}";
  }

  /** A type Jackson cannot bind at all (on the module path: a package not opened to it). */
  interface Unbindable {}

  @Test
  void aFaultOfTheSetUpIsNotReportedAsAProblemOfTheDocument() {
    JsonBinder binder = new JsonBinder(JsonMapping.mapper(JsonLimits.DEFAULT));
    com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
        .put("id", "x");

    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> binder.bind(node, Unbindable.class, "X"));

    assertThat(t).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("Jackson cannot bind Unbindable: ");
  }

  @Test
  void validInputIsRead() {
    assertThat(JSON.readZorgnetwerk(OK).zorgvrager().naam()).isEqualTo("A");
  }

  @Test
  void utf8ByteOrderMarkIsAccepted() {
    assertThat(JSON.readZorgnetwerk("\uFEFF" + OK)).isEqualTo(JSON.readZorgnetwerk(OK));
    assertThat(JSON.readCasus(new java.io.ByteArrayInputStream(
        ("\uFEFF" + OK).getBytes(java.nio.charset.StandardCharsets.UTF_8))).zorgnetwerken()).hasSize(1);
  }

  @Test
  void malformedJson() {
    InvalidModelException e = fails(() -> JSON.readZorgnetwerk("{\"id\":\"n1\","));
    assertProblem(e, "id", "the end of the input",
        "well-formed JSON: Unexpected end-of-input within/between Object entries (line 1, column 12)");
    assertThat(e.getMessage()).startsWith("Invalid JSON: id: ");
  }

  @Test
  void unquotedText() {
    InvalidModelException e = fails(() -> JSON.readZorgnetwerk("{\"id\": n1}"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("id");
      assertThat(p.expected()).startsWith("well-formed JSON: Unrecognized token 'n1'").endsWith("(line 1, column 10)");
    });
  }

  @Test
  void emptyAndBlankInput() {
    assertProblem(fails(() -> JSON.readZorgnetwerk("")), "", "empty input", "a JSON object");
    assertProblem(fails(() -> JSON.readCasus(" \n\t")), "", "empty input", "a JSON object");
    assertProblem(fails(() -> JSON.readCasus("\uFEFF")), "", "empty input", "a JSON object");
  }

  @Test
  void topLevelArrayOrScalar() {
    assertProblem(fails(() -> JSON.readZorgnetwerk("[" + OK + "]")), "", "an array", "a JSON object");
    assertProblem(fails(() -> JSON.readCasus("\"netwerk\"")), "", "a string", "a JSON object");
    assertProblem(fails(() -> JSON.readCasus("42")), "", "a number", "a JSON object");
  }

  @Test
  void wrongFieldTypes() {
    assertProblem(fails(() -> JSON.readZorgnetwerk("{\"id\":\"n1\",\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"A\",\"leeftijd\":\"oud\"}}")),
        "zorgvrager.leeftijd", "a string", "a whole number");
    assertProblem(fails(() -> JSON.readZorgnetwerk("{\"id\":\"n1\",\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"A\",\"leeftijd\":80.5}}")),
        "zorgvrager.leeftijd", "80.5", "a whole number");
    assertProblem(fails(() -> JSON.readZorgnetwerk("{\"id\":\"n1\",\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"A\",\"woontThuis\":\"ja\"}}")),
        "zorgvrager.woontThuis", "a string", "true or false");
    assertProblem(fails(() -> JSON.readZorgnetwerk("{\"id\":5," + ZV + "}")), "id", "5", "a string");
  }

  @Test
  void unknownField() {
    assertProblem(fails(() -> JSON.readZorgnetwerk("{\"id\":\"n1\",\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"A\",\"hobby\":\"x\"}}")),
        "zorgvrager.hobby", "unknown field \"hobby\"",
        "one of the fields [aandoeningen, id, leeftijd, naam, toekomstzorgVraag, vraagverlegen, woontThuis, zelfregie, zrm]");
  }

  @Test
  void anAbsentOrNullFactIsUnknownNotAnError() {
    Zorgnetwerk n = JSON.readZorgnetwerk(netwerk("\"mantelzorgers\":[{\"id\":\"m\",\"naam\":\"B\",\"werkt\":null}]"));
    assertThat(n.mantelzorgers().get(0).relatie()).isEmpty();
    assertThat(n.mantelzorgers().get(0).urenPerWeek()).isEmpty();
    assertThat(n.mantelzorgers().get(0).werkt()).isEmpty();
    assertThat(n.mantelzorgers().get(0).herkentZichAlsMantelzorger()).isEmpty();
    assertThat(n.respijtInGebruik()).isEmpty();
  }

  @Test
  void anEmptyListGivenOnPurposeStatesThereIsNone() {
    Zorgnetwerk n = JSON.readZorgnetwerk(netwerk("\"vrijwilligers\":[],\"respijt\":[]"));
    assertThat(n.geen()).containsExactly(Zorgnetwerk.Onderdeel.VRIJWILLIGERS, Zorgnetwerk.Onderdeel.RESPIJT);
    assertThat(n.heeftVrijwilliger()).contains(false);
    assertThat(n.respijtInGebruik()).contains(false);
    assertThat(JSON.readZorgnetwerk(netwerk("\"vrijwilligers\":[],\"geen\":[\"vrijwilligers\"]")).geen())
        .containsExactly(Zorgnetwerk.Onderdeel.VRIJWILLIGERS);
    assertThat(JSON.write(n)).contains("\"geen\"").doesNotContain("[ ]");
  }

  @Test
  void onbekendIsReadAsNotAssessed() {
    Zorgnetwerk n = JSON.readZorgnetwerk(netwerk("\"mantelzorgers\":[{\"id\":\"m\",\"naam\":\"B\","
        + "\"sofa\":{\"samenwerken\":\"ONBEKEND\",\"faciliteren\":\"WEINIG\"}}]"));
    assertThat(n.mantelzorgers().get(0).sofa().orElseThrow().samenwerken()).isEmpty();
    assertThat(n.mantelzorgers().get(0).sofa().orElseThrow().faciliteren()).contains(Aandacht.WEINIG);
  }

  @Test
  void aPartStatedAbsentMustNotBeGivenToo() {
    assertProblem(fails(() -> JSON.readZorgnetwerk(netwerk("\"respijt\":[{\"vorm\":\"DAGOPVANG\"}],\"geen\":[\"respijt\"]"))),
        "geen[0]", "\"respijt\"", "only parts this record leaves out: respijt is given as well");
  }

  @Test
  void unknownEnumValue() {
    assertProblem(fails(() -> JSON.readZorgnetwerk(netwerk("\"mantelzorgers\":[" + MZ.replace("KIND", "OOM") + "}]"))),
        "mantelzorgers[0].relatie", "\"OOM\"",
        "one of [PARTNER, KIND, OUDER, BROER_ZUS, ANDER_FAMILIELID, VRIEND, BUUR, KENNIS]");
  }

  @Test
  void missingRequiredField() {
    assertProblem(fails(() -> JSON.readZorgnetwerk(netwerk("\"mantelzorgers\":[" + MZ.replace("\"naam\":\"B\",", "") + "}]"))),
        "mantelzorgers[0].naam", "missing", "a value: this field is required");
    assertProblem(fails(() -> JSON.readZorgnetwerk("{\"id\":\"n1\"}")),
        "zorgvrager", "missing", "a value: this field is required");
    assertProblem(fails(() -> JSON.readZorgnetwerk("{\"id\":null," + ZV + "}")),
        "id", "missing", "a value: this field is required");
  }

  @Test
  void impossibleDate() {
    assertProblem(fails(() -> JSON.readZorgnetwerk(netwerk("\"mantelzorgers\":[" + MZ
            + ",\"belasting\":[{\"instrument\":\"CSI\",\"waarde\":3,\"datum\":\"2026-02-30\"}]}]"))),
        "mantelzorgers[0].belasting[0].datum", "\"2026-02-30\"", "a date as yyyy-MM-dd");
  }

  @Test
  void duplicateKeys() {
    assertProblem(fails(() -> JSON.readZorgnetwerk("{\"id\":\"n1\",\"id\":\"n2\"," + ZV + "}")),
        "id", "a second field \"id\"", "well-formed JSON: Duplicate field 'id' (line 1, column 16)");
    assertProblem(fails(() -> JSON.readZorgnetwerk("{\"id\":\"n1\",\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"A\",\"naam\":\"B\"}}")),
        "zorgvrager.naam", "a second field \"naam\"", "well-formed JSON: Duplicate field 'naam' (line 1, column 53)");
  }

  @Test
  void trailingTokens() {
    assertProblem(fails(() -> JSON.readZorgnetwerk(OK + " {}")),
        "", "content after the JSON object", "one JSON object and nothing after it");
    InvalidModelException e = fails(() -> JSON.readCasus(OK + " x"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEmpty();
      assertThat(p.expected()).startsWith("well-formed JSON: Unrecognized token 'x'");
    });
  }

  @Test
  void tooLongString() {
    Json json = Json.create(JsonLimits.DEFAULT.withMaxStringLength(10));
    assertProblem(fails(() -> json.readZorgnetwerk("{\"id\":\"n1\",\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"ABCDEFGHIJKLMNOP\"}}")),
        "zorgvrager.naam", "input beyond a limit", "input within the JSON limits: String value length (16) exceeds the maximum "
            + "allowed (10, JsonLimits.maxStringLength)");
  }

  @Test
  void tooDeepNesting() {
    Json json = Json.create(JsonLimits.DEFAULT.withMaxNestingDepth(3));
    assertProblem(fails(() -> json.readZorgnetwerk(
            "{\"id\":\"n1\",\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"A\",\"zrm\":[{\"datum\":\"2025-01-01\"}]}}")),
        "zorgvrager.zrm[0]", "input beyond a limit", "input within the JSON limits: Document nesting depth (4) exceeds the maximum "
            + "allowed (3, JsonLimits.maxNestingDepth)");
  }

  @Test
  void tooLongArray() {
    Json json = Json.create(JsonLimits.DEFAULT.withMaxArrayLength(2));
    assertProblem(fails(() -> json.readZorgnetwerk(
            "{\"id\":\"n1\",\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"A\",\"aandoeningen\":[\"DEMENTIE\",\"LVB\",\"OVERIG\"]}}")),
        "zorgvrager.aandoeningen", "3 elements", "at most 2 elements (JsonLimits.maxArrayLength)");
  }

  @Test
  void datesOnlyAsYearMonthDay() {
    for (String datum : new String[] {"[2026,2,3]", "\"2026-02-03T10:00\"", "\" 2026-02-03\"", "\"+12026-02-03\"", "20000"}) {
      InvalidModelException e = fails(() -> JSON.readZorgnetwerk(netwerk("\"mantelzorgers\":[" + MZ
          + ",\"belasting\":[{\"instrument\":\"CSI\",\"waarde\":3,\"datum\":" + datum + "}]}]")));
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.path()).isEqualTo("mantelzorgers[0].belasting[0].datum");
        assertThat(p.expected()).isEqualTo("a date as yyyy-MM-dd");
      });
    }
  }

  @Test
  void enumValuesAreNotTrimmed() {
    assertProblem(fails(() -> JSON.readZorgnetwerk(netwerk("\"mantelzorgers\":[" + MZ.replace("\"KIND\"", "\" KIND\\n\"") + "}]"))),
        "mantelzorgers[0].relatie", "\" KIND\\u000a\"",
        "one of [PARTNER, KIND, OUDER, BROER_ZUS, ANDER_FAMILIELID, VRIEND, BUUR, KENNIS]");
  }

  @Test
  void nullIsNotAnEmptyListAndListsHoldNoNulls() {
    assertProblem(fails(() -> JSON.readZorgnetwerk(netwerk("\"mantelzorgers\":null"))),
        "mantelzorgers", "null", "an array or an object: null is not an empty list");
    assertProblem(fails(() -> JSON.readZorgnetwerk(netwerk("\"mantelzorgers\":[" + MZ + "},null]"))),
        "mantelzorgers[1]", "null", "a value: a list holds no nulls");
    // An absent optional value may still be written as null.
    assertThat(JSON.readZorgnetwerk(netwerk("\"gemeente\":null")).gemeente()).isEmpty();
  }

  @Test
  void numbersBeyondTheirTypeNameTheNumber() {
    assertProblem(fails(() -> JSON.readZorgnetwerk(netwerk("\"mantelzorgers\":[" + MZ.replace("\"maanden\":1", "\"maanden\":3000000000") + "}]"))),
        "mantelzorgers[0].maanden", "3000000000", "a whole number from -2147483648 to 2147483647");
  }

  @Test
  void controlCharactersFromTheInputAreEscapedInMessages() {
    InvalidModelException e = fails(() -> JSON.readZorgnetwerk(
        "{\"id\":\"n1\",\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"A\",\"\\u001b[2J\\nx\":1}}"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("zorgvrager.\\u001b[2J\\u000ax");
      assertThat(p.value()).isEqualTo("unknown field \"\\u001b[2J\\u000ax\"");
    });
    assertThat(e.getMessage()).doesNotContain("\u001b").doesNotContain("\n");
  }

  @Test
  void aNetworkWithoutItsZorgvragerIsToldSo() {
    assertProblem(fails(() -> JSON.readCasus("{\"id\":\"n1\",\"mantelzorgers\":[]}")),
        "zorgvrager", "missing", "a value: this field is required");
  }

  @Test
  void invalidUtf8IsRejected() {
    byte[] latin1 = OK.replace("\"A\"", "\"Ren\u00e9\"").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertProblem(fails(() -> JSON.readCasus(new java.io.ByteArrayInputStream(latin1))),
        "", "bytes that are not UTF-8 (at byte " + (OK.indexOf("\"A\"") + 4) + ")", "a JSON text in UTF-8");
  }

  @Test
  void unknownOrganisationOfAProfessional() {
    assertProblem(fails(() -> JSON.readZorgnetwerk(netwerk(
            "\"beroepskrachten\":[{\"id\":\"b\",\"naam\":\"B\",\"organisatie\":\"thuiszorg\"}]"))),
        "beroepskrachten[0].organisatie", "\"thuiszorg\"", "the id of an organisation in this value");
  }

  @Test
  void unknownInitiatiefnemer() {
    String verband = "{\"id\":\"s\",\"naam\":\"S\",\"leden\":[{\"id\":\"o1\",\"naam\":\"O\",\"type\":\"GEMEENTE\"}],"
        + "\"kandidaten\":[{\"id\":\"o2\",\"naam\":\"K\",\"type\":\"HUISARTS\"}],\"initiatiefnemer\":\"o2\"}";
    String expected = "the id of a member organisation (leden) in this value";
    assertProblem(fails(() -> JSON.readSamenwerkingsverband(verband)), "initiatiefnemer", "\"o2\"", expected);
    assertProblem(fails(() -> JSON.readCasus(verband)), "initiatiefnemer", "\"o2\"", expected);
    assertProblem(fails(() -> JSON.readCasus("{\"samenwerkingsverband\":" + verband + "}")),
        "samenwerkingsverband.initiatiefnemer", "\"o2\"", expected);
  }

  @Test
  void outOfRangeScoreInJson() {
    InvalidModelException e = fails(() -> JSON.readZorgnetwerk(netwerk("\"mantelzorgers\":[" + MZ
        + ",\"belasting\":[{\"instrument\":\"CSI\",\"waarde\":14,\"datum\":\"2026-02-03\"}]}]")));
    assertProblem(e, "mantelzorgers[0].belasting[0].waarde", "14", "an integer from 0 to 13");
    assertThat(e.getMessage()).isEqualTo(
        "Invalid Zorgnetwerk: mantelzorgers[0].belasting[0].waarde: 14 (expected an integer from 0 to 13)");
  }

  @Test
  void emptyCase() {
    assertProblem(fails(() -> JSON.readCasus("{}")), "", "\"{}\"", "at least one of zorgnetwerken, samenwerkingsverband");
  }

  @Test
  void partnershipWithoutMembersIsReadAsACase() {
    Samenwerkingsverband leeg = Samenwerkingsverband.builder().id("s").naam("S").build();
    assertThat(JSON.readCasus(JSON.write(leeg))).isEqualTo(Casus.of(leeg));
  }

  @Test
  void emptyFreeTextSurvivesARoundTrip() {
    // Free text may be empty; ids and names may not (see TextIsInertTest).
    Zorgnetwerk z = Zorgnetwerk.builder().id("n").gemeente("")
        .zorgvrager(Zorgvrager.builder().id("zv").naam("Z").build())
        .addErvaringsdeskundigen(Ervaringsdeskundige.builder().id("e").naam("E").thema("").build())
        .build();
    assertThat(JSON.readZorgnetwerk(JSON.write(z))).isEqualTo(z);
  }

  // ----------------------------------------------------------------------------------------------------------
  // Values built in Java
  // ----------------------------------------------------------------------------------------------------------

  @Test
  void builderRejectsCsiOf14() {
    InvalidModelException e = fails(() -> Belastingmeting.builder().instrument(Instrument.CSI)
        .datum(LocalDate.of(2025, 1, 1)).waarde(14).build());
    assertProblem(e, "waarde", "14", "an integer from 0 to 13");
    assertThat(e.getMessage()).isEqualTo("Invalid Belastingmeting: waarde: 14 (expected an integer from 0 to 13)");
  }

  @Test
  void builderRejectsMissingCsiScoreAndItemCount() {
    InvalidModelException e = fails(() -> Belastingmeting.builder().instrument(Instrument.TIEN_MINUTENCHECK)
        .datum(LocalDate.of(2025, 1, 1)).waarde(3).addCsiItems(CsiItem.SLAAP_VERSTOORD).build());
    assertThat(e.problems()).containsExactly(
        new Problem("signaalOverbelasting", "null", "true or false: the outcome of the 10-minutencheck"),
        new Problem("waarde", "3", "no score: the 10-minutencheck has none"),
        new Problem("csiItems", "[SLAAP_VERSTOORD]", "no CSI items for TIEN_MINUTENCHECK"));
  }

  @Test
  void builderRejectsHoursAndMonthsTogether() {
    InvalidModelException e = fails(() -> Mantelzorger.builder().id(" ").naam("B").relatie(Relatie.KIND)
        .urenPerWeek(168.5).maanden(-1).build());
    assertThat(e.problems()).containsExactly(
        new Problem("id", "\" \"", "a non-blank text"),
        new Problem("urenPerWeek", "168.5", "a number from 0 to 168"),
        new Problem("maanden", "-1", "an integer from 0 to 1200"));
    assertThat(e.getMessage()).startsWith("Invalid Mantelzorger: 3 problems");
  }

  @Test
  void builderRejectsSharesNotAddingUpTo100() {
    assertProblem(fails(() -> Krachtenverdeling.builder().eigenKracht(50).netwerk(40).hulpverlening(20).build()),
        "", "110", "shares that add up to 100");
  }

  @Test
  void builderReportsUnknownReferencesWithTheirPath() {
    Zorgvrager zv = Zorgvrager.builder().id("zv").naam("A").build();
    InvalidModelException e = fails(() -> Zorgnetwerk.builder().id("n").zorgvrager(zv)
        .addBeroepskrachten(Beroepskracht.builder().id("b").naam("B").organisatie("org-9").build())
        .addVrijwilligers(Vrijwilliger.builder().id("zv").naam("V").build())
        .build());
    assertThat(e.problems()).containsExactly(
        new Problem("vrijwilligers[0].id", "\"zv\"", "an id not used elsewhere in this value"),
        new Problem("beroepskrachten[0].organisatie", "\"org-9\"", "the id of an organisation in this value"));
  }
}
