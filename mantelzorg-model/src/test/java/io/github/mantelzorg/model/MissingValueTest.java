package io.github.mantelzorg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A builder missing a required field, or given {@code null} where a value is required, throws
 * {@link InvalidModelException} naming the field, like every other invalid value (not Immutables'
 * {@code IllegalStateException} or a {@code NullPointerException}).
 */
class MissingValueTest {
  private static InvalidModelException thrown(Runnable build) {
    Throwable t = catchThrowable(build::run);
    assertThat(t).isInstanceOf(InvalidModelException.class);
    BadInputCorpusTest.assertClean(t.getMessage().replace(System.lineSeparator(), " "));
    return (InvalidModelException) t;
  }

  @Test
  void aMissingRequiredFieldIsAProblemOfTheTypeBeingBuilt() {
    InvalidModelException e = thrown(() -> Mantelzorger.builder().id("m").build());
    assertThat(e.problems()).containsExactly(new Problem("naam", "missing", "a value: this field is required"));
    assertThat(e.getMessage()).isEqualTo("Invalid Mantelzorger: naam: missing (expected a value: this field is required)");
  }

  @Test
  void everyMissingFieldIsReported() {
    InvalidModelException e = thrown(() -> Belastingmeting.builder().waarde(3).build());
    assertThat(e.problems()).extracting(Problem::path).containsExactly("instrument", "datum");
    assertThat(e.getMessage()).startsWith("Invalid Belastingmeting: 2 problems");
    assertThat(thrown(() -> Zorgnetwerk.builder().build()).problems()).extracting(Problem::path)
        .containsExactly("id", "zorgvrager");
  }

  @Test
  void nullForARequiredValueIsAProblem() {
    assertThat(thrown(() -> Zorgvrager.builder().id(null)).problems())
        .containsExactly(new Problem("id", "null", "a value: null is not allowed"));
    Zorgvrager jan = Zorgvrager.builder().id("zv").naam("Jan").build();
    InvalidModelException e = thrown(() -> jan.withNaam(null));
    assertThat(e.problems()).containsExactly(new Problem("naam", "null", "a value: null is not allowed"));
    assertThat(e.getMessage()).startsWith("Invalid Zorgvrager: ");
  }

  @Test
  void nullInAListOrMapIsAProblemOfThatField() {
    assertThat(thrown(() -> Mantelzorger.builder().addBelasting((Belastingmeting) null)).problems())
        .containsExactly(new Problem("belasting", "null", "no null elements"));
    assertThat(thrown(() -> ZrmProfiel.builder().putNiveau(null, ZrmNiveau.values()[0])).problems())
        .singleElement().extracting(Problem::path, Problem::value).containsExactly("niveaus", "null");
  }

  @Test
  void aCompleteBuilderStillBuilds() {
    Belastingmeting m = Belastingmeting.builder().instrument(Instrument.CSI).datum(LocalDate.of(2026, 1, 1)).waarde(3)
        .build();
    assertThat(m.waarde()).contains(3);
  }
}
