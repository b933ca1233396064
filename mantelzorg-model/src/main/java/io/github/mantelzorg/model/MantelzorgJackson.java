package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.Objects;

/**
 * MantelzorgJackson: the model in an application's own Jackson {@code ObjectMapper} (a web framework's, for request
 * and response bodies).
 *
 * <p>No set-up is needed for the default: the model types carry their own Jackson deserializer and serializer, so
 * <em>any</em> {@code ObjectMapper} reads a {@link Zorgnetwerk}, {@link Samenwerkingsverband} or {@link Casus} exactly
 * as {@link Json} does, whatever the mapper's own features (unknown fields, coercion, dates...): the same strictness,
 * the same {@link JsonLimits#DEFAULT limits}, and the same {@link InvalidModelException} with every {@link Problem}.
 * The host's parser reads the tokens; the library reads their text again with {@code Json}, so a document is checked
 * once by each. It writes every model value in the canonical form of {@link Json#writeLine(Object)} (absent values and
 * empty lists left out, dates as {@code yyyy-MM-dd}), into the host's generator.
 *
 * <ul>
 *   <li>Reading a document at the top ({@code mapper.readValue(text, Zorgnetwerk.class)}, a request body) throws the
 *       {@link InvalidModelException} itself. Inside a type of the application (a field {@code Zorgnetwerk netwerk})
 *       Jackson wraps it: it is the cause of the {@code JsonMappingException}, whose path leads to the field.
 *   <li>The parts of a document (a {@link Mantelzorger} on its own...) cannot be read through a mapper, as
 *       {@code Json} cannot read them: a definition error says so. Read the document they belong to.
 *   <li>What the host's parser itself refuses (malformed JSON, its own limits) fails in the host as it always does,
 *       before the model is reached; so does content after the document, which is the host's to allow or refuse.
 *   <li>A key given twice is reported as {@code Json} reports it; its line and column are those of the value as
 *       copied onto one line.
 * </ul>
 *
 * <p>Register {@link #module(JsonLimits)} only to read with other limits than the default.
 */
public final class MantelzorgJackson {
  private MantelzorgJackson() {}

  /**
   * A Jackson module that reads the model's documents with {@code limits} instead of {@link JsonLimits#DEFAULT}:
   * {@code mapper.registerModule(MantelzorgJackson.module(limits))}, or, in Spring Boot, a {@code @Bean} of it.
   *
   * @param limits the limits to read documents with
   * @return the module; its id is fixed, so Jackson keeps the first one registered and ignores others
   * @throws IllegalStateException if the Jackson on the class path is older than the supported floor
   */
  public static Module module(JsonLimits limits) {
    Json json = Json.create(Objects.requireNonNull(limits, "limits"));
    return new SimpleModule("mantelzorg-model") {
      private static final long serialVersionUID = 1L;

      @Override
      public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new JsonHost.ModuleBinding(json));
      }

      @Override
      public Object getTypeId() {
        return MantelzorgJackson.class.getName();
      }
    };
  }
}
