package io.github.mantelzorg.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.mantelzorg.model.InvalidModelException;
import io.github.mantelzorg.model.JsonLimits;
import io.github.mantelzorg.model.Problem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * TerugkoppelingJson: reads and writes feedback on advice ({@link Terugkoppeling}) as JSON, a JSON array of objects:
 *
 * <pre>{@code
 * [
 *   {"id": "3fa2c9d1-7be0a415", "status": "AFGEWEZEN", "reden": "AL_BESPROKEN", "datum": "2026-11-02"},
 *   {"id": "0b9e44a7-51c2d0f3", "status": "OPGEPAKT", "datum": "2026-11-02", "door": "consulent Ans"},
 *   {"id": "77aa01c3-9e0f1b2d", "status": "AFGEWEZEN", "reden": "ANDERS", "datum": "2026-11-03",
 *    "toelichting": "Zoon regelt dit zelf"}
 * ]
 * }</pre>
 *
 * <p>Fields: {@code id} (a card's {@link Advies#id() id}), {@code status} ({@code OPGEPAKT} or {@code AFGEWEZEN}) and
 * {@code datum} ({@code yyyy-MM-dd}) are required; {@code reden} ({@code AL_BESPROKEN}, {@code PAST_NIET},
 * {@code CLIENT_WIL_HET_NIET}, {@code ANDERS}) is required for a dismissal; {@code toelichting} (free text, required
 * with {@code ANDERS}) and {@code door} (who) are optional. An absent field and {@code null} are the same.
 *
 * <p>Reading is strict, like the model's {@code Json}: unknown fields, a field given twice, wrong types, unknown enum
 * values, dates other than {@code yyyy-MM-dd} or impossible ones, and content after the array are errors. Every
 * problem of every element is reported at once, as an {@link InvalidModelException} whose problems name the path
 * ({@code [2].status}), the value found and what was expected, values shortened and escaped as the model does;
 * malformed JSON and input beyond a limit stop reading at once (one problem). The limits are those of
 * {@link JsonLimits} for the document length, strings, nesting and numbers; the number of records is bounded only by
 * the document length, so that one file can hold the feedback of many records. Thread-safe.
 */
public final class TerugkoppelingJson {
  private static final JsonFactory WRITER = new JsonFactory();
  private static final Pattern DATUM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final List<String> VELDEN = List.of("datum", "door", "id", "reden", "status", "toelichting");
  private static final String OBJECT = "a feedback object {id, status, reden, datum} (toelichting and door optional)";
  private static final int MAX_PROBLEMEN = 1_000;
  /** A field whose value was rejected (and reported): not missing, not null. */
  private static final Object ONGELDIG = new Object();

  private TerugkoppelingJson() {}

  /**
   * Reads feedback with the {@link JsonLimits#DEFAULT default} limits.
   *
   * @param json the JSON text
   * @return the feedback, in the order given
   * @throws InvalidModelException if the text is not a JSON array of valid feedback records
   */
  public static List<Terugkoppeling> read(String json) {
    return read(json, JsonLimits.DEFAULT);
  }

  /**
   * Reads feedback within the given limits ({@code maxArrayLength} and the model limits do not apply).
   *
   * @param json the JSON text
   * @param limits the limits on the input
   * @return the feedback, in the order given
   * @throws InvalidModelException if the text is not a JSON array of valid feedback records
   */
  public static List<Terugkoppeling> read(String json, JsonLimits limits) {
    Objects.requireNonNull(json, "json must not be null");
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    if (text.isBlank()) {
      throw fout("JSON", new Problem("", "empty input", "a JSON array of feedback objects"));
    }
    if (text.length() > limits.maxDocumentChars()) {
      throw fout("JSON", new Problem("", "more than " + limits.maxDocumentChars() + " characters",
          "at most " + limits.maxDocumentChars() + " characters (JsonLimits.maxDocumentChars)"));
    }
    List<Terugkoppeling> uit = new ArrayList<>();
    List<Problem> problemen = new ArrayList<>();
    JsonParser parser = null;
    try (JsonParser p = lezer(limits).createParser(text)) {
      parser = p;
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_ARRAY) {
        throw fout("JSON", new Problem("", soort(t), "a JSON array of feedback objects"));
      }
      for (int i = 0; (t = p.nextToken()) != JsonToken.END_ARRAY; i++) {
        if (problemen.size() >= MAX_PROBLEMEN) {
          problemen.add(new Problem("", "more than " + MAX_PROBLEMEN + " problems", "fewer problems: reading stopped"));
          break;
        }
        String pad = "[" + i + "]";
        if (t == null) {
          throw fout("JSON", new Problem("", "the end of the input", "well-formed JSON: the array is not closed"));
        }
        if (t != JsonToken.START_OBJECT) {
          problemen.add(new Problem(pad, soort(t), OBJECT));
          p.skipChildren();
          continue;
        }
        element(p, pad, problemen).ifPresent(uit::add);
      }
      if (problemen.isEmpty() && p.nextToken() != null) {
        throw fout("JSON", new Problem("", "content after the JSON array", "one JSON array and nothing after it"));
      }
    } catch (StreamConstraintsException e) {
      throw fout("JSON", new Problem(pad(parser), "input beyond a limit", "input within the JSON limits: strings up to "
          + limits.maxStringLength() + " characters, nesting up to " + limits.maxNestingDepth()
          + ", numbers up to " + limits.maxNumberLength() + " characters (JsonLimits)"));
    } catch (StreamReadException e) {
      String plaats = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
          : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      boolean einde = e instanceof JsonEOFException;
      // The end of the input between elements: it is the array that is not closed, not its last element.
      boolean inLijst = parser != null && parser.getParsingContext() != null && parser.getParsingContext().inArray();
      String waar = einde && inLijst ? "" : pad(parser);
      String gevonden = einde ? "the end of the input" : "unexpected input";
      throw fout("JSON", new Problem(waar, gevonden,
          "well-formed JSON" + (einde && inLijst ? ": the array is not closed" : "") + plaats));
    } catch (IOException e) {
      throw fout("JSON", new Problem("", "unreadable input", "well-formed JSON"));
    }
    if (!problemen.isEmpty()) {
      throw new InvalidModelException("Terugkoppeling", problemen);
    }
    return List.copyOf(uit);
  }

  /** One feedback object, the parser on its START_OBJECT: its problems are added, its value returned if it has none. */
  private static Optional<Terugkoppeling> element(JsonParser p, String pad, List<Problem> problemen)
      throws IOException {
    Map<String, Object> velden = new HashMap<>();
    int voor = problemen.size();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String naam = p.currentName();
      JsonToken w = p.nextToken();
      if (!VELDEN.contains(naam)) {
        problemen.add(new Problem(pad, "unknown field " + Problem.quote(naam), "one of the fields " + VELDEN));
      } else if (velden.containsKey(naam)) {
        problemen.add(new Problem(pad + "." + naam, "a second field " + Problem.quote(naam), "each field once"));
      } else if (w == JsonToken.VALUE_NULL) {
        velden.put(naam, Optional.empty());
      } else if (w != JsonToken.VALUE_STRING) {
        problemen.add(new Problem(pad + "." + naam, soort(w), verwacht(naam)));
        velden.put(naam, ONGELDIG);
      } else {
        Object waarde = waarde(naam, p.getText());
        if (waarde == null) {
          problemen.add(new Problem(pad + "." + naam, Problem.quote(p.getText()), verwacht(naam)));
          waarde = ONGELDIG;
        }
        velden.put(naam, waarde);
      }
      p.skipChildren();
    }
    for (String v : List.of("id", "status", "datum")) {
      if (!velden.containsKey(v)) {
        problemen.add(new Problem(pad + "." + v, "missing", verwacht(v) + ": this field is required"));
      } else if (velden.get(v) instanceof Optional<?> o && o.isEmpty()) {
        problemen.add(new Problem(pad + "." + v, "null", verwacht(v) + ": this field is required"));
      }
    }
    if (problemen.size() > voor) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Terugkoppeling((String) velden.get("id"), (Terugkoppeling.Status) velden.get("status"),
          optioneel(velden, "reden", Terugkoppeling.Reden.class), (LocalDate) velden.get("datum"),
          optioneel(velden, "toelichting", String.class), optioneel(velden, "door", String.class)));
    } catch (InvalidModelException e) {
      e.problems().forEach(x -> problemen.add(x.under(pad)));
      return Optional.empty();
    }
  }

  /** The value of a string field, or null when the text is not one. */
  private static Object waarde(String naam, String tekst) {
    switch (naam) {
      case "id":
        // Checked here too (the record checks it again), so that a bad id is reported with the other problems.
        return Terugkoppeling.isId(tekst) ? tekst : null;
      case "status":
        return Arrays.stream(Terugkoppeling.Status.values()).filter(s -> s.name().equals(tekst)).findFirst()
            .orElse(null);
      case "reden":
        return Arrays.stream(Terugkoppeling.Reden.values()).filter(r -> r.name().equals(tekst)).findFirst()
            .map(Optional::of).orElse(null);
      case "datum":
        if (!DATUM.matcher(tekst).matches()) {
          return null;
        }
        try {
          return LocalDate.parse(tekst);
        } catch (DateTimeParseException e) {
          return null;
        }
      case "toelichting":
      case "door":
        return Optional.of(tekst);
      default:
        return tekst;
    }
  }

  private static <T> Optional<T> optioneel(Map<String, Object> velden, String naam, Class<T> type) {
    Object v = velden.get(naam);
    return v == null ? Optional.empty() : ((Optional<?>) v).map(type::cast);
  }

  private static String verwacht(String veld) {
    switch (veld) {
      case "id":
        return Terugkoppeling.ID_VERWACHT;
      case "status":
        return "one of " + Arrays.toString(Terugkoppeling.Status.values());
      case "reden":
        return "one of " + Arrays.toString(Terugkoppeling.Reden.values());
      case "datum":
        return "a date yyyy-MM-dd";
      default:
        return "a text";
    }
  }

  /** What a JSON token is, in words. */
  private static String soort(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return "unexpected input";
    }
  }

  /** Where the parser stopped, as a path. */
  private static String pad(JsonParser p) {
    if (p == null) {
      return "";
    }
    var c = p.getParsingContext();
    if (c == null || c.inRoot()) {
      return "";
    }
    // A feedback document is an array of flat objects: the path is the element and, inside it, the field.
    var element = c.inArray() ? c : c.getParent();
    String pad = element != null && element.inArray() ? "[" + Math.max(0, element.getCurrentIndex()) + "]" : "";
    if (c.inObject() && c.getCurrentName() != null && VELDEN.contains(c.getCurrentName())) {
      pad += "." + c.getCurrentName();
    }
    return pad;
  }

  private static JsonFactory lezer(JsonLimits limits) {
    return JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentChars())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxStringLength())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxNumberLength(limits.maxNumberLength())
            .build())
        .build();
  }

  private static InvalidModelException fout(String onderwerp, Problem p) {
    return new InvalidModelException(onderwerp, List.of(p));
  }

  /**
   * Writes feedback as an indented JSON array, the fields in the order {@code id}, {@code status}, {@code reden},
   * {@code datum}, {@code toelichting}, {@code door}, absent ones left out. {@link #read(String)} reads it back equal.
   *
   * @param terugkoppelingen the feedback
   * @return the JSON text
   */
  public static String write(List<Terugkoppeling> terugkoppelingen) {
    StringWriter w = new StringWriter(128 * (terugkoppelingen.size() + 1));
    try (JsonGenerator g = WRITER.createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
      for (Terugkoppeling t : terugkoppelingen) {
        schrijf(g, t);
      }
      g.writeEndArray();
    } catch (IOException e) {
      // A StringWriter does not fail; the generator's API declares it.
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Writes one feedback object (also inside a card of a report). */
  static void schrijf(JsonGenerator g, Terugkoppeling t) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id());
    g.writeStringField("status", t.status().name());
    if (t.reden().isPresent()) {
      g.writeStringField("reden", t.reden().get().name());
    }
    g.writeStringField("datum", t.datum().toString());
    if (t.toelichting().isPresent()) {
      g.writeStringField("toelichting", t.toelichting().get());
    }
    if (t.door().isPresent()) {
      g.writeStringField("door", t.door().get());
    }
    g.writeEndObject();
  }
}
