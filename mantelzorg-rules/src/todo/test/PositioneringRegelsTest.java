package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.ENGINE;
import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.onderwerpen;
import static io.github.mantelzorg.rules.Fixtures.organisatie;
import static io.github.mantelzorg.rules.Fixtures.verband;
import static io.github.mantelzorg.rules.Fixtures.vuurt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.ElevatorPitch;
import io.github.mantelzorg.model.LobbyMiddel;
import io.github.mantelzorg.model.LobbyMoment;
import io.github.mantelzorg.model.LobbyPlan;
import io.github.mantelzorg.model.OrganisatieType;
import io.github.mantelzorg.model.ParticipatieTrede;
import io.github.mantelzorg.model.PitchDoelgroep;
import io.github.mantelzorg.model.PitchVraag;
import io.github.mantelzorg.model.Positionering;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Visie;
import io.github.mantelzorg.model.VisieBron;
import io.github.mantelzorg.rules.internal.PositioneringHulp;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Rules of positionering.drl: vision, elevator pitch and local lobby of the carer-support organisation. */
class PositioneringRegelsTest {
  private static final List<String> VP = List.of("VP-01", "VP-02", "VP-03", "VP-04", "VP-05", "VP-06", "VP-07", "VP-08",
      "VP-09", "VP-10", "VP-11");

  /** A vision that builds on the municipality's, with {@code n} principles, translated and with roles agreed. */
  private static Visie.Builder visie(int n) {
    return Visie.builder().addBronnen(VisieBron.GEMEENTE, VisieBron.EIGEN_ORGANISATIE)
        .leidendePrincipes(IntStream.rangeClosed(1, n).mapToObj(i -> "principe " + i).collect(Collectors.toList()))
        .vertaaldInStappen(true).rollenAfgesproken(true);
  }

  private static ElevatorPitch pitch(PitchDoelgroep doelgroep, PitchVraag... vragen) {
    return ElevatorPitch.builder().doelgroep(doelgroep).beantwoordeVragen(EnumSet.of(vragen[0], vragen)).build();
  }

  private static ElevatorPitch volledig(PitchDoelgroep doelgroep) {
    return pitch(doelgroep, PitchVraag.values());
  }

  /** A complete lobby plan: all seven questions answered, with figures and a carer's story, elections in 6 weeks. */
  private static LobbyPlan.Builder lobby() {
    return LobbyPlan.builder().instantie("Gemeente Leiden").watAnders("Structurele respijtzorg").bijWie("Wethouder zorg")
        .boodschap("Mantelzorgers houden het alleen vol met respijt").addMedestanders("Thuiszorg Leiden")
        .moment(LobbyMoment.VERKIEZINGEN).middel(LobbyMiddel.LOBBYBRIEF).onderbouwdMetCijfers(true).ervaringsverhaal(true)
        .verkiezingen(PEILDATUM.plusWeeks(6));
  }

  /** A strong positioning of o1: two complete pitches for two audiences, at the table at the one relevant network. */
  private static Positionering.Builder positionering() {
    return Positionering.builder().organisatie("o1")
        .addPitches(volledig(PitchDoelgroep.MANTELZORGERS), volledig(PitchDoelgroep.NETWERKPARTNERS))
        .addRelevanteNetwerken("dementienetwerk").addAanTafelBij("dementienetwerk");
  }

  /** The quiet partnership with a municipal vision in place, so that no VP rule fires. */
  private static Samenwerkingsverband.Builder stil() {
    return verband().gemeenteHeeftVisie(true).visie(visie(6).build());
  }

  private static Samenwerkingsverband metPositionering(Positionering p) {
    return stil().positionering(p).build();
  }

  @Test
  void quietPartnershipWithStrongPositioningFiresNoPositioningRule() {
    Adviesrapport r = advies(metPositionering(positionering().lobby(lobby().build()).build()));
    assertThat(r.codes()).doesNotContainAnyElementsOf(VP);
  }

  // VP-01

  @Test
  void vp01FiresWhenNeitherMunicipalityNorPartnershipHasAVision() {
    Adviesrapport r = advies(verband().build());
    assertThat(vuurt(r, "VP-01", "v1")).isTrue();
    Advies a = r.met("VP-01").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(a.uitleg()).contains("Samen voor mantelzorg Leiden (Leiden)").contains("gemeente heeft visie: nee")
        .contains("gedeelde visie: nee, bronnen: -");
  }

