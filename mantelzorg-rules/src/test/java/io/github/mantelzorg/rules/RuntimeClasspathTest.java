package io.github.mantelzorg.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The runtime class path is the slimmed one the POM declares: what only compiles DRL at run time is excluded from
 * drools-model-compiler (Drools does not support these exclusions, so this suite is the proof that the prebuilt
 * executable model runs without them). Every other test of this module runs on this same class path, and so does
 * the CLI in examples.
 */
class RuntimeClasspathTest {
  /** One class of each excluded artifact. */
  static Stream<String> excluded() {
    return List.of(
        "org.drools.drl.parser.DRLFactory", // drools-drl-parser
        "org.drools.drl.extensions.DecisionTableFactory", // drools-drl-extensions
        "org.drools.drl.ast.descr.PackageDescr", // drools-drl-ast
        "org.drools.ecj.EclipseJavaCompiler", // drools-ecj
        "org.eclipse.jdt.internal.compiler.Compiler", // ecj
        "org.antlr.v4.runtime.Parser", // antlr4-runtime
        "org.antlr.runtime.Parser" // antlr-runtime (ANTLR 3)
    ).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("excluded")
  void isNotOnTheClassPath(String className) {
    assertThat(getClass().getClassLoader().getResource(className.replace('.', '/') + ".class")).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("needed")
  void isOnTheClassPath(String className) {
    // The control: what running the prebuilt model needs is there (KieBaseBuilder, drools-compiler, the model).
    assertThat(getClass().getClassLoader().getResource(className.replace('.', '/') + ".class")).isNotNull();
  }

  static Stream<String> needed() {
    return Stream.of(
        "org.drools.modelcompiler.KieBaseBuilder",
        "org.drools.compiler.builder.impl.KnowledgeBuilderImpl",
        "org.drools.model.Model");
  }
}
