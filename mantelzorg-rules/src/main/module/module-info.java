/**
 * The mantelzorg advisory engine: {@link io.github.mantelzorg.rules.AdviesEngine} and the report it gives. The API is
 * the package {@link io.github.mantelzorg.rules} and the drawings of {@link io.github.mantelzorg.rules.ecomap} (SVG
 * and HTML); the rule machinery ({@code internal}), the facts the rules reason with ({@code feiten}) and the Drools
 * executable model generated from the DRL at build time ({@code drl} and its sub-packages) are not exported.
 *
 * <p>Drools is not part of the API: no Drools type appears in a public signature, so a consumer needs no
 * {@code requires} of a Drools module. Drools' jars are automatic modules; they need no opened package here (the
 * executable model calls the rules' code directly, without reflection; {@code ModulePathTest} runs every kind of
 * rule on the module path).
 */
// requires-automatic: the Drools jars have only an Automatic-Module-Name (no module-info).
@SuppressWarnings("requires-automatic")
module io.github.mantelzorg.rules {
  requires transitive io.github.mantelzorg.model;
  requires com.fasterxml.jackson.core;
  // The generated executable model logs through SLF4J.
  requires org.slf4j;

  requires org.kie.api;
  requires org.drools.modelcompiler;
  // Referenced by the generated executable model (io.github.mantelzorg.rules.drl and below).
  requires org.drools.canonicalmodel;
  requires org.drools.compiler;
  requires org.drools.core;
  requires org.drools.kiesession;
  requires org.drools.util;

  exports io.github.mantelzorg.rules;
  exports io.github.mantelzorg.rules.ecomap;
}