  @Test
  void vp01FiresWhenTheSharedVisionDoesNotBuildOnAMunicipalVision() {
    Visie eigen = visie(6).bronnen(Set.of(VisieBron.EIGEN_ORGANISATIE)).build();
    Adviesrapport r = advies(verband().visie(eigen).build());
    assertThat(r.met("VP-01").get(0).uitleg()).contains("gedeelde visie: ja, bronnen: eigen organisatie");
  }

  @Test
  void vp01DoesNotFireWhenTheSharedVisionBuildsOnTheMunicipality() {
    assertThat(advies(verband().visie(visie(6).build()).build()).codes()).doesNotContain("VP-01");
  }

  @Test
  void vp01DoesNotFireWhenTheMunicipalityHasAVision() {
    assertThat(advies(verband().gemeenteHeeftVisie(true).build()).codes()).doesNotContain("VP-01");
  }

  // VP-02

  @Test
  void vp02FiresForThePositioningOrganisationWithoutAVision() {
    Samenwerkingsverband v = stil().leden(List.of(
            organisatie("o1", OrganisatieType.MANTELZORGSTEUNPUNT).heeftVisie(false).build(),
            organisatie("o2", OrganisatieType.THUISZORG).heeftVisie(false).build(),
            organisatie("o3", OrganisatieType.GEMEENTE).build()))
        .positionering(positionering().build()).build();
    Adviesrapport r = advies(v);
    assertThat(onderwerpen(r, "VP-02")).containsExactly(List.of("o1"));
    assertThat(r.met("VP-02").get(0).uitleg()).isEqualTo("Organisatie o1 (mantelzorgsteunpunt): eigen visie: nee; positionering beschreven: ja");
  }

  @Test
  void vp02WithPositioningIgnoresOtherSupportOrganisations() {
    Samenwerkingsverband v = stil().leden(List.of(
            organisatie("o1", OrganisatieType.WELZIJNSORGANISATIE).heeftVisie(false).build(),
            organisatie("o2", OrganisatieType.MANTELZORGSTEUNPUNT).build()))
        .positionering(positionering().organisatie("o2").build()).build();
    assertThat(advies(v).codes()).doesNotContain("VP-02");
  }

  @Test
  void vp02WithoutPositioningFiresForSupportCentresAndWelfareOrganisationsOnly() {
    Samenwerkingsverband v = stil().leden(List.of(
            organisatie("o1", OrganisatieType.WELZIJNSORGANISATIE).heeftVisie(false).build(),
            organisatie("o2", OrganisatieType.THUISZORG).heeftVisie(false).build(),
            organisatie("o3", OrganisatieType.MANTELZORGSTEUNPUNT).heeftVisie(false).build(),
            organisatie("o4", OrganisatieType.MANTELZORGSTEUNPUNT).build()))
        .build();
    Adviesrapport r = advies(v);
    assertThat(onderwerpen(r, "VP-02")).containsExactlyInAnyOrder(List.of("o1"), List.of("o3"));
    assertThat(r.met("VP-02").get(0).uitleg()).contains("positionering beschreven: nee");
  }

  // VP-03

  @Test
  void vp03FiresAtFourPrinciples() {
    Adviesrapport r = advies(stil().visie(visie(4).build()).build());
    assertThat(vuurt(r, "VP-03", "v1")).isTrue();
    assertThat(r.met("VP-03").get(0).uitleg()).contains("4 leidende principes (visie aanwezig: ja), gewenst 5 tot 8");
  }

  @Test
  void vp03DoesNotFireAtFiveOrEightPrinciples() {
    assertThat(advies(stil().visie(visie(5).build()).build()).codes()).doesNotContain("VP-03");
    assertThat(advies(stil().visie(visie(8).build()).build()).codes()).doesNotContain("VP-03");
  }

  @Test
  void vp03FiresAtNinePrinciples() {
    Adviesrapport r = advies(stil().visie(visie(9).build()).build());
    assertThat(r.met("VP-03").get(0).uitleg()).contains("9 leidende principes");
  }

