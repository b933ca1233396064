package io.github.mantelzorg.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mantelzorg.model.Problem;
import io.github.mantelzorg.rules.Adviesrapport;
import io.github.mantelzorg.rules.RapportJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * AdviesJson: writes advice and input problems as JSON with Jackson's streaming generator. Streaming (rather than
 * building a tree per record) keeps the batch mode's cost per record low; the field order is fixed so that output is
 * stable and diffable.
 */
final class AdviesJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private AdviesJson() {}

  /** A whole report as one indented JSON document (single-file mode): the library's report JSON. */
  static String rapport(Adviesrapport r) {
    return RapportJson.write(r) + "\n";
  }

  /** One JSON Lines record with a report: {@code {"line":n, "peildatum":..., "adviezen":[...], "openVragen":[...], ...}}. */
  static String regel(long line, Adviesrapport r) {
    return write(false, g -> {
      g.writeStartObject();
      g.writeNumberField("line", line);
      RapportJson.velden(g, r);
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
