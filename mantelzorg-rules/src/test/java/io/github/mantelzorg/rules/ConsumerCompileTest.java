package io.github.mantelzorg.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer that compiles with {@code javac -Xlint:all -Werror} against the built model jar and the rules classes,
 * on the class path Maven gives a consumer (compile and runtime scope of this module, as written by
 * {@code dependency:build-classpath} to {@code target/consumer-classpath.txt}: no annotation processor, no test
 * libraries), gets no warning. The consumer source uses the model as the README does, and touches every public type of
 * the API packages (builders built, enum values, members looked up), so that javac reads every class file a consumer
 * can reach, including the generated Immutables supertypes.
 */
class ConsumerCompileTest {
  private static final Path CLASSPATH_FILE = Paths.get("target", "consumer-classpath.txt");
  private static final Path RULES_CLASSES = Paths.get("target", "classes");

  private static List<Path> classpath;

  @BeforeAll
  static void consumerClasspath() throws IOException {
    assertThat(CLASSPATH_FILE).as("written by dependency:build-classpath in the Maven build").exists();
    classpath = new ArrayList<>();
    for (String entry : Files.readString(CLASSPATH_FILE).trim().split(File.pathSeparator)) {
      classpath.add(Paths.get(entry));
    }
    classpath.add(RULES_CLASSES);
  }

  @Test
  void theClasspathIsAConsumersOne() {
    List<String> entries = classpath.stream().map(Path::toString).toList();

    assertThat(entries).anyMatch(e -> e.contains("mantelzorg-model"));
    // The Immutables processor jar (provided scope) must not be there: it would hide the warnings this test is about.
    assertThat(entries).noneMatch(e -> e.replace('\\', '/').contains("/org/immutables/value/"));
    assertThat(entries).noneMatch(e -> e.contains("junit") || e.contains("jqwik") || e.contains("assertj"));
  }

  @Test
  void aConsumerCompilesWithoutWarnings(@TempDir Path out) {
    String source = consumerSource();

    List<Diagnostic<? extends JavaFileObject>> diagnostics = compile("Consumer", source, out);

    assertThat(diagnostics).as("javac -Xlint:all -Werror diagnostics for%n%s", source).isEmpty();
    assertThat(out.resolve("consumer/Consumer.class")).exists();
  }

  @Test
  void aWarningFailsTheConsumerBuild(@TempDir Path out) {
    // The control: -Xlint:all -Werror is really in force (a raw type is a warning, and so an error).
    String source = "package consumer;\npublic class Raw { java.util.List list = new java.util.ArrayList<String>(); }\n";

    List<Diagnostic<? extends JavaFileObject>> diagnostics = compile("Raw", source, out);

    assertThat(diagnostics).anyMatch(d -> d.getKind() == Diagnostic.Kind.WARNING);
    assertThat(diagnostics).anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
  }

  private static List<Diagnostic<? extends JavaFileObject>> compile(String name, String source, Path out) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK, not a JRE").isNotNull();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject file = new SimpleJavaFileObject(
        Paths.get("consumer", name + ".java").toUri(), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    List<String> options = List.of("-Xlint:all", "-Werror", "--release", "17", "-proc:none", "-encoding", "UTF-8",
        "-d", out.toString(), "-classpath",
        classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      javac.getTask(null, files, diagnostics, options, null, List.of(file)).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return diagnostics.getDiagnostics();
  }