  @Test
  void vp03CountsAMissingVisionAsZeroPrinciplesWhenAPositioningIsDescribed() {
    Samenwerkingsverband v = verband().gemeenteHeeftVisie(true).positionering(positionering().build()).build();
    Adviesrapport r = advies(v);
    assertThat(r.met("VP-03").get(0).uitleg()).contains("0 leidende principes (visie aanwezig: nee)");
  }

  @Test
  void vp03DoesNotFireWithoutVisionAndWithoutPositioning() {
    assertThat(advies(verband().gemeenteHeeftVisie(true).build()).codes()).doesNotContain("VP-03");
  }

  // VP-04

  @Test
  void vp04FiresWhenRolesAreNotAgreed() {
    Adviesrapport r = advies(stil().visie(visie(6).rollenAfgesproken(false).build()).build());
    assertThat(vuurt(r, "VP-04", "v1")).isTrue();
    assertThat(r.met("VP-04").get(0).uitleg()).contains("visie vertaald in stappen: ja; rollen afgesproken: nee");
  }

  @Test
  void vp04FiresWhenTheVisionIsNotTranslatedIntoSteps() {
    assertThat(advies(stil().visie(visie(6).vertaaldInStappen(false).build()).build()).codes()).contains("VP-04");
  }

  @Test
  void vp04DoesNotFireWithoutAVision() {
    assertThat(advies(verband().gemeenteHeeftVisie(true).build()).codes()).doesNotContain("VP-04");
  }

  // VP-05

  @Test
  void vp05FiresWhenThePitchAnswersThreeQuestions() {
    Positionering p = positionering().pitches(List.of(pitch(PitchDoelgroep.MANTELZORGERS, PitchVraag.WIE_EN_EXPERTISE,
        PitchVraag.MEERWAARDE_ORGANISATIE, PitchVraag.AMBITIES), volledig(PitchDoelgroep.MANTELZORGERS).withBeantwoordeVragen(
        EnumSet.of(PitchVraag.AMBITIES)).withDoelgroep(PitchDoelgroep.GEMEENTE))).build();
    Adviesrapport r = advies(metPositionering(p));
    assertThat(vuurt(r, "VP-05", "o1")).isTrue();
    assertThat(r.met("VP-05").get(0).uitleg())
        .isEqualTo("Organisatie o1: 2 pitch(es), geen beantwoordt alle vier de vragen; nog open: meerwaarde van jou als persoon");
  }

  @Test
  void vp05DoesNotFireWhenOnePitchAnswersAllFourQuestions() {
    Positionering p = positionering().pitches(List.of(volledig(PitchDoelgroep.MANTELZORGERS),
        pitch(PitchDoelgroep.GEMEENTE, PitchVraag.AMBITIES))).build();
    assertThat(advies(metPositionering(p)).codes()).doesNotContain("VP-05");
  }

  @Test
  void vp05FiresWhenThereIsNoPitchAtAll() {
    Adviesrapport r = advies(metPositionering(positionering().pitches(List.of()).build()));
    assertThat(r.met("VP-05").get(0).uitleg()).contains("0 pitch(es)")
        .contains("wie ben je en wat is je expertise, meerwaarde van de organisatie, meerwaarde van jou als persoon, ambities");
  }

  @Test
  void vp05DoesNotFireWithoutPositioning() {
    assertThat(advies(stil().build()).codes()).doesNotContain("VP-05");
  }

  // VP-06

  @Test
  void vp06FiresWhenAllPitchesAreForOneAudience() {
    Positionering p = positionering().pitches(List.of(volledig(PitchDoelgroep.NETWERKPARTNERS),
        volledig(PitchDoelgroep.NETWERKPARTNERS).withGetest(true))).build();
    Adviesrapport r = advies(metPositionering(p));
    assertThat(vuurt(r, "VP-06", "o1")).isTrue();
    assertThat(r.met("VP-06").get(0).uitleg()).isEqualTo("Organisatie o1: 2 pitch(es), alleen voor doelgroep netwerkpartners");
    assertThat(r.met("VP-06").get(0).prioriteit()).isEqualTo(Prioriteit.LAAG);
  }

