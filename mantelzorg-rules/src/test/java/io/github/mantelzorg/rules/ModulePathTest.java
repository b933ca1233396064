package io.github.mantelzorg.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mantelzorg.model.testing.Scenarios;
import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library on the module path, as an application would use it: a small program in a module of its own
 * ({@code requires io.github.mantelzorg.rules}) is compiled with {@code javac --module-path ... -Xlint:all -Werror}
 * and run with {@code java --module-path ... -m}, in a new JVM, on the runtime class path Maven gives a consumer
 * ({@code target/consumer-classpath.txt}) plus this module as its jar holds it (an exploded module: the classes and
 * its descriptor, {@code src/main/module/module-info.java}, compiled here as the build compiles it for the jar). It reads JSON with {@code Json}, advises with {@code AdviesEngine} in both
 * languages, writes the report, and reads the JSON Schemas; the output is checked here.
 *
 * <p>The module descriptors themselves are checked too: what is exported and opened, and that every package of the
 * rules module is either API or named here as internal, so that a new package cannot slip out unexported or
 * exported by accident.
 */
class ModulePathTest {
  private static final Path CLASSPATH_FILE = Path.of("target", "consumer-classpath.txt");
  private static final Path RULES_CLASSES = Path.of("target", "classes");
  /** The rules' module descriptor (the build compiles it into the jar after the tests). */
  private static final Path MODULE_INFO = Path.of("src", "main", "module", "module-info.java");

  @TempDir
  static Path rulesModule;

  /** The packages of the rules module that are API. */
  private static final Set<String> RULES_API = Set.of("io.github.mantelzorg.rules", "io.github.mantelzorg.rules.ecomap");

  /** The packages of the rules module that are not API: code, and directories of resources. */
  private static final Set<String> MACHINERY = Set.of("io.github.mantelzorg.rules.internal",
      "io.github.mantelzorg.rules.feiten", "io.github.mantelzorg.rules.drl", "io.github.mantelzorg.rules.teksten",
      "io.github.mantelzorg.rules.bronnen", "io.github.mantelzorg.rules.catalogus");

  private static List<Path> modulePath;

