package io.github.mantelzorg.model;

import com.fasterxml.jackson.core.Version;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The oldest Jackson 2 this library runs on, checked before the first Jackson call that an older version would fail
 * with a {@code NoSuchMethodError}: {@code StreamReadConstraints.Builder.maxDocumentLength} and {@code maxNameLength}
 * and {@code Separators.withObjectFieldValueSpacing} are new in 2.16. Spring Boot 3.2 ships 2.15, Spring Boot 3.3 2.17.
 *
 * <p>The floor is tested: {@code ./mvnw -pl mantelzorg-model -Pjackson-floor verify} runs the model's tests on
 * Jackson {@value #FLOOR}. Raise both together.
 */
final class JacksonFloor {
  /** The oldest supported Jackson 2 release. */
  static final String FLOOR = "2.16.0";

  private static final int MAJOR = 2;
  private static final int MINOR = 16;

  /** Why the Jackson on the class path cannot be used, or null when it can; found once. */
  private static final String PROBLEM = problem(List.of(com.fasterxml.jackson.core.json.PackageVersion.VERSION,
      com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION,
      com.fasterxml.jackson.datatype.jdk8.PackageVersion.VERSION,
      com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION));

  private JacksonFloor() {}

  /**
   * Fails when a Jackson module the model uses is older than the floor.
   *
   * @throws IllegalStateException naming every module found too old, with its version, and the version needed
   */
  static void require() {
    if (PROBLEM != null) {
      throw new IllegalStateException(PROBLEM);
    }
  }

  /** Why these Jackson modules cannot be used, or null when they can. */
  static String problem(List<Version> found) {
    List<Version> old = found.stream().filter(JacksonFloor::tooOld).collect(Collectors.toList());
    if (old.isEmpty()) {
      return null;
    }
    return "mantelzorg-model needs Jackson " + FLOOR + " or newer (Jackson 2), but found "
        + old.stream().map(v -> v.getArtifactId() + " " + v).collect(Collectors.joining(", "))
        + ". Use Jackson " + FLOOR + " or newer for every Jackson module, e.g. by importing"
        + " com.fasterxml.jackson:jackson-bom (Spring Boot 3.3 and newer ship a supported Jackson; Spring Boot 3.2"
        + " ships 2.15).";
  }

  /** A version that cannot be told (a repackaged jar without its version) is let through. */
  private static boolean tooOld(Version v) {
    return !v.isUnknownVersion()
        && (v.getMajorVersion() < MAJOR || v.getMajorVersion() == MAJOR && v.getMinorVersion() < MINOR);
  }
}
