package io.github.mantelzorg.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mantelzorg.rules.Advies;
import io.github.mantelzorg.rules.Adviesrapport;
import io.github.mantelzorg.rules.OpenVraag;
import io.github.mantelzorg.rules.Waarschuwing;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * CompactJson: {@code --format jsonl-compact}, the report for machines, one line per record: what a program needs to
 * act on and nothing it can look up. Per advice its id, code, priority, the contexts it was found in, whom it concerns
 * ({@code betreft}, the subject first; {@code betreftMeer} counts those past the first 50), its facts, what it
 * replaces and, with feedback, the status of its newest feedback ({@code OPGEPAKT} or, for a card that came back
 * because its facts changed, {@code AFGEWEZEN}); per open question the fact to find out, about
 * whom and the codes it would decide; per warning the path and date of what was left out; the ids of the cards left
 * out because they were dismissed ({@code afgewezen}, only when there are any). The texts (name, summary,
 * steps, sources, explanation, question and reason) are left out: they belong to the code and are in the rule
 * catalogue ({@code mantelzorg rules}, RULES.md). About a tenth of the full JSON line, and quicker to write.
 *
 * <pre>{@code
 * {"line":1,"adviezen":[{"id":"3fa2c9d1-7be0a415","code":"BL-01","prioriteit":"KRITIEK","contexten":["ZN-1"],"betreft":["mz-1"],
 *   "feiten":{"instrument":"CSI","score":"8","datum":"2026-10-02"},"vervangt":[]}],
 *  "openVragen":[{"sleutel":"belasting","onderwerp":"mz-2","codes":["BL-01","RZ-01"]}],
 *  "waarschuwingen":[{"pad":"mantelzorgers[0].belasting[1].datum","datum":"2026-12-01"}]}
 * }</pre>
 *
 * <p>Facts are the report's (formatted in its language, as in the full JSON). A rejected record gets the same error
 * line as with {@code --format json}.
 */
final class CompactJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private CompactJson() {}

  /** The line of record {@code line} of a JSON Lines batch. */
  static String regel(long line, Adviesrapport r) {
    return write(line, r);
  }

  /** The line for a single document (no line number), with its newline. */
  static String rapport(Adviesrapport r) {
    return write(-1, r) + "\n";
  }

  private static String write(long line, Adviesrapport r) {
    StringWriter w = new StringWriter(256 + 160 * r.adviezen().size() + 80 * r.openVragen().size());
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.writeStartObject();
      if (line >= 0) {
        g.writeNumberField("line", line);
      }
      g.writeArrayFieldStart("adviezen");
      for (Advies a : r.adviezen()) {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("code", a.code());
        g.writeStringField("prioriteit", a.prioriteit().name());
        strings(g, "contexten", a.contexten());
        strings(g, "betreft", a.betreft());
        if (a.betreftMeer() > 0) {
          g.writeNumberField("betreftMeer", a.betreftMeer());
        }
        g.writeObjectFieldStart("feiten");
        for (Map.Entry<String, String> f : a.feiten().entrySet()) {
          g.writeStringField(f.getKey(), f.getValue());
        }
        g.writeEndObject();
        strings(g, "vervangt", a.vervangt());
        if (a.terugkoppeling().isPresent()) {
          g.writeStringField("terugkoppeling", a.terugkoppeling().get().status().name());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("openVragen");
      for (OpenVraag v : r.openVragen()) {
        g.writeStartObject();
        g.writeStringField("sleutel", v.sleutel());
        g.writeStringField("onderwerp", v.onderwerp());
        strings(g, "codes", v.codes());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("waarschuwingen");
      for (Waarschuwing x : r.waarschuwingen()) {
        g.writeStartObject();
        g.writeStringField("pad", x.pad());
        g.writeStringField("datum", x.datum().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!r.afgewezen().isEmpty()) {
        g.writeArrayFieldStart("afgewezen");
        for (Advies a : r.afgewezen()) {
          g.writeString(a.id());
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    } catch (IOException e) {
      // A StringWriter does not fail; the generator's API declares it.
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String s : values) {
      g.writeString(s);
    }
    g.writeEndArray();
  }
}
