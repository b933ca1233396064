package io.github.mantelzorg.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RapportJson: writes an {@link Adviesrapport}, a {@link Vergelijking} or a {@link WhyNot} as JSON, with a fixed field
 * order so that output is stable and diffable. Field names follow the library's naming rule: domain nouns Dutch
 * ({@code adviezen}, {@code openVragen}, {@code waarschuwingen}, {@code peildatum}), programming words English
 * ({@code language}, {@code ruleBaseVersion}, {@code kind}). A card is written the same way in a report and in a
 * comparison, starting with its {@code id}, with its {@code terugkoppeling} when feedback was given. Written with
 * Jackson's streaming generator (no tree per report); thread-safe. Feedback is read by {@link TerugkoppelingJson}.
 */
public final class RapportJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private RapportJson() {}

  /**
   * The report as one indented JSON document.
   *
   * @param r the report
   * @return the JSON text
   */
  public static String write(Adviesrapport r) {
    return schrijf(true, g -> rapport(g, r));
  }

  /**
   * The report as JSON on one line (for JSON Lines).
   *
   * @param r the report
   * @return the JSON text, on one line
   */
  public static String writeLine(Adviesrapport r) {
    return schrijf(false, g -> rapport(g, r));
  }

  /**
   * A comparison as one indented JSON document: {@code oudeDatum}, {@code nieuweDatum}, {@code language},
   * {@code ruleBaseVersion}, the card lists {@code opgelost}, {@code nieuw} and {@code blijvend} (cards as in a report),
   * {@code veranderingen} (each with its {@code kind}: {@code BELASTING}, {@code TREDE} or {@code STAP}, its typed
   * values and its {@code tekst}), {@code vervallenVragen}, {@code nieuweVragen}, and the warnings of each state
   * ({@code waarschuwingenOud}, {@code waarschuwingenNieuw}).
   *
   * @param v the comparison
   * @return the JSON text
   */
  public static String write(Vergelijking v) {
    return schrijf(true, g -> vergelijking(g, v));
  }

  /**
   * The comparison as JSON on one line (for JSON Lines).
   *
   * @param v the comparison
   * @return the JSON text, on one line
   */
  public static String writeLine(Vergelijking v) {
    return schrijf(false, g -> vergelijking(g, v));
  }

  /**
   * A why-not answer as one indented JSON document.
   *
   * @param w the why-not answer
   * @return the JSON text
   */
  public static String write(WhyNot w) {
    return schrijf(true, g -> whyNot(g, w));
  }

  /**
   * Writes the fields of a report (without the enclosing braces), for callers that wrap a report in a record of their
   * own (e.g. a JSON Lines line with its line number).
   *
   * @param g the generator to write to, inside an object
   * @param r the report
   * @throws IOException when the generator cannot write
   */
  public static void velden(JsonGenerator g, Adviesrapport r) throws IOException {
    g.writeStringField("peildatum", r.peildatum().toString());
    g.writeStringField("language", r.language().name());
    g.writeStringField("ruleBaseVersion", r.ruleBaseVersion());
    kaarten(g, "adviezen", r.adviezen());
    vragen(g, "openVragen", r.openVragen());
    waarschuwingen(g, "waarschuwingen", r.waarschuwingen());
    // Only what the reader needs to recognise a card left out; its full text is in the earlier report it came from.
    g.writeArrayFieldStart("afgewezen");
    for (Advies a : r.afgewezen()) {
      g.writeStartObject();
      g.writeStringField("id", a.id());
      g.writeStringField("code", a.code());
      g.writeStringField("naam", a.naam());
      strings(g, "betreft", a.betreft());
      strings(g, "namen", a.namen());
      terugkoppeling(g, a);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void vragen(JsonGenerator g, String veld, List<OpenVraag> vragen) throws IOException {
    g.writeArrayFieldStart(veld);
    for (OpenVraag v : vragen) {
      g.writeStartObject();
      g.writeStringField("onderwerp", v.onderwerp());
      g.writeStringField("naam", v.naam());
      g.writeStringField("sleutel", v.sleutel());
      g.writeStringField("vraag", v.vraag());
      strings(g, "codes", v.codes());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void waarschuwingen(JsonGenerator g, String veld, List<Waarschuwing> lijst) throws IOException {
    g.writeArrayFieldStart(veld);
    for (Waarschuwing w : lijst) {
      g.writeStartObject();
      g.writeStringField("pad", w.pad());
      g.writeStringField("datum", w.datum().toString());
      g.writeStringField("reden", w.reden());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void terugkoppeling(JsonGenerator g, Advies a) throws IOException {
    if (a.terugkoppeling().isPresent()) {
      g.writeFieldName("terugkoppeling");
      TerugkoppelingJson.schrijf(g, a.terugkoppeling().get());
    }
  }

  private static void kaarten(JsonGenerator g, String veld, List<Advies> kaarten) throws IOException {
    g.writeArrayFieldStart(veld);
    for (Advies a : kaarten) {
      advies(g, a);
    }
    g.writeEndArray();
  }

  private static void vergelijking(JsonGenerator g, Vergelijking v) throws IOException {
    g.writeStartObject();
    g.writeStringField("oudeDatum", v.oudeDatum().toString());
    g.writeStringField("nieuweDatum", v.nieuweDatum().toString());
    g.writeStringField("language", v.language().name());
    g.writeStringField("ruleBaseVersion", v.ruleBaseVersion());
    kaarten(g, "opgelost", v.opgelost());
    kaarten(g, "nieuw", v.nieuw());
    kaarten(g, "blijvend", v.blijvend());
    g.writeArrayFieldStart("veranderingen");
    for (Verandering x : v.veranderingen()) {
      verandering(g, x);
    }
    g.writeEndArray();
    vragen(g, "vervallenVragen", v.vervallenVragen());
    vragen(g, "nieuweVragen", v.nieuweVragen());
    waarschuwingen(g, "waarschuwingenOud", v.rapportOud().waarschuwingen());
    waarschuwingen(g, "waarschuwingenNieuw", v.rapportNieuw().waarschuwingen());
    g.writeEndObject();
  }

  private static void verandering(JsonGenerator g, Verandering x) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind",
        x instanceof Verandering.Belasting ? "BELASTING" : x instanceof Verandering.Trede ? "TREDE" : "STAP");
    g.writeStringField("context", x.context());
    g.writeStringField("onderwerp", x.onderwerp());
    g.writeStringField("naam", x.naam());
    if (x instanceof Verandering.Belasting b) {
      g.writeStringField("richting", b.richting().name());
      if (b.oud().isPresent()) {
        g.writeFieldName("oud");
        meting(g, b.oud().get());
      }
      g.writeFieldName("nieuw");
      meting(g, b.nieuw());
    } else if (x instanceof Verandering.Trede t) {
      g.writeStringField("richting", t.richting().name());
      optioneel(g, "oud", t.oud().map(Enum::name));
      g.writeStringField("nieuw", t.nieuw().name());
      g.writeStringField("gewenst", t.gewenst().name());
      g.writeBooleanField("gewenstBereikt", t.gewenstBereikt());
    } else if (x instanceof Verandering.Stap s) {
      g.writeStringField("stap", s.stap().name());
      g.writeNumberField("nummer", s.stap().nummer());
    }
    g.writeStringField("tekst", x.tekst());
    g.writeEndObject();
  }

  /** A measurement as the model's JSON writes it: instrument, datum, then waarde or signaalOverbelasting. */
  private static void meting(JsonGenerator g, io.github.mantelzorg.model.Belastingmeting m) throws IOException {
    g.writeStartObject();
    g.writeStringField("instrument", m.instrument().name());
    g.writeStringField("datum", m.datum().toString());
    if (m.waarde().isPresent()) {
      g.writeNumberField("waarde", m.waarde().get());
    }
    if (m.signaalOverbelasting().isPresent()) {
      g.writeBooleanField("signaalOverbelasting", m.signaalOverbelasting().get());
    }
    g.writeEndObject();
  }

  private static void rapport(JsonGenerator g, Adviesrapport r) throws IOException {
    g.writeStartObject();
    velden(g, r);
    g.writeEndObject();
  }

  private static void advies(JsonGenerator g, Advies a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("code", a.code());
    g.writeStringField("naam", a.naam());
    g.writeStringField("model", a.model().name());
    g.writeStringField("prioriteit", a.prioriteit().name());
    g.writeStringField("samenvatting", a.samenvatting());
    g.writeStringField("toelichting", a.toelichting());
    strings(g, "stappen", a.stappen());
    g.writeArrayFieldStart("bronnen");
    for (Bron b : a.bronnen()) {
      g.writeStartObject();
      g.writeStringField("titel", b.titel());
      g.writeStringField("uitgever", b.uitgever());
      g.writeStringField("jaar", b.jaar());
      optioneel(g, "auteurs", b.auteurs());
      optioneel(g, "vindplaats", b.vindplaats());
      optioneel(g, "url", b.url());
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, "contexten", a.contexten());
    strings(g, "betreft", a.betreft());
    strings(g, "namen", a.namen());
    if (a.betreftMeer() > 0) {
      g.writeNumberField("betreftMeer", a.betreftMeer());
    }
    g.writeStringField("uitleg", a.uitleg());
    g.writeObjectFieldStart("feiten");
    for (Map.Entry<String, String> f : a.feiten().entrySet()) {
      g.writeStringField(f.getKey(), f.getValue());
    }
    g.writeEndObject();
    strings(g, "vervangt", a.vervangt());
    terugkoppeling(g, a);
    g.writeEndObject();
  }

  private static void whyNot(JsonGenerator g, WhyNot w) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", w.code());
    g.writeStringField("naam", w.naam());
    g.writeBooleanField("disabled", w.uitgeschakeld());
    g.writeArrayFieldStart("onderwerpen");
    for (WhyNot.Onderwerp o : w.onderwerpen()) {
      g.writeStartObject();
      g.writeStringField("context", o.context());
      g.writeStringField("onderwerp", o.onderwerp());
      g.writeStringField("naam", o.naam());
      g.writeBooleanField("fired", o.gevuurd());
      optioneel(g, "replacedBy", o.vervangenDoor());
      g.writeArrayFieldStart("voorwaarden");
      for (WhyNot.Condition c : o.voorwaarden()) {
        g.writeStartObject();
        g.writeStringField("naam", c.naam());
        g.writeStringField("tekst", c.tekst());
        g.writeStringField("truth", c.truth().name());
        g.writeStringField("uitleg", c.uitleg());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void optioneel(JsonGenerator g, String naam, Optional<String> waarde) throws IOException {
    if (waarde.isPresent()) {
      g.writeStringField(naam, waarde.get());
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String s : values) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String schrijf(boolean pretty, Body body) {
    StringWriter w = new StringWriter(2048);
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      body.write(g);
    } catch (IOException e) {
      // A StringWriter does not fail; the generator's API declares it.
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
