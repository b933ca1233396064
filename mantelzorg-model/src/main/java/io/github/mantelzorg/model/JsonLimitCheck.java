package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The {@link JsonLimits} that Jackson's parser does not enforce itself: the size of a document before it is parsed,
 * the length of every array, persons per care network and organisations per partnership. The tree checks walk the
 * document with a work list, never by recursion, so that a document as deep as {@code maxNestingDepth} allows cannot
 * overflow the stack.
 */
final class JsonLimitCheck {
  private static final List<String> PERSONEN = List.of(
      "mantelzorgers", "vrijwilligers", "beroepskrachten", "informeleContacten", "ervaringsdeskundigen");
  private static final List<String> ORGANISATIES = List.of("leden", "kandidaten");

  private final JsonLimits limits;

  JsonLimitCheck(JsonLimits limits) {
    this.limits = limits;
  }

  /** The problem of a document longer than {@link JsonLimits#maxDocumentChars()}. */
  Problem tooLong() {
    return new Problem("", "more than " + limits.maxDocumentChars() + " characters",
        "at most " + limits.maxDocumentChars() + " characters (JsonLimits.maxDocumentChars)");
  }

  /** A node with the segment that leads to it from its parent; its path is built only when it is reported. */
  private record Step(JsonNode node, Step parent, String name, int index) {
    String path() {
      List<String> segments = new ArrayList<>();
      for (Step s = this; s.parent != null; s = s.parent) {
        segments.add(s.name != null ? "." + Checks.name(s.name) : "[" + s.index + "]");
      }
      java.util.Collections.reverse(segments);
      return JsonErrors.join(segments);
    }
  }

  /** Every array longer than {@link JsonLimits#maxArrayLength()}, in document order; the elements of such an array are not looked into. */
  List<Problem> arrays(JsonNode root) {
    List<Problem> problems = new ArrayList<>();
    Deque<Step> todo = new ArrayDeque<>();
    todo.push(new Step(root, null, null, -1));
    while (!todo.isEmpty()) {
      Step s = todo.pop();
      JsonNode node = s.node();
      if (node.isArray()) {
        if (node.size() > limits.maxArrayLength()) {
          problems.add(new Problem(s.path(), node.size() + " elements", "at most " + limits.maxArrayLength()
              + " elements (JsonLimits.maxArrayLength)"));
          continue;
        }
        // Pushed last to first, so that they are taken first to last.
        for (int i = node.size() - 1; i >= 0; i--) {
          todo.push(new Step(node.get(i), s, null, i));
        }
      } else if (node.isObject()) {
        List<Step> fields = new ArrayList<>(node.size());
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> f = it.next();
          fields.add(new Step(f.getValue(), s, f.getKey(), -1));
        }
        for (int i = fields.size() - 1; i >= 0; i--) {
          todo.push(fields.get(i));
        }
      }
    }
    return problems;
  }

  /**
   * The model-level limits on a document that will be read as {@code type}: persons per network and organisations
   * per partnership, reported at the list that crosses the limit.
   */
  List<Problem> counts(JsonNode node, Class<?> type) {
    List<Problem> problems = new ArrayList<>();
    if (type == Casus.class) {
      JsonNode netwerken = node.get("zorgnetwerken");
      if (netwerken != null && netwerken.isArray()) {
        for (int i = 0; i < netwerken.size(); i++) {
          netwerk(netwerken.get(i), "zorgnetwerken[" + i + "].", problems);
        }
      }
      verband(node.get("samenwerkingsverband"), "samenwerkingsverband.", problems);
    } else if (type == Zorgnetwerk.class) {
      netwerk(node, "", problems);
    } else {
      verband(node, "", problems);
    }
    return problems;
  }

  private void netwerk(JsonNode netwerk, String prefix, List<Problem> problems) {
    over(netwerk, PERSONEN, prefix, limits.maxPersonenPerNetwerk(), "persons in this network",
        "persons per network, the zorgvrager not counted (JsonLimits.maxPersonenPerNetwerk)", problems);
  }

  private void verband(JsonNode verband, String prefix, List<Problem> problems) {
    over(verband, ORGANISATIES, prefix, limits.maxOrganisatiesPerVerband(), "organisations in this partnership",
        "organisations (leden and kandidaten) per partnership (JsonLimits.maxOrganisatiesPerVerband)", problems);
  }

  private static void over(JsonNode node, List<String> lists, String prefix, int max, String what, String expected,
      List<Problem> problems) {
    if (node == null || !node.isObject()) {
      return;
    }
    long total = 0;
    String crossing = null;
    for (String list : lists) {
      JsonNode l = node.get(list);
      if (l != null && l.isArray()) {
        total += l.size();
        if (total > max && crossing == null) {
          crossing = list;
        }
      }
    }
    if (crossing != null) {
      problems.add(new Problem(prefix + crossing, total + " " + what, "at most " + max + " " + expected));
    }
  }
}
