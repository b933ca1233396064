package io.github.mantelzorg.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.rules.internal.Catalogus;
import io.github.mantelzorg.rules.internal.Kennisbank;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * RULES.md is generated from the rule base and committed; this test fails when it is out of date. Regenerate with
 * {@code -Dcatalogus.schrijf=true}.
 */
class CatalogusTest {
  private static final Path RULES_MD = Path.of("RULES.md");

  @Test
  void rulesMdIsInSyncWithTheRuleBase() throws IOException {
    String verwacht = Catalogus.markdown(Kennisbank.get());
    if (Boolean.getBoolean("catalogus.schrijf")) {
      Files.writeString(RULES_MD, verwacht, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(RULES_MD, StandardCharsets.UTF_8))
        .as("RULES.md is out of date: run ./mvnw -pl mantelzorg-rules -am test -Dtest=CatalogusTest -Dcatalogus.schrijf=true "
            + "-Dsurefire.failIfNoSpecifiedTests=false")
        .isEqualTo(verwacht);
  }
}