  @Test
  void vp06DoesNotFireWithPitchesForTwoAudiences() {
    assertThat(advies(metPositionering(positionering().build())).codes()).doesNotContain("VP-06");
  }

  @Test
  void vp06DoesNotFireWithoutPitches() {
    assertThat(advies(metPositionering(positionering().pitches(List.of()).build())).codes()).doesNotContain("VP-06");
  }

  // VP-07

  @Test
  void vp07FiresWhenOneLobbyQuestionIsOpen() {
    LobbyPlan l = lobby().middel(java.util.Optional.empty()).build();
    Adviesrapport r = advies(metPositionering(positionering().lobby(l).build()));
    assertThat(vuurt(r, "VP-07", "o1")).isTrue();
    assertThat(r.met("VP-07").get(0).uitleg()).isEqualTo("Organisatie o1: 1 van 7 lobbyvragen open: middel");
  }

  @Test
  void vp07CountsABlankMessageAsUnanswered() {
    LobbyPlan l = lobby().boodschap("  ").medestanders(List.of()).build();
    Adviesrapport r = advies(metPositionering(positionering().lobby(l).build()));
    assertThat(r.met("VP-07").get(0).uitleg()).contains("2 van 7 lobbyvragen open: boodschap, medestanders");
  }

  @Test
  void vp07DoesNotFireWhenAllSevenQuestionsAreAnswered() {
    assertThat(advies(metPositionering(positionering().lobby(lobby().build()).build())).codes()).doesNotContain("VP-07");
  }

  // VP-08

  @Test
  void vp08FiresWhenTheLobbyHasNoFigures() {
    Adviesrapport r = advies(metPositionering(positionering().lobby(lobby().onderbouwdMetCijfers(false).build()).build()));
    assertThat(vuurt(r, "VP-08", "o1")).isTrue();
    assertThat(r.met("VP-08").get(0).uitleg()).isEqualTo("Organisatie o1: lobby bij Gemeente Leiden, onderbouwd met cijfers: nee");
  }

  @Test
  void vp08DoesNotFireWhenTheLobbyIsBackedByFigures() {
    assertThat(advies(metPositionering(positionering().lobby(lobby().build()).build())).codes()).doesNotContain("VP-08");
  }

  @Test
  void vp08DoesNotFireWithoutALobbyPlan() {
    assertThat(advies(metPositionering(positionering().build())).codes()).doesNotContain("VP-08");
  }

  // VP-09

  @Test
  void vp09FiresWhenTheLobbyHasNoCarersStory() {
    Adviesrapport r = advies(metPositionering(positionering().lobby(lobby().ervaringsverhaal(false).build()).build()));
    assertThat(vuurt(r, "VP-09", "o1")).isTrue();
    assertThat(r.met("VP-09").get(0).uitleg())
        .contains("lobby bij Gemeente Leiden zonder ervaringsverhaal; ervaringsdeskundige in het samenwerkingsverband: nee");
  }

  @Test
  void vp09DoesNotFireWithACarersStory() {
    assertThat(advies(metPositionering(positionering().lobby(lobby().build()).build())).codes()).doesNotContain("VP-09");
  }

  // VP-10

  private static Samenwerkingsverband lobbyZonderMoment(LocalDate verkiezingen) {
    return metPositionering(positionering().lobby(lobby().moment(java.util.Optional.empty())
        .verkiezingen(java.util.Optional.ofNullable(verkiezingen)).build()).build());
  }

  @Test
  void vp10FiresWhenElectionsAreExactlyEightWeeksAway() {
    Adviesrapport r = advies(lobbyZonderMoment(PEILDATUM.plusWeeks(8)));
    assertThat(vuurt(r, "VP-10", "o1")).isTrue();
    assertThat(r.met("VP-10").get(0).uitleg()).isEqualTo(
        "Organisatie o1: geen lobbymoment gekozen; verkiezingen op 2027-01-19, over 56 dagen (binnen 8 weken na 2026-11-24)");
  }

  @Test
  void vp10DoesNotFireWhenElectionsAreEightWeeksAndOneDayAway() {
    assertThat(advies(lobbyZonderMoment(PEILDATUM.plusWeeks(8).plusDays(1))).codes()).doesNotContain("VP-10");
  }

