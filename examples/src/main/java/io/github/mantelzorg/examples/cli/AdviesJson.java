package io.github.mantelzorg.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mantelzorg.model.Problem;
import io.github.mantelzorg.rules.Advies;
import io.github.mantelzorg.rules.Adviesrapport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * AdviesJson: writes advice and input problems as JSON with Jackson's streaming generator. Streaming (rather than
 * building a tree per record) keeps the batch mode's cost per record low; the field order is fixed so that output is
 * stable and diffable.
 */
final class AdviesJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private AdviesJson() {}

  /** A whole report as one indented JSON document (single-file mode). */
  static String rapport(Adviesrapport r) {
    return write(true, g -> {
      g.writeStartObject();
      g.writeStringField("peildatum", r.peildatum().toString());
      g.writeStringField("taal", r.taal().name());
      g.writeStringField("regelbasisVersie", r.regelbasisVersie());
      adviezen(g, r.adviezen());
      g.writeEndObject();
    }) + "\n";
  }

  /** One JSON Lines record with advice: {@code {"line":n,"adviezen":[...]}}. */
  static String regel(long line, List<Advies> adviezen) {
    return write(false, g -> {
      g.writeStartObject();
      g.writeNumberField("line", line);
      adviezen(g, adviezen);
      g.writeEndObject();
    });
  }

  /**
   * One JSON Lines record for a rejected input: {@code {"line":n,"error":{path,value,expected}}}, plus
   * {@code "errors"} with all problems when there is more than one.
   */
  static String fout(long line, List<Problem> problems) {
    return write(false, g -> {
      g.writeStartObject();
      g.writeNumberField("line", line);
      g.writeFieldName("error");
      problem(g, problems.get(0));
      if (problems.size() > 1) {
        g.writeArrayFieldStart("errors");
        for (Problem p : problems) {
          problem(g, p);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    });
  }

  private static void problem(JsonGenerator g, Problem p) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", p.path());
    g.writeStringField("value", p.value());
    g.writeStringField("expected", p.expected());
    g.writeEndObject();
  }

  private static void adviezen(JsonGenerator g, List<Advies> adviezen) throws IOException {
    g.writeArrayFieldStart("adviezen");
    for (Advies a : adviezen) {
      g.writeStartObject();
      g.writeStringField("code", a.code());
      g.writeStringField("naam", a.naam());
      g.writeStringField("model", a.model().name());
      g.writeStringField("prioriteit", a.prioriteit().name());
      g.writeStringField("samenvatting", a.samenvatting());
      g.writeStringField("toelichting", a.toelichting());
      strings(g, "stappen", a.stappen());
      g.writeStringField("bron", a.bron());
      g.writeStringField("context", a.context());
      strings(g, "betreft", a.betreft());
      g.writeStringField("uitleg", a.uitleg());
      g.writeObjectFieldStart("feiten");
      for (Map.Entry<String, String> f : a.feiten().entrySet()) {
        g.writeStringField(f.getKey(), f.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
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

  private static String write(boolean pretty, Body body) {
    StringWriter w = new StringWriter(1024);
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      body.write(g);
    } catch (IOException e) {
      // A StringWriter does not fail; this is here only because the generator's API declares it.
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
