package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.mantelzorger;
import static io.github.mantelzorg.rules.Fixtures.netwerk;
import static io.github.mantelzorg.rules.Fixtures.vuurt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Zorgnetwerk;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rules of belasting.drl: caregiver burden. */
class BelastingRegelsTest {
  private static Zorgnetwerk metCsi(int score) {
    return netwerk().mantelzorgers(java.util.List.of(
        mantelzorger("m1").addBelasting(Belastingmeting.csi(score, LocalDate.of(2026, 10, 2))).build())).build();
  }

  @Test
  void bl01FiresAtCsiSeven() {
    Adviesrapport r = advies(metCsi(7));
    assertThat(vuurt(r, "BL-01", "m1")).isTrue();
    Advies a = r.met("BL-01").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.KRITIEK);
    assertThat(a.uitleg()).contains("CSI 7 >= 7 op 2026-10-02");
  }

  @Test
  void bl01DoesNotFireAtCsiSix() {
    assertThat(advies(metCsi(6)).codes()).doesNotContain("BL-01");
  }

  @Test
  void bl01UsesOnlyTheLatestCsi() {
    Zorgnetwerk n = netwerk().mantelzorgers(java.util.List.of(mantelzorger("m1")
        .addBelasting(Belastingmeting.csi(9, LocalDate.of(2026, 5, 1)))
        .addBelasting(Belastingmeting.csi(5, LocalDate.of(2026, 10, 1))).build())).build();
    assertThat(advies(n).codes()).doesNotContain("BL-01");
  }
}
