package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Reads the two other ways a JSON record can speak about what is absent into the model's one convention, before
 * binding: an empty list given on purpose ({@code "vrijwilligers": []}) states "there is none" and becomes an entry of
 * the owner's {@code geen} list; the level {@code "ONBEKEND"} of a SOFA, WIFA or zelfregie assessment (how earlier
 * records said "not assessed") is the same as leaving the field out. Paths of errors are unchanged by this pass: it
 * only removes fields and adds to {@code geen}.
 */
final class JsonOnbekend {
  private static final List<String> NETWERK_LIJSTEN = List.of("vrijwilligers", "informeleContacten", "respijt");
  private static final List<String> VERBAND_LIJSTEN = List.of("relaties", "stappenAfgerond", "doelen");
  private static final List<String> ORGANISATIE_LIJSTEN = List.of("ervaringsdeskundigen");
  private static final List<String> POSITIONERING_LIJSTEN = List.of("pitches", "aanTafelBij");
  private static final List<String> VISIE_LIJSTEN = List.of("leidendePrincipes");
  private static final List<String> ZELFREGIE = List.of("eigenaarschap", "eigenKracht", "motivatie", "contacten");
  private static final List<String> SOFA = List.of("samenwerken", "ondersteunen", "faciliteren", "afstemmen");
  private static final List<String> WIFA = List.of("waarderen", "informeren", "faciliteren", "afstemmen");
  private static final String ONBEKEND = "ONBEKEND";

  private JsonOnbekend() {}

  /** Normalises a case: its networks and its partnership. */
  static void casus(JsonNode casus) {
    JsonNode netwerken = casus.get("zorgnetwerken");
    if (netwerken != null && netwerken.isArray()) {
      netwerken.forEach(JsonOnbekend::netwerk);
    }
    JsonNode verband = casus.get("samenwerkingsverband");
    if (verband != null) {
      verband(verband);
    }
  }

  /** Normalises a care network. */
  static void netwerk(JsonNode netwerk) {
    if (!(netwerk instanceof ObjectNode n)) {
      return;
    }
    lijstenNaarGeen(n, NETWERK_LIJSTEN);
    JsonNode zv = n.get("zorgvrager");
    if (zv != null) {
      onbekend(zv.get("zelfregie"), ZELFREGIE);
    }
    elk(n.get("mantelzorgers"), m -> {
      onbekend(m.get("zelfregie"), ZELFREGIE);
      onbekend(m.get("sofa"), SOFA);
    });
    elk(n.get("vrijwilligers"), v -> onbekend(v.get("wifa"), WIFA));
    elk(n.get("organisaties"), JsonOnbekend::organisatie);
  }

  /** Normalises a partnership. */
  static void verband(JsonNode verband) {
    if (!(verband instanceof ObjectNode v)) {
      return;
    }
    lijstenNaarGeen(v, VERBAND_LIJSTEN);
    elk(v.get("leden"), JsonOnbekend::organisatie);
    elk(v.get("kandidaten"), JsonOnbekend::organisatie);
    if (v.get("positionering") instanceof ObjectNode p) {
      lijstenNaarGeen(p, POSITIONERING_LIJSTEN);
    }
    if (v.get("visie") instanceof ObjectNode vi) {
      lijstenNaarGeen(vi, VISIE_LIJSTEN);
    }
  }

  private static void organisatie(JsonNode o) {
    if (o instanceof ObjectNode org) {
      lijstenNaarGeen(org, ORGANISATIE_LIJSTEN);
    }
  }

  private static void elk(JsonNode lijst, java.util.function.Consumer<JsonNode> doe) {
    if (lijst != null && lijst.isArray()) {
      lijst.forEach(doe);
    }
  }

  /** Moves each empty list among {@code velden} into {@code geen} (kept when {@code geen} is not an array: binding reports it). */
  private static void lijstenNaarGeen(ObjectNode o, List<String> velden) {
    for (String veld : velden) {
      JsonNode waarde = o.get(veld);
      if (waarde == null || !waarde.isArray() || waarde.size() > 0) {
        continue;
      }
      JsonNode geen = o.get("geen");
      if (geen == null || geen.isNull()) {
        geen = o.putArray("geen");
      }
      if (!(geen instanceof ArrayNode g)) {
        return;
      }
      boolean al = false;
      for (JsonNode e : g) {
        al |= e.isTextual() && e.textValue().equals(veld);
      }
      if (!al) {
        g.add(veld);
      }
      o.remove(veld);
    }
  }

  private static void onbekend(JsonNode profiel, List<String> velden) {
    if (profiel instanceof ObjectNode p) {
      for (String veld : velden) {
        JsonNode w = p.get(veld);
        if (w != null && w.isTextual() && w.textValue().equals(ONBEKEND)) {
          p.remove(veld);
        }
      }
    }
  }
}
