package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.ENGINE;
import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.onderwerpen;
import static io.github.mantelzorg.rules.Fixtures.organisatie;
import static io.github.mantelzorg.rules.Fixtures.verband;
import static io.github.mantelzorg.rules.Fixtures.vraagt;
import static io.github.mantelzorg.rules.Fixtures.vuurt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.ElevatorPitch;
import io.github.mantelzorg.model.Json;
import io.github.mantelzorg.model.LobbyMiddel;
import io.github.mantelzorg.model.LobbyMoment;
import io.github.mantelzorg.model.LobbyPlan;
import io.github.mantelzorg.model.OrganisatieType;
import io.github.mantelzorg.model.PitchDoelgroep;
import io.github.mantelzorg.model.PitchVraag;
import io.github.mantelzorg.model.Positionering;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Visie;
import io.github.mantelzorg.model.VisieBron;
import io.github.mantelzorg.model.testing.Scenarios;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Rules of positionering.drl: vision, elevator pitch and local lobby of the carer-support organisation. The evaluation
 * date is {@link Fixtures#PEILDATUM} (2026-11-24, two weeks after the Dag van de Mantelzorg). A vision, pitches, a lobby
 * plan or a seat at the table count as absent only when the record states so ({@code geen}); a lobby plan is a form,
 * so a question it leaves open is unanswered.
 */
class PositioneringRegelsTest {
  private static final List<String> VP = List.of("VP-01", "VP-02", "VP-03", "VP-04", "VP-05", "VP-06", "VP-07", "VP-08",
      "VP-09", "VP-10", "VP-11");
  private static final AdviesEngine ENGELS = AdviesEngine.builder().language(Language.EN).build();

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

  /** The quiet partnership with a municipal vision and a shared vision in place, so that no VP rule fires. */
  private static Samenwerkingsverband.Builder stil() {
    return verband().gemeenteHeeftVisie(true).visie(visie(6).build());
  }

  private static Samenwerkingsverband metPositionering(Positionering p) {
    return stil().positionering(p).build();
  }

  @Test
  void quietPartnershipWithStrongPositioningFiresNoPositioningRuleAndAsksNothing() {
    Adviesrapport r = advies(metPositionering(positionering().lobby(lobby().build()).build()));
    assertThat(r.codes()).doesNotContainAnyElementsOf(VP);
    VP.forEach(c -> assertThat(r.vragenVoor(c)).as(c).isEmpty());
  }

  // VP-01

  /** Old: the quiet partnership (nothing said about visions) got VP-01. Now both facts must be stated. */
  @Test
  void vp01FiresWhenNeitherMunicipalityNorPartnershipHasAVision() {
    Adviesrapport r = advies(verband().gemeenteHeeftVisie(false).addGeen(Samenwerkingsverband.Onderdeel.VISIE).build());
    assertThat(vuurt(r, "VP-01", "v1")).isTrue();
    Advies a = r.met("VP-01").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(a.uitleg()).isEqualTo(
        "Samen voor mantelzorg Leiden (Leiden): gemeente heeft visie: nee; gedeelde visie: nee, bronnen: -");
  }

  @Test
  void vp01FiresWhenTheSharedVisionDoesNotBuildOnAMunicipalVision() {
    Visie eigen = visie(6).bronnen(Set.of(VisieBron.EIGEN_ORGANISATIE)).build();
    Adviesrapport r = advies(verband().gemeenteHeeftVisie(false).visie(eigen).build());
    assertThat(r.met("VP-01").get(0).uitleg()).contains("gedeelde visie: ja, bronnen: eigen organisatie");
  }

  @Test
  void vp01DoesNotFireWhenTheSharedVisionBuildsOnTheMunicipality() {
    assertThat(advies(verband().gemeenteHeeftVisie(false).visie(visie(6).build()).build()).codes()).doesNotContain("VP-01");
  }

  @Test
  void vp01DoesNotFireWhenTheMunicipalityHasAVision() {
    Adviesrapport r = advies(verband().gemeenteHeeftVisie(true).build());
    assertThat(r.codes()).doesNotContain("VP-01");
    assertThat(r.vragenVoor("VP-01")).isEmpty();
  }

  @Test
  void vp01SilentAndAsksWhenTheMunicipalityDoesNotSay() {
    Adviesrapport r = advies(verband().addGeen(Samenwerkingsverband.Onderdeel.VISIE).build());
    assertThat(r.codes()).doesNotContain("VP-01");
    assertThat(vraagt(r, "VP-01", "v1", "verband.gemeenteHeeftVisie")).isTrue();
    assertThat(vraagt(r, "VP-01", "v1", "verband.visie")).isFalse();
  }

  @Test
  void vp01SilentAndAsksWhenTheSharedVisionIsUnknown() {
    Adviesrapport r = advies(verband().gemeenteHeeftVisie(false).build());
    assertThat(r.codes()).doesNotContain("VP-01");
    assertThat(vraagt(r, "VP-01", "v1", "verband.visie")).isTrue();
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
    assertThat(r.met("VP-02").get(0).uitleg())
        .isEqualTo("Organisatie o1: geen eigen visie op mantelzorgondersteuning (mantelzorgsteunpunt)");
  }

  @Test
  void vp02DoesNotFireForAWelfareOrganisationBesideThePositioningOne() {
    Samenwerkingsverband v = stil().leden(List.of(
            organisatie("o1", OrganisatieType.WELZIJNSORGANISATIE).heeftVisie(false).build(),
            organisatie("o2", OrganisatieType.MANTELZORGSTEUNPUNT).build()))
        .positionering(positionering().organisatie("o2").build()).build();
    assertThat(advies(v).codes()).doesNotContain("VP-02");
  }

  /**
   * Old: without a positioning, welfare organisations counted as carer support too. Now only the positioning
   * organisation and members of type steunpunt mantelzorg do: a welfare organisation need not offer carer support.
   */
  @Test
  void vp02WithoutPositioningFiresForSupportCentresOnly() {
    Samenwerkingsverband v = stil().leden(List.of(
            organisatie("o1", OrganisatieType.WELZIJNSORGANISATIE).heeftVisie(false).build(),
            organisatie("o2", OrganisatieType.THUISZORG).heeftVisie(false).build(),
            organisatie("o3", OrganisatieType.MANTELZORGSTEUNPUNT).heeftVisie(false).build(),
            organisatie("o4", OrganisatieType.MANTELZORGSTEUNPUNT).build()))
        .build();
    assertThat(onderwerpen(advies(v), "VP-02")).containsExactly(List.of("o3"));
  }

  @Test
  void vp02DoesNotFireWhenTheSupportCentreHasAVision() {
    Samenwerkingsverband v = stil().leden(List.of(organisatie("o1", OrganisatieType.MANTELZORGSTEUNPUNT).build())).build();
    assertThat(advies(v).codes()).doesNotContain("VP-02");
  }

  @Test
  void vp02SilentAndAsksWhenTheSupportCentreDoesNotSay() {
    Samenwerkingsverband v = stil().leden(List.of(
        organisatie("o1", OrganisatieType.MANTELZORGSTEUNPUNT).build().withHeeftVisie(Optional.empty()))).build();
    Adviesrapport r = advies(v);
    assertThat(r.codes()).doesNotContain("VP-02");
    assertThat(vraagt(r, "VP-02", "o1", "organisatie.heeftVisie")).isTrue();
  }

  // VP-03

  @Test
  void vp03FiresAtFourPrinciples() {
    Adviesrapport r = advies(stil().visie(visie(4).build()).build());
    assertThat(vuurt(r, "VP-03", "v1")).isTrue();
    assertThat(r.met("VP-03").get(0).uitleg())
        .isEqualTo("Samen voor mantelzorg Leiden: 4 leidende principes (visie aanwezig: ja), gewenst 5 tot 8");
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

  /** Old: a missing vision counted as 0 principles only beside a positioning. Now when the record states there is none. */
  @Test
  void vp03FiresWhenThePartnershipStatesItHasNoVision() {
    Samenwerkingsverband v = verband().gemeenteHeeftVisie(true).addGeen(Samenwerkingsverband.Onderdeel.VISIE).build();
    assertThat(advies(v).met("VP-03").get(0).uitleg()).contains("0 leidende principes (visie aanwezig: nee)");
  }

  @Test
  void vp03FiresWhenTheVisionStatesItHasNoPrinciples() {
    Visie zonder = visie(0).addGeen(Visie.Onderdeel.LEIDENDE_PRINCIPES).build();
    assertThat(advies(stil().visie(zonder).build()).met("VP-03").get(0).uitleg()).contains("0 leidende principes (visie aanwezig: ja)");
  }

  @Test
  void vp03SilentAndAsksWhenTheVisionListsNoPrinciples() {
    Adviesrapport r = advies(stil().visie(visie(0).build()).build());
    assertThat(r.codes()).doesNotContain("VP-03");
    assertThat(vraagt(r, "VP-03", "v1", "visie.leidendePrincipes")).isTrue();
  }

  @Test
  void vp03SilentAndAsksWhenTheVisionIsUnknown() {
    Adviesrapport r = advies(verband().gemeenteHeeftVisie(true).build());
    assertThat(r.codes()).doesNotContain("VP-03");
    assertThat(vraagt(r, "VP-03", "v1", "verband.visie")).isTrue();
  }

  // VP-04

  @Test
  void vp04FiresWhenRolesAreNotAgreed() {
    Adviesrapport r = advies(stil().visie(visie(6).rollenAfgesproken(false).build()).build());
    assertThat(vuurt(r, "VP-04", "v1")).isTrue();
    assertThat(r.met("VP-04").get(0).uitleg())
        .isEqualTo("Samen voor mantelzorg Leiden: visie vertaald in stappen: ja; rollen afgesproken: nee");
  }

  @Test
  void vp04FiresWhenTheVisionIsNotTranslatedIntoSteps() {
    assertThat(advies(stil().visie(visie(6).vertaaldInStappen(false).build()).build()).codes()).contains("VP-04");
  }

  @Test
  void vp04DoesNotFireWhenThePartnershipStatesItHasNoVision() {
    Samenwerkingsverband v = verband().gemeenteHeeftVisie(true).addGeen(Samenwerkingsverband.Onderdeel.VISIE).build();
    Adviesrapport r = advies(v);
    assertThat(r.codes()).doesNotContain("VP-04");
    assertThat(r.vragenVoor("VP-04")).isEmpty();
  }

  @Test
  void vp04SilentAndAsksWhenTheTranslationIntoStepsIsUnknown() {
    Adviesrapport r = advies(stil().visie(visie(6).build().withVertaaldInStappen(Optional.empty())).build());
    assertThat(r.codes()).doesNotContain("VP-04");
    assertThat(vraagt(r, "VP-04", "v1", "visie.vertaaldInStappen")).isTrue();
  }

  // VP-05

  @Test
  void vp05FiresWhenNoPitchAnswersAllFourQuestions() {
    Positionering p = positionering().pitches(List.of(pitch(PitchDoelgroep.MANTELZORGERS, PitchVraag.WIE_EN_EXPERTISE,
        PitchVraag.MEERWAARDE_ORGANISATIE, PitchVraag.AMBITIES), pitch(PitchDoelgroep.GEMEENTE, PitchVraag.AMBITIES))).build();
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
  void vp05FiresWhenTheOrganisationStatesItHasNoPitch() {
    Positionering p = positionering().pitches(List.of()).addGeen(Positionering.Onderdeel.PITCHES).build();
    Adviesrapport r = advies(metPositionering(p));
    assertThat(r.met("VP-05").get(0).uitleg()).contains("0 pitch(es)")
        .contains("wie ben je en wat is je expertise, meerwaarde van de organisatie, meerwaarde van jou als persoon, ambities");
  }

  /** Old: a positioning that listed no pitch had none. */
  @Test
  void vp05SilentAndAsksWhenThePitchesAreUnknown() {
    Adviesrapport r = advies(metPositionering(positionering().pitches(List.of()).build()));
    assertThat(r.codes()).doesNotContain("VP-05");
    assertThat(vraagt(r, "VP-05", "o1", "positionering.pitches")).isTrue();
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
  void vp06DoesNotFireWhenTheOrganisationStatesItHasNoPitch() {
    Positionering p = positionering().pitches(List.of()).addGeen(Positionering.Onderdeel.PITCHES).build();
    assertThat(advies(metPositionering(p)).codes()).doesNotContain("VP-06");
  }

  @Test
  void vp06SilentAndAsksWhenThePitchesAreUnknown() {
    Adviesrapport r = advies(metPositionering(positionering().pitches(List.of()).build()));
    assertThat(r.codes()).doesNotContain("VP-06");
    assertThat(vraagt(r, "VP-06", "o1", "positionering.pitches")).isTrue();
  }

  // VP-07

  @Test
  void vp07FiresWhenOneLobbyQuestionIsOpen() {
    LobbyPlan l = lobby().middel(Optional.empty()).build();
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

  @Test
  void vp07DoesNotFireWhenTheOrganisationStatesItHasNoLobbyPlan() {
    Adviesrapport r = advies(metPositionering(positionering().addGeen(Positionering.Onderdeel.LOBBY).build()));
    assertThat(r.codes()).doesNotContain("VP-07", "VP-08", "VP-09", "VP-10");
    assertThat(r.vragenVoor("VP-07")).isEmpty();
  }

  @Test
  void vp07SilentAndAsksWhetherThereIsALobbyPlan() {
    Adviesrapport r = advies(metPositionering(positionering().build()));
    assertThat(r.codes()).doesNotContain("VP-07");
    assertThat(vraagt(r, "VP-07", "o1", "positionering.lobby")).isTrue();
    assertThat(r.openVragen()).filteredOn(v -> v.sleutel().equals("positionering.lobby")).singleElement()
        .satisfies(v -> assertThat(v.codes()).containsExactly("VP-07", "VP-08", "VP-09", "VP-10"));
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
  void vp08SilentAndAsksWhenFiguresAreUnknown() {
    LobbyPlan l = lobby().build().withOnderbouwdMetCijfers(Optional.empty());
    Adviesrapport r = advies(metPositionering(positionering().lobby(l).build()));
    assertThat(r.codes()).doesNotContain("VP-08");
    assertThat(vraagt(r, "VP-08", "o1", "lobby.onderbouwdMetCijfers")).isTrue();
  }

  // VP-09

  /** The quiet partnership's members do not say whether they deploy experts: the explanation says "onbekend". */
  @Test
  void vp09FiresWhenTheLobbyHasNoCarersStory() {
    Adviesrapport r = advies(metPositionering(positionering().lobby(lobby().ervaringsverhaal(false).build()).build()));
    assertThat(vuurt(r, "VP-09", "o1")).isTrue();
    assertThat(r.met("VP-09").get(0).uitleg()).isEqualTo("Organisatie o1: lobby bij Gemeente Leiden zonder ervaringsverhaal; "
        + "ervaringsdeskundige in het samenwerkingsverband: onbekend");
  }

  @Test
  void vp09DoesNotFireWithACarersStory() {
    assertThat(advies(metPositionering(positionering().lobby(lobby().build()).build())).codes()).doesNotContain("VP-09");
  }

  @Test
  void vp09SilentAndAsksWhenTheStoryIsUnknown() {
    LobbyPlan l = lobby().build().withErvaringsverhaal(Optional.empty());
    Adviesrapport r = advies(metPositionering(positionering().lobby(l).build()));
    assertThat(r.codes()).doesNotContain("VP-09");
    assertThat(vraagt(r, "VP-09", "o1", "lobby.ervaringsverhaal")).isTrue();
  }

  // VP-10

  private static Samenwerkingsverband lobbyZonderMoment(LocalDate verkiezingen) {
    return metPositionering(positionering().lobby(lobby().moment(Optional.empty())
        .verkiezingen(Optional.ofNullable(verkiezingen)).build()).build());
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

  /** Elections are a public date, not a fact about the organisation: a plan without one is not questioned about it. */
  @Test
  void vp10SilentWithoutAnElectionDateWhenTheDagVanDeMantelzorgIsFarAndAsksNothing() {
    Adviesrapport r = advies(lobbyZonderMoment(null));
    assertThat(r.codes()).doesNotContain("VP-10");
    assertThat(r.vragenVoor("VP-10")).isEmpty();
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
  void vp10LooksAtNextYearsDagVanDeMantelzorgAfterTenNovember() {
    Adviesrapport r = ENGINE.advise(lobbyZonderMoment(null), LocalDate.of(2027, 9, 20));
    assertThat(r.met("VP-10").get(0).uitleg()).contains("Dag van de Mantelzorg op 2027-11-10, over 51 dagen");
  }

  @Test
  void vp10SilentAndAsksWhetherThereIsALobbyPlan() {
    Adviesrapport r = ENGINE.advise(metPositionering(positionering().build()), LocalDate.of(2026, 11, 1));
    assertThat(r.codes()).doesNotContain("VP-10");
    assertThat(vraagt(r, "VP-10", "o1", "positionering.lobby")).isTrue();
  }

  // VP-11

  /** Member o1, a steunpunt without a vision of its own, with one incomplete pitch; two relevant networks. */
  private static Positionering.Builder zwak() {
    return positionering().pitches(List.of(pitch(PitchDoelgroep.NETWERKPARTNERS, PitchVraag.AMBITIES)))
        .relevanteNetwerken(Set.of("dementienetwerk", "wijkteamoverleg")).aanTafelBij(Set.of());
  }

  private static Samenwerkingsverband zwak(Positionering p) {
    return stil().leden(List.of(organisatie("o1", OrganisatieType.MANTELZORGSTEUNPUNT).heeftVisie(false).build(),
            organisatie("o2", OrganisatieType.THUISZORG).build()))
        .positionering(p).build();
  }

  /** Old: an empty list of tables meant "at none". Now the record states it. */
  @Test
  void vp11FiresWithoutPitchVisionAndSeatAtAnyRelevantNetwork() {
    Adviesrapport r = advies(zwak(zwak().addGeen(Positionering.Onderdeel.AAN_TAFEL_BIJ).build()));
    assertThat(vuurt(r, "VP-11", "o1")).isTrue();
    assertThat(r.met("VP-11").get(0).prioriteit()).isEqualTo(Prioriteit.MIDDEL);
    assertThat(r.met("VP-11").get(0).uitleg()).startsWith("Organisatie o1: 1 pitch(es), geen beantwoordt alle vier de vragen")
        .contains("; geen eigen visie op mantelzorgondersteuning (mantelzorgsteunpunt); ")
        .endsWith("niet aan tafel bij dementienetwerk, wijkteamoverleg");
  }

  @Test
  void vp11FiresWhenItsTablesAreNotTheRelevantOnes() {
    assertThat(advies(zwak(zwak().aanTafelBij(Set.of("sportraad")).build())).codes()).contains("VP-11");
  }

  @Test
  void vp11DoesNotFireWhenAtTheTableOfOneRelevantNetwork() {
    assertThat(advies(zwak(zwak().aanTafelBij(Set.of("wijkteamoverleg")).build())).codes()).doesNotContain("VP-11");
  }

  @Test
  void vp11DoesNotFireWhenTheOrganisationHasAVision() {
    Samenwerkingsverband v = zwak(zwak().addGeen(Positionering.Onderdeel.AAN_TAFEL_BIJ).build());
    v = v.withLeden(List.of(v.leden().get(0).withHeeftVisie(true), v.leden().get(1)));
    assertThat(advies(v).codes()).doesNotContain("VP-11");
  }

  @Test
  void vp11DoesNotFireWithACompletePitch() {
    Samenwerkingsverband v = zwak(zwak().addGeen(Positionering.Onderdeel.AAN_TAFEL_BIJ)
        .pitches(List.of(volledig(PitchDoelgroep.GEMEENTE))).build());
    assertThat(advies(v).codes()).doesNotContain("VP-11");
  }

  @Test
  void vp11SilentAndAsksWhenTheSeatsAtTheTableAreUnknown() {
    Adviesrapport r = advies(zwak(zwak().build()));
    assertThat(r.codes()).doesNotContain("VP-11");
    assertThat(vraagt(r, "VP-11", "o1", "positionering.aanTafelBij")).isTrue();
  }

  // Scenario S8

  private static Samenwerkingsverband s8() {
    return Json.create().readSamenwerkingsverband(Scenarios.json("s8-steunpunt-zonder-positie.json"));
  }

  /**
   * S8 (scenarios.md): the expected VP codes except VP-09, which is now an open question: the story does not say the
   * lobby has no carer's story. PS-20 belongs to samenwerking.drl.
   */
  @Test
  void scenarioS8GivesTheExpectedPositioningAdvice() {
    Adviesrapport r = advies(s8());
    assertThat(r.codes().stream().filter(VP::contains))
        .containsExactlyInAnyOrder("VP-01", "VP-02", "VP-03", "VP-05", "VP-06", "VP-07", "VP-08", "VP-10", "VP-11");
    assertThat(vraagt(r, "VP-09", "org-steunpunt-heerde", "lobby.ervaringsverhaal")).isTrue();
    assertThat(r.met("VP-01").get(0).prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(onderwerpen(r, "VP-02")).containsExactly(List.of("org-steunpunt-heerde"));
    assertThat(r.met("VP-03").get(0).uitleg()).contains("0 leidende principes (visie aanwezig: nee)");
    assertThat(r.met("VP-05").get(0).uitleg()).contains("nog open: meerwaarde van de organisatie, meerwaarde van jou als persoon");
    assertThat(r.met("VP-07").get(0).uitleg()).contains("4 van 7 lobbyvragen open: bij wie aankloppen, medestanders, moment, middel");
    assertThat(r.met("VP-10").get(0).uitleg()).contains("verkiezingen op 2027-01-05, over 42 dagen");
    assertThat(r.met("VP-11").get(0).uitleg()).endsWith("niet aan tafel bij dementienetwerk, wijkteamoverleg");
  }

  @Test
  void scenarioS8ReadsInEnglish() {
    Adviesrapport r = ENGELS.advise(s8(), PEILDATUM);
    assertThat(r.met("VP-10").get(0).uitleg()).contains("no lobby moment chosen; elections on 2027-01-05, in 42 days");
    assertThat(r.met("VP-11").get(0).naam()).isEqualTo("Weak position");
    assertThat(r.met("VP-01").get(0).uitleg())
        .isEqualTo("Mantelzorgondersteuning Heerde (Heerde): municipality has a vision: no; shared vision: no, sources: -");
    assertThat(r.met("VP-05").get(0).uitleg()).contains("still open: the organisation's added value, your own added value");
  }
}
