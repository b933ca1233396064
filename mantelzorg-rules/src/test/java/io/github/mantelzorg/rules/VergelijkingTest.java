package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.ENGINE;
import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static io.github.mantelzorg.rules.Fixtures.mantelzorger;
import static io.github.mantelzorg.rules.Fixtures.netwerk;
import static io.github.mantelzorg.rules.Fixtures.verband;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Instrument;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.ParticipatieTrede;
import io.github.mantelzorg.model.SamenwerkingsRelatie;
import io.github.mantelzorg.model.SamenwerkingsStap;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.testing.Scenarios;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link AdviesEngine#compare}: the cards resolved, new and persisting (by code and subject), and each kind of measured
 * change: a carer's burden (higher, lower, the same, first, another instrument), a relation's rung (higher, lower,
 * first, desired rung reached), a step of the six-step plan done since (only when the old state states its steps).
 */
class VergelijkingTest {
  private static final LocalDate OKTOBER = LocalDate.of(2026, 10, 2);
  private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 20);

  private static Zorgnetwerk met(Belastingmeting... metingen) {
    return netwerk().mantelzorgers(List.of(mantelzorger("m1").addBelasting(metingen).build())).build();
  }

  private static Belastingmeting tienMinuten(boolean signaal, LocalDate datum) {
    return Belastingmeting.builder().instrument(Instrument.TIEN_MINUTENCHECK).signaalOverbelasting(signaal).datum(datum)
        .build();
  }

  private static Verandering.Belasting belasting(Vergelijking v) {
    assertThat(v.veranderingen()).hasSize(1);
    return (Verandering.Belasting) v.veranderingen().get(0);
  }

  private static List<String> codes(List<Advies> kaarten) {
    return kaarten.stream().map(Advies::code).toList();
  }

  // The cards

  @Test
  void aNetworkComparedWithItselfHasOnlyPersistingAdvice() {
    Zorgnetwerk s1 = Scenarios.s1();
    Vergelijking v = ENGINE.compare(s1, s1, Scenarios.PEILDATUM);
    assertThat(v.blijvend()).isEqualTo(ENGINE.advise(s1, Scenarios.PEILDATUM).adviezen()).isNotEmpty();
    assertThat(v.opgelost()).isEmpty();
    assertThat(v.nieuw()).isEmpty();
    assertThat(v.veranderingen()).isEmpty();
    assertThat(v.ongewijzigd()).isTrue();
    assertThat(v.oudeDatum()).isEqualTo(Scenarios.PEILDATUM);
    assertThat(v.nieuweDatum()).isEqualTo(Scenarios.PEILDATUM);
  }

  @Test
  void aLowerCsiResolvesTheOverloadAdviceAndIsMeasuredAsLower() {
    Zorgnetwerk s1 = Scenarios.s1();
    Mantelzorger peter = s1.mantelzorgers().get(0);
    Zorgnetwerk later = s1.withMantelzorgers(peter.withBelasting(List.of(peter.belasting().get(0),
        Belastingmeting.csi(5, LocalDate.of(2027, 2, 1)))));

    Vergelijking v = ENGINE.compare(s1, Scenarios.PEILDATUM, later, LocalDate.of(2027, 3, 1));

    assertThat(codes(v.opgelost())).contains("BL-01", "CB-01");
    assertThat(v.opgelost()).allMatch(a -> a.onderwerp().equals("mz-peter"));
    assertThat(codes(v.blijvend())).contains("NW-03").doesNotContain("BL-01");
    Verandering.Belasting b = belasting(v);
    assertThat(b.richting()).isEqualTo(Verandering.Richting.LAGER);
    assertThat(b.onderwerp()).isEqualTo("mz-peter");
    assertThat(b.naam()).isEqualTo("Peter de Vries");
    assertThat(b.context()).isEqualTo("ZN-2026-0142");
    assertThat(b.oud()).map(Belastingmeting::score).contains(8);
    assertThat(b.nieuw().score()).isEqualTo(5);
    assertThat(b.tekst()).isEqualTo("Peter de Vries: belasting gedaald, CSI 8 (2026-10-02) → CSI 5 (2027-02-01)");
  }

  @Test
  void aHigherScoreBringsNewAdviceAndIsMeasuredAsHigher() {
    Vergelijking v = ENGINE.compare(met(Belastingmeting.csi(5, OKTOBER)),
        met(Belastingmeting.csi(5, OKTOBER), Belastingmeting.csi(9, NOVEMBER)), PEILDATUM);
    assertThat(codes(v.nieuw())).contains("BL-01");
    assertThat(v.opgelost()).isEmpty();
    assertThat(belasting(v).richting()).isEqualTo(Verandering.Richting.HOGER);
  }

  @Test
  void aPersistingCardWhoseFactsChangedPersistsWithANewId() {
    Vergelijking v = ENGINE.compare(met(Belastingmeting.csi(8, OKTOBER)),
        met(Belastingmeting.csi(8, OKTOBER), Belastingmeting.csi(10, NOVEMBER)), PEILDATUM);
    Advies nu = v.blijvend().stream().filter(a -> a.code().equals("BL-01")).findFirst().orElseThrow();
    Advies toen = v.eerder(nu).orElseThrow();
    assertThat(nu.id()).isNotEqualTo(toen.id());
    assertThat(nu.id().substring(0, 8)).as("the card half of the id").isEqualTo(toen.id().substring(0, 8));
    assertThat(nu.uitleg()).contains("10");
    assertThat(toen.uitleg()).contains("8");
    assertThat(belasting(v).richting()).isEqualTo(Verandering.Richting.HOGER);
  }

  @Test
  void theFirstMeasurementIsFirst() {
    Vergelijking v = ENGINE.compare(met(), met(Belastingmeting.csi(3, NOVEMBER)), PEILDATUM);
    Verandering.Belasting b = belasting(v);
    assertThat(b.richting()).isEqualTo(Verandering.Richting.EERSTE);
    assertThat(b.oud()).isEmpty();
    assertThat(b.tekst()).isEqualTo("Mantelzorger m1: eerste meting, CSI 3 (2026-11-20)");
  }

  @Test
  void measuredAgainWithTheSameScoreIsTheSame() {
    Vergelijking v = ENGINE.compare(met(Belastingmeting.csi(4, OKTOBER)),
        met(Belastingmeting.csi(4, OKTOBER), Belastingmeting.csi(4, NOVEMBER)), PEILDATUM);
    assertThat(belasting(v).richting()).isEqualTo(Verandering.Richting.GELIJK);
  }

  @Test
  void anotherInstrumentIsNotComparedByScore() {
    Vergelijking v = ENGINE.compare(met(Belastingmeting.csi(8, OKTOBER)),
        met(Belastingmeting.csi(8, OKTOBER), Belastingmeting.edizPlus(4, NOVEMBER)), PEILDATUM);
    Verandering.Belasting b = belasting(v);
    assertThat(b.richting()).isEqualTo(Verandering.Richting.ANDER_INSTRUMENT);
    assertThat(b.tekst()).contains("CSI 8 (2026-10-02)", "EDIZ-plus 4 matig (2026-11-20)");
  }

  @Test
  void aTenMinuteCheckThatNowSignalsOverloadIsHigher() {
    Vergelijking v = ENGINE.compare(met(tienMinuten(false, OKTOBER)),
        met(tienMinuten(false, OKTOBER), tienMinuten(true, NOVEMBER)), PEILDATUM);
    Verandering.Belasting b = belasting(v);
    assertThat(b.richting()).isEqualTo(Verandering.Richting.HOGER);
    assertThat(b.tekst()).contains("10-minutencheck geen signaal van overbelasting (2026-10-02)",
        "10-minutencheck signaal van overbelasting (2026-11-20)");
  }

  @Test
  void theSameNewestMeasurementIsNoChangeEvenWhenOtherFactsChange() {
    Zorgnetwerk voor = met(Belastingmeting.csi(8, OKTOBER));
    Zorgnetwerk na = voor.withMantelzorgers(voor.mantelzorgers().get(0).withUrenPerWeek(30.0)
        .withBelasting(List.of(Belastingmeting.csi(8, OKTOBER))));
    assertThat(ENGINE.compare(voor, na, PEILDATUM).veranderingen()).isEmpty();
  }

  @Test
  void eachStateIsEvaluatedOnItsOwnDate() {
    // One record, two dates: the CSI of October does not exist yet on the first date.
    Zorgnetwerk n = met(Belastingmeting.csi(5, LocalDate.of(2026, 3, 1)), Belastingmeting.csi(8, OKTOBER));
    Vergelijking v = ENGINE.compare(n, LocalDate.of(2026, 6, 1), n, PEILDATUM);
    assertThat(v.rapportOud().waarschuwingen()).singleElement()
        .satisfies(w -> assertThat(w.datum()).isEqualTo(OKTOBER));
    assertThat(v.rapportNieuw().waarschuwingen()).isEmpty();
    assertThat(codes(v.nieuw())).contains("BL-01");
    assertThat(belasting(v).richting()).isEqualTo(Verandering.Richting.HOGER);
  }

  @Test
  void aResolvedCardThatAMoreSpecificCardReplacesNamesItsReplacement() {
    // With CSI 5 Peter is not overloaded; with CSI 8 CB-01 replaces the separate network advice ZR-04 for him.
    Zorgnetwerk s1 = Scenarios.s1();
    Mantelzorger peter = s1.mantelzorgers().get(0);
    Zorgnetwerk voor = s1.withMantelzorgers(peter.withBelasting(List.of(Belastingmeting.csi(5, OKTOBER))));
    Vergelijking v = ENGINE.compare(voor, s1, Scenarios.PEILDATUM);
    Advies zr04 = v.opgelost().stream().filter(a -> a.code().equals("ZR-04")).findFirst().orElseThrow();
    assertThat(v.vervangenDoor(zr04)).map(Advies::code).contains("CB-01");
    assertThat(codes(v.nieuw())).contains("CB-01");
  }

  @Test
  void openQuestionsAnsweredAndOpenedAreListed() {
    Vergelijking v = ENGINE.compare(met(), met(Belastingmeting.csi(3, NOVEMBER)), PEILDATUM);
    assertThat(v.vervallenVragen()).anyMatch(q -> q.sleutel().equals("belasting") && q.onderwerp().equals("m1"));
    assertThat(v.nieuweVragen()).noneMatch(q -> q.sleutel().equals("belasting"));
    Vergelijking terug = ENGINE.compare(met(Belastingmeting.csi(3, NOVEMBER)), met(), PEILDATUM);
    assertThat(terug.nieuweVragen()).anyMatch(q -> q.sleutel().equals("belasting") && q.onderwerp().equals("m1"));
  }

  @Test
  void statesOfDifferentRecordsAreRejected() {
    assertThatThrownBy(() -> ENGINE.compare(netwerk().build(), netwerk().id("n2").build(), PEILDATUM))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'n1' and 'n2'");
    assertThatThrownBy(() -> ENGINE.compare(verband().build(), verband().id("v2").build(), PEILDATUM))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'v1' and 'v2'");
  }

  @Test
  void changesAreWordedInTheEnginesLanguage() {
    try (AdviesEngine en = AdviesEngine.builder().language(Language.EN).build()) {
      Vergelijking v = en.compare(met(Belastingmeting.csi(8, OKTOBER)),
          met(Belastingmeting.csi(8, OKTOBER), Belastingmeting.csi(5, NOVEMBER)), PEILDATUM);
      assertThat(belasting(v).tekst()).isEqualTo("Mantelzorger m1: burden down, CSI 8 (2026-10-02) → CSI 5 (2026-11-20)");
      assertThat(v.language()).isEqualTo(Language.EN);
    }
  }

  // The partnership

  private static SamenwerkingsRelatie relatie(String organisatie, ParticipatieTrede huidig, ParticipatieTrede gewenst) {
    return SamenwerkingsRelatie.builder().organisatie(organisatie).huidig(huidig).gewenst(gewenst).build();
  }

  @Test
  void aRelationOneRungHigherIsHigherAndSaysWhenTheDesiredRungIsReached() {
    Samenwerkingsverband voor = verband().relaties(List.of(
        relatie("o1", ParticipatieTrede.INFORMEREN, ParticipatieTrede.COPRODUCEREN),
        relatie("o2", ParticipatieTrede.ADVISEREN, ParticipatieTrede.COPRODUCEREN),
        relatie("o3", ParticipatieTrede.ADVISEREN, ParticipatieTrede.ADVISEREN))).build();
    Samenwerkingsverband na = voor.withRelaties(List.of(
        relatie("o1", ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.COPRODUCEREN),
        relatie("o2", ParticipatieTrede.COPRODUCEREN, ParticipatieTrede.COPRODUCEREN),
        relatie("o3", ParticipatieTrede.ADVISEREN, ParticipatieTrede.ADVISEREN)));

    List<Verandering> v = ENGINE.compare(voor, na, PEILDATUM).veranderingen();

    assertThat(v).hasSize(2).allMatch(x -> x instanceof Verandering.Trede);
    Verandering.Trede o1 = (Verandering.Trede) v.get(0);
    Verandering.Trede o2 = (Verandering.Trede) v.get(1);
    assertThat(o1.onderwerp()).isEqualTo("o1");
    assertThat(o1.richting()).isEqualTo(Verandering.Richting.HOGER);
    assertThat(o1.oud()).contains(ParticipatieTrede.INFORMEREN);
    assertThat(o1.gewenstBereikt()).isFalse();
    assertThat(o1.tekst()).isEqualTo("Organisatie o1: hoger op de participatieladder, trede 1 (informeren) → 2 "
        + "(raadplegen); gewenst 4 (coproduceren)");
    assertThat(o2.gewenstBereikt()).isTrue();
    assertThat(o2.tekst()).endsWith("; gewenste trede bereikt");
  }

  @Test
  void aRelationLowerIsLowerAndAFirstRatingIsFirst() {
    Samenwerkingsverband voor = verband().relaties(List.of(
        relatie("o1", ParticipatieTrede.ADVISEREN, ParticipatieTrede.COPRODUCEREN))).build();
    Samenwerkingsverband na = voor.withRelaties(List.of(
        relatie("o1", ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.COPRODUCEREN),
        relatie("o2", ParticipatieTrede.INFORMEREN, ParticipatieTrede.RAADPLEGEN)));
    List<Verandering> v = ENGINE.compare(voor, na, PEILDATUM).veranderingen();
    assertThat(v).extracting(x -> ((Verandering.Trede) x).richting())
        .containsExactly(Verandering.Richting.LAGER, Verandering.Richting.EERSTE);
    assertThat(((Verandering.Trede) v.get(1)).oud()).isEmpty();
  }

  @Test
  void stepsDoneSinceAreListedWhenTheOldStateStatesItsSteps() {
    Samenwerkingsverband voor = verband().addStappenAfgerond(SamenwerkingsStap.EIGEN_ROL).build();
    Samenwerkingsverband na = voor.withStappenAfgerond(SamenwerkingsStap.EIGEN_ROL, SamenwerkingsStap.DOELEN,
        SamenwerkingsStap.BESTAAND_NETWERK);
    List<Verandering> v = ENGINE.compare(voor, na, PEILDATUM).veranderingen();
    assertThat(v).extracting(x -> ((Verandering.Stap) x).stap())
        .containsExactly(SamenwerkingsStap.DOELEN, SamenwerkingsStap.BESTAAND_NETWERK);
    assertThat(v.get(0).tekst()).isEqualTo("Samen voor mantelzorg Leiden: stap 2 van het 6-stappenplan afgerond (doelen)");
    assertThat(v.get(0).context()).isEqualTo("v1");
  }

  @Test
  void noStepIsKnownToBeDoneSinceWhenTheOldStateDoesNotSay() {
    Samenwerkingsverband voor = verband().build();
    Samenwerkingsverband na = voor.withStappenAfgerond(SamenwerkingsStap.EIGEN_ROL);
    assertThat(ENGINE.compare(voor, na, PEILDATUM).veranderingen()).isEmpty();
    Samenwerkingsverband geen = verband().addGeen(Samenwerkingsverband.Onderdeel.STAPPEN_AFGEROND).build();
    assertThat(ENGINE.compare(geen, na, PEILDATUM).veranderingen()).singleElement()
        .satisfies(x -> assertThat(((Verandering.Stap) x).stap()).isEqualTo(SamenwerkingsStap.EIGEN_ROL));
  }

  // Cases

  @Test
  void aNetworkAddedToACaseBringsOnlyNewAdvice() {
    Casus voor = Casus.of(Scenarios.s1());
    Casus na = Casus.builder().from(voor).addZorgnetwerken(met(Belastingmeting.csi(9, NOVEMBER))).build();
    Vergelijking v = ENGINE.compare(voor, na, Scenarios.PEILDATUM);
    assertThat(v.opgelost()).isEmpty();
    assertThat(v.nieuw()).isNotEmpty().allMatch(a -> a.contexten().equals(List.of("n1")));
    assertThat(v.blijvend()).hasSameSizeAs(ENGINE.advise(Scenarios.s1(), Scenarios.PEILDATUM).adviezen());
    assertThat(belasting(v).richting()).isEqualTo(Verandering.Richting.EERSTE);
  }

  @Test
  void twoCasesWithNoNetworkOrPartnershipInCommonAreRejected() {
    Casus netwerk = Casus.of(Scenarios.s1());
    Casus verband = Casus.builder().samenwerkingsverband(verband().build()).build();
    assertThatThrownBy(() -> ENGINE.compare(netwerk, verband, PEILDATUM))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share no network or partnership");
    Casus ander = Casus.of(Scenarios.s1().withId("ZN-ANDER"));
    assertThatThrownBy(() -> ENGINE.compare(netwerk, ander, PEILDATUM))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zorgnetwerk ZN-ANDER");
  }

  // JSON

  @Test
  void theJsonOfAComparisonHasTheThreeListsOfCardsAndTheChanges() throws Exception {
    Vergelijking v = ENGINE.compare(met(Belastingmeting.csi(5, OKTOBER)),
        met(Belastingmeting.csi(5, OKTOBER), Belastingmeting.csi(9, NOVEMBER)), PEILDATUM);
    JsonNode j = new ObjectMapper().readTree(RapportJson.write(v));
    assertThat(j.get("oudeDatum").asText()).isEqualTo("2026-11-24");
    assertThat(j.get("opgelost").isArray()).isTrue();
    assertThat(j.get("blijvend").size()).isEqualTo(v.blijvend().size());
    JsonNode bl01 = j.get("nieuw").findParents("code").stream().filter(c -> c.get("code").asText().equals("BL-01"))
        .findFirst().orElseThrow();
    assertThat(bl01.get("id").asText()).isEqualTo(v.nieuw().stream().filter(a -> a.code().equals("BL-01")).findFirst()
        .orElseThrow().id());
    assertThat(bl01.has("uitleg")).isTrue();
    JsonNode b = j.get("veranderingen").get(0);
    assertThat(b.get("kind").asText()).isEqualTo("BELASTING");
    assertThat(b.get("richting").asText()).isEqualTo("HOGER");
    assertThat(b.get("oud").get("waarde").asInt()).isEqualTo(5);
    assertThat(b.get("nieuw").get("datum").asText()).isEqualTo("2026-11-20");
    assertThat(b.get("tekst").asText()).isEqualTo(v.veranderingen().get(0).tekst());
    assertThat(j.get("vervallenVragen").isArray()).isTrue();
    assertThat(j.get("waarschuwingenNieuw").isArray()).isTrue();
    assertThat(new ObjectMapper().readTree(RapportJson.writeLine(v))).isEqualTo(j);
    assertThat(RapportJson.writeLine(v)).doesNotContain("\n");
  }

  @Test
  void theJsonOfARungAndAStepHasTheirTypedValues() throws Exception {
    Samenwerkingsverband voor = verband().addStappenAfgerond(SamenwerkingsStap.EIGEN_ROL)
        .relaties(List.of(relatie("o1", ParticipatieTrede.INFORMEREN, ParticipatieTrede.RAADPLEGEN))).build();
    Samenwerkingsverband na = voor.withStappenAfgerond(SamenwerkingsStap.EIGEN_ROL, SamenwerkingsStap.DOELEN)
        .withRelaties(List.of(relatie("o1", ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.RAADPLEGEN)));
    JsonNode j = new ObjectMapper().readTree(RapportJson.write(ENGINE.compare(voor, na, PEILDATUM)));
    JsonNode trede = j.get("veranderingen").get(0);
    assertThat(trede.get("kind").asText()).isEqualTo("TREDE");
    assertThat(trede.get("oud").asText()).isEqualTo("INFORMEREN");
    assertThat(trede.get("nieuw").asText()).isEqualTo("RAADPLEGEN");
    assertThat(trede.get("gewenstBereikt").asBoolean()).isTrue();
    JsonNode stap = j.get("veranderingen").get(1);
    assertThat(stap.get("kind").asText()).isEqualTo("STAP");
    assertThat(stap.get("stap").asText()).isEqualTo("DOELEN");
    assertThat(stap.get("nummer").asInt()).isEqualTo(2);
    assertThat(Optional.ofNullable(stap.get("richting"))).isEmpty();
  }
}
