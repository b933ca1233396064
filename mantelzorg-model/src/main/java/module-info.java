/**
 * The mantelzorg model: immutable, validated value types for Dutch informal care and their JSON form. The API is the
 * one package {@link io.github.mantelzorg.model}; see its package documentation for a guided tour and the glossary.
 *
 * <p>Jackson is part of the API: {@code MantelzorgJackson.module(JsonLimits)} returns a Jackson {@code Module}, and
 * the model types carry Jackson annotations. The Immutables annotations are on the model's generated classes, which
 * a consumer's compiler reads; {@code value-annotations} holds nothing else.
 */
// requires-transitive-automatic: value-annotations has only an Automatic-Module-Name (no module-info); its name is
// stable and the jar holds annotations only.
@SuppressWarnings("requires-transitive-automatic")
module io.github.mantelzorg.model {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires transitive org.immutables.value.annotations;

  exports io.github.mantelzorg.model;

  // Jackson binds through the package-private generated classes (ImmutableX and its nested Json creator class) and
  // the library's own package-private (de)serializers: deep reflection into this package, for Jackson only.
  opens io.github.mantelzorg.model to com.fasterxml.jackson.databind;
}
