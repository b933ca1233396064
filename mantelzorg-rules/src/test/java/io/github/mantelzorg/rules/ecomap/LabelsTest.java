package io.github.mantelzorg.rules.ecomap;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.rules.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {
  @Test
  void dutchAndEnglishHaveTheSameKeysAndPlaceholders() {
    Labels nl = Labels.van(Language.NL);
    Labels en = Labels.van(Language.EN);
    assertThat(en.sleutels()).isEqualTo(nl.sleutels());
    for (String k : nl.sleutels()) {
      for (int i = 0; i < 4; i++) {
        String p = "{" + i + "}";
        assertThat(en.t(k).contains(p)).as(k + " " + p).isEqualTo(nl.t(k).contains(p));
      }
    }
  }

  @Test
  void englishLabelsHoldNoDutch() {
    Labels en = Labels.van(Language.EN);
    List<String> nederlands = List.of("uur", "mnd", "geen", "onbekend", "niet ", "gevraagd", "bereid", "peildatum",
        "zorgvrager", "trede", "gewenst", "mantelzorger", "vrijwilliger", "beroepskracht", "organisatie", "respijt",
        "legenda", "woont", "jaar", "kaders", "lijnen", "advies", "vragen", "waarom", "stappen", "bronnen");
    for (String k : en.sleutels()) {
      String t = en.t(k).toLowerCase(java.util.Locale.ROOT);
      for (String n : nederlands) {
        assertThat(t).as(k + ": " + t).doesNotContain(n);
      }
    }
  }
}