  @Test
  void vp10DoesNotFireWhenTheElectionsArePast() {
    assertThat(advies(lobbyZonderMoment(PEILDATUM.minusDays(1))).codes()).doesNotContain("VP-10");
  }

  @Test
  void vp10DoesNotFireWhenTheLobbyHasAMoment() {
    Samenwerkingsverband v = metPositionering(positionering().lobby(lobby().build()).build());
    assertThat(advies(v).codes()).doesNotContain("VP-10");
  }

  @Test
  void vp10FiresExactlyEightWeeksBeforeTheDagVanDeMantelzorg() {
    Adviesrapport r = ENGINE.advise(lobbyZonderMoment(null), LocalDate.of(2026, 9, 15));
    assertThat(r.met("VP-10").get(0).uitleg()).contains("Dag van de Mantelzorg op 2026-11-10, over 56 dagen");
  }

  @Test
  void vp10DoesNotFireEightWeeksAndOneDayBeforeTheDagVanDeMantelzorg() {
    assertThat(ENGINE.advise(lobbyZonderMoment(null), LocalDate.of(2026, 9, 14)).codes()).doesNotContain("VP-10");
  }

  @Test
  void vp10FiresOnTheDagVanDeMantelzorgItselfButNotTheDayAfter() {
    assertThat(ENGINE.advise(lobbyZonderMoment(null), LocalDate.of(2026, 11, 10)).met("VP-10").get(0).uitleg())
        .contains("over 0 dagen");
    assertThat(ENGINE.advise(lobbyZonderMoment(null), LocalDate.of(2026, 11, 11)).codes()).doesNotContain("VP-10");
  }

  @Test
  void vp10NamesTheEarlierMomentWhenBothAreNear() {
    Adviesrapport r = ENGINE.advise(lobbyZonderMoment(LocalDate.of(2026, 11, 20)), LocalDate.of(2026, 10, 1));
    assertThat(r.met("VP-10")).hasSize(1);
    assertThat(r.met("VP-10").get(0).uitleg()).contains("Dag van de Mantelzorg op 2026-11-10, over 40 dagen");
  }

  @Test
  void nextDagVanDeMantelzorgRollsOverAfterTenNovember() {
    assertThat(PositioneringHulp.volgendeDagVanDeMantelzorg(LocalDate.of(2026, 11, 10))).isEqualTo(LocalDate.of(2026, 11, 10));
    assertThat(PositioneringHulp.volgendeDagVanDeMantelzorg(LocalDate.of(2026, 11, 11))).isEqualTo(LocalDate.of(2027, 11, 10));
  }

  // VP-11

  private static Samenwerkingsverband zwak(Set<String> aanTafel) {
    return stil().leden(List.of(organisatie("o1", OrganisatieType.MANTELZORGSTEUNPUNT).heeftVisie(false).build(),
            organisatie("o2", OrganisatieType.THUISZORG).build()))
        .positionering(positionering().pitches(List.of(pitch(PitchDoelgroep.NETWERKPARTNERS, PitchVraag.AMBITIES)))
            .relevanteNetwerken(Set.of("dementienetwerk", "wijkteamoverleg")).aanTafelBij(aanTafel).build())
        .build();
  }

  @Test
  void vp11FiresWithoutPitchVisionAndSeatAtAnyRelevantNetwork() {
    Adviesrapport r = advies(zwak(Set.of()));
    assertThat(vuurt(r, "VP-11", "o1")).isTrue();
    assertThat(r.met("VP-11").get(0).uitleg()).isEqualTo(
        "Organisatie o1: geen volledige pitch (1 pitch(es)); eigen visie: nee; niet aan tafel bij dementienetwerk, wijkteamoverleg");
  }

  @Test
  void vp11DoesNotFireWhenAtTheTableOfOneRelevantNetwork() {
    assertThat(advies(zwak(Set.of("wijkteamoverleg"))).codes()).doesNotContain("VP-11");
  }

  @Test
  void vp11DoesNotFireWhenTheOrganisationHasAVision() {
    Samenwerkingsverband v = zwak(Set.of());
    v = v.withLeden(List.of(v.leden().get(0).withHeeftVisie(true), v.leden().get(1)));
    assertThat(advies(v).codes()).doesNotContain("VP-11");
  }

