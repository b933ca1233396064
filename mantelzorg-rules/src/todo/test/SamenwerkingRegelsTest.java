package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.onderwerpen;
import static io.github.mantelzorg.rules.Fixtures.organisatie;
import static io.github.mantelzorg.rules.Fixtures.verband;
import static io.github.mantelzorg.rules.Fixtures.vuurt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Doel;
import io.github.mantelzorg.model.DoelOmvang;
import io.github.mantelzorg.model.Mantelzorgakkoord;
import io.github.mantelzorg.model.Organisatie;
import io.github.mantelzorg.model.OrganisatieType;
import io.github.mantelzorg.model.ParticipatieTrede;
import io.github.mantelzorg.model.Positionering;
import io.github.mantelzorg.model.Respondent;
import io.github.mantelzorg.model.SamenwerkingsAspecten;
import io.github.mantelzorg.model.SamenwerkingsRelatie;
import io.github.mantelzorg.model.SamenwerkingsStap;
import io.github.mantelzorg.model.Samenspelscan;
import io.github.mantelzorg.model.Samenwerkingsverband;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules of samenwerking.drl: the local partnership (lerende praktijk, six-step plan, participatieladder). */
class SamenwerkingRegelsTest {
  private static final SamenwerkingsAspecten ALLE_ASPECTEN = SamenwerkingsAspecten.builder()
      .gezamenlijkDoel(true).eigenBelang(true).relatieOpOrde(true).afspraken(true).build();

  /**
   * The fixture's partnership with everything in order, so that no PS rule fires: a lead with time, all four aspects,
   * each member rated at the rung it wants, a small goal, stories, social map, shared signalling, all six steps done
   * and evaluated last month, an existing network, and carers consulted on policy.
   */
  private static Samenwerkingsverband.Builder rustig() {
    return verband().initiatiefnemer("o1").initiatiefnemerHeeftTijdEnEnergie(true).aspecten(ALLE_ASPECTEN)
        .relaties(List.of(relatie("o1", ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.RAADPLEGEN),
            relatie("o2", ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.RAADPLEGEN),
            relatie("o3", ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.RAADPLEGEN)))
        .addDoelen(Doel.builder().omschrijving("Logeerzorg in de wijk").omvang(DoelOmvang.KLEIN).build())
        .ervaringsverhalenGebruikt(true).socialeKaart(true).gedeeldeBelastingsignalering(true)
        .stappenAfgerond(EnumSet.allOf(SamenwerkingsStap.class)).bestaandNetwerkGevonden(true)
        .laatsteEvaluatie(LocalDate.of(2026, 10, 1)).mantelzorgersBetrokkenBijBeleid(ParticipatieTrede.RAADPLEGEN);
  }

  private static SamenwerkingsRelatie relatie(String org, ParticipatieTrede huidig, ParticipatieTrede gewenst) {
    return SamenwerkingsRelatie.builder().organisatie(org).huidig(huidig).gewenst(gewenst).build();
  }

  private static List<String> psCodes(Adviesrapport r) {
    return r.codes().stream().filter(c -> c.startsWith("PS-")).toList();
  }

  private static Advies enige(Adviesrapport r, String code) {
    assertThat(r.met(code)).hasSize(1);
    return r.met(code).get(0);
  }

  private static List<Organisatie> leden(int aantal) {
    List<Organisatie> l = new ArrayList<>();
    for (int i = 1; i <= aantal; i++) {
      l.add(organisatie("o" + i, i == 1 ? OrganisatieType.GEMEENTE : OrganisatieType.WELZIJNSORGANISATIE).build());
    }
    return l;
  }

  @Test
  void partnershipWithEverythingInOrderGetsNoPartnershipAdvice() {
    assertThat(psCodes(advies(rustig().build()))).isEmpty();
  }

  // PS-01 and PS-25: one catalogue row split by gap size

  @Test
  void ps01FiresHighForUnexploredGapOfTwoRungs() {
    Adviesrapport r = advies(rustig().relaties(List.of(relatie("o2", ParticipatieTrede.INFORMEREN, ParticipatieTrede.ADVISEREN),
        relatie("o1", ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.RAADPLEGEN),
        relatie("o3", ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.RAADPLEGEN))).build());
    assertThat(onderwerpen(r, "PS-01")).containsExactly(List.of("o2"));
    Advies a = r.met("PS-01").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(a.uitleg()).isEqualTo("Organisatie o2: huidig informeren, gewenst adviseren (2 treden verschil), verkend: nee");
    assertThat(r.codes()).doesNotContain("PS-25");
  }

