package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.onderwerpen;
import static io.github.mantelzorg.rules.Fixtures.organisatie;
import static io.github.mantelzorg.rules.Fixtures.verband;
import static io.github.mantelzorg.rules.Fixtures.vraagt;
import static io.github.mantelzorg.rules.Fixtures.vuurt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Doel;
import io.github.mantelzorg.model.DoelOmvang;
import io.github.mantelzorg.model.DoelThema;
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
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rules of samenwerking.drl: the local partnership (lerende praktijk, six-step plan, participatieladder). Each rule
 * fires on what the record states, is silent on the stated opposite, and is silent with an open question when the
 * fact that decides it is unknown. The evaluation date is {@link Fixtures#PEILDATUM} (2026-11-24).
 */
class SamenwerkingRegelsTest {
  private static final String V = "v1";
  private static final SamenwerkingsAspecten ALLE_ASPECTEN = SamenwerkingsAspecten.builder()
      .gezamenlijkDoel(true).eigenBelang(true).relatieOpOrde(true).afspraken(true).build();
  private static final Mantelzorgakkoord AKKOORD = Mantelzorgakkoord.builder().datum(LocalDate.of(2025, 3, 1))
      .addOndertekenaars("o1", "o2", "o3").build();

  /**
   * The fixture's partnership with everything stated and in order, so that no PS rule fires and no PS question is
   * asked: a lead with time, not a lerende praktijk, all four aspects, each member rated at the rung it wants and
   * explored (not yet committed), a small goal, stories, the three experiments, all six steps done and evaluated last
   * month, an existing network, carers consulted on policy, and no mantelzorgakkoord.
   */
  private static Samenwerkingsverband.Builder rustig() {
    return verband().initiatiefnemer("o1").initiatiefnemerHeeftTijdEnEnergie(true).lerendePraktijk(false)
        .aspecten(ALLE_ASPECTEN)
        .relaties(List.of(rustig("o1"), rustig("o2"), rustig("o3")))
        .addDoelen(Doel.builder().omschrijving("Logeerzorg in de wijk").omvang(DoelOmvang.KLEIN).thema(DoelThema.LOGEERZORG).build())
        .ervaringsverhalenGebruikt(true).socialeKaart(true).gedeeldeBelastingsignalering(true).routeRespijtzorgInBeeld(true)
        .stappenAfgerond(EnumSet.allOf(SamenwerkingsStap.class)).bestaandNetwerkGevonden(true)
        .laatsteEvaluatie(LocalDate.of(2026, 10, 1)).mantelzorgersBetrokkenBijBeleid(ParticipatieTrede.RAADPLEGEN)
        .addGeen(Samenwerkingsverband.Onderdeel.MANTELZORGAKKOORD);
  }

  /** A partner rated at the rung it wants, explored, not (yet) committed. */
  private static SamenwerkingsRelatie rustig(String org) {
    return relatie(org, ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.RAADPLEGEN).withVerkend(true)
        .withBereidSchoudersEronder(false);
  }

  private static SamenwerkingsRelatie relatie(String org, ParticipatieTrede huidig, ParticipatieTrede gewenst) {
    return SamenwerkingsRelatie.builder().organisatie(org).huidig(huidig).gewenst(gewenst).build();
  }

  /** {@link #rustig()} with {@code aantal} members (o1 the municipality and lead, the others welfare), each rated. */
  private static Samenwerkingsverband.Builder metLeden(int aantal) {
    List<Organisatie> l = new ArrayList<>();
    List<SamenwerkingsRelatie> r = new ArrayList<>();
    for (int i = 1; i <= aantal; i++) {
      l.add(organisatie("o" + i, i == 1 ? OrganisatieType.GEMEENTE : OrganisatieType.WELZIJNSORGANISATIE).build());
      r.add(rustig("o" + i));
    }
    return rustig().leden(l).relaties(r);
  }

  private static Samenwerkingsverband.Builder metLeden(Organisatie... leden) {
    return rustig().leden(List.of(leden));
  }

  private static List<String> psCodes(Adviesrapport r) {
    return r.codes().stream().filter(c -> c.startsWith("PS-")).toList();
  }

  /** The PS codes any open question would decide. */
  private static List<String> psVragen(Adviesrapport r) {
    return r.openVragen().stream().flatMap(v -> v.codes().stream()).filter(c -> c.startsWith("PS-")).distinct().sorted().toList();
  }

  private static Advies enige(Adviesrapport r, String code) {
    assertThat(r.met(code)).hasSize(1);
    return r.met(code).get(0);
  }

  @Test
  void partnershipWithEverythingInOrderGetsNoPartnershipAdviceAndNoQuestion() {
    Adviesrapport r = advies(rustig().build());
    assertThat(psCodes(r)).isEmpty();
    assertThat(psVragen(r)).isEmpty();
  }

  /**
   * Before: a partnership that names its members and its lead, and nothing else, got 17 cards, 16 about facts it
   * never stated, the first KRITIEK PS-03 "Geen initiatiefnemer" while naming the lead. Now it gets no partnership
   * advice: what would decide a rule is asked, once per fact.
   */
  @Test
  void aPartnershipWithOnlyMembersAndALeadGetsQuestionsNotAdvice() {
    Samenwerkingsverband.Builder b = Samenwerkingsverband.builder().id(V).naam("Mantelzorg Samen");
    for (int i = 1; i <= 16; i++) {
      OrganisatieType type = i == 1 ? OrganisatieType.WELZIJNSORGANISATIE : i == 2 ? OrganisatieType.GEMEENTE : OrganisatieType.THUISZORG;
      b.addLeden(Organisatie.builder().id("o" + i).naam("Organisatie " + i).type(type).build());
    }
    Adviesrapport r = advies(b.initiatiefnemer("o1").build());
    assertThat(psCodes(r)).isEmpty();
    assertThat(r.openVragen()).extracting(OpenVraag::onderwerp).containsOnly(V);
    assertThat(r.openVragen()).extracting(OpenVraag::sleutel).contains("relaties", "initiatiefnemerTijd", "aspecten",
        "doelen", "medewerkersTijd", "ervaringsverhalen", "socialeKaart", "gedeeldeSignalering", "routeRespijtzorg",
        "stappen", "beleidsparticipatie")
        // The lead is named, so who leads is not asked; facts that decide nothing yet are not asked either.
        .doesNotContain("initiatiefnemer", "laatsteEvaluatie", "bestaandNetwerk", "mantelzorgakkoord", "samenspelscan",
            "lerendePraktijk");
    assertThat(r.vragenVoor("PS-26")).singleElement().satisfies(v -> {
      assertThat(v.sleutel()).isEqualTo("initiatiefnemerTijd");
      assertThat(v.vraag()).isEqualTo("Heeft de initiatiefnemer van Mantelzorg Samen tijd en energie om in de samenwerking te investeren?");
    });
    assertThat(r.openVragen()).filteredOn(v -> v.sleutel().equals("aspecten")).singleElement()
        .satisfies(v -> assertThat(v.codes()).contains("PS-04", "PS-05", "PS-06", "PS-07", "PS-08"));
    assertThat(r.openVragen()).filteredOn(v -> v.sleutel().equals("stappen")).singleElement()
        // PS-18 waits on two facts (the steps and the last evaluation): it asks nothing itself.
        .satisfies(v -> assertThat(v.codes()).contains("PS-17", "PS-21").doesNotContain("PS-18"));
  }

  // PS-01 and PS-25: one catalogue row split by the size of the gap

  @Test
  void ps01FiresHighForAnUnexploredGapOfTwoRungs() {
    Adviesrapport r = advies(rustig().relaties(List.of(
        relatie("o2", ParticipatieTrede.INFORMEREN, ParticipatieTrede.ADVISEREN).withVerkend(false),
        rustig("o1"), rustig("o3"))).build());
    assertThat(onderwerpen(r, "PS-01")).containsExactly(List.of("o2"));
    Advies a = r.met("PS-01").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(a.uitleg()).isEqualTo("Organisatie o2: huidig informeren, gewenst adviseren (2 treden verschil), verkend: nee");
    assertThat(r.codes()).doesNotContain("PS-25");
  }

  @Test
  void ps01DoesNotFireWhenTheGapWasExplored() {
    Adviesrapport r = advies(rustig().relaties(List.of(
        relatie("o2", ParticipatieTrede.GEEN_CONTACT, ParticipatieTrede.COPRODUCEREN).withVerkend(true),
        rustig("o1"), rustig("o3"))).build());
    assertThat(r.codes()).doesNotContain("PS-01", "PS-25");
  }

  @Test
  void ps01DoesNotFireForNoGapOrANegativeGap() {
    Adviesrapport r = advies(rustig().relaties(List.of(
        relatie("o1", ParticipatieTrede.ADVISEREN, ParticipatieTrede.RAADPLEGEN).withVerkend(false),
        relatie("o2", ParticipatieTrede.RAADPLEGEN, ParticipatieTrede.RAADPLEGEN).withVerkend(false), rustig("o3"))).build());
    assertThat(r.codes()).doesNotContain("PS-01", "PS-25");
  }

  @Test
  void ps01SilentAndAsksWhenItIsUnknownWhetherTheGapWasExplored() {
    Adviesrapport r = advies(rustig().relaties(List.of(
        relatie("o2", ParticipatieTrede.INFORMEREN, ParticipatieTrede.ADVISEREN), rustig("o1"), rustig("o3"))).build());
    assertThat(r.codes()).doesNotContain("PS-01", "PS-25");
    assertThat(vraagt(r, "PS-01", V, "relatiesVerkend")).isTrue();
  }

  @Test
  void ps25FiresMediumForAnUnexploredGapOfOneRung() {
    Adviesrapport r = advies(rustig().relaties(List.of(
        relatie("o2", ParticipatieTrede.INFORMEREN, ParticipatieTrede.RAADPLEGEN).withVerkend(false),
        rustig("o1"), rustig("o3"))).build());
    assertThat(r.codes()).doesNotContain("PS-01");
    Advies a = enige(r, "PS-25");
    assertThat(a.betreft()).containsExactly("o2");
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.MIDDEL);
    assertThat(a.uitleg()).contains("huidig informeren, gewenst raadplegen (1 trede verschil)");
  }

  @Test
  void ps25DoesNotFireWhenTheGapWasExplored() {
    Adviesrapport r = advies(rustig().relaties(List.of(
        relatie("o3", ParticipatieTrede.INFORMEREN, ParticipatieTrede.RAADPLEGEN).withVerkend(true),
        rustig("o1"), rustig("o2"))).build());
    assertThat(r.codes()).doesNotContain("PS-01", "PS-25");
  }

  @Test
  void ps25SilentAndAsksWhenItIsUnknownWhetherTheGapWasExplored() {
    Adviesrapport r = advies(rustig().relaties(List.of(
        relatie("o3", ParticipatieTrede.INFORMEREN, ParticipatieTrede.RAADPLEGEN), rustig("o1"), rustig("o2"))).build());
    assertThat(r.codes()).doesNotContain("PS-25");
    assertThat(vraagt(r, "PS-25", V, "relatiesVerkend")).isTrue();
  }

  @Test
  void ps25DoesNotFireBesidePs01ForAPartnerRatedTwice() {
    Adviesrapport r = advies(rustig().relaties(List.of(
        relatie("o2", ParticipatieTrede.INFORMEREN, ParticipatieTrede.RAADPLEGEN).withVerkend(false),
        relatie("o2", ParticipatieTrede.INFORMEREN, ParticipatieTrede.COPRODUCEREN).withVerkend(false),
        rustig("o1"), rustig("o3"))).build());
    assertThat(onderwerpen(r, "PS-01")).containsExactly(List.of("o2"));
    assertThat(r.met("PS-01").get(0).uitleg()).contains("gewenst coproduceren (3 treden verschil)");
    assertThat(r.codes()).doesNotContain("PS-25");
  }

  // PS-02: one card for the partnership naming every member without a rating

  @Test
  void ps02FiresOnceNamingEveryMemberWithoutARating() {
    // Was one card per member (16 cards for one partnership); now one card that names them all.
    Adviesrapport r = advies(rustig().relaties(List.of(rustig("o1"))).build());
    Advies a = enige(r, "PS-02");
    assertThat(a.onderwerp()).isEqualTo(V);
    assertThat(a.betreft()).containsExactly(V, "o2", "o3");
    assertThat(vuurt(r, "PS-02", "o3")).isTrue();
    assertThat(a.uitleg()).isEqualTo("Geen huidige en gewenste samenwerking vastgelegd met: Organisatie o2, Organisatie o3");
  }

  @Test
  void ps02FiresForEveryMemberWhenTheRecordStatesNoneIsRatedYet() {
    Adviesrapport r = advies(rustig().relaties(List.of()).addGeen(Samenwerkingsverband.Onderdeel.RELATIES).build());
    assertThat(enige(r, "PS-02").betreft()).containsExactly(V, "o1", "o2", "o3");
  }

  @Test
  void ps02DoesNotFireForTheOrganisationThatRatesTheOthers() {
    Positionering eigen = Positionering.builder().organisatie("o3").build();
    Adviesrapport r = advies(rustig().positionering(eigen).relaties(List.of(rustig("o1"), rustig("o2"))).build());
    assertThat(r.codes()).doesNotContain("PS-02");
  }

  @Test
  void ps02SilentAndAsksWhenTheRelationsAreUnknown() {
    Adviesrapport r = advies(rustig().relaties(List.of()).build());
    assertThat(r.codes()).doesNotContain("PS-02");
    assertThat(vraagt(r, "PS-02", V, "relaties")).isTrue();
  }

  // PS-03 and PS-26: "no lead" is said only of a partnership that has none

  @Test
  void ps03FiresCriticalWhenTheRecordStatesThereIsNoLead() {
    Adviesrapport r = advies(rustig().initiatiefnemer(Optional.empty()).initiatiefnemerHeeftTijdEnEnergie(Optional.empty())
        .addGeen(Samenwerkingsverband.Onderdeel.INITIATIEFNEMER).build());
    Advies a = enige(r, "PS-03");
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.KRITIEK);
    assertThat(a.betreft()).containsExactly(V);
    assertThat(a.uitleg()).isEqualTo("Samen voor mantelzorg Leiden: geen initiatiefnemer aangewezen");
    assertThat(r.codes()).doesNotContain("PS-26");
  }

  @Test
  void ps03DoesNotFireForANamedLeadWithoutTime() {
    // Was PS-03 "Geen initiatiefnemer" (KRITIEK) while naming the lead; a named lead without time is PS-26.
    Adviesrapport r = advies(rustig().initiatiefnemerHeeftTijdEnEnergie(false).build());
    assertThat(r.codes()).doesNotContain("PS-03").contains("PS-26");
  }

  @Test
  void ps03SilentAndAsksWhenTheLeadIsUnknown() {
    Adviesrapport r = advies(rustig().initiatiefnemer(Optional.empty()).initiatiefnemerHeeftTijdEnEnergie(Optional.empty()).build());
    assertThat(r.codes()).doesNotContain("PS-03", "PS-26");
    assertThat(vraagt(r, "PS-03", V, "initiatiefnemer")).isTrue();
  }

  @Test
  void ps26FiresWhenTheNamedLeadHasNoTimeAndEnergy() {
    Adviesrapport r = advies(rustig().initiatiefnemerHeeftTijdEnEnergie(false).build());
    Advies a = enige(r, "PS-26");
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.KRITIEK);
    assertThat(a.betreft()).containsExactly(V, "o1");
    assertThat(vuurt(r, "PS-26", "o1")).isTrue();
    assertThat(a.uitleg()).isEqualTo("Initiatiefnemer: Organisatie o1; tijd en energie: nee");
  }

  @Test
  void ps26DoesNotFireForALeadWithTimeAndEnergy() {
    assertThat(advies(rustig().build()).codes()).doesNotContain("PS-03", "PS-26");
  }

  @Test
  void ps26SilentAndAsksWhenTheLeadsTimeIsUnknown() {
    // Like the members' staff time (PS-11): no default invents it.
    Adviesrapport r = advies(rustig().initiatiefnemerHeeftTijdEnEnergie(Optional.empty()).build());
    assertThat(r.codes()).doesNotContain("PS-03", "PS-26");
    assertThat(vraagt(r, "PS-26", V, "initiatiefnemerTijd")).isTrue();
  }

  // PS-04 .. PS-08: the four aspects of collaboration

  @Test
  void ps04FiresOnlyForAStatedMissingSharedGoal() {
    Adviesrapport r = advies(rustig().aspecten(ALLE_ASPECTEN.withGezamenlijkDoel(false)).build());
    assertThat(psCodes(r)).containsExactly("PS-04");
    assertThat(r.met("PS-04").get(0).prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(r.met("PS-04").get(0).uitleg()).isEqualTo("Samen voor mantelzorg Leiden: aspect gezamenlijk doel ontbreekt");
  }

  @Test
  void ps04DoesNotFireWithASharedGoal() {
    assertThat(advies(rustig().aspecten(ALLE_ASPECTEN.withEigenBelang(false)).build()).codes()).doesNotContain("PS-04");
  }

  @Test
  void ps04SilentAndAsksOnceForAllFourAspectsWhenNoneIsStated() {
    Adviesrapport r = advies(rustig().aspecten(Optional.empty()).build());
    assertThat(r.codes()).doesNotContain("PS-04", "PS-05", "PS-06", "PS-07", "PS-08");
    assertThat(vraagt(r, "PS-04", V, "aspecten")).isTrue();
    assertThat(r.openVragen()).filteredOn(v -> v.sleutel().startsWith("aspect")).singleElement()
        .satisfies(v -> assertThat(v.codes()).containsExactly("PS-04", "PS-05", "PS-06", "PS-07", "PS-08"));
  }

  @Test
  void ps05FiresOnlyForStatedUndiscussedInterests() {
    Adviesrapport r = advies(rustig().aspecten(ALLE_ASPECTEN.withEigenBelang(false)).build());
    assertThat(psCodes(r)).containsExactly("PS-05");
    assertThat(vuurt(r, "PS-05", V)).isTrue();
    assertThat(r.met("PS-05").get(0).uitleg()).contains("eigen belang");
  }

  @Test
  void ps05DoesNotFireWhenInterestsWereDiscussed() {
    assertThat(advies(rustig().build()).codes()).doesNotContain("PS-05");
  }

  @Test
  void ps05SilentAndAsksWhenOnlyThatAspectIsUnknown() {
    Adviesrapport r = advies(rustig().aspecten(ALLE_ASPECTEN.withEigenBelang(Optional.empty())).build());
    assertThat(r.codes()).doesNotContain("PS-05");
    assertThat(vraagt(r, "PS-05", V, "aspect.eigenBelang")).isTrue();
  }

  @Test
  void ps06FiresOnlyForAStatedRelationshipNotInOrder() {
    Adviesrapport r = advies(rustig().aspecten(ALLE_ASPECTEN.withRelatieOpOrde(false)).build());
    assertThat(psCodes(r)).containsExactly("PS-06");
    assertThat(r.met("PS-06").get(0).uitleg()).contains("relatie op orde");
  }

  @Test
  void ps06DoesNotFireWhenTheRelationshipIsInOrder() {
    assertThat(advies(rustig().build()).codes()).doesNotContain("PS-06");
  }

  @Test
  void ps06SilentAndAsksWhenOnlyThatAspectIsUnknown() {
    Adviesrapport r = advies(rustig().aspecten(ALLE_ASPECTEN.withRelatieOpOrde(Optional.empty())).build());
    assertThat(r.codes()).doesNotContain("PS-06");
    assertThat(vraagt(r, "PS-06", V, "aspect.relatieOpOrde")).isTrue();
  }

  @Test
  void ps07FiresOnlyForStatedMissingAgreements() {
    Adviesrapport r = advies(rustig().aspecten(ALLE_ASPECTEN.withAfspraken(false)).build());
    assertThat(psCodes(r)).containsExactly("PS-07");
    assertThat(r.met("PS-07").get(0).uitleg()).contains("afspraken");
  }

  @Test
  void ps07DoesNotFireWithAgreements() {
    assertThat(advies(rustig().build()).codes()).doesNotContain("PS-07");
  }

  @Test
  void ps07SilentAndAsksWhenOnlyThatAspectIsUnknown() {
    Adviesrapport r = advies(rustig().aspecten(ALLE_ASPECTEN.withAfspraken(Optional.empty())).build());
    assertThat(r.codes()).doesNotContain("PS-07");
    assertThat(vraagt(r, "PS-07", V, "aspect.afspraken")).isTrue();
  }

  @Test
  void ps08FiresWhenTwoAspectsAreStatedNotInOrder() {
    Adviesrapport r = advies(rustig().aspecten(ALLE_ASPECTEN.withGezamenlijkDoel(false).withAfspraken(false)).build());
    Advies a = enige(r, "PS-08");
    assertThat(a.betreft()).containsExactly(V);
    assertThat(a.uitleg()).isEqualTo("2 aspecten niet op orde: gezamenlijk doel, afspraken");
  }

  @Test
  void ps08DoesNotFireWhenOneAspectIsMissingAndTheOthersAreInOrder() {
    assertThat(advies(rustig().aspecten(ALLE_ASPECTEN.withEigenBelang(false)).build()).codes()).doesNotContain("PS-08");
  }

  @Test
  void ps08SilentAndAsksWhenOneAspectIsMissingAndTheOthersAreUnknown() {
    // An aspect the record does not state does not count as missing.
    Adviesrapport r = advies(rustig().aspecten(SamenwerkingsAspecten.builder().gezamenlijkDoel(false).build()).build());
    assertThat(r.codes()).contains("PS-04").doesNotContain("PS-08");
    assertThat(vraagt(r, "PS-08", V, "aspect.afspraken")).isTrue();
  }

  // PS-09

  @Test
  void ps09FiresForALearningPracticeWithTwoOrganisations() {
    Advies a = enige(advies(metLeden(2).lerendePraktijk(true).build()), "PS-09");
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(a.uitleg()).isEqualTo("Samen voor mantelzorg Leiden is een lerende praktijk; 2 organisaties, minimaal 3");
  }

  @Test
  void ps09DoesNotFireForALearningPracticeWithThreeOrganisations() {
    assertThat(advies(rustig().lerendePraktijk(true).build()).codes()).doesNotContain("PS-09");
  }

  @Test
  void ps09DoesNotFireForAnOrdinaryPartnershipWithTwoOrganisations() {
    assertThat(advies(metLeden(2).build()).codes()).doesNotContain("PS-09");
  }

  @Test
  void ps09SilentAndAsksWhenItIsUnknownWhetherItIsALearningPractice() {
    Adviesrapport r = advies(metLeden(2).lerendePraktijk(Optional.empty()).build());
    assertThat(r.codes()).doesNotContain("PS-09");
    assertThat(vraagt(r, "PS-09", V, "lerendePraktijk")).isTrue();
    // With three members it is decided either way: nothing to ask.
    assertThat(vraagt(advies(rustig().lerendePraktijk(Optional.empty()).build()), "PS-09")).isFalse();
  }

  // PS-10 (a big goal on the whole respite offer is RZ-03's)

  private static Doel doel(String omschrijving, DoelOmvang omvang, DoelThema thema) {
    Doel.Builder b = Doel.builder().omschrijving(omschrijving).omvang(Optional.ofNullable(omvang));
    return b.thema(Optional.ofNullable(thema)).build();
  }

  @Test
  void ps10FiresForABigGoalWithoutASmallGoal() {
    Doel groot = doel("Goede ondersteuning voor alle mantelzorgers", DoelOmvang.GROOT, null);
    Advies a = enige(advies(rustig().doelen(List.of(groot)).build()), "PS-10");
    assertThat(a.betreft()).containsExactly(V);
    assertThat(a.uitleg()).isEqualTo("Grote doelen: Goede ondersteuning voor alle mantelzorgers; geen klein doel");
  }

  @Test
  void ps10DoesNotFireWhenASmallGoalExists() {
    Doel groot = doel("Mantelzorg en werk in de hele regio", DoelOmvang.GROOT, DoelThema.MANTELZORG_EN_WERK);
    assertThat(advies(rustig().addDoelen(groot).build()).codes()).doesNotContain("PS-10");
  }

  @Test
  void ps10DoesNotFireForABigGoalOnTheWholeRespiteOffer() {
    // RZ-03 ("begin with logeerzorg") speaks of this goal; PS-10 keeps the other big goals.
    Doel respijt = doel("Het totale aanbod van respijtzorg", DoelOmvang.GROOT, DoelThema.RESPIJTZORG);
    assertThat(advies(rustig().doelen(List.of(respijt)).build()).codes()).doesNotContain("PS-10");
    Doel logeer = doel("Logeerzorg voor iedereen", DoelOmvang.GROOT, DoelThema.LOGEERZORG);
    Adviesrapport r = advies(rustig().doelen(List.of(respijt, logeer)).build());
    assertThat(enige(r, "PS-10").uitleg()).isEqualTo("Grote doelen: Logeerzorg voor iedereen; geen klein doel");
  }

  @Test
  void ps10DoesNotFireWhenTheRecordStatesThereAreNoGoals() {
    Adviesrapport r = advies(rustig().doelen(List.of()).addGeen(Samenwerkingsverband.Onderdeel.DOELEN).build());
    assertThat(r.codes()).doesNotContain("PS-10");
    assertThat(vraagt(r, "PS-10")).isFalse();
  }

  @Test
  void ps10SilentAndAsksWhenTheGoalsAreUnknown() {
    Adviesrapport r = advies(rustig().doelen(List.of()).build());
    assertThat(r.codes()).doesNotContain("PS-10");
    assertThat(vraagt(r, "PS-10", V, "doelen")).isTrue();
  }

  @Test
  void ps10SilentAndAsksWhenTheSizeOfAnotherGoalIsUnknown() {
    Adviesrapport r = advies(rustig().doelen(List.of(doel("Alles voor iedereen", DoelOmvang.GROOT, null),
        doel("Koffieochtend", null, DoelThema.OVERIG))).build());
    assertThat(r.codes()).doesNotContain("PS-10");
    assertThat(vraagt(r, "PS-10", V, "doelOmvang")).isTrue();
  }

  // PS-11: one card naming every member whose staff get no time

  @Test
  void ps11FiresOnceNamingTheMembersWithoutTimeForStaff() {
    // Was one card per member (subject o2); now one card of the partnership that names them.
    Adviesrapport r = advies(metLeden(organisatie("o1", OrganisatieType.WELZIJNSORGANISATIE).build(),
        organisatie("o2", OrganisatieType.THUISZORG).medewerkersHebbenTijd(false).build(),
        organisatie("o3", OrganisatieType.GEMEENTE).medewerkersHebbenTijd(false).build()).build());
    Advies a = enige(r, "PS-11");
    assertThat(a.betreft()).containsExactly(V, "o2", "o3");
    assertThat(vuurt(r, "PS-11", "o2")).isTrue();
    assertThat(a.uitleg()).isEqualTo("Medewerkers krijgen geen tijd en ruimte voor de samenwerking bij: Organisatie o2, Organisatie o3");
  }

  @Test
  void ps11DoesNotFireWhenAllMembersGiveTime() {
    assertThat(advies(rustig().build()).codes()).doesNotContain("PS-11");
  }

  @Test
  void ps11SilentAndAsksWhenAMembersStaffTimeIsUnknown() {
    Adviesrapport r = advies(metLeden(organisatie("o1", OrganisatieType.WELZIJNSORGANISATIE).build(),
        organisatie("o2", OrganisatieType.THUISZORG).medewerkersHebbenTijd(Optional.empty()).build(),
        organisatie("o3", OrganisatieType.GEMEENTE).build()).build());
    assertThat(r.codes()).doesNotContain("PS-11");
    assertThat(vraagt(r, "PS-11", V, "medewerkersTijd")).isTrue();
  }

  // PS-12

  @Test
  void ps12FiresWhenCarersStoriesAreStatedNotUsed() {
    Advies a = enige(advies(rustig().ervaringsverhalenGebruikt(false).build()), "PS-12");
    assertThat(a.uitleg()).isEqualTo("Samen voor mantelzorg Leiden: verhalen van mantelzorgers gebruikt: nee");
  }

  @Test
  void ps12DoesNotFireWhenStoriesAreUsed() {
    assertThat(advies(rustig().build()).codes()).doesNotContain("PS-12");
  }

  @Test
  void ps12SilentAndAsksWhenItIsUnknownWhetherStoriesAreUsed() {
    Adviesrapport r = advies(rustig().ervaringsverhalenGebruikt(Optional.empty()).build());
    assertThat(r.codes()).doesNotContain("PS-12");
    assertThat(vraagt(r, "PS-12", V, "ervaringsverhalen")).isTrue();
  }

  // PS-13, PS-14 and PS-27: the three experiments are options

  @Test
  void ps13FiresWithoutASocialMapWhenAnotherExperimentRuns() {
    Advies a = enige(advies(rustig().socialeKaart(false).build()), "PS-13");
    assertThat(a.uitleg()).isEqualTo("Samen voor mantelzorg Leiden: sociale kaart: nee");
  }

  @Test
  void ps13DoesNotFireWithASocialMap() {
    assertThat(advies(rustig().build()).codes()).doesNotContain("PS-13");
  }

  @Test
  void ps13SilentAndAsksWhenTheSocialMapIsUnknown() {
    Adviesrapport r = advies(rustig().socialeKaart(Optional.empty()).build());
    assertThat(r.codes()).doesNotContain("PS-13");
    assertThat(vraagt(r, "PS-13", V, "socialeKaart")).isTrue();
  }

  @Test
  void ps14FiresForTwoMembersWithoutSharedSignalling() {
    Advies a = enige(advies(metLeden(2).gedeeldeBelastingsignalering(false).build()), "PS-14");
    assertThat(a.betreft()).containsExactly(V);
    assertThat(a.uitleg()).isEqualTo("2 leden, gedeelde signalering van overbelasting: nee");
  }

  @Test
  void ps14DoesNotFireForOneMember() {
    assertThat(advies(metLeden(1).gedeeldeBelastingsignalering(false).build()).codes()).doesNotContain("PS-14");
  }

  @Test
  void ps14DoesNotFireWithSharedSignalling() {
    assertThat(advies(rustig().build()).codes()).doesNotContain("PS-14");
  }

  @Test
  void ps14SilentAndAsksWhenSignallingIsUnknown() {
    Adviesrapport r = advies(rustig().gedeeldeBelastingsignalering(Optional.empty()).build());
    assertThat(r.codes()).doesNotContain("PS-14");
    assertThat(vraagt(r, "PS-14", V, "gedeeldeSignalering")).isTrue();
  }

  @Test
  void ps27FiresOnceWhenNoneOfTheThreeExperimentsIsInPlace() {
    Adviesrapport r = advies(rustig().socialeKaart(false).gedeeldeBelastingsignalering(false).routeRespijtzorgInBeeld(false)
        .build());
    Advies a = enige(r, "PS-27");
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.MIDDEL);
    assertThat(a.betreft()).containsExactly(V);
    assertThat(a.vervangt()).contains("PS-13", "PS-14");
    assertThat(a.stappen().get(0)).contains("10-minutencheck", "route naar respijtzorg", "sociale kaart");
    assertThat(a.uitleg()).isEqualTo("Samen voor mantelzorg Leiden: geen gedeelde signalering van overbelasting, "
        + "route naar respijtzorg niet in beeld, geen gedeelde sociale kaart");
    assertThat(r.codes()).doesNotContain("PS-13", "PS-14");
  }

  @Test
  void ps27DoesNotFireWhenOneExperimentIsInPlace() {
    Adviesrapport r = advies(rustig().socialeKaart(false).gedeeldeBelastingsignalering(false).build());
    assertThat(r.codes()).doesNotContain("PS-27").contains("PS-13", "PS-14");
  }

  @Test
  void ps27SilentAndAsksWhenTheRouteToRespiteIsUnknown() {
    Adviesrapport r = advies(rustig().socialeKaart(false).gedeeldeBelastingsignalering(false)
        .routeRespijtzorgInBeeld(Optional.empty()).build());
    assertThat(r.codes()).doesNotContain("PS-27").contains("PS-13", "PS-14");
    assertThat(vraagt(r, "PS-27", V, "routeRespijtzorg")).isTrue();
  }

  // PS-15

  @Test
  void ps15FiresForAMunicipalityLeadingTenMembersWithoutAnAgreement() {
    Advies a = enige(advies(metLeden(10).build()), "PS-15");
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.LAAG);
    assertThat(a.betreft()).containsExactly(V, "o1");
    assertThat(a.uitleg()).isEqualTo("Initiatiefnemer Organisatie o1 (gemeente); 10 leden (vanaf 10); geen mantelzorgakkoord");
  }

  @Test
  void ps15DoesNotFireForNineMembers() {
    assertThat(advies(metLeden(9).build()).codes()).doesNotContain("PS-15");
  }

  @Test
  void ps15DoesNotFireWhenTheLeadIsNoMunicipality() {
    assertThat(advies(metLeden(10).initiatiefnemer("o2").build()).codes()).doesNotContain("PS-15");
  }

  @Test
  void ps15DoesNotFireWithAnAgreement() {
    Samenwerkingsverband v = metLeden(10).geen(Set.of()).mantelzorgakkoord(AKKOORD).build();
    assertThat(advies(v).codes()).doesNotContain("PS-15");
  }

  @Test
  void ps15SilentAndAsksWhenItIsUnknownWhetherThereIsAnAgreement() {
    Adviesrapport r = advies(metLeden(10).geen(Set.of()).build());
    assertThat(r.codes()).doesNotContain("PS-15");
    assertThat(vraagt(r, "PS-15", V, "mantelzorgakkoord")).isTrue();
  }

  @Test
  void ps15SilentAndAsksWhenTheLeadsTypeIsUnknown() {
    List<Organisatie> leden = new ArrayList<>(metLeden(10).build().leden());
    leden.set(0, leden.get(0).withType(Optional.empty()));
    Adviesrapport r = advies(metLeden(10).leden(leden).build());
    assertThat(r.codes()).doesNotContain("PS-15");
    assertThat(vraagt(r, "PS-15", "o1", "organisatieType")).isTrue();
  }

  // PS-16

  private static Samenwerkingsverband.Builder metAkkoord(Boolean o1, Boolean o2, Boolean o3) {
    return metLeden(organisatie("o1", OrganisatieType.GGZ).gebruiktTienMinutenCheck(Optional.ofNullable(o1)).build(),
        organisatie("o2", OrganisatieType.THUISZORG).gebruiktTienMinutenCheck(Optional.ofNullable(o2)).build(),
        organisatie("o3", OrganisatieType.GEMEENTE).gebruiktTienMinutenCheck(Optional.ofNullable(o3)).build())
        .geen(Set.of()).mantelzorgakkoord(AKKOORD);
  }

  @Test
  void ps16FiresWhenSomeSignatoriesUseTheCheckAndOthersStateTheyDoNot() {
    // The old test left o2 and o3 unknown; now they have to state that they do not use it.
    Advies a = enige(advies(metAkkoord(true, false, false).build()), "PS-16");
    assertThat(a.betreft()).containsExactly(V);
    assertThat(a.uitleg()).isEqualTo("Gebruiken de 10-minutencheck: Organisatie o1; nog niet: Organisatie o2, Organisatie o3");
  }

  @Test
  void ps16DoesNotFireWhenAllSignatoriesUseTheCheck() {
    assertThat(advies(metAkkoord(true, true, true).build()).codes()).doesNotContain("PS-16");
  }

  @Test
  void ps16DoesNotFireWhenTheRecordStatesThereIsNoAgreement() {
    Samenwerkingsverband v = metAkkoord(true, false, false).mantelzorgakkoord(Optional.empty())
        .addGeen(Samenwerkingsverband.Onderdeel.MANTELZORGAKKOORD).build();
    Adviesrapport r = advies(v);
    assertThat(r.codes()).doesNotContain("PS-16");
    assertThat(vraagt(r, "PS-16")).isFalse();
  }

  @Test
  void ps16SilentAndAsksWhenItIsUnknownWhetherTheOthersUseTheCheck() {
    Adviesrapport r = advies(metAkkoord(true, null, null).build());
    assertThat(r.codes()).doesNotContain("PS-16");
    assertThat(vraagt(r, "PS-16", V, "tienMinutenCheck")).isTrue();
  }

  @Test
  void ps16SilentAndAsksAboutTheAgreementOnlyWhereAMemberUsesTheCheck() {
    Adviesrapport r = advies(metAkkoord(true, false, false).mantelzorgakkoord(Optional.empty()).build());
    assertThat(r.codes()).doesNotContain("PS-16");
    assertThat(vraagt(r, "PS-16", V, "mantelzorgakkoord")).isTrue();
    Adviesrapport niemand = advies(metAkkoord(null, false, null).mantelzorgakkoord(Optional.empty()).build());
    assertThat(vraagt(niemand, "PS-16")).isFalse();
  }

  // PS-17 and PS-18: the six-step plan

  @Test
  void ps17FiresNamingTheLowestStepNotDone() {
    Advies a = enige(advies(rustig().stappenAfgerond(EnumSet.of(SamenwerkingsStap.EIGEN_ROL, SamenwerkingsStap.BESTAAND_NETWERK))
        .build()), "PS-17");
    assertThat(a.betreft()).containsExactly(V);
    assertThat(a.feiten()).containsEntry("stap", "2");
    assertThat(a.uitleg()).isEqualTo("Volgende stap: 2 (doelen); 2 van 6 stappen afgerond");
  }

  @Test
  void ps17FiresForStepOneWhenTheRecordStatesNoStepIsDone() {
    Samenwerkingsverband v = rustig().stappenAfgerond(Set.of()).addGeen(Samenwerkingsverband.Onderdeel.STAPPEN_AFGEROND)
        .bestaandNetwerkGevonden(Optional.empty()).build();
    assertThat(enige(advies(v), "PS-17").uitleg()).isEqualTo("Volgende stap: 1 (eigen rol); 0 van 6 stappen afgerond");
  }

  @Test
  void ps17DoesNotFireWhenAllStepsAreDone() {
    assertThat(advies(rustig().build()).codes()).doesNotContain("PS-17");
  }

  @Test
  void ps17DoesNotFireForStepSixAfterARecentEvaluation() {
    // Was "Volgende stap: 6 (evalueren)" although the partnership evaluated last month: the evaluation is in place.
    Samenwerkingsverband v = rustig().stappenAfgerond(EnumSet.range(SamenwerkingsStap.EIGEN_ROL, SamenwerkingsStap.SAMEN_AAN_DE_SLAG))
        .build();
    assertThat(advies(v).codes()).doesNotContain("PS-17", "PS-18");
  }

  @Test
  void ps17SilentAndAsksWhenTheStepsAreUnknown() {
    Adviesrapport r = advies(rustig().stappenAfgerond(Set.of()).bestaandNetwerkGevonden(Optional.empty()).build());
    assertThat(r.codes()).doesNotContain("PS-17", "PS-18", "PS-21");
    assertThat(vraagt(r, "PS-17", V, "stappen")).isTrue();
  }

  @Test
  void ps18FiresWhenTheLastEvaluationIsTwelveMonthsAndOneDayOld() {
    Advies a = enige(advies(rustig().laatsteEvaluatie(LocalDate.of(2025, 11, 23)).build()), "PS-18");
    assertThat(a.betreft()).containsExactly(V);
    assertThat(a.uitleg()).isEqualTo(
        "Stap 1 tot en met 5 afgerond; laatste evaluatie: 2025-11-23 (termijn 12 maanden, peildatum 2026-11-24)");
  }

  @Test
  void ps18DoesNotFireWhenTheLastEvaluationIsExactlyTwelveMonthsOld() {
    assertThat(advies(rustig().laatsteEvaluatie(LocalDate.of(2025, 11, 24)).build()).codes()).doesNotContain("PS-18");
  }

  @Test
  void ps18FiresWhenNeverEvaluatedAfterStepFiveAndReplacesPs17ForStepSix() {
    Samenwerkingsverband v = rustig().laatsteEvaluatie(Optional.empty()).addGeen(Samenwerkingsverband.Onderdeel.LAATSTE_EVALUATIE)
        .stappenAfgerond(EnumSet.range(SamenwerkingsStap.EIGEN_ROL, SamenwerkingsStap.SAMEN_AAN_DE_SLAG)).build();
    Adviesrapport r = advies(v);
    Advies a = enige(r, "PS-18");
    assertThat(a.uitleg()).contains("laatste evaluatie: - ");
    assertThat(a.vervangt()).containsExactly("PS-17");
    assertThat(r.codes()).doesNotContain("PS-17");
  }

  @Test
  void ps18DoesNotFireBeforeStepFive() {
    Samenwerkingsverband v = rustig().laatsteEvaluatie(Optional.empty()).addGeen(Samenwerkingsverband.Onderdeel.LAATSTE_EVALUATIE)
        .stappenAfgerond(EnumSet.range(SamenwerkingsStap.EIGEN_ROL, SamenwerkingsStap.PLAN_EN_PRIORITEITEN)).build();
    Adviesrapport r = advies(v);
    assertThat(r.codes()).doesNotContain("PS-18");
    assertThat(enige(r, "PS-17").uitleg()).startsWith("Volgende stap: 5 (samen aan de slag)");
  }

  @Test
  void ps18DoesNotFireNorReplaceAnEarlierStepWhenAStepBeforeFiveIsOpen() {
    // Steps 1, 3, 4 and 5 done, never evaluated: the next step is 2, and PS-18 (steps 1 to 5 done) must not hide it.
    Samenwerkingsverband v = rustig().laatsteEvaluatie(Optional.empty()).addGeen(Samenwerkingsverband.Onderdeel.LAATSTE_EVALUATIE)
        .stappenAfgerond(EnumSet.of(SamenwerkingsStap.EIGEN_ROL, SamenwerkingsStap.BESTAAND_NETWERK,
            SamenwerkingsStap.PLAN_EN_PRIORITEITEN, SamenwerkingsStap.SAMEN_AAN_DE_SLAG)).build();
    Adviesrapport r = advies(v);
    assertThat(r.codes()).doesNotContain("PS-18");
    assertThat(enige(r, "PS-17").uitleg()).startsWith("Volgende stap: 2 (doelen)");
  }

  @Test
  void ps18SilentAndAsksWhenTheLastEvaluationIsUnknown() {
    Adviesrapport r = advies(rustig().laatsteEvaluatie(Optional.empty()).build());
    assertThat(r.codes()).doesNotContain("PS-17", "PS-18");
    assertThat(vraagt(r, "PS-18", V, "laatsteEvaluatie")).isTrue();
  }

  // PS-19

  private static Samenwerkingsverband metPartnersOmTeVerdiepen(int aantal) {
    List<Organisatie> kandidaten = new ArrayList<>();
    List<SamenwerkingsRelatie> relaties = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      String id = "k" + i;
      kandidaten.add(organisatie(id, OrganisatieType.HUISARTS).build());
      ParticipatieTrede gewenst = i <= aantal ? ParticipatieTrede.RAADPLEGEN : ParticipatieTrede.INFORMEREN;
      relaties.add(relatie(id, ParticipatieTrede.INFORMEREN, gewenst).withVerkend(true).withBereidSchoudersEronder(false));
    }
    for (String id : List.of("o1", "o2", "o3")) {
      relaties.add(rustig(id));
    }
    return rustig().kandidaten(kandidaten).relaties(relaties).build();
  }

  @Test
  void ps19FiresForSixPartnersToDeepen() {
    Advies a = enige(advies(metPartnersOmTeVerdiepen(6)), "PS-19");
    assertThat(a.betreft()).containsExactly(V);
    assertThat(a.uitleg()).startsWith("6 partners om de samenwerking mee te verdiepen (meer dan 5): ")
        .contains("Organisatie k1", "Organisatie k6");
  }

  @Test
  void ps19DoesNotFireForFivePartners() {
    assertThat(advies(metPartnersOmTeVerdiepen(5)).codes()).doesNotContain("PS-19");
  }

  @Test
  void ps19SilentAndAsksWhenTheRelationsAreUnknown() {
    Adviesrapport r = advies(rustig().relaties(List.of()).build());
    assertThat(r.codes()).doesNotContain("PS-19");
    assertThat(vraagt(r, "PS-19", V, "relaties")).isTrue();
  }

  // PS-20

  private static Positionering positionering(List<String> relevant, List<String> aanTafel) {
    return Positionering.builder().organisatie("o1").relevanteNetwerken(relevant).aanTafelBij(aanTafel).build();
  }

  @Test
  void ps20FiresForANetworkWhereTheOrganisationIsMissing() {
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

  @Test
  void ps20SilentAndAsksWhereTheOrganisationIsAtTheTable() {
    // An empty list of tables is unknown; only a record that says "at none" (geen: aanTafelBij) states it.
    Adviesrapport r = advies(rustig().positionering(positionering(List.of("dementienetwerk"), List.of())).build());
    assertThat(r.codes()).doesNotContain("PS-20");
    assertThat(vraagt(r, "PS-20", "o1", "aanTafel")).isTrue();
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

  @Test
  void ps21SilentAndAsksWhenTheOutcomeOfStepThreeIsUnknown() {
    Adviesrapport r = advies(rustig().bestaandNetwerkGevonden(Optional.empty()).build());
    assertThat(r.codes()).doesNotContain("PS-21");
    assertThat(vraagt(r, "PS-21", V, "bestaandNetwerk")).isTrue();
  }

  // PS-22

  private static SamenwerkingsRelatie bereid(String org) {
    return rustig(org).withBereidSchoudersEronder(true);
  }

  @Test
  void ps22FiresWhenEveryPartnerIsExploredAndWilling() {
    Advies a = enige(advies(rustig().relaties(List.of(bereid("o1"), bereid("o2"), bereid("o3"))).build()), "PS-22");
    assertThat(a.betreft()).containsExactly(V);
    assertThat(a.uitleg()).isEqualTo("3 partners verkend en bereid: Organisatie o1, Organisatie o2, Organisatie o3");
  }

  @Test
  void ps22DoesNotFireWhenOnePartnerIsNotWilling() {
    assertThat(advies(rustig().relaties(List.of(bereid("o1"), bereid("o2"), rustig("o3"))).build()).codes())
        .doesNotContain("PS-22");
  }

  @Test
  void ps22DoesNotFireWhenTheRecordStatesNoRelationIsRatedYet() {
    Adviesrapport r = advies(rustig().relaties(List.of()).addGeen(Samenwerkingsverband.Onderdeel.RELATIES).build());
    assertThat(r.codes()).doesNotContain("PS-22");
  }

  @Test
  void ps22SilentAndAsksWhenAPartnersWillingnessIsUnknown() {
    Adviesrapport r = advies(rustig().relaties(List.of(bereid("o1"), bereid("o2"),
        bereid("o3").withBereidSchoudersEronder(Optional.empty()))).build());
    assertThat(r.codes()).doesNotContain("PS-22");
    assertThat(vraagt(r, "PS-22", V, "partnersBereid")).isTrue();
  }

  // PS-23: one card naming the members that want better samenspel and never ran the scan

  @Test
  void ps23FiresForAMemberThatWantsBetterInterplayAndNeverRanTheScan() {
    // The old test fired on a scan not mentioned; now the record states there was none (geen: samenspelscan).
    Adviesrapport r = advies(metLeden(organisatie("o1", OrganisatieType.WELZIJNSORGANISATIE).build(),
        organisatie("o2", OrganisatieType.THUISZORG).wilSamenspelVerbeteren(true).addGeen(Organisatie.Onderdeel.SAMENSPELSCAN).build(),
        organisatie("o3", OrganisatieType.GEMEENTE).build()).build());
    Advies a = enige(r, "PS-23");
    assertThat(a.betreft()).containsExactly(V, "o2");
    assertThat(vuurt(r, "PS-23", "o2")).isTrue();
    assertThat(a.uitleg()).isEqualTo("Willen het samenspel verbeteren, zonder Samenspelscan: Organisatie o2");
  }

  @Test
  void ps23DoesNotFireWhenTheScanWasDone() {
    Samenspelscan scan = Samenspelscan.builder().datum(LocalDate.of(2026, 3, 1)).addRespondenten(Respondent.MANTELZORGER).build();
    Adviesrapport r = advies(metLeden(organisatie("o1", OrganisatieType.WELZIJNSORGANISATIE).build(),
        organisatie("o2", OrganisatieType.THUISZORG).wilSamenspelVerbeteren(true).samenspelscan(scan).build(),
        organisatie("o3", OrganisatieType.GEMEENTE).build()).build());
    assertThat(r.codes()).doesNotContain("PS-23");
  }

  @Test
  void ps23SilentAndAsksWhenItIsUnknownWhetherTheScanWasDone() {
    Adviesrapport r = advies(metLeden(organisatie("o1", OrganisatieType.WELZIJNSORGANISATIE).build(),
        organisatie("o2", OrganisatieType.THUISZORG).wilSamenspelVerbeteren(true).build(),
        organisatie("o3", OrganisatieType.GEMEENTE).build()).build());
    assertThat(r.codes()).doesNotContain("PS-23");
    assertThat(vraagt(r, "PS-23", V, "samenspelscan")).isTrue();
  }

  // PS-24

  @Test
  void ps24FiresWhenCarersAreOnlyInformed() {
    Advies a = enige(advies(rustig().mantelzorgersBetrokkenBijBeleid(ParticipatieTrede.INFORMEREN).build()), "PS-24");
    assertThat(a.betreft()).containsExactly(V);
    assertThat(a.uitleg()).isEqualTo("Betrokkenheid van mantelzorgers bij beleid: informeren (trede 1)");
  }

  @Test
  void ps24DoesNotFireWhenCarersAreConsulted() {
    assertThat(advies(rustig().mantelzorgersBetrokkenBijBeleid(ParticipatieTrede.RAADPLEGEN).build()).codes())
        .doesNotContain("PS-24");
  }

  @Test
  void ps24SilentAndAsksWhenCarersParticipationIsUnknown() {
    Adviesrapport r = advies(rustig().mantelzorgersBetrokkenBijBeleid(Optional.empty()).build());
    assertThat(r.codes()).doesNotContain("PS-24");
    assertThat(vraagt(r, "PS-24", V, "beleidsparticipatie")).isTrue();
  }

  // Scenarios (shared/domain/scenarios.md)

  @Test
  void scenarioS5LearningPracticeWithTwoOrganisations() {
    Samenwerkingsverband v = Samenwerkingsverband.builder().id("s5").naam("Lerende praktijk").addGemeenten("Leiden")
        .lerendePraktijk(true)
        .addLeden(organisatie("welzijn", OrganisatieType.WELZIJNSORGANISATIE).build())
        .addLeden(organisatie("thuiszorg", OrganisatieType.THUISZORG).medewerkersHebbenTijd(false).build())
        // "No gezamenlijk doel, no afspraken; relatie and eigen belang in order": stated, so PS-04, PS-07, PS-08 hold.
        .aspecten(SamenwerkingsAspecten.builder().gezamenlijkDoel(false).afspraken(false).relatieOpOrde(true).eigenBelang(true).build())
        .initiatiefnemer("welzijn").initiatiefnemerHeeftTijdEnEnergie(false)
        .addStappenAfgerond(SamenwerkingsStap.EIGEN_ROL).build();
    Adviesrapport r = advies(v);
    // The scenario expected PS-03 (KRITIEK); the lead is named and has no time, which is PS-26 (split, principle 5).
    assertThat(r.codes()).contains("PS-09", "PS-26", "PS-08", "PS-04", "PS-07", "PS-11", "PS-17")
        .doesNotContain("PS-03", "PS-05", "PS-06");
    assertThat(enige(r, "PS-09").prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(vuurt(r, "PS-26", "welzijn")).isTrue();
    assertThat(vuurt(r, "PS-11", "thuiszorg")).isTrue();
    assertThat(enige(r, "PS-17").uitleg()).startsWith("Volgende stap: 2 (doelen)");
  }

  @Test
  void scenarioS8OrganisationNotAtAnyTable() {
    // "Not at the table in the dementia network or the wijkteam overleg": the record states it is at none.
    Positionering p = Positionering.builder().organisatie("o1").relevanteNetwerken(List.of("dementienetwerk", "wijkteamoverleg"))
        .addGeen(Positionering.Onderdeel.AAN_TAFEL_BIJ).build();
    Advies a = enige(advies(rustig().positionering(p).build()), "PS-20");
    assertThat(a.uitleg()).isEqualTo("Organisatie o1 zit niet aan tafel bij: dementienetwerk, wijkteamoverleg (wel bij: -)");
  }

  @Test
  void textsAreAlsoEnglish() {
    AdviesEngine en = AdviesEngine.builder().language(Language.EN).build();
    Adviesrapport r = en.advise(rustig().mantelzorgersBetrokkenBijBeleid(ParticipatieTrede.GEEN_CONTACT)
        .initiatiefnemerHeeftTijdEnEnergie(false).socialeKaart(false).gedeeldeBelastingsignalering(false)
        .routeRespijtzorgInBeeld(false).build(), Fixtures.PEILDATUM);
    assertThat(enige(r, "PS-24").uitleg()).isEqualTo("Carers' involvement in policy: no contact (rung 0)");
    assertThat(enige(r, "PS-26").uitleg()).isEqualTo("Lead: Organisatie o1; time and energy: no");
    assertThat(enige(r, "PS-27").naam()).isEqualTo("Choose a first experiment");
    assertThat(enige(r, "PS-27").uitleg())
        .isEqualTo("Samen voor mantelzorg Leiden: no shared overload signalling, route to respite not mapped, no shared social map");
    Adviesrapport vragen = en.advise(rustig().aspecten(Optional.empty()).build(), Fixtures.PEILDATUM);
    assertThat(vragen.vragenVoor("PS-08")).singleElement().satisfies(v -> assertThat(v.vraag()).isEqualTo(
        "Which of the four aspects of collaboration are in order at Samen voor mantelzorg Leiden: shared goal, own interest, "
            + "relationship, agreements?"));
  }
}
