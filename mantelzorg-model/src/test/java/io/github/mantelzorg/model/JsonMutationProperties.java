package io.github.mantelzorg.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mantelzorg.model.testing.ModelArbitraries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Valid JSON (from {@link ModelArbitraries}, written with {@code Json.create().write}), mutated: a field dropped,
 * duplicated or retyped, or the text truncated, with garbage inserted or a character flipped. Reading it either gives
 * a valid value (that writes and reads back to itself) or raises {@link InvalidModelException} with clean problems;
 * never another exception, never a message with a Jackson or Java class name.
 */
class JsonMutationProperties {
  private static final Json JSON = Json.create();
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String GARBAGE = "{}[]\",:\\ \n\t\u0000\u0001\u001b\u007f\uFEFF\u00e9\u2028\ud83d\ude00x0-+.eE/*'@#";

  enum Mutatie { DROP_FIELD, DUPLICATE_FIELD, RETYPE_FIELD, TRUNCATE, INSERT_GARBAGE, FLIP_CHAR }

  @Provide
  Arbitrary<Object> waarden() {
    return Arbitraries.oneOf(ModelArbitraries.zorgnetwerken().map(z -> z), ModelArbitraries.samenwerkingsverbanden().map(s -> s),
        ModelArbitraries.casussen().map(c -> c));
  }

  @Property(tries = 100, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
  void mutatedJsonIsReadOrRejectedCleanly(@ForAll("waarden") Object waarde, @ForAll Mutatie mutatie, @ForAll long seed) {
    Random r = new Random(seed);
    String text = mutate(JSON.write(waarde), mutatie, r);
    Casus gelezen;
    try {
      gelezen = JSON.readCasus(text);
    } catch (InvalidModelException e) {
      Statistics.label("outcome").collect(mutatie, "rejected");
      assertThat(e.problems()).isNotEmpty();
      assertThat(e.getMessage()).doesNotContain("com.fasterxml").doesNotContain("Exception").doesNotContain("\tat ");
      for (Problem p : e.problems()) {
        BadInputCorpusTest.assertClean(p.toString());
      }
      return;
    }
    // Any other exception fails the property. An accepted value is a proper model value.
    Statistics.label("outcome").collect(mutatie, "accepted");
    assertThat(JSON.readCasus(JSON.write(gelezen))).isEqualTo(gelezen);
  }

  /** A network whose carers and their measurements are broken at random: each broken one is reported, none else. */
  @Property(tries = 50)
  void everyBrokenElementOfAListIsReported(@ForAll("netwerken") Zorgnetwerk netwerk, @ForAll long seed) {
    Random r = new Random(seed);
    ObjectNode root = (ObjectNode) tree(JSON.write(netwerk));
    List<String> broken = new ArrayList<>();
    JsonNode mantelzorgers = root.path("mantelzorgers");
    for (int i = 0; i < mantelzorgers.size(); i++) {
      ObjectNode m = (ObjectNode) mantelzorgers.get(i);
      if (r.nextBoolean()) {
        m.put("maanden", "lang");
        broken.add("mantelzorgers[" + i + "].maanden");
      }
      JsonNode belasting = m.path("belasting");
      for (int k = 0; k < belasting.size(); k++) {
        if (r.nextInt(3) == 0) {
          ((ObjectNode) belasting.get(k)).put("datum", "2026-02-30");
          broken.add("mantelzorgers[" + i + "].belasting[" + k + "].datum");
        }
      }
    }
    Statistics.collect(broken.size());
    if (broken.isEmpty()) {
      assertThat(JSON.readZorgnetwerk(root.toString())).isEqualTo(netwerk);
      return;
    }
    InvalidModelException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidModelException.class,
        () -> JSON.readZorgnetwerk(root.toString()));
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(Problem::path).containsExactlyElementsOf(broken);
  }

