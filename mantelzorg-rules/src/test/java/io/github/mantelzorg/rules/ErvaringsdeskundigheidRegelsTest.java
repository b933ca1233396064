package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.onderwerpen;
import static io.github.mantelzorg.rules.Fixtures.organisatie;
import static io.github.mantelzorg.rules.Fixtures.verband;
import static io.github.mantelzorg.rules.Fixtures.vraagt;
import static io.github.mantelzorg.rules.Fixtures.vuurt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Draagvlak;
import io.github.mantelzorg.model.Ervaringsdeskundige;
import io.github.mantelzorg.model.Json;
import io.github.mantelzorg.model.LerendNetwerk;
import io.github.mantelzorg.model.Organisatie;
import io.github.mantelzorg.model.OrganisatieType;
import io.github.mantelzorg.model.ParticipatieTrede;
import io.github.mantelzorg.model.Project;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.testing.Scenarios;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rules of ervaringsdeskundigheid.drl: experts by experience, support for projects, learning networks. The evaluation
 * date is {@link Fixtures#PEILDATUM}. Each rule fires on what the record states; a fact that would decide it alone is
 * asked; a record that says nothing about experts or projects is not questioned about them.
 */
class ErvaringsdeskundigheidRegelsTest {
  private static final List<String> CODES = List.of("ED-01", "ED-02", "ED-03", "ED-04", "ED-05", "ED-06", "LN-01", "LN-02");
  private static final AdviesEngine ENGELS = AdviesEngine.builder().language(Language.EN).build();

  private static Ervaringsdeskundige ed(String id, String naam) {
    return Ervaringsdeskundige.builder().id(id).naam(naam).build();
  }

  /** Member o1 with an expert by experience, broad support and the embedding planned. */
  private static Organisatie.Builder metEd() {
    return organisatie("o1", OrganisatieType.WELZIJNSORGANISATIE).addErvaringsdeskundigen(ed("ed1", "Marloes de Boer"))
        .draagvlak(Draagvlak.BREED).inbeddingErvaringsdeskundigeGepland(true);
  }

  /** A project with broad support that states it looks for neither participants nor funding. */
  private static Project.Builder project() {
    return Project.builder().naam("Samen in gesprek").draagvlak(Draagvlak.BREED).zoektDeelnemers(false).zoektFinanciering(false);
  }

  /** The quiet partnership with o1 replaced. */
  private static Samenwerkingsverband met(Organisatie o1) {
    Samenwerkingsverband v = verband().build();
    return v.withLeden(List.of(o1, v.leden().get(1), v.leden().get(2)));
  }

  private static Samenwerkingsverband metProject(Project p) {
    return met(metEd().addProjecten(p).build());
  }

  /** The quiet partnership whose members each state they deploy no expert by experience. */
  private static Samenwerkingsverband.Builder zonderErvaringsdeskundigen() {
    Samenwerkingsverband v = verband().build();
    return Samenwerkingsverband.builder().from(v).leden(v.leden().stream()
        .map(o -> o.withGeen(Set.of(Organisatie.Onderdeel.ERVARINGSDESKUNDIGEN))).toList());
  }

  @Test
  void partnershipWithAWellEmbeddedExpertFiresNoRuleOfThisTopic() {
    Samenwerkingsverband v = metProject(project().build());
    assertThat(advies(v).codes()).doesNotContainAnyElementsOf(CODES);
  }

  @Test
  void aRecordThatSaysNothingAboutExpertsOrProjectsIsNotQuestionedAboutThem() {
    Adviesrapport r = advies(verband().build());
    assertThat(r.codes()).doesNotContainAnyElementsOf(CODES);
    for (String code : List.of("ED-01", "ED-02", "ED-03", "ED-04", "ED-05", "LN-01", "LN-02")) {
      assertThat(r.vragenVoor(code)).as(code).isEmpty();
    }
  }

  // ED-01

  @Test
  void ed01FiresWhenOnlyManagementSupportsTheExpert() {
    Adviesrapport r = advies(met(metEd().draagvlak(Draagvlak.ALLEEN_MANAGEMENT).build()));
    assertThat(vuurt(r, "ED-01", "o1")).isTrue();
    Advies a = r.met("ED-01").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(a.uitleg()).isEqualTo("Organisatie o1: ervaringsdeskundige(n) Marloes de Boer, draagvlak alleen management");
  }

  @Test
  void ed01DoesNotFireWithSupportOnTheWorkFloor() {
    assertThat(advies(met(metEd().draagvlak(Draagvlak.ALLEEN_WERKVLOER).build())).codes()).doesNotContain("ED-01");
    assertThat(advies(met(metEd().build())).codes()).doesNotContain("ED-01");
  }

  @Test
  void ed01DoesNotFireWhenTheOrganisationStatesItHasNoExpert() {
    Organisatie o = organisatie("o1", OrganisatieType.WELZIJNSORGANISATIE).draagvlak(Draagvlak.ALLEEN_MANAGEMENT)
        .addGeen(Organisatie.Onderdeel.ERVARINGSDESKUNDIGEN).build();
    Adviesrapport r = advies(met(o));
    assertThat(r.codes()).doesNotContain("ED-01");
    assertThat(r.vragenVoor("ED-01")).isEmpty();
  }

  @Test
  void ed01SilentAndAsksWhenSupportIsUnknown() {
    Organisatie o = metEd().build().withDraagvlak(java.util.Optional.empty());
    Adviesrapport r = advies(met(o));
    assertThat(r.codes()).doesNotContain("ED-01");
    assertThat(vraagt(r, "ED-01", "o1", "organisatie.draagvlak")).isTrue();
  }

  /** Old: no expert listed meant "no expert". Now it is unknown; with support stated for management only, it is asked. */
  @Test
  void ed01SilentAndAsksWhetherThereIsAnExpertWhenOnlyTheSupportIsStated() {
    Organisatie o = organisatie("o1", OrganisatieType.WELZIJNSORGANISATIE).draagvlak(Draagvlak.ALLEEN_MANAGEMENT).build();
    Adviesrapport r = advies(met(o));
    assertThat(r.codes()).doesNotContain("ED-01");
    assertThat(vraagt(r, "ED-01", "o1", "organisatie.ervaringsdeskundigen")).isTrue();
  }

  // ED-02

  @Test
  void ed02FiresWhenTheEmbeddingIsNotPlanned() {
    Organisatie o = metEd().inbeddingErvaringsdeskundigeGepland(false).addErvaringsdeskundigen(ed("ed2", "Kees Jansen")).build();
    Adviesrapport r = advies(met(o));
    assertThat(onderwerpen(r, "ED-02")).containsExactly(List.of("o1"));
    assertThat(r.met("ED-02").get(0).uitleg())
        .isEqualTo("Organisatie o1: ervaringsdeskundige(n) Kees Jansen, Marloes de Boer, inbedding gepland: nee");
  }

  @Test
  void ed02DoesNotFireWhenTheEmbeddingIsPlanned() {
    assertThat(advies(met(metEd().build())).codes()).doesNotContain("ED-02");
  }

  @Test
  void ed02SilentAndAsksWhenTheEmbeddingIsUnknown() {
    Organisatie o = metEd().build().withInbeddingErvaringsdeskundigeGepland(java.util.Optional.empty());
    Adviesrapport r = advies(met(o));
    assertThat(r.codes()).doesNotContain("ED-02");
    assertThat(vraagt(r, "ED-02", "o1", "organisatie.inbedding")).isTrue();
  }

  @Test
  void ed02DoesNotFireWhenTheOrganisationStatesItHasNoExpert() {
    Organisatie o = organisatie("o1", OrganisatieType.WELZIJNSORGANISATIE).inbeddingErvaringsdeskundigeGepland(false)
        .addGeen(Organisatie.Onderdeel.ERVARINGSDESKUNDIGEN).build();
    assertThat(advies(met(o)).codes()).doesNotContain("ED-02");
  }

  // ED-03

  @Test
  void ed03FiresForAProjectWithoutSupport() {
    Adviesrapport r = advies(metProject(project().draagvlak(Draagvlak.GEEN).build()));
    assertThat(vuurt(r, "ED-03", "o1")).isTrue();
    assertThat(r.met("ED-03").get(0).uitleg())
        .isEqualTo("Organisatie o1: weinig draagvlak voor project(en) Samen in gesprek (draagvlak: geen)");
  }

  /** Old: one card per project. Now one card per organisation listing its projects (one card per problem). */
  @Test
  void ed03FiresOnceListingEveryProjectWithLittleSupport() {
    Organisatie o = metEd().addProjecten(project().draagvlak(Draagvlak.ALLEEN_MANAGEMENT).build(),
        project().naam("Podcast").draagvlak(Draagvlak.ALLEEN_MANAGEMENT).build(), project().naam("Goed").build()).build();
    Adviesrapport r = advies(met(o));
    assertThat(r.met("ED-03")).singleElement().extracting(Advies::uitleg)
        .isEqualTo("Organisatie o1: weinig draagvlak voor project(en) Podcast, Samen in gesprek (draagvlak: alleen management)");
  }

  @Test
  void ed03DoesNotFireForAProjectSupportedOnTheWorkFloor() {
    assertThat(advies(metProject(project().draagvlak(Draagvlak.ALLEEN_WERKVLOER).build())).codes()).doesNotContain("ED-03");
  }

  @Test
  void ed03SilentAndAsksWhenTheSupportOfAProjectIsUnknown() {
    Adviesrapport r = advies(metProject(project().build().withDraagvlak(java.util.Optional.empty())));
    assertThat(r.codes()).doesNotContain("ED-03");
    assertThat(vraagt(r, "ED-03", "o1", "project.draagvlak")).isTrue();
  }

  // ED-04

  /** Old: looking for participants was enough. Now "does not work with self-registration" must be stated too. */
  @Test
  void ed04FiresWhenAProjectLooksForParticipantsWithoutSelfRegistration() {
    Adviesrapport r = advies(metProject(project().zoektDeelnemers(true).deelnemersMeldenZichZelf(false).build()));
    assertThat(vuurt(r, "ED-04", "o1")).isTrue();
    assertThat(r.met("ED-04").get(0).uitleg())
        .isEqualTo("Organisatie o1: deelnemers gezocht zonder zelfaanmelding voor project(en) Samen in gesprek");
  }

  @Test
  void ed04DoesNotFireWhenParticipantsSignUpThemselves() {
    assertThat(advies(metProject(project().zoektDeelnemers(true).deelnemersMeldenZichZelf(true).build())).codes())
        .doesNotContain("ED-04");
  }

  @Test
  void ed04DoesNotFireWhenTheProjectIsNotLookingForParticipants() {
    assertThat(advies(metProject(project().deelnemersMeldenZichZelf(false).build())).codes()).doesNotContain("ED-04");
  }

  @Test
  void ed04SilentAndAsksWhenSelfRegistrationIsUnknown() {
    Adviesrapport r = advies(metProject(project().zoektDeelnemers(true).build()));
    assertThat(r.codes()).doesNotContain("ED-04");
    assertThat(vraagt(r, "ED-04", "o1", "project.zelfaanmelding")).isTrue();
  }

  /** Looking for participants is stated when it applies: a project that does not say is not questioned about it. */
  @Test
  void ed04SilentAndAsksNothingWhenTheProjectSaysNothingAboutParticipants() {
    Adviesrapport r = advies(metProject(Project.builder().naam("Samen in gesprek").draagvlak(Draagvlak.BREED).build()));
    assertThat(r.codes()).doesNotContain("ED-04", "ED-05");
    assertThat(r.vragenVoor("ED-04")).isEmpty();
    assertThat(r.vragenVoor("ED-05")).isEmpty();
  }

  // ED-05

  @Test
  void ed05FiresWhenAProjectSeeksFundingWithoutLinkToStrategy() {
    Adviesrapport r = advies(metProject(project().zoektFinanciering(true).verbondenMetStrategie(false).build()));
    assertThat(vuurt(r, "ED-05", "o1")).isTrue();
    assertThat(r.met("ED-05").get(0).uitleg()).contains("financiering gezocht zonder verband met de strategische koers");
  }

  @Test
  void ed05DoesNotFireWhenTheProjectIsLinkedToStrategy() {
    assertThat(advies(metProject(project().zoektFinanciering(true).verbondenMetStrategie(true).build())).codes())
        .doesNotContain("ED-05");
  }

  @Test
  void ed05DoesNotFireWhenTheProjectSeeksNoFunding() {
    assertThat(advies(metProject(project().verbondenMetStrategie(false).build())).codes()).doesNotContain("ED-05");
  }

  @Test
  void ed05SilentAndAsksWhenTheLinkToStrategyIsUnknown() {
    Adviesrapport r = advies(metProject(project().zoektFinanciering(true).build()));
    assertThat(r.codes()).doesNotContain("ED-05");
    assertThat(vraagt(r, "ED-05", "o1", "project.strategie")).isTrue();
  }

  // ED-06 (replaced by CB-10 for the same partnership, declared there)

  /** Old: members that listed no expert had none. Now each member states it. */
  @Test
  void ed06FiresWithoutExpertsWhenCarersAreOnlyConsulted() {
    Adviesrapport r = advies(zonderErvaringsdeskundigen().mantelzorgersBetrokkenBijBeleid(ParticipatieTrede.RAADPLEGEN).build());
    assertThat(vuurt(r, "ED-06", "v1")).isTrue();
    assertThat(r.met("ED-06").get(0).uitleg()).isEqualTo(
        "Samen voor mantelzorg Leiden: geen ervaringsdeskundige bij 3 leden; mantelzorgers betrokken bij beleid op trede raadplegen");
  }

  @Test
  void ed06DoesNotFireWhenCarersAdvise() {
    assertThat(advies(zonderErvaringsdeskundigen().mantelzorgersBetrokkenBijBeleid(ParticipatieTrede.ADVISEREN).build())
        .codes()).doesNotContain("ED-06");
  }

  @Test
  void ed06DoesNotFireWhenAMemberDeploysAnExpert() {
    Samenwerkingsverband v = met(metEd().build()).withMantelzorgersBetrokkenBijBeleid(ParticipatieTrede.GEEN_CONTACT);
    assertThat(advies(v).codes()).doesNotContain("ED-06");
  }

  @Test
  void ed06SilentAndAsksWhenTheMembersDoNotSay() {
    Adviesrapport r = advies(verband().mantelzorgersBetrokkenBijBeleid(ParticipatieTrede.INFORMEREN).build());
    assertThat(r.codes()).doesNotContain("ED-06");
    assertThat(vraagt(r, "ED-06", "v1", "verband.ervaringsdeskundigen")).isTrue();
  }

  @Test
  void ed06SilentAndAsksWhenCarersParticipationIsUnknown() {
    Adviesrapport r = advies(zonderErvaringsdeskundigen().build());
    assertThat(r.codes()).doesNotContain("ED-06");
    assertThat(vraagt(r, "ED-06", "v1", "beleidsparticipatie")).isTrue();
  }

  @Test
  void ed06FiresAlsoWhenACandidateHasAnExpert() {
    Samenwerkingsverband v = zonderErvaringsdeskundigen().mantelzorgersBetrokkenBijBeleid(ParticipatieTrede.RAADPLEGEN)
        .addKandidaten(metEd().id("k1").inLerendNetwerk(true).build()).build();
    assertThat(advies(v).codes()).contains("ED-06");
  }

  // LN-01

  @Test
  void ln01FiresForACandidateOutsideAnyLearningNetwork() {
    Samenwerkingsverband v = verband().addKandidaten(organisatie("k1", OrganisatieType.HUISARTS).inLerendNetwerk(false).build())
        .build();
    Adviesrapport r = advies(v);
    assertThat(onderwerpen(r, "LN-01")).containsExactly(List.of("k1"));
    assertThat(r.met("LN-01").get(0).uitleg())
        .isEqualTo("Organisatie k1 (huisarts): geen lid van Samen voor mantelzorg Leiden en niet in een lerend netwerk");
  }

  @Test
  void ln01DoesNotFireForACandidateInALearningNetwork() {
    Samenwerkingsverband v = verband().addKandidaten(organisatie("k1", OrganisatieType.HUISARTS).inLerendNetwerk(true).build()).build();
    assertThat(advies(v).codes()).doesNotContain("LN-01");
  }

  /** Old: a candidate that did not say was taken to be in no learning network. */
  @Test
  void ln01SilentAndAsksWhenTheCandidateDoesNotSay() {
    Adviesrapport r = advies(verband().addKandidaten(organisatie("k1", OrganisatieType.HUISARTS).build()).build());
    assertThat(r.codes()).doesNotContain("LN-01");
    assertThat(vraagt(r, "LN-01", "k1", "organisatie.inLerendNetwerk")).isTrue();
  }

  @Test
  void ln01DoesNotFireForMembers() {
    Samenwerkingsverband v = met(metEd().inLerendNetwerk(false).build());
    assertThat(advies(v).codes()).doesNotContain("LN-01");
  }

  // LN-02

  @Test
  void ln02FiresWhenTheLastMeetingEndedWithoutAgreement() {
    LerendNetwerk ln = LerendNetwerk.builder().naam("Meedoen en Activering").laatsteBijeenkomst(LocalDate.of(2026, 10, 5))
        .afspraakVolgendeKeer(false).build();
    Adviesrapport r = advies(verband().lerendNetwerk(ln).build());
    assertThat(vuurt(r, "LN-02", "v1")).isTrue();
    assertThat(r.met("LN-02").get(0).uitleg()).isEqualTo(
        "Samen voor mantelzorg Leiden: lerend netwerk Meedoen en Activering, laatste bijeenkomst 2026-10-05, geen afspraak voor de volgende keer");
  }

  @Test
  void ln02DoesNotFireWhenTheNextTimeIsAgreed() {
    LerendNetwerk ln = LerendNetwerk.builder().naam("Meedoen en Activering").afspraakVolgendeKeer(true).build();
    assertThat(advies(verband().lerendNetwerk(ln).build()).codes()).doesNotContain("LN-02");
  }

  /** Old: a meeting that did not record an agreement had none. */
  @Test
  void ln02SilentAndAsksWhenTheAgreementIsUnknown() {
    LerendNetwerk ln = LerendNetwerk.builder().naam("Meedoen en Activering").laatsteBijeenkomst(LocalDate.of(2026, 10, 5)).build();
    Adviesrapport r = advies(verband().lerendNetwerk(ln).build());
    assertThat(r.codes()).doesNotContain("LN-02");
    assertThat(vraagt(r, "LN-02", "v1", "lerendNetwerk.afspraakVolgendeKeer")).isTrue();
  }

  @Test
  void ln02DoesNotFireWithoutALearningNetwork() {
    assertThat(advies(verband().build()).codes()).doesNotContain("LN-02");
  }

  // Scenario S9

  private static Samenwerkingsverband s9() {
    return Json.create().readSamenwerkingsverband(Scenarios.json("s9-ervaringsdeskundige-alleen-management.json"));
  }

  @Test
  void scenarioS9GivesExactlyEd01Ed02AndEd03() {
    Adviesrapport r = advies(s9());
    assertThat(r.adviezen().stream().filter(a -> a.model() == Adviesmodel.ERVARINGSDESKUNDIGHEID
            || a.model() == Adviesmodel.POSITIONERING || a.model() == Adviesmodel.ZRM).map(Advies::code))
        .containsExactly("ED-01", "ED-02", "ED-03");
    assertThat(r.met("ED-01").get(0).prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(onderwerpen(r, "ED-01")).containsExactly(List.of("org-zorggroep-reestdal"));
    assertThat(r.met("ED-03").get(0).uitleg()).contains("Inzet ervaringsdeskundige mantelzorger");
    // The story does not say how carers take part in policy: ED-06 is decided by another member, who has an expert.
    assertThat(r.vragenVoor("ED-06")).isEmpty();
  }

  @Test
  void scenarioS9ReadsInEnglish() {
    Adviesrapport r = ENGELS.advise(s9(), PEILDATUM);
    assertThat(r.met("ED-02").get(0).uitleg())
        .isEqualTo("Zorggroep Reestdal: expert(s) by experience Marloes de Boer, embedding planned: no");
    assertThat(r.met("ED-01").get(0).uitleg())
        .isEqualTo("Zorggroep Reestdal: expert(s) by experience Marloes de Boer, support management only");
  }
}