  @Test
  void gapOfOneRungGivesMediumPs25InsteadOfPs01() {
    Adviesrapport r = advies(rustig().relaties(List.of(relatie("o2", ParticipatieTrede.INFORMEREN, ParticipatieTrede.RAADPLEGEN),
        relatie("o1", ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.RAADPLEGEN),
        relatie("o3", ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.RAADPLEGEN))).build());
    assertThat(r.codes()).doesNotContain("PS-01");
    Advies a = enige(r, "PS-25");
    assertThat(a.betreft()).containsExactly("o2");
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.MIDDEL);
    assertThat(a.uitleg()).contains("huidig informeren, gewenst raadplegen (1 trede verschil)");
  }

  @Test
  void exploredGapGivesNeitherPs01NorPs25() {
    SamenwerkingsRelatie verkend = relatie("o2", ParticipatieTrede.GEEN_CONTACT, ParticipatieTrede.COPRODUCEREN).withVerkend(true);
    SamenwerkingsRelatie klein = relatie("o3", ParticipatieTrede.INFORMEREN, ParticipatieTrede.RAADPLEGEN).withVerkend(true);
    Adviesrapport r = advies(rustig().relaties(List.of(relatie("o1", ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.RAADPLEGEN),
        verkend, klein)).build());
    assertThat(r.codes()).doesNotContain("PS-01", "PS-25");
  }

  @Test
  void noGapOrNegativeGapGivesNoGapAdvice() {
    Adviesrapport r = advies(rustig().relaties(List.of(relatie("o1", ParticipatieTrede.ADVISEREN, ParticipatieTrede.RAADPLEGEN),
        relatie("o2", ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.RAADPLEGEN),
        relatie("o3", ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.RAADPLEGEN))).build());
    assertThat(r.codes()).doesNotContain("PS-01", "PS-25");
  }

  // PS-02

  @Test
  void ps02FiresForEachMemberWithoutRelation() {
    Adviesrapport r = advies(rustig().relaties(List.of(relatie("o1", ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.RAADPLEGEN))).build());
    assertThat(onderwerpen(r, "PS-02")).containsExactlyInAnyOrder(List.of("o2"), List.of("o3"));
    assertThat(r.met("PS-02")).extracting(Advies::uitleg)
        .contains("Organisatie o3 (gemeente): geen huidige en gewenste samenwerking vastgelegd");
  }

  @Test
  void ps02DoesNotFireForTheOrganisationThatRatesTheOthers() {
    Positionering eigen = Positionering.builder().organisatie("o3").build();
    Adviesrapport r = advies(rustig().positionering(eigen)
        .relaties(List.of(relatie("o1", ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.RAADPLEGEN),
            relatie("o2", ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.RAADPLEGEN))).build());
    assertThat(r.codes()).doesNotContain("PS-02");
  }

  // PS-03

  @Test
  void ps03FiresCriticalWithoutLead() {
    Advies a = enige(advies(verband().initiatiefnemerHeeftTijdEnEnergie(true).build()), "PS-03");
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.KRITIEK);
    assertThat(a.betreft()).containsExactly("v1");
    assertThat(a.uitleg()).isEqualTo("Initiatiefnemer: -; tijd en energie: ja");
  }

  @Test
  void ps03FiresWhenLeadHasNoTimeAndEnergy() {
    Adviesrapport r = advies(rustig().initiatiefnemerHeeftTijdEnEnergie(false).build());
    assertThat(vuurt(r, "PS-03", "o1")).isTrue();
    assertThat(r.met("PS-03").get(0).uitleg()).isEqualTo("Initiatiefnemer: Organisatie o1; tijd en energie: nee");
  }

  @Test
  void ps03DoesNotFireForLeadWithTimeAndEnergy() {
    assertThat(advies(rustig().build()).codes()).doesNotContain("PS-03");
  }

  // PS-04 .. PS-08: the four aspects

  @Test
  void ps04FiresOnlyForMissingSharedGoal() {
    Adviesrapport r = advies(rustig().aspecten(ALLE_ASPECTEN.withGezamenlijkDoel(false)).build());
    assertThat(psCodes(r)).containsExactly("PS-04");
    assertThat(r.met("PS-04").get(0).prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(r.met("PS-04").get(0).uitleg()).isEqualTo("Samen voor mantelzorg Leiden: aspect gezamenlijk doel ontbreekt");
  }

  @Test
  void ps05FiresOnlyForUndiscussedInterests() {
    Adviesrapport r = advies(rustig().aspecten(ALLE_ASPECTEN.withEigenBelang(false)).build());
    assertThat(psCodes(r)).containsExactly("PS-05");
    assertThat(vuurt(r, "PS-05", "v1")).isTrue();
    assertThat(r.met("PS-05").get(0).uitleg()).contains("eigen belang");
  }

  @Test
  void ps06FiresOnlyForRelationshipNotInOrder() {
    Adviesrapport r = advies(rustig().aspecten(ALLE_ASPECTEN.withRelatieOpOrde(false)).build());
    assertThat(psCodes(r)).containsExactly("PS-06");
    assertThat(r.met("PS-06").get(0).uitleg()).contains("relatie op orde");
  }

  @Test
  void ps07FiresOnlyForMissingAgreements() {
    Adviesrapport r = advies(rustig().aspecten(ALLE_ASPECTEN.withAfspraken(false)).build());
    assertThat(psCodes(r)).containsExactly("PS-07");
    assertThat(r.met("PS-07").get(0).uitleg()).contains("afspraken");
  }

  @Test
  void ps08FiresWhenTwoAspectsAreMissing() {
    Adviesrapport r = advies(rustig().aspecten(ALLE_ASPECTEN.withGezamenlijkDoel(false).withAfspraken(false)).build());
    Advies a = enige(r, "PS-08");
    assertThat(a.betreft()).containsExactly("v1");
    assertThat(a.uitleg()).isEqualTo("2 aspecten niet op orde: gezamenlijk doel, afspraken");
  }

  @Test
  void ps08DoesNotFireWhenOneAspectIsMissing() {
    assertThat(advies(rustig().aspecten(ALLE_ASPECTEN.withEigenBelang(false)).build()).codes()).doesNotContain("PS-08");
  }

  // PS-09

  @Test
  void ps09FiresForLearningPracticeWithTwoOrganisations() {
    Advies a = enige(advies(rustig().lerendePraktijk(true).leden(leden(2))
        .relaties(List.of(relatie("o1", ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.RAADPLEGEN))).build()), "PS-09");
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(a.uitleg()).isEqualTo("Lerende praktijk met 2 organisaties, minimaal 3");
  }

  @Test
  void ps09DoesNotFireForLearningPracticeWithThreeOrganisations() {
    assertThat(advies(rustig().lerendePraktijk(true).build()).codes()).doesNotContain("PS-09");
  }

  @Test
  void ps09DoesNotFireForOrdinaryPartnershipWithTwoOrganisations() {
    assertThat(advies(rustig().leden(leden(2)).relaties(List.of()).build()).codes()).doesNotContain("PS-09");
  }

  // PS-10

  @Test
  void ps10FiresForBigGoalWithoutSmallGoal() {
    Doel groot = Doel.builder().omschrijving("Goede ondersteuning voor alle mantelzorgers").omvang(DoelOmvang.GROOT).build();
    Advies a = enige(advies(rustig().doelen(List.of(groot)).build()), "PS-10");
    assertThat(a.betreft()).containsExactly("v1");
    assertThat(a.uitleg()).isEqualTo("Grote doelen zonder klein doel: Goede ondersteuning voor alle mantelzorgers");
  }

  @Test
  void ps10DoesNotFireWhenASmallGoalExists() {
    Doel groot = Doel.builder().omschrijving("Alle respijtzorg").omvang(DoelOmvang.GROOT).build();
    assertThat(advies(rustig().addDoelen(groot).build()).codes()).doesNotContain("PS-10");
  }

  @Test
  void ps10DoesNotFireWithoutGoals() {
    assertThat(advies(rustig().doelen(List.of()).build()).codes()).doesNotContain("PS-10");
  }

  // PS-11

  @Test
  void ps11FiresForMemberWithoutTimeForStaff() {
    Samenwerkingsverband v = rustig().leden(List.of(organisatie("o1", OrganisatieType.WELZIJNSORGANISATIE).build(),
        organisatie("o2", OrganisatieType.THUISZORG).medewerkersHebbenTijd(false).build(),
        organisatie("o3", OrganisatieType.GEMEENTE).build())).build();
    Adviesrapport r = advies(v);
    assertThat(onderwerpen(r, "PS-11")).containsExactly(List.of("o2"));
    assertThat(r.met("PS-11").get(0).uitleg()).isEqualTo("Organisatie o2: medewerkers hebben tijd voor samenwerking: nee");
  }

  @Test
  void ps11DoesNotFireWhenAllMembersGiveTime() {
    assertThat(advies(rustig().build()).codes()).doesNotContain("PS-11");
  }

  // PS-12, PS-13

  @Test
  void ps12FiresWhenCarersStoriesAreNotUsed() {
    Advies a = enige(advies(rustig().ervaringsverhalenGebruikt(false).build()), "PS-12");
    assertThat(a.uitleg()).isEqualTo("Samen voor mantelzorg Leiden: verhalen van mantelzorgers gebruikt: nee");
    assertThat(advies(rustig().build()).codes()).doesNotContain("PS-12");
  }

  @Test
  void ps13FiresWithoutSocialMap() {
    Advies a = enige(advies(rustig().socialeKaart(false).build()), "PS-13");
    assertThat(a.uitleg()).isEqualTo("Samen voor mantelzorg Leiden: sociale kaart: nee");
    assertThat(advies(rustig().build()).codes()).doesNotContain("PS-13");
  }

  // PS-14

  @Test
  void ps14FiresForTwoMembersWithoutSharedSignalling() {
    Advies a = enige(advies(rustig().leden(leden(2)).relaties(List.of()).gedeeldeBelastingsignalering(false).build()), "PS-14");
    assertThat(a.betreft()).containsExactly("v1");
    assertThat(a.uitleg()).isEqualTo("2 leden, gedeelde signalering van overbelasting: nee");
  }

  @Test
  void ps14DoesNotFireForOneMember() {
    assertThat(advies(rustig().leden(leden(1)).relaties(List.of()).gedeeldeBelastingsignalering(false).build()).codes())
        .doesNotContain("PS-14");
  }

  @Test
  void ps14DoesNotFireWithSharedSignalling() {
    assertThat(advies(rustig().build()).codes()).doesNotContain("PS-14");
  }

  // PS-15

  @Test
  void ps15FiresForMunicipalityLeadingTenMembersWithoutAgreement() {
    Advies a = enige(advies(rustig().leden(leden(10)).relaties(List.of()).build()), "PS-15");
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.LAAG);
    assertThat(a.betreft()).containsExactly("v1", "o1");
    assertThat(a.uitleg()).isEqualTo("Initiatiefnemer Organisatie o1 (gemeente), 10 leden (vanaf 10), geen mantelzorgakkoord");
  }

  @Test
  void ps15DoesNotFireForNineMembers() {
    assertThat(advies(rustig().leden(leden(9)).relaties(List.of()).build()).codes()).doesNotContain("PS-15");
  }

  @Test
  void ps15DoesNotFireWhenTheLeadIsNoMunicipality() {
    assertThat(advies(rustig().leden(leden(10)).relaties(List.of()).initiatiefnemer("o2").build()).codes())
        .doesNotContain("PS-15");
  }

  @Test
  void ps15DoesNotFireWithAnAgreement() {
    Mantelzorgakkoord akkoord = Mantelzorgakkoord.builder().datum(LocalDate.of(2025, 3, 1)).addOndertekenaars("o1", "o2").build();
    assertThat(advies(rustig().leden(leden(10)).relaties(List.of()).mantelzorgakkoord(akkoord).build()).codes())
        .doesNotContain("PS-15");
  }

  // PS-16

  @Test
  void ps16FiresWhenOnlySomeSignatoriesUseTheCheck() {
    Samenwerkingsverband v = rustig()
        .leden(List.of(organisatie("o1", OrganisatieType.GGZ).gebruiktTienMinutenCheck(true).build(),
            organisatie("o2", OrganisatieType.THUISZORG).build(), organisatie("o3", OrganisatieType.GEMEENTE).build()))
        .mantelzorgakkoord(Mantelzorgakkoord.builder().datum(LocalDate.of(2025, 3, 1)).addOndertekenaars("o1", "o2", "o3").build())
        .build();
    Advies a = enige(advies(v), "PS-16");
    assertThat(a.betreft()).containsExactly("v1");
    assertThat(a.uitleg()).isEqualTo("Gebruiken de 10-minutencheck: o1; nog niet: o2, o3");
  }

  @Test
  void ps16DoesNotFireWhenAllSignatoriesUseTheCheck() {
    Samenwerkingsverband v = rustig()
        .leden(List.of(organisatie("o1", OrganisatieType.GGZ).gebruiktTienMinutenCheck(true).build(),
            organisatie("o2", OrganisatieType.THUISZORG).gebruiktTienMinutenCheck(true).build(),
            organisatie("o3", OrganisatieType.GEMEENTE).build()))
        .mantelzorgakkoord(Mantelzorgakkoord.builder().datum(LocalDate.of(2025, 3, 1)).addOndertekenaars("o1", "o2").build())
        .build();
    assertThat(advies(v).codes()).doesNotContain("PS-16");
  }

  @Test
  void ps16DoesNotFireWithoutAgreement() {
    Samenwerkingsverband v = rustig()
        .leden(List.of(organisatie("o1", OrganisatieType.GGZ).gebruiktTienMinutenCheck(true).build(),
            organisatie("o2", OrganisatieType.THUISZORG).build(), organisatie("o3", OrganisatieType.GEMEENTE).build()))
        .build();
    assertThat(advies(v).codes()).doesNotContain("PS-16");
  }

  // PS-17

  @Test
  void ps17NamesTheLowestStepNotDone() {
    Advies a = enige(advies(rustig().stappenAfgerond(EnumSet.of(SamenwerkingsStap.EIGEN_ROL, SamenwerkingsStap.BESTAAND_NETWERK))
        .build()), "PS-17");
    assertThat(a.betreft()).containsExactly("v1");
    assertThat(a.feiten()).containsEntry("stap", "2");
    assertThat(a.uitleg()).isEqualTo("Volgende stap: 2 (doelen); 2 van 6 stappen afgerond");
  }

  @Test
  void ps17NamesStepSixWhenOnlyEvaluationIsLeft() {
    Advies a = enige(advies(rustig().stappenAfgerond(EnumSet.complementOf(EnumSet.of(SamenwerkingsStap.EVALUEREN))).build()), "PS-17");
    assertThat(a.uitleg()).startsWith("Volgende stap: 6 (evalueren)");
  }

  @Test
  void ps17DoesNotFireWhenAllStepsAreDone() {
    assertThat(advies(rustig().build()).codes()).doesNotContain("PS-17");
  }

  // PS-18

  @Test
  void ps18FiresWhenLastEvaluationIsTwelveMonthsAndOneDayOld() {
    Advies a = enige(advies(rustig().laatsteEvaluatie(LocalDate.of(2025, 11, 23)).build()), "PS-18");
    assertThat(a.betreft()).containsExactly("v1");
    assertThat(a.uitleg()).isEqualTo("Laatste evaluatie: 2025-11-23 (termijn 12 maanden, peildatum 2026-11-24)");
  }

  @Test
  void ps18DoesNotFireWhenLastEvaluationIsExactlyTwelveMonthsOld() {
    assertThat(advies(rustig().laatsteEvaluatie(LocalDate.of(2025, 11, 24)).build()).codes()).doesNotContain("PS-18");
  }

  @Test
  void ps18FiresWhenNeverEvaluatedAfterStartingTogether() {
    Samenwerkingsverband v = rustig().laatsteEvaluatie(java.util.Optional.empty())
        .stappenAfgerond(EnumSet.range(SamenwerkingsStap.EIGEN_ROL, SamenwerkingsStap.SAMEN_AAN_DE_SLAG)).build();
    assertThat(enige(advies(v), "PS-18").uitleg()).startsWith("Laatste evaluatie: - ");
  }

  @Test
  void ps18DoesNotFireBeforeStepFive() {
    Samenwerkingsverband v = rustig().laatsteEvaluatie(java.util.Optional.empty())
        .stappenAfgerond(EnumSet.range(SamenwerkingsStap.EIGEN_ROL, SamenwerkingsStap.PLAN_EN_PRIORITEITEN)).build();
    assertThat(advies(v).codes()).doesNotContain("PS-18");
  }

  // PS-19

  private static Samenwerkingsverband metPartnersOmTeVerdiepen(int aantal) {
    List<Organisatie> kandidaten = new ArrayList<>();
    List<SamenwerkingsRelatie> relaties = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      String id = "k" + i;
      kandidaten.add(organisatie(id, OrganisatieType.HUISARTS).build());
      ParticipatieTrede gewenst = i <= aantal ? ParticipatieTrede.RAADPLEGEN : ParticipatieTrede.INFORMEREN;
      relaties.add(relatie(id, ParticipatieTrede.INFORMEREN, gewenst).withVerkend(true));
    }
    for (String id : List.of("o1", "o2", "o3")) {
      relaties.add(relatie(id, ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.RAADPLEGEN));
    }
    return rustig().kandidaten(kandidaten).relaties(relaties).build();
  }

  @Test
  void ps19FiresForSixPartnersToDeepen() {
    Advies a = enige(advies(metPartnersOmTeVerdiepen(6)), "PS-19");
    assertThat(a.betreft()).containsExactly("v1");
    assertThat(a.uitleg()).startsWith("6 partners om de samenwerking mee te verdiepen (meer dan 5): ")
        .contains("k1", "k6");
  }

  @Test
  void ps19DoesNotFireForFivePartners() {
    assertThat(advies(metPartnersOmTeVerdiepen(5)).codes()).doesNotContain("PS-19");
  }

  // PS-20

  private static Positionering positionering(List<String> relevant, List<String> aanTafel) {
    return Positionering.builder().organisatie("o1").relevanteNetwerken(relevant).aanTafelBij(aanTafel).build();
  }

  @Test
  void ps20FiresForNetworkWhereTheOrganisationIsMissing() {
    Adviesrapport r = advies(rustig().positionering(positionering(List.of("dementienetwerk", "wijkteamoverleg"),
        List.of("dementienetwerk"))).build());
    Advies a = enige(r, "PS-20");
    assertThat(a.betreft()).containsExactly("o1");
    assertThat(a.uitleg()).isEqualTo("Organisatie o1 zit niet aan tafel bij: wijkteamoverleg (wel bij: dementienetwerk)");
  }

  @Test
  void ps20DoesNotFireWhenAtEveryRelevantTable() {
    assertThat(advies(rustig().positionering(positionering(List.of("dementienetwerk"), List.of("dementienetwerk"))).build())
        .codes()).doesNotContain("PS-20");
  }

  @Test
  void ps20DoesNotFireWithoutRelevantNetworks() {
    assertThat(advies(rustig().positionering(positionering(List.of(), List.of())).build()).codes()).doesNotContain("PS-20");
  }

  // PS-21

  @Test
  void ps21FiresWhenStepThreeFoundNoNetwork() {
    Advies a = enige(advies(rustig().bestaandNetwerkGevonden(false).build()), "PS-21");
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.LAAG);
    assertThat(a.uitleg()).isEqualTo("Samen voor mantelzorg Leiden: bestaand netwerk gevonden: nee");
  }

  @Test
  void ps21DoesNotFireWhenANetworkWasFound() {
    assertThat(advies(rustig().build()).codes()).doesNotContain("PS-21");
  }

  @Test
  void ps21DoesNotFireBeforeStepThreeIsDone() {
    Samenwerkingsverband v = rustig().bestaandNetwerkGevonden(false)
        .stappenAfgerond(EnumSet.of(SamenwerkingsStap.EIGEN_ROL, SamenwerkingsStap.DOELEN)).build();
    assertThat(advies(v).codes()).doesNotContain("PS-21");
  }

  // PS-22

  private static SamenwerkingsRelatie bereid(String org) {
    return relatie(org, ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.RAADPLEGEN).withVerkend(true).withBereidSchoudersEronder(true);
  }

  @Test
  void ps22FiresWhenEveryPartnerIsExploredAndWilling() {
    Advies a = enige(advies(rustig().relaties(List.of(bereid("o1"), bereid("o2"), bereid("o3"))).build()), "PS-22");
    assertThat(a.betreft()).containsExactly("v1");
    assertThat(a.uitleg()).startsWith("3 partners verkend en bereid: ").contains("o1", "o2", "o3");
  }

  @Test
  void ps22DoesNotFireWhenOnePartnerIsNotWilling() {
    Samenwerkingsverband v = rustig().relaties(List.of(bereid("o1"), bereid("o2"), bereid("o3").withBereidSchoudersEronder(false)))
        .build();
    assertThat(advies(v).codes()).doesNotContain("PS-22");
  }

  @Test
  void ps22DoesNotFireWithoutRelations() {
    assertThat(advies(rustig().relaties(List.of()).build()).codes()).doesNotContain("PS-22");
  }

  // PS-23

  @Test
  void ps23FiresForMemberThatWantsBetterInterplayWithoutScan() {
    Samenwerkingsverband v = rustig().leden(List.of(organisatie("o1", OrganisatieType.WELZIJNSORGANISATIE).build(),
        organisatie("o2", OrganisatieType.THUISZORG).wilSamenspelVerbeteren(true).build(),
        organisatie("o3", OrganisatieType.GEMEENTE).build())).build();
    Adviesrapport r = advies(v);
    assertThat(onderwerpen(r, "PS-23")).containsExactly(List.of("o2"));
    assertThat(r.met("PS-23").get(0).uitleg()).isEqualTo("Organisatie o2: wil samenspel verbeteren, Samenspelscan: -");
  }

  @Test
  void ps23DoesNotFireWhenTheScanWasDone() {
    Samenspelscan scan = Samenspelscan.builder().datum(LocalDate.of(2026, 3, 1)).addRespondenten(Respondent.MANTELZORGER).build();
    Samenwerkingsverband v = rustig().leden(List.of(organisatie("o1", OrganisatieType.WELZIJNSORGANISATIE).build(),
        organisatie("o2", OrganisatieType.THUISZORG).wilSamenspelVerbeteren(true).samenspelscan(scan).build(),
        organisatie("o3", OrganisatieType.GEMEENTE).build())).build();
    assertThat(advies(v).codes()).doesNotContain("PS-23");
  }

  // PS-24

  @Test
  void ps24FiresWhenCarersAreOnlyInformed() {
    Advies a = enige(advies(rustig().mantelzorgersBetrokkenBijBeleid(ParticipatieTrede.INFORMEREN).build()), "PS-24");
    assertThat(a.betreft()).containsExactly("v1");
    assertThat(a.uitleg()).isEqualTo("Betrokkenheid van mantelzorgers bij beleid: informeren (trede 1)");
  }

  @Test
  void ps24DoesNotFireWhenCarersAreConsulted() {
    assertThat(advies(rustig().mantelzorgersBetrokkenBijBeleid(ParticipatieTrede.RAADPLEGEN).build()).codes())
        .doesNotContain("PS-24");
  }

  // Scenarios (shared/domain/scenarios.md)

  @Test
  void scenarioS5LearningPracticeWithTwoOrganisations() {
    Samenwerkingsverband v = Samenwerkingsverband.builder().id("s5").naam("Lerende praktijk").addGemeenten("Leiden")
        .lerendePraktijk(true)
        .addLeden(organisatie("welzijn", OrganisatieType.WELZIJNSORGANISATIE).build())
        .addLeden(organisatie("thuiszorg", OrganisatieType.THUISZORG).medewerkersHebbenTijd(false).build())
        .aspecten(SamenwerkingsAspecten.builder().relatieOpOrde(true).eigenBelang(true).build())
        .initiatiefnemer("welzijn").initiatiefnemerHeeftTijdEnEnergie(false)
        .addStappenAfgerond(SamenwerkingsStap.EIGEN_ROL).build();
    Adviesrapport r = advies(v);
    assertThat(r.codes()).contains("PS-09", "PS-03", "PS-08", "PS-04", "PS-07", "PS-11", "PS-17")
        .doesNotContain("PS-05", "PS-06");
    assertThat(enige(r, "PS-09").prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(enige(r, "PS-03").prioriteit()).isEqualTo(Prioriteit.KRITIEK);
    assertThat(vuurt(r, "PS-11", "thuiszorg")).isTrue();
    assertThat(enige(r, "PS-17").uitleg()).startsWith("Volgende stap: 2 (doelen)");
  }

  @Test
  void scenarioS8OrganisationNotAtTheTable() {
    Samenwerkingsverband v = rustig().positionering(positionering(List.of("dementienetwerk", "wijkteamoverleg"), List.of()))
        .build();
    Advies a = enige(advies(v), "PS-20");
    assertThat(a.uitleg()).isEqualTo("Organisatie o1 zit niet aan tafel bij: dementienetwerk, wijkteamoverleg (wel bij: -)");
  }

  @Test
  void textsAreAlsoEnglish() {
    Adviesrapport r = AdviesEngine.builder().taal(Taal.EN).build()
        .advise(rustig().mantelzorgersBetrokkenBijBeleid(ParticipatieTrede.GEEN_CONTACT).build(), Fixtures.PEILDATUM);
    assertThat(enige(r, "PS-24").uitleg()).isEqualTo("Carers' involvement in policy: no contact (rung 0)");
  }
}