  /** Typical use, as in the README, and then every public API type. */
  private static String consumerSource() {
    StringBuilder s = new StringBuilder();
    s.append("package consumer;\n\n")
        .append("import io.github.mantelzorg.model.Casus;\n")
        .append("import io.github.mantelzorg.model.InvalidModelException;\n")
        .append("import io.github.mantelzorg.model.Json;\n")
        .append("import io.github.mantelzorg.model.Zorgnetwerk;\n\n")
        .append("public class Consumer {\n")
        .append("  public static String roundTrip(String text) {\n")
        .append("    Json json = Json.create();\n")
        .append("    try {\n")
        .append("      Zorgnetwerk netwerk = json.readZorgnetwerk(text);\n")
        .append("      Casus casus = Casus.of(netwerk.withGemeente(\"Deventer\"));\n")
        .append("      return json.write(Casus.builder().from(casus).build());\n")
        .append("    } catch (InvalidModelException e) {\n")
        .append("      return e.problems().toString();\n")
        .append("    }\n")
        .append("  }\n");
    int n = 0;
    for (Class<?> type : apiTypes()) {
      String name = type.getCanonicalName() + wildcards(type);
      n++;
      if (type.isAnnotation()) {
        s.append("  static final Class<?> T").append(n).append(" = ").append(type.getCanonicalName()).append(".class;\n");
        continue;
      }
      s.append("  static int use").append(n).append('(').append(name).append(" v) { return v.hashCode(); }\n");
      if (type.isEnum()) {
        s.append("  static int values").append(n).append("() { return ").append(type.getCanonicalName())
            .append(".values().length; }\n");
      }
      if (hasBuilderWithBuild(type)) {
        s.append("  static Object build").append(n).append("() { return ").append(type.getCanonicalName())
            .append(".builder().build(); }\n");
      }
    }
    return s.append("}\n").toString();
  }

  private static String wildcards(Class<?> type) {
    int params = type.getTypeParameters().length;
    return params == 0 ? "" : Stream.generate(() -> "?").limit(params).collect(Collectors.joining(", ", "<", ">"));
  }

  private static boolean hasBuilderWithBuild(Class<?> type) {
    try {
      Method builder = type.getDeclaredMethod("builder");
      return Modifier.isStatic(builder.getModifiers()) && Modifier.isPublic(builder.getModifiers())
          && Arrays.stream(builder.getReturnType().getMethods())
          .anyMatch(m -> m.getName().equals("build") && m.getParameterCount() == 0);
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * The public types (top level and nested) of the model jar and of the rules classes, without internal packages and
   * without the packages of the DRL files (the generated executable model lives there).
   */
  private static Set<Class<?>> apiTypes() {
    Set<String> names = new TreeSet<>();
    Set<String> drlPackages = new TreeSet<>();
    for (Path entry : classpath) {
      String file = entry.getFileName().toString();
      if (!(entry.equals(RULES_CLASSES) || file.startsWith("mantelzorg-model"))) {
        continue;
      }
      for (String resource : resources(entry)) {
        if (resource.endsWith(".drl")) {
          drlPackages.add(packageOf(resource));
        } else if (resource.endsWith(".class") && resource.startsWith("io/github/mantelzorg/")
            && !resource.contains("/internal/") && !resource.contains("/feiten/") && !resource.endsWith("package-info.class")
            && !resource.endsWith("module-info.class")) {
          names.add(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'));
        }
      }
    }
    Set<Class<?>> types = new java.util.LinkedHashSet<>();
    for (String name : names) {
      if (drlPackages.contains(name.substring(0, name.lastIndexOf('.')).replace('.', '/'))) {
        continue;
      }
      try {
        Class<?> type = Class.forName(name, false, ConsumerCompileTest.class.getClassLoader());
        if (isPublicApi(type)) {
          types.add(type);
        }
      } catch (ClassNotFoundException e) {
        throw new AssertionError("on the consumer class path but not on the test class path: " + name, e);
      }
    }
    assertThat(types).as("API types found").hasSizeGreaterThan(20);
    return types;
  }

  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
        return false;
      }
    }
    return type.getCanonicalName() != null;
  }

  private static String packageOf(String resource) {
    int slash = resource.lastIndexOf('/');
    return slash < 0 ? "" : resource.substring(0, slash);
  }

  private static List<String> resources(Path entry) {
    try {
      if (Files.isDirectory(entry)) {
        try (Stream<Path> walk = Files.walk(entry)) {
          return walk.filter(Files::isRegularFile)
              .map(p -> entry.relativize(p).toString().replace(File.separatorChar, '/')).toList();
        }
      }
      try (JarFile jar = new JarFile(entry.toFile())) {
        return jar.stream().map(e -> e.getName()).filter(n -> !n.endsWith("/")).toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