  @Provide
  Arbitrary<Zorgnetwerk> netwerken() {
    return ModelArbitraries.zorgnetwerken();
  }

  static String mutate(String json, Mutatie mutatie, Random r) {
    switch (mutatie) {
      case TRUNCATE:
        return json.substring(0, r.nextInt(json.length()));
      case INSERT_GARBAGE: {
        int at = r.nextInt(json.length() + 1);
        StringBuilder g = new StringBuilder();
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
          g.append(GARBAGE.charAt(r.nextInt(GARBAGE.length())));
        }
        return json.substring(0, at) + g + json.substring(at);
      }
      case FLIP_CHAR: {
        int at = r.nextInt(json.length());
        return json.substring(0, at) + GARBAGE.charAt(r.nextInt(GARBAGE.length())) + json.substring(at + 1);
      }
      default:
        break;
    }
    JsonNode root = tree(json);
    List<ObjectNode> objects = new ArrayList<>();
    collect(root, objects);
    List<ObjectNode> withFields = objects.stream().filter(o -> o.size() > 0).toList();
    if (withFields.isEmpty()) {
      return json;
    }
    ObjectNode target = withFields.get(r.nextInt(withFields.size()));
    List<String> names = new ArrayList<>();
    target.fieldNames().forEachRemaining(names::add);
    String field = names.get(r.nextInt(names.size()));
    switch (mutatie) {
      case DROP_FIELD:
        target.remove(field);
        return write(root, null, null);
      case DUPLICATE_FIELD:
        return write(root, target, field);
      case RETYPE_FIELD:
        target.set(field, retyped(target.get(field), r));
        return write(root, null, null);
      default:
        throw new IllegalStateException(mutatie.name());
    }
  }

  /** A value of another JSON type: string, number (whole or not), boolean, object, array or null. */
  private static JsonNode retyped(JsonNode old, Random r) {
    List<JsonNode> options = new ArrayList<>(List.of(NODES.textNode(old.isTextual() ? "42" : "tekst"),
        NODES.numberNode(r.nextInt(2000) - 1000), NODES.numberNode(4.5), NODES.booleanNode(r.nextBoolean()),
        NODES.objectNode(), NODES.arrayNode(), NODES.nullNode()));
    if (old.isTextual()) {
      options.add(NODES.textNode(old.asText() + "x"));
    }
    if (!old.isArray()) {
      ArrayNode wrapped = NODES.arrayNode();
      wrapped.add(old.deepCopy());
      options.add(wrapped);
    }
    options.removeIf(o -> o.getNodeType() == old.getNodeType() && o.equals(old));
    return options.get(r.nextInt(options.size()));
  }

  private static void collect(JsonNode n, List<ObjectNode> into) {
    if (n.isObject()) {
      into.add((ObjectNode) n);
    }
    n.forEach(c -> collect(c, into));
  }

  private static JsonNode tree(String json) {
    try {
      return TREE.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the tree as JSON, writing {@code field} of {@code dup} twice (a duplicate key). */
  private static String write(JsonNode root, ObjectNode dup, String field) {
    StringBuilder b = new StringBuilder();
    write(root, dup, field, b);
    return b.toString();
  }

  private static void write(JsonNode n, ObjectNode dup, String field, StringBuilder b) {
    if (n.isObject()) {
      b.append('{');
      boolean first = true;
      for (Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        int times = n == dup && e.getKey().equals(field) ? 2 : 1;
        for (int i = 0; i < times; i++) {
          b.append(first ? "" : ",").append(NODES.textNode(e.getKey())).append(':');
          write(e.getValue(), dup, field, b);
          first = false;
        }
      }
      b.append('}');
    } else if (n.isArray()) {
      b.append('[');
      for (int i = 0; i < n.size(); i++) {
        b.append(i == 0 ? "" : ",");
        write(n.get(i), dup, field, b);
      }
      b.append(']');
    } else {
      b.append(n);
    }
  }
}
