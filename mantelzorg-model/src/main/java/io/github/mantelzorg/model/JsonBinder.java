package io.github.mantelzorg.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds a JSON tree to a model type and, when that fails, finds every problem of the document, not only the first.
 *
 * <p>Jackson stops at the first failure. After a failure the binder binds the parts of the failed value one by one
 * (each element of a list of model values such as {@code mantelzorgers} or {@code belasting}, and each nested model
 * value such as {@code zorgvrager}) and goes down into the parts that fail, with a work list. A value whose parts are
 * all readable and whose own check failed reports that check (every problem of it). Otherwise its own fields are
 * read without its parts, leaving out each field found wrong and reading again, which gives every wrong field (an
 * unknown field, a wrong type, a missing required field); its own check across parts (unique ids, references, the
 * parts stated absent) is then not reported: it would judge the value without the parts that could not be read.
 * Maps (such as {@code krachtenverdeling}) are read as one field.
 *
 * <p>The happy path is one Jackson call. The extra binding happens only for a document that is rejected anyway: each
 * model value is bound at most once more than its depth in the model (about six levels), and a value's own fields
 * once more per wrong field; collecting stops after {@link #MAX_PROBLEMS} problems.
 */
final class JsonBinder {
  /**
   * Problems collected per document at most: enough for any real document, and a bound on the work a hostile one
   * can cause (every problem costs a binding and an exception).
   */
  static final int MAX_PROBLEMS = 1000;

  private static final ClassValue<Map<String, Part>> PARTS = new ClassValue<>() {
    @Override
    protected Map<String, Part> computeValue(Class<?> type) {
      return partsOf(type);
    }
  };

  private final ObjectMapper mapper;

  JsonBinder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * A field of a model type whose value is itself a model value, or a list or set of them.
   *
   * @param type the model type of the value or of each element
   * @param many a list or set
   */
  private record Part(Class<?> type, boolean many) {}

  /** A value that failed to bind: its tree, its model type, its path in the document and its failure. */
  private record Failed(JsonNode node, Class<?> type, String path, JsonMappingException failure) {
    Failed under(String prefix) {
      return prefix.isEmpty() ? this : new Failed(node, type, path.startsWith("[") ? prefix + path : prefix + "." + path,
          failure);
    }
  }

  /**
   * Binds {@code node} as {@code type}.
   *
   * @throws InvalidModelException with every problem found, paths relative to {@code node}
   */
  <T> T bind(JsonNode node, Class<T> type, String subject) {
    try {
      return mapper.treeToValue(node, type);
    } catch (InvalidDefinitionException e) {
      throw setUp(type, e);
    } catch (JsonMappingException e) {
      throw new InvalidModelException(subject, problems(new Failed(node, type, "", e)));
    } catch (InvalidModelException e) {
      throw e;
    } catch (Exception e) {
      // Anything else (an I/O failure of the tree parser cannot happen) is still a rejected document, not a crash.
      throw new InvalidModelException(subject, List.of(new Problem("", "unreadable input", "a valid " + subject)));
    }
  }

  private List<Problem> problems(Failed root) {
    List<Problem> problems = new ArrayList<>();
    Deque<Failed> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Failed f = todo.pop();
      List<Failed> failedParts = new ArrayList<>();
      List<Problem> nulls = new ArrayList<>();
      Set<String> stripped = new HashSet<>();
      if (f.node() instanceof ObjectNode o) {
        partsOfNode(o, f.type(), failedParts, nulls, stripped);
      }
      if (!(f.node() instanceof ObjectNode o) || failedParts.isEmpty() && nulls.isEmpty() && isOwnCheck(f.failure())) {
        problems.addAll(under(JsonErrors.translate(f.failure(), f.node()), f.path()));
      } else {
        problems.addAll(under(ownFields(o, f.type(), stripped, failedParts.isEmpty() && nulls.isEmpty()), f.path()));
        problems.addAll(under(nulls, f.path()));
      }
      for (int i = failedParts.size() - 1; i >= 0; i--) {
        todo.push(failedParts.get(i).under(f.path()));
      }
      if (problems.size() >= MAX_PROBLEMS) {
        List<Problem> first = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        first.add(new Problem("", "more than " + MAX_PROBLEMS + " problems",
            "a document with fewer problems: reading stopped after the first " + MAX_PROBLEMS));
        return first;
      }
    }
    // Cannot be empty in practice; the first failure is the safe answer if it were.
    return problems.isEmpty() ? JsonErrors.translate(root.failure(), root.node()) : problems;
  }

  /** Did the value's own check (not a missing field) fail, with every part of it read? */
  private static boolean isOwnCheck(JsonMappingException e) {
    return e instanceof ValueInstantiationException && e.getPath().isEmpty()
        && e.getCause() instanceof InvalidModelException && !(e.getCause() instanceof MissingValueException);
  }

  /**
   * Binds every model part of {@code node} on its own. Collects the parts that fail (paths relative to
   * {@code node}), a problem for each null in a list of parts, and the fields whose parts were looked at (an array
   * or an object), which the value's own fields are then read without.
   */
  private void partsOfNode(ObjectNode node, Class<?> type, List<Failed> failed, List<Problem> nulls,
      Set<String> stripped) {
    Map<String, Part> parts = PARTS.get(type);
    // In document order, so that problems come out in that order.
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> e = fields.next();
      Part part = parts.get(e.getKey());
      JsonNode value = e.getValue();
      String at = Checks.name(e.getKey());
      if (part == null) {
        continue;
      }
      if (part.many() && value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          if (value.get(i).isNull()) {
            nulls.add(new Problem(at + "[" + i + "]", "null", "a value: a list holds no nulls"));
          } else {
            tryPart(value.get(i), part.type(), at + "[" + i + "]", failed);
          }
        }
        stripped.add(e.getKey());
      } else if (!part.many() && value.isObject()) {
        tryPart(value, part.type(), at, failed);
        stripped.add(e.getKey());
      }
    }
  }

  private void tryPart(JsonNode value, Class<?> type, String path, List<Failed> failed) {
    JsonMappingException e = failure(value, type);
    if (e != null) {
      failed.add(new Failed(value, type, path, e));
    }
  }

  /**
   * The problems of a value's own fields: the value bound without its model parts, once more after each field found
   * wrong is left out (so at most once per field). A field left out is not missing. The value's own check is
   * reported only when it judges the whole value: every part readable ({@code partsOk}) and only unknown fields left
   * out.
   */
  private List<Problem> ownFields(ObjectNode node, Class<?> type, Set<String> stripped, boolean partsOk) {
    ObjectNode own = copyWithout(node, stripped);
    Set<String> leftOut = new HashSet<>();
    Set<String> unknown = new HashSet<>();
    List<Problem> problems = new ArrayList<>();
    // Each round leaves out at least one field, so this ends.
    for (JsonMappingException e = failure(own, type); e != null; e = failure(own, type)) {
      String field = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
      if (field == null || !own.has(field)) {
        // The value itself: a field missing (not one left out here), or its own check on what is left (not judged).
        if (e.getCause() instanceof MissingValueException m) {
          List<Problem> missing = m.problems().stream()
              .filter(p -> !leftOut.contains(p.path()) && !stripped.contains(p.path())).collect(Collectors.toList());
          if (!missing.isEmpty()) {
            problems.addAll(missing);
            return problems;
          }
        }
        if (!(e instanceof ValueInstantiationException)) {
          problems.addAll(JsonErrors.translate(e, own));
          return problems;
        }
        break;
      }
      problems.addAll(JsonErrors.translate(e, own));
      if (e instanceof UnrecognizedPropertyException u && e.getPath().size() == 1 && u.getKnownPropertyIds() != null) {
        // Jackson names the fields it knows, so every other unknown field is reported now, not one per binding.
        Set<String> known = u.getKnownPropertyIds().stream().map(String::valueOf).collect(Collectors.toSet());
        List<String> others = new ArrayList<>();
        own.fieldNames().forEachRemaining(n -> {
          if (!known.contains(n) && !n.equals(field)) {
            others.add(n);
          }
        });
        for (String n : others) {
          problems.add(JsonErrors.unknownField(Checks.name(n), n, u.getKnownPropertyIds()));
          own.remove(n);
          leftOut.add(n);
          unknown.add(n);
        }
        unknown.add(field);
      }
      own.remove(field);
      leftOut.add(field);
    }
    // Unknown fields do not change the value: with every part read, its own check judges the whole of it.
    if (partsOk && unknown.containsAll(leftOut)) {
      problems.addAll(ownCheck(node, type, unknown));
    }
    return problems;
  }

  /**
   * Jackson cannot bind the type at all, whatever the input: a fault of the set-up (on the module path: the model's
   * package not opened to Jackson), not of the document, so not a problem of it.
   */
  private static IllegalStateException setUp(Class<?> type, InvalidDefinitionException e) {
    return new IllegalStateException("Jackson cannot bind " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
  }

  /** Why {@code node} cannot be bound as {@code type}, or null when it can. */
  private JsonMappingException failure(JsonNode node, Class<?> type) {
    try {
      mapper.treeToValue(node, type);
      return null;
    } catch (InvalidDefinitionException e) {
      throw setUp(type, e);
    } catch (JsonMappingException e) {
      return e;
    } catch (Exception e) {
      return JsonMappingException.from((JsonParser) null, "unreadable value", e);
    }
  }

  /** The problems of the value's own check, read with its parts and without its unknown fields. */
  private List<Problem> ownCheck(ObjectNode node, Class<?> type, Set<String> unknown) {
    ObjectNode known = copyWithout(node, unknown);
    JsonMappingException e = failure(known, type);
    return e != null && isOwnCheck(e) ? JsonErrors.translate(e, known) : List.of();
  }

  /** A shallow copy (the tree may be deep: no recursion) without the fields {@code names}. */
  private static ObjectNode copyWithout(ObjectNode node, Set<String> names) {
    ObjectNode copy = node.objectNode();
    node.properties().forEach(f -> {
      if (!names.contains(f.getKey())) {
        copy.set(f.getKey(), f.getValue());
      }
    });
    return copy;
  }

  private static List<Problem> under(List<Problem> problems, String path) {
    return path.isEmpty() ? problems : problems.stream().map(p -> p.under(path)).collect(Collectors.toList());
  }

  /** The model parts of a model type, by JSON field name: its abstract accessors of model values (the JSON names). */
  private static Map<String, Part> partsOf(Class<?> type) {
    Map<String, Part> parts = new LinkedHashMap<>();
    for (Method m : type.getMethods()) {
      if (!Modifier.isAbstract(m.getModifiers()) || m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      Type t = m.getGenericReturnType();
      if (t instanceof Class<?> c && isModel(c)) {
        parts.put(m.getName(), new Part(c, false));
      } else if (t instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
          && p.getActualTypeArguments()[0] instanceof Class<?> c && isModel(c)) {
        Class<?> raw = (Class<?>) p.getRawType();
        if (raw == Optional.class) {
          parts.put(m.getName(), new Part(c, false));
        } else if (raw == List.class || raw == Set.class || raw == Collection.class) {
          parts.put(m.getName(), new Part(c, true));
        }
      }
    }
    return parts;
  }

  /** A type of this model that Jackson binds through its generated implementation. */
  private static boolean isModel(Class<?> c) {
    return c.isInterface() && c.getPackage() == Json.class.getPackage() && c.isAnnotationPresent(JsonDeserialize.class);
  }
}
