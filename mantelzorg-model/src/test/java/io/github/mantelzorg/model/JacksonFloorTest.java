package io.github.mantelzorg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.fasterxml.jackson.core.Version;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Jackson floor: what is accepted, and how an older Jackson is told at first use. */
class JacksonFloorTest {
  private static Version v(String artifact, int major, int minor, int patch) {
    return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", artifact);
  }

  @Test
  void theFloorAndNewerAreAccepted() {
    assertThat(JacksonFloor.problem(List.of(v("jackson-core", 2, 16, 0), v("jackson-databind", 2, 16, 0)))).isNull();
    assertThat(JacksonFloor.problem(List.of(v("jackson-core", 2, 20, 1), v("jackson-databind", 2, 22, 0)))).isNull();
    assertThat(JacksonFloor.problem(List.of(Version.unknownVersion()))).isNull();
    // The Jackson of this build is accepted.
    assertThatNoException().isThrownBy(JacksonFloor::require);
  }

  /** The main build runs on the build's Jackson, {@code -Pjackson-floor} on the floor: each run is what it says. */
  @Test
  void theTestsRunOnTheJacksonTheBuildNames() {
    String expected = System.getProperty("mantelzorg.jackson.version");
    org.junit.jupiter.api.Assumptions.assumeTrue(expected != null, "run by Maven");

    assertThat(List.of(com.fasterxml.jackson.core.json.PackageVersion.VERSION,
        com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION,
        com.fasterxml.jackson.datatype.jdk8.PackageVersion.VERSION,
        com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION)).extracting(Version::toString)
        .containsOnly(expected);
  }

  @Test
  void anOlderModuleIsNamedWithItsVersionAndTheVersionNeeded() {
    String problem = JacksonFloor.problem(List.of(v("jackson-core", 2, 15, 2), v("jackson-databind", 2, 16, 1),
        v("jackson-datatype-jsr310", 1, 9, 0)));

    assertThat(problem).startsWith("mantelzorg-model needs Jackson 2.16.0 or newer (Jackson 2), but found "
        + "jackson-core 2.15.2, jackson-datatype-jsr310 1.9.0.").doesNotContain("jackson-databind");
  }

  /**
   * The model's classes with Jackson 2.15 (Spring Boot 3.2), in a new JVM: {@code Json.create()} fails with the
   * message, not with a {@code NoSuchMethodError} from deep inside the mapper set-up.
   */
  @Test
  void onJackson215TheFirstUseSaysWhichVersionIsNeeded(@TempDir Path dir) throws Exception {
    Path old = Path.of("target", "jackson-below-floor");
    List<String> classpath = new ArrayList<>(List.of(Path.of("target", "classes").toString()));
    try (Stream<Path> jars = Files.list(old)) {
      jars.map(Path::toString).sorted().forEach(classpath::add);
    }
    // The model's classes and the five Jackson jars; the Immutables annotations are not needed to run.
    assertThat(classpath).hasSize(6);
    Path main = dir.resolve("FirstUse.java");
    Files.writeString(main, """
        public class FirstUse {
          public static void main(String[] args) {
            try {
              io.github.mantelzorg.model.Json.create();
              System.out.println("created");
            } catch (IllegalStateException e) {
              System.out.println(e.getMessage());
            }
          }
        }
        """);
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        String.join(File.pathSeparator, classpath), main.toString()).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(out.strip()).as(out).isEqualTo("mantelzorg-model needs Jackson 2.16.0 or newer (Jackson 2), but found"
        + " jackson-core 2.15.2, jackson-databind 2.15.2, jackson-datatype-jdk8 2.15.2, jackson-datatype-jsr310 2.15.2."
        + " Use Jackson 2.16.0 or newer for every Jackson module, e.g. by importing com.fasterxml.jackson:jackson-bom"
        + " (Spring Boot 3.3 and newer ship a supported Jackson; Spring Boot 3.2 ships 2.15).");
  }
}
