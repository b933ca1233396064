package io.github.mantelzorg.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.rules.internal.Catalogus;
import io.github.mantelzorg.rules.internal.Kennisbank;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the committed rule catalogue RULES.md in sync with the rule base. */
class CatalogusTest {
  private static final Path BESTAND = Path.of("RULES.md");

  @Test
  void committedCatalogueMatchesTheRuleBase() throws IOException {
    String actueel = Catalogus.markdown(Kennisbank.get());
    if (Boolean.getBoolean("catalogus.schrijf")) {
      Files.writeString(BESTAND, actueel, StandardCharsets.UTF_8);
    }
    assertThat(BESTAND).as("mantelzorg-rules/RULES.md exists").exists();
    assertThat(Files.readString(BESTAND, StandardCharsets.UTF_8))
        .as("RULES.md is out of date; regenerate it with: ./mvnw -pl mantelzorg-rules -am test -Dtest=CatalogusTest "
            + "-Dcatalogus.schrijf=true -Dsurefire.failIfNoSpecifiedTests=false")
        .isEqualTo(actueel);
  }
}