  /**
   * The consumer's runtime class path, and the rules as the jar holds them: an exploded module made of
   * {@code target/classes} and the module descriptor, compiled with those classes patched into the module, so that
   * javac checks every export and requirement against the code, as the build does.
   */
  @BeforeAll
  static void modulePath() throws IOException {
    assertThat(CLASSPATH_FILE).as("written by dependency:build-classpath in the Maven build").exists();
    modulePath = new ArrayList<>();
    for (String entry : Files.readString(CLASSPATH_FILE).trim().split(File.pathSeparator)) {
      modulePath.add(Path.of(entry));
    }
    try (Stream<Path> files = Files.walk(RULES_CLASSES)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path to = rulesModule.resolve(RULES_CLASSES.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to);
      }
    }
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int rc = ToolProvider.getSystemJavaCompiler().run(null, err, err, "--release", "17", "-Werror",
        "--patch-module", "io.github.mantelzorg.rules=" + rulesModule, "--module-path", join(modulePath),
        "-d", rulesModule.toString(), MODULE_INFO.toString());
    assertThat(err.toString(StandardCharsets.UTF_8)).as("javac output for " + MODULE_INFO).isEmpty();
    assertThat(rc).isZero();
    modulePath.add(rulesModule);
  }

  @Test
  void theRulesModuleExportsItsApiOnlyAndOpensNothing() {
    ModuleDescriptor rules = descriptor("io.github.mantelzorg.rules");

    Set<String> exported = rules.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    Set<String> api = new TreeSet<>(rules.packages());
    api.retainAll(RULES_API);
    assertThat(exported).as("exports of io.github.mantelzorg.rules").isEqualTo(api);
    assertThat(rules.exports()).allMatch(e -> !e.isQualified());
    assertThat(rules.opens()).isEmpty();
    assertThat(rules.isOpen()).isFalse();
    // Every other package is machinery: internal, the facts of the rules, the generated executable model, and the
    // texts, sources and catalogue (resources only, read by the module's own classes).
    assertThat(rules.packages()).allMatch(p -> RULES_API.contains(p) || MACHINERY.contains(p)
        || p.startsWith("io.github.mantelzorg.rules.drl."), "API, or machinery named in this test");
    // Resources in non-package directories (the drools-model index) are not encapsulated: the engine finds them.
    assertThat(rules.requires().stream().filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .map(ModuleDescriptor.Requires::name)).containsExactly("io.github.mantelzorg.model");
  }

  @Test
  void theModelModuleExportsOnePackageAndOpensItToJacksonOnly() {
    ModuleDescriptor model = descriptor("io.github.mantelzorg.model");

    assertThat(model.packages()).containsExactly("io.github.mantelzorg.model");
    assertThat(model.exports()).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("io.github.mantelzorg.model");
      assertThat(e.isQualified()).isFalse();
    });
    assertThat(model.opens()).singleElement().satisfies(o -> {
      assertThat(o.source()).isEqualTo("io.github.mantelzorg.model");
      assertThat(o.targets()).containsExactly("com.fasterxml.jackson.databind");
    });
    assertThat(model.requires().stream().filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .map(ModuleDescriptor.Requires::name)).containsExactlyInAnyOrder("com.fasterxml.jackson.databind",
        "org.immutables.value.annotations");
  }

  @Test
  void anApplicationOnTheModulePathReadsAdvisesAndWrites(@TempDir Path dir) throws Exception {
    Path s1 = dir.resolve("s1.json");
    Files.writeString(s1, Scenarios.json("s1-zoon-vader-dementie.json"), StandardCharsets.UTF_8);
    Path app = compile(dir, "app", """
        module mantelzorg.app {
          requires io.github.mantelzorg.rules;
        }
        """, "app/App.java", """
        package app;

        import com.fasterxml.jackson.databind.ObjectMapper;
        import io.github.mantelzorg.model.InvalidModelException;
        import io.github.mantelzorg.model.Json;
        import io.github.mantelzorg.model.Casus;
        import io.github.mantelzorg.rules.AdviesEngine;
        import io.github.mantelzorg.rules.Adviesrapport;
        import io.github.mantelzorg.rules.Language;
        import io.github.mantelzorg.rules.RapportJson;
        import io.github.mantelzorg.rules.ecomap.Ecomap;
        import io.github.mantelzorg.rules.ecomap.HtmlRapport;
        import java.io.InputStream;
        import java.nio.file.Files;
        import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
        import java.time.LocalDate;

        public class App {
          public static void main(String[] args) throws Exception {
            System.out.println("named: " + App.class.getModule().isNamed() + " " + AdviesEngine.class.getModule().getName()
                + " " + Json.class.getModule().getName());
            Casus casus = Json.create().readCasus(Files.readString(Path.of(args[0])));
            try (AdviesEngine nl = AdviesEngine.create();
                AdviesEngine en = AdviesEngine.builder().language(Language.EN).sessionPool(0).build()) {
              System.out.println("version: " + nl.ruleBaseVersion());
              Adviesrapport rapport = nl.advise(casus, LocalDate.of(2026, 11, 24));
              rapport.adviezen().forEach(a -> System.out.println("advies: " + a.code() + " " + a.samenvatting()));
              System.out.println("bron: " + rapport.adviezen().get(0).bronnen().get(0).titel());
              System.out.println("rules: " + nl.rules().size() + " " + nl.rules().stream()
                  .allMatch(r -> !r.bronnen().isEmpty() && !r.naam().isBlank()));
              Adviesrapport english = en.advise(casus, LocalDate.of(2026, 11, 24));
              System.out.println("en: " + english.adviezen().get(0).samenvatting());
              System.out.println("report: " + RapportJson.writeLine(rapport).length());
              System.out.println("whynot: " + nl.whyNot(casus, LocalDate.of(2026, 11, 24), "BL-01").code());
              String svg = Ecomap.svg(casus.zorgnetwerken().get(0), LocalDate.of(2026, 11, 24), Language.EN);
              System.out.println("ecomap: " + svg.startsWith("<svg") + " " + svg.contains("Peter"));
              System.out.println("html: " + HtmlRapport.html(english, casus).contains("<svg"));
            }
            try {
              Json.create().readZorgnetwerk("{\\"id\\": \\"n1\\", \\"zorgvrager\\": {\\"id\\": \\"z\\", \\"naam\\": \\"Jan\\", \\"x\\": 1}}");
            } catch (InvalidModelException e) {
              System.out.println("invalid: " + e.problems().get(0));
            }
            System.out.println("written: " + Json.create().writeLine(casus).length());
            // A mapper of the application's own: the model's reader and writer are package-private, opened to Jackson.
            ObjectMapper mapper = new ObjectMapper();
            System.out.println("mapper: " + mapper.readValue(Files.readString(Path.of(args[0])), Casus.class)
                .equals(casus) + " " + mapper.writeValueAsString(casus).equals(Json.create().writeLine(casus)));
            try {
              mapper.readValue("{\\"id\\": \\"n1\\", \\"zorgvrager\\": {\\"id\\": \\"z\\", \\"naam\\": \\"Jan\\", \\"x\\": 1}}",
                  Casus.class);
            } catch (InvalidModelException e) {
              System.out.println("mapper invalid: " + e.problems().get(0));
            }
            try (InputStream in = Json.class.getResourceAsStream("/io/github/mantelzorg/model/json-schema/casus.schema.json")) {
              System.out.println("schema: " + (in == null ? "missing" : in.readAllBytes().length + " bytes"));
            }
            try {
              Class.forName("io.github.mantelzorg.rules.internal.Kennisbank").getMethod("get").invoke(null);
              System.out.println("internal: reachable");
            } catch (IllegalAccessException e) {
              System.out.println("internal: encapsulated");
            }
          }
        }
        """, List.of(), "-Xlint:all");

    List<String> out = run(app, "mantelzorg.app/app.App", s1.toString());

    assertThat(out).contains("named: true io.github.mantelzorg.rules io.github.mantelzorg.model",
        "internal: encapsulated");
    assertThat(out).anyMatch(l -> l.matches("version: 0\\.1\\.0.* \\(\\d+ rules\\)"));
    assertThat(out).anyMatch(l -> l.startsWith("advies: BL-01 "));
    // Texts (teksten/), sources (bronnen/) and the rule metadata come from resources of the module.
    assertThat(out).anyMatch(l -> l.startsWith("bron: ") && l.length() > "bron: ".length());
    assertThat(out).anyMatch(l -> l.matches("rules: [1-9]\\d* true"));
    assertThat(out).anyMatch(l -> l.startsWith("en: ") && !l.equals("en: "));
    assertThat(out).anyMatch(l -> l.matches("report: [1-9]\\d*"));
    assertThat(out).contains("whynot: BL-01", "ecomap: true true", "html: true");
    assertThat(out).anyMatch(l -> l.startsWith("invalid: zorgvrager.x: unknown field \"x\""));
    assertThat(out).anyMatch(l -> l.matches("written: [1-9]\\d*"));
    assertThat(out).contains("mapper: true true");
    assertThat(out).anyMatch(l -> l.startsWith("mapper invalid: zorgvrager.x: unknown field \"x\""));
    assertThat(out).anyMatch(l -> l.matches("schema: [1-9]\\d* bytes"));
  }

  @Test
  void theModelTestJarIsAModuleOfItsOwnWithItsResources(@TempDir Path dir) throws Exception {
    Path testJar = location(Scenarios.class);
    // Only a built test-jar is a module of its own; target/test-classes (a build without the package phase) holds the
    // model's own tests too, in the model's package.
    assumeTrue(testJar.toString().endsWith(".jar"), "the model's test-jar is built (mvn verify)");
    try (JarFile jar = new JarFile(testJar.toFile())) {
      assertThat(jar.stream().map(e -> e.getName()).filter(n -> !n.endsWith("/")))
          .allMatch(n -> n.startsWith("io/github/mantelzorg/model/testing/") || n.startsWith("META-INF/"));
    }
    Path app = compile(dir, "tests", """
        module mantelzorg.tests {
          requires io.github.mantelzorg.rules;
          requires io.github.mantelzorg.model.testing;
        }
        """, "tests/Main.java", """
        package tests;

        import io.github.mantelzorg.model.Json;
        import io.github.mantelzorg.model.testing.Scenarios;

        public class Main {
          public static void main(String[] args) {
            System.out.println("s1: " + Json.create().readCasus(Scenarios.json("s1-zoon-vader-dementie.json"))
                .equals(io.github.mantelzorg.model.Casus.of(Scenarios.s1())));
            System.out.println("schaars: " + Json.create().readCasus(Scenarios.json("schaars/verpleeghuis.json"))
                .zorgnetwerken().size());
          }
        }
        """, List.of(testJar), "-Xlint:all,-requires-automatic");

    List<String> out = run(app, "mantelzorg.tests/tests.Main", null, testJar);

    assertThat(out).contains("s1: true", "schaars: 1");
  }

  private static ModuleDescriptor descriptor(String name) {
    ModuleReference ref = ModuleFinder.of(modulePath.toArray(Path[]::new)).find(name).orElseThrow();
    assertThat(ref.descriptor().isAutomatic()).as(name + " has a module-info").isFalse();
    return ref.descriptor();
  }

  /** Compiles a module ({@code module-info.java} and one class) against the module path; returns its classes. */
  private static Path compile(Path dir, String name, String moduleInfo, String file, String source, List<Path> extra,
      String lint) throws IOException {
    Path src = dir.resolve(name + "-src");
    Path classes = dir.resolve(name);
    Files.createDirectories(src.resolve(file).getParent());
    Files.writeString(src.resolve("module-info.java"), moduleInfo);
    Files.writeString(src.resolve(file), source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<Path> path = new ArrayList<>(modulePath);
    path.addAll(extra);
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int rc = javac.run(null, err, err, lint, "-Werror", "--release", "17", "-d", classes.toString(),
        "--module-path", join(path), src.resolve("module-info.java").toString(), src.resolve(file).toString());
    assertThat(err.toString(StandardCharsets.UTF_8)).as("javac output").isEmpty();
    assertThat(rc).isZero();
    return classes;
  }

  /** Runs a module's main class in a new JVM on the module path; returns its standard output, line by line. */
  private static List<String> run(Path app, String main, String arg, Path... extra) throws Exception {
    List<Path> path = new ArrayList<>(List.of(app));
    path.addAll(modulePath);
    path.addAll(List.of(extra));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", join(path), "-m", main));
    if (arg != null) {
      command.add(arg);
    }
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("exit code; standard error:\n" + err + "\nstandard output:\n" + out).isZero();
    // No warning about illegal access, a missing resource or an unnamed module from the JVM or a library.
    assertThat(err.lines().filter(l -> !l.startsWith("SLF4J"))).as("standard error").isEmpty();
    return out.lines().toList();
  }

  private static Path location(Class<?> c) throws URISyntaxException {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static String join(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
