package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Binds a JSON tree to a model type; a failure becomes the problems {@link JsonErrors} finds in it. */
final class JsonBinder {
  private final ObjectMapper mapper;

  JsonBinder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Binds {@code node} as {@code type}.
   *
   * @throws InvalidModelException with the problems found, paths relative to {@code node}
   */
  <T> T bind(JsonNode node, Class<T> type, String subject) {
    try {
      return mapper.treeToValue(node, type);
    } catch (JsonMappingException e) {
      throw new InvalidModelException(subject, JsonErrors.translate(e, node));
    } catch (InvalidModelException e) {
      throw e;
    } catch (Exception e) {
      // Anything else (an I/O failure of the tree parser cannot happen) is still a rejected document, not a crash.
      throw new InvalidModelException(subject, List.of(new Problem("", "unreadable input", "a valid " + subject)));
    }
  }
}
