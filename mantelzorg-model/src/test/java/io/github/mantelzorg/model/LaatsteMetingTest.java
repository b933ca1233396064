package io.github.mantelzorg.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The newest measurement is one measurement whatever the order of the list, also on a same-day tie. */
class LaatsteMetingTest {
  private static final LocalDate DAG = LocalDate.of(2026, 11, 2);

  private static Mantelzorger met(List<Belastingmeting> metingen) {
    return Mantelzorger.builder().id("m1").naam("M").relatie(Relatie.KIND).urenPerWeek(10).maanden(12)
        .belasting(metingen).build();
  }

  @Test
  void aSameDayTieIsBrokenByTheInstrumentNotByListOrder() {
    Belastingmeting csi = Belastingmeting.csi(9, DAG);
    Belastingmeting edizPlus = Belastingmeting.edizPlus(2, DAG);
    assertThat(met(List.of(csi, edizPlus)).laatsteMeting()).contains(edizPlus);
    assertThat(met(List.of(edizPlus, csi)).laatsteMeting()).contains(edizPlus);
  }

  @Test
  void aNewerDayWinsWhateverTheInstrument() {
    Belastingmeting oud = Belastingmeting.edizPlus(12, DAG.minusDays(1));
    Belastingmeting nieuw = Belastingmeting.csi(3, DAG);
    assertThat(met(List.of(oud, nieuw)).laatsteMeting()).contains(nieuw);
    assertThat(met(List.of(nieuw, oud)).laatsteMeting()).contains(nieuw);
  }
}