  @Test
  void vp11DoesNotFireWithACompletePitch() {
    Samenwerkingsverband v = zwak(Set.of());
    v = v.withPositionering(v.positionering().get().withPitches(volledig(PitchDoelgroep.GEMEENTE)));
    assertThat(advies(v).codes()).doesNotContain("VP-11");
  }

  // Scenario S8

  /** S8 (scenarios.md, golden file s8-steunpunt-zonder-positie.json): a Steunpunt without a position. */
  static Samenwerkingsverband s8() {
    return Samenwerkingsverband.builder().id("SV-2026-HEERDE").naam("Mantelzorgondersteuning Heerde").addGemeenten("Heerde")
        .addLeden(organisatie("org-steunpunt-heerde", OrganisatieType.MANTELZORGSTEUNPUNT).naam("Steunpunt Mantelzorg Heerde")
            .gemeente("Heerde").heeftVisie(false).build())
        .addLeden(organisatie("org-gemeente-heerde", OrganisatieType.GEMEENTE).naam("Gemeente Heerde").gemeente("Heerde")
            .heeftVisie(false).build())
        .gemeenteHeeftVisie(false).mantelzorgersBetrokkenBijBeleid(ParticipatieTrede.GEEN_CONTACT)
        .positionering(Positionering.builder().organisatie("org-steunpunt-heerde")
            .addPitches(pitch(PitchDoelgroep.NETWERKPARTNERS, PitchVraag.WIE_EN_EXPERTISE, PitchVraag.AMBITIES))
            .lobby(LobbyPlan.builder().instantie("Gemeente Heerde")
                .watAnders("Structurele financiering van respijtzorg: een vast dagdeel per week voor elke mantelzorger die dat nodig heeft")
                .boodschap("Mantelzorgers in Heerde houden het alleen vol als ze regelmatig op adem kunnen komen; daarvoor is structurele respijtzorg nodig")
                .verkiezingen(LocalDate.of(2027, 1, 5)).build())
            .addRelevanteNetwerken("dementienetwerk", "wijkteamoverleg").build())
        .build();
  }

  @Test
  void scenarioS8GivesTheExpectedPositioningAdvice() {
    Adviesrapport r = advies(s8());
    assertThat(r.codes()).contains("VP-01", "VP-02", "VP-03", "VP-05", "VP-06", "VP-07", "VP-08", "VP-09", "VP-10", "VP-11")
        .doesNotContain("VP-04");
    assertThat(r.met("VP-01").get(0).prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(onderwerpen(r, "VP-02")).containsExactly(List.of("org-steunpunt-heerde"));
    assertThat(r.met("VP-05").get(0).uitleg()).contains("nog open: meerwaarde van de organisatie, meerwaarde van jou als persoon");
    assertThat(r.met("VP-07").get(0).uitleg()).contains("4 van 7 lobbyvragen open: bij wie aankloppen, medestanders, moment, middel");
    assertThat(r.met("VP-10").get(0).uitleg()).contains("verkiezingen op 2027-01-05, over 42 dagen");
  }

  @Test
  void scenarioS8ReadsInEnglish() {
    Adviesrapport r = AdviesEngine.builder().taal(Taal.EN).build().advise(s8(), PEILDATUM);
    assertThat(r.met("VP-10").get(0).uitleg()).contains("no lobby moment chosen; elections on 2027-01-05, in 42 days");
    assertThat(r.met("VP-11").get(0).naam()).isEqualTo("Weak position");
  }

  @Test
  void everyPositioningRuleHasItsTextsInBothLanguages() {
    for (Taal t : Taal.values()) {
      List<Regel> regels = AdviesEngine.builder().taal(t).build().regels().stream()
          .filter(g -> g.code().startsWith("VP-")).collect(Collectors.toList());
      assertThat(regels).extracting(Regel::code).containsExactlyElementsOf(VP);
      assertThat(regels).allSatisfy(g -> {
        assertThat(g.samenvatting().length()).isLessThanOrEqualTo(140);
        assertThat(g.stappen()).isNotEmpty();
        assertThat(g.model()).isEqualTo(Adviesmodel.POSITIONERING);
      });
    }
  }
}
