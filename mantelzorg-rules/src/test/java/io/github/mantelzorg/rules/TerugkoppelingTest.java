package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.ENGINE;
import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static io.github.mantelzorg.rules.Fixtures.mantelzorger;
import static io.github.mantelzorg.rules.Fixtures.netwerk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.InvalidModelException;
import io.github.mantelzorg.model.Problem;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.testing.Scenarios;
import io.github.mantelzorg.rules.Terugkoppeling.Reden;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Feedback on advice ({@link Terugkoppeling}): a dismissal hides a card while its facts are unchanged; a card whose
 * facts changed comes back with a note; a card taken up stays, marked; feedback after the evaluation date does not
 * count; the newest feedback decides, whatever the order of the list.
 */
class TerugkoppelingTest {
  private static final LocalDate OKTOBER = LocalDate.of(2026, 10, 2);
  private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 2);

  private static Zorgnetwerk overbelast(Belastingmeting... metingen) {
    return netwerk().mantelzorgers(List.of(mantelzorger("m1").addBelasting(metingen).build())).build();
  }

  private static Advies kaart(Adviesrapport r, String code) {
    return r.met(code).stream().findFirst().orElseThrow(() -> new AssertionError(code + " in " + r.codes()));
  }

  @Test
  void aDismissedCardIsLeftOutWhileItsFactsAreUnchangedAndCounted() {
    Zorgnetwerk n = overbelast(Belastingmeting.csi(8, OKTOBER));
    Adviesrapport voor = ENGINE.advise(n, PEILDATUM);
    Advies bl01 = kaart(voor, "BL-01");
    Terugkoppeling t = Terugkoppeling.afgewezen(bl01.id(), Reden.AL_BESPROKEN, NOVEMBER).withDoor("consulent Ans");

    Adviesrapport na = ENGINE.advise(n, PEILDATUM, List.of(t));

    assertThat(na.codes()).doesNotContain("BL-01");
    assertThat(na.adviezen()).hasSize(voor.adviezen().size() - 1);
    assertThat(na.afgewezen()).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo(bl01.id());
      assertThat(a.eerderAfgewezen()).contains(t);
    });
    assertThat(voor.afgewezen()).isEmpty();
    assertThat(na.openVragen()).isEqualTo(voor.openVragen());
  }

  @Test
  void aDismissedCardWhoseFactsChangedComesBackWithANote() {
    Advies bl01 = kaart(ENGINE.advise(overbelast(Belastingmeting.csi(8, OKTOBER)), PEILDATUM), "BL-01");
    Terugkoppeling t = Terugkoppeling.afgewezen(bl01.id(), Reden.CLIENT_WIL_HET_NIET, NOVEMBER);

    Adviesrapport r = ENGINE.advise(overbelast(Belastingmeting.csi(8, OKTOBER), Belastingmeting.csi(11, NOVEMBER)),
        PEILDATUM, List.of(t));

    Advies terug = kaart(r, "BL-01");
    assertThat(terug.id()).isNotEqualTo(bl01.id());
    assertThat(terug.eerderAfgewezen()).contains(t);
    assertThat(terug.opgepakt()).isFalse();
    assertThat(r.afgewezen()).isEmpty();
  }

  @Test
  void aCardTakenUpStaysMarked() {
    Zorgnetwerk n = overbelast(Belastingmeting.csi(8, OKTOBER));
    Advies bl01 = kaart(ENGINE.advise(n, PEILDATUM), "BL-01");
    Adviesrapport r = ENGINE.advise(n, PEILDATUM, List.of(Terugkoppeling.opgepakt(bl01.id(), NOVEMBER)));
    Advies a = kaart(r, "BL-01");
    assertThat(a.opgepakt()).isTrue();
    assertThat(a.eerderAfgewezen()).isEmpty();
    assertThat(a.terugkoppeling()).map(Terugkoppeling::status).contains(Terugkoppeling.Status.OPGEPAKT);
    assertThat(r.afgewezen()).isEmpty();
    assertThat(r.adviezen()).noneMatch(x -> x != a && x.terugkoppeling().isPresent());
  }

  @Test
  void feedbackDatedAfterTheEvaluationDateDoesNotCount() {
    Zorgnetwerk n = overbelast(Belastingmeting.csi(8, OKTOBER));
    Adviesrapport zonder = ENGINE.advise(n, PEILDATUM);
    Advies bl01 = kaart(zonder, "BL-01");
    Terugkoppeling morgen = Terugkoppeling.afgewezen(bl01.id(), Reden.PAST_NIET, PEILDATUM.plusDays(1));
    assertThat(ENGINE.advise(n, PEILDATUM, List.of(morgen))).isEqualTo(zonder);
    Terugkoppeling vandaag = Terugkoppeling.afgewezen(bl01.id(), Reden.PAST_NIET, PEILDATUM);
    assertThat(ENGINE.advise(n, PEILDATUM, List.of(vandaag)).codes()).doesNotContain("BL-01");
  }

  @Test
  void theNewestFeedbackDecidesWhateverTheOrder() {
    Zorgnetwerk n = overbelast(Belastingmeting.csi(8, OKTOBER));
    String id = kaart(ENGINE.advise(n, PEILDATUM), "BL-01").id();
    Terugkoppeling afgewezen = Terugkoppeling.afgewezen(id, Reden.AL_BESPROKEN, OKTOBER);
    Terugkoppeling opgepakt = Terugkoppeling.opgepakt(id, NOVEMBER);
    for (List<Terugkoppeling> l : List.of(List.of(afgewezen, opgepakt), List.of(opgepakt, afgewezen))) {
      assertThat(kaart(ENGINE.advise(n, PEILDATUM, l), "BL-01").opgepakt()).isTrue();
    }
    Terugkoppeling weerAfgewezen = Terugkoppeling.afgewezen(id, Reden.PAST_NIET, PEILDATUM);
    List<Terugkoppeling> drie = new ArrayList<>(List.of(afgewezen, opgepakt, weerAfgewezen));
    for (int i = 0; i < 3; i++) {
      Collections.rotate(drie, 1);
      Adviesrapport r = ENGINE.advise(n, PEILDATUM, drie);
      assertThat(r.codes()).doesNotContain("BL-01");
      assertThat(r.afgewezen()).singleElement().satisfies(a -> assertThat(a.terugkoppeling()).contains(weerAfgewezen));
    }
  }

  @Test
  void onTheSameDayTakingUpWinsOverDismissingTheSameFacts() {
    Zorgnetwerk n = overbelast(Belastingmeting.csi(8, OKTOBER));
    String id = kaart(ENGINE.advise(n, PEILDATUM), "BL-01").id();
    List<Terugkoppeling> l = List.of(Terugkoppeling.afgewezen(id, Reden.AL_BESPROKEN, NOVEMBER),
        Terugkoppeling.opgepakt(id, NOVEMBER));
    assertThat(kaart(ENGINE.advise(n, PEILDATUM, l), "BL-01").opgepakt()).isTrue();
    assertThat(kaart(ENGINE.advise(n, PEILDATUM, List.of(l.get(1), l.get(0))), "BL-01").opgepakt()).isTrue();
  }

  @Test
  void feedbackOnOtherCardsChangesNothing() {
    Zorgnetwerk n = overbelast(Belastingmeting.csi(8, OKTOBER));
    Adviesrapport zonder = ENGINE.advise(n, PEILDATUM);
    Terugkoppeling elders = Terugkoppeling.afgewezen("00000000-00000000", "een kaart van een ander dossier", NOVEMBER);
    assertThat(ENGINE.advise(n, PEILDATUM, List.of(elders))).isEqualTo(zonder);
  }

  @Test
  void feedbackWorksOnPartnershipsAndCases() {
    Samenwerkingsverband s5 = Scenarios.s5();
    Adviesrapport r = ENGINE.advise(s5, Scenarios.PEILDATUM);
    List<Terugkoppeling> alles = r.adviezen().stream()
        .map(a -> Terugkoppeling.afgewezen(a.id(), Reden.AL_BESPROKEN, NOVEMBER)).toList();
    Adviesrapport leeg = ENGINE.advise(s5, Scenarios.PEILDATUM, alles);
    assertThat(leeg.adviezen()).isEmpty();
    assertThat(leeg.afgewezen()).hasSameSizeAs(r.adviezen());
    Casus s6 = Scenarios.s6();
    Adviesrapport c = ENGINE.advise(s6, Scenarios.PEILDATUM);
    Advies eerste = c.adviezen().get(0);
    Adviesrapport zonderEerste = ENGINE.advise(s6, Scenarios.PEILDATUM,
        List.of(Terugkoppeling.afgewezen(eerste.id(), Reden.PAST_NIET, NOVEMBER)));
    assertThat(zonderEerste.adviezen()).hasSize(c.adviezen().size() - 1).doesNotContain(eerste);
  }

  // The record itself

  @Test
  void aDismissalNeedsAReasonAndOtherNeedsAComment() {
    assertThatThrownBy(() -> new Terugkoppeling("3fa2c9d1-7be0a415", Terugkoppeling.Status.AFGEWEZEN, Optional.empty(),
        NOVEMBER, Optional.empty(), Optional.empty()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Invalid Terugkoppeling: reden: missing (expected one of [AL_BESPROKEN, PAST_NIET, "
            + "CLIENT_WIL_HET_NIET, ANDERS]: a dismissal says why)");
    assertThatThrownBy(() -> Terugkoppeling.afgewezen("3fa2c9d1-7be0a415", Reden.ANDERS, NOVEMBER))
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("toelichting: missing");
    assertThat(Terugkoppeling.afgewezen("3fa2c9d1-7be0a415", "zoon regelt het zelf", NOVEMBER).reden())
        .contains(Reden.ANDERS);
  }

  @Test
  void aCommentThatCouldActInAReportIsRejectedAsANameIs() {
    assertThatThrownBy(() -> Terugkoppeling.afgewezen("3fa2c9d1-7be0a415", "rood \u001b[31m", NOVEMBER))
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("toelichting");
    assertThatThrownBy(() -> Terugkoppeling.afgewezen("3fa2c9d1-7be0a415", "omgekeerd \u202e", NOVEMBER))
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("toelichting");
    assertThat(Terugkoppeling.afgewezen("3fa2c9d1-7be0a415", "Zoon regelt het zelf, zegt hij (20-11).", NOVEMBER)
        .toelichting()).contains("Zoon regelt het zelf, zegt hij (20-11).");
  }

  @Test
  void everyProblemOfARecordIsReportedAtOnce() {
    InvalidModelException e = (InvalidModelException) org.assertj.core.api.Assertions.catchThrowable(
        () -> new Terugkoppeling("BL-01", Terugkoppeling.Status.OPGEPAKT, Optional.empty(), NOVEMBER,
            Optional.of("  "), Optional.of("Ans\u202e")));
    assertThat(e.problems()).extracting(Problem::path).containsExactly("id", "toelichting", "door");
    assertThat(e.problems().get(0).value()).isEqualTo("\"BL-01\"");
    assertThat(e.problems().get(2).value()).isEqualTo("\"Ans\\u202e\"");
    assertThatThrownBy(() -> Terugkoppeling.opgepakt("3FA2C9D1-7BE0A415", NOVEMBER))
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("lower-case hexadecimal");
    assertThatThrownBy(() -> Terugkoppeling.opgepakt("3fa2c9d1-7be0a415", null))
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("datum: null");
  }

  @Test
  void statusAndReasonHaveLabelsInBothLanguages() {
    assertThat(Terugkoppeling.Status.AFGEWEZEN.label(Language.NL)).isEqualTo("afgewezen");
    assertThat(Terugkoppeling.Status.OPGEPAKT.label(Language.EN)).isEqualTo("taken up");
    for (Reden r : Reden.values()) {
      assertThat(r.label(Language.NL)).isNotBlank().isNotEqualTo(r.label(Language.EN));
    }
  }
}
