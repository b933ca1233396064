package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.onderwerpen;
import static io.github.mantelzorg.rules.Fixtures.organisatie;
import static io.github.mantelzorg.rules.Fixtures.verband;
import static io.github.mantelzorg.rules.Fixtures.vuurt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Draagvlak;
import io.github.mantelzorg.model.Ervaringsdeskundige;
import io.github.mantelzorg.model.LerendNetwerk;
import io.github.mantelzorg.model.Organisatie;
import io.github.mantelzorg.model.OrganisatieType;
import io.github.mantelzorg.model.ParticipatieTrede;
import io.github.mantelzorg.model.Project;
import io.github.mantelzorg.model.Samenwerkingsverband;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rules of ervaringsdeskundigheid.drl: experts by experience, support for projects, learning networks. */
class ErvaringsdeskundigheidRegelsTest {
  private static final List<String> CODES = List.of("ED-01", "ED-02", "ED-03", "ED-04", "ED-05", "ED-06", "LN-01", "LN-02");

  private static Ervaringsdeskundige ed(String id, String naam) {
    return Ervaringsdeskundige.builder().id(id).naam(naam).build();
  }

  /** Member o1 with an expert by experience, broad support and the embedding planned. */
  private static Organisatie.Builder metEd() {
    return organisatie("o1", OrganisatieType.WELZIJNSORGANISATIE).addErvaringsdeskundigen(ed("ed1", "Marloes de Boer"))
        .draagvlak(Draagvlak.BREED).inbeddingErvaringsdeskundigeGepland(true);
  }

  /** A project with broad support that looks for nothing. */
  private static Project.Builder project() {
    return Project.builder().naam("Samen in gesprek").draagvlak(Draagvlak.BREED);
  }

  /** The quiet partnership with o1 replaced. */
  private static Samenwerkingsverband met(Organisatie o1) {
    Samenwerkingsverband v = verband().build();
    return v.withLeden(List.of(o1, v.leden().get(1), v.leden().get(2)));
  }

  private static Samenwerkingsverband metProject(Project p) {
    return met(metEd().addProjecten(p).build());
  }

  @Test
  void partnershipWithAWellEmbeddedExpertFiresNoRuleOfThisTopic() {
    Samenwerkingsverband v = metProject(project().build());
    assertThat(advies(v).codes()).doesNotContainAnyElementsOf(CODES);
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
  void ed01DoesNotFireWithoutAnExpert() {
    Organisatie o = organisatie("o1", OrganisatieType.WELZIJNSORGANISATIE).draagvlak(Draagvlak.ALLEEN_MANAGEMENT).build();
    assertThat(advies(met(o)).codes()).doesNotContain("ED-01");
  }

  @Test
  void ed01DoesNotFireWhenSupportIsUnknown() {
    Organisatie o = metEd().build().withDraagvlak(java.util.Optional.empty());
    assertThat(advies(met(o)).codes()).doesNotContain("ED-01");
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
  void ed02DoesNotFireWithoutAnExpert() {
    assertThat(advies(verband().build()).codes()).doesNotContain("ED-02");
  }

  // ED-03

  @Test
  void ed03FiresForAProjectWithoutSupport() {
    Adviesrapport r = advies(metProject(project().draagvlak(Draagvlak.GEEN).build()));
    assertThat(vuurt(r, "ED-03", "o1")).isTrue();
    assertThat(r.met("ED-03").get(0).uitleg()).isEqualTo("Organisatie o1: project \"Samen in gesprek\" heeft draagvlak geen");
  }

  @Test
  void ed03FiresOncePerProjectSupportedByManagementOnly() {
    Organisatie o = metEd().addProjecten(project().draagvlak(Draagvlak.ALLEEN_MANAGEMENT).build(),
        project().naam("Podcast").draagvlak(Draagvlak.ALLEEN_MANAGEMENT).build(), project().naam("Goed").build()).build();
    Adviesrapport r = advies(met(o));
    assertThat(r.met("ED-03")).extracting(Advies::uitleg).containsExactlyInAnyOrder(
        "Organisatie o1: project \"Samen in gesprek\" heeft draagvlak alleen management",
        "Organisatie o1: project \"Podcast\" heeft draagvlak alleen management");
  }

  @Test
  void ed03DoesNotFireForAProjectSupportedOnTheWorkFloor() {
    assertThat(advies(metProject(project().draagvlak(Draagvlak.ALLEEN_WERKVLOER).build())).codes()).doesNotContain("ED-03");
  }

  // ED-04

  @Test
  void ed04FiresWhenAProjectLooksForParticipantsWithoutSelfRegistration() {
    Adviesrapport r = advies(metProject(project().zoektDeelnemers(true).build()));
    assertThat(vuurt(r, "ED-04", "o1")).isTrue();
    assertThat(r.met("ED-04").get(0).uitleg()).isEqualTo("Organisatie o1: project \"Samen in gesprek\" zoekt deelnemers; zelfaanmelding: nee");
  }

  @Test
  void ed04DoesNotFireWhenParticipantsSignUpThemselves() {
    assertThat(advies(metProject(project().zoektDeelnemers(true).deelnemersMeldenZichZelf(true).build())).codes())
        .doesNotContain("ED-04");
  }

  @Test
  void ed04DoesNotFireWhenTheProjectIsNotLookingForParticipants() {
    assertThat(advies(metProject(project().build())).codes()).doesNotContain("ED-04");
  }

  // ED-05

  @Test
  void ed05FiresWhenAProjectSeeksFundingWithoutLinkToStrategy() {
    Adviesrapport r = advies(metProject(project().zoektFinanciering(true).build()));
    assertThat(vuurt(r, "ED-05", "o1")).isTrue();
    assertThat(r.met("ED-05").get(0).uitleg()).contains("zoekt financiering; verbonden met strategie: nee");
  }

  @Test
  void ed05DoesNotFireWhenTheProjectIsLinkedToStrategy() {
    assertThat(advies(metProject(project().zoektFinanciering(true).verbondenMetStrategie(true).build())).codes())
        .doesNotContain("ED-05");
  }

  @Test
  void ed05DoesNotFireWhenTheProjectSeeksNoFunding() {
    assertThat(advies(metProject(project().build())).codes()).doesNotContain("ED-05");
  }

  // ED-06

  @Test
  void ed06FiresWithoutExpertsWhenCarersAreOnlyConsulted() {
    Adviesrapport r = advies(verband().mantelzorgersBetrokkenBijBeleid(ParticipatieTrede.RAADPLEGEN).build());
    assertThat(vuurt(r, "ED-06", "v1")).isTrue();
    assertThat(r.met("ED-06").get(0).uitleg())
        .isEqualTo("Samen voor mantelzorg Leiden: geen ervaringsdeskundige bij 3 leden; mantelzorgers betrokken bij beleid op trede raadplegen");
  }

  @Test
  void ed06DoesNotFireWhenCarersAdvise() {
    assertThat(advies(verband().mantelzorgersBetrokkenBijBeleid(ParticipatieTrede.ADVISEREN).build()).codes())
        .doesNotContain("ED-06");
  }

  @Test
  void ed06DoesNotFireWhenAMemberDeploysAnExpert() {
    assertThat(advies(met(metEd().build())).codes()).doesNotContain("ED-06");
  }

  @Test
  void ed06IgnoresExpertsOfCandidates() {
    Samenwerkingsverband v = verband().addKandidaten(metEd().id("k1").inLerendNetwerk(true).build()).build();
    assertThat(advies(v).codes()).contains("ED-06");
  }

  // LN-01

  @Test
  void ln01FiresForACandidateOutsideAnyLearningNetwork() {
    Samenwerkingsverband v = verband().addKandidaten(organisatie("k1", OrganisatieType.HUISARTS).build()).build();
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

  @Test
  void ln01DoesNotFireForMembers() {
    assertThat(advies(verband().build()).codes()).doesNotContain("LN-01");
  }

  // LN-02

  @Test
  void ln02FiresWhenTheLastMeetingEndedWithoutAgreement() {
    LerendNetwerk ln = LerendNetwerk.builder().naam("Meedoen en Activering").laatsteBijeenkomst(LocalDate.of(2026, 10, 5)).build();
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

  @Test
  void ln02DoesNotFireWithoutALearningNetwork() {
    assertThat(advies(verband().build()).codes()).doesNotContain("LN-02");
  }

  // Scenario S9

  /** S9 (scenarios.md, golden file s9-ervaringsdeskundige-alleen-management.json). */
  static Samenwerkingsverband s9() {
    return Samenwerkingsverband.builder().id("SV-2026-MEPPEL").naam("Samen voor Mantelzorgers Meppel").addGemeenten("Meppel")
        .addLeden(organisatie("org-zorggroep-reestdal", OrganisatieType.ZORGORGANISATIE).naam("Zorggroep Reestdal")
            .gemeente("Meppel").heeftVisie(false).addErvaringsdeskundigen(ed("ed-marloes", "Marloes de Boer"))
            .draagvlak(Draagvlak.ALLEEN_MANAGEMENT)
            .addProjecten(Project.builder().naam("Inzet ervaringsdeskundige mantelzorger").draagvlak(Draagvlak.ALLEEN_MANAGEMENT).build())
            .build())
        .addLeden(organisatie("org-steunpunt-meppel", OrganisatieType.MANTELZORGSTEUNPUNT).naam("Steunpunt Mantelzorg Meppel")
            .gemeente("Meppel").heeftVisie(false).build())
        .mantelzorgersBetrokkenBijBeleid(ParticipatieTrede.GEEN_CONTACT)
        .build();
  }

  @Test
  void scenarioS9GivesTheExpectedAdvice() {
    Adviesrapport r = advies(s9());
    assertThat(r.codes()).contains("ED-01", "ED-02", "ED-03").doesNotContain("ED-04", "ED-05", "ED-06", "LN-01", "LN-02");
    assertThat(r.met("ED-01").get(0).prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(onderwerpen(r, "ED-01")).containsExactly(List.of("org-zorggroep-reestdal"));
    assertThat(r.met("ED-03").get(0).uitleg()).contains("Inzet ervaringsdeskundige mantelzorger");
  }

  @Test
  void scenarioS9ReadsInEnglish() {
    Adviesrapport r = AdviesEngine.builder().taal(Taal.EN).build().advise(s9(), PEILDATUM);
    assertThat(r.met("ED-02").get(0).uitleg()).isEqualTo("Zorggroep Reestdal: expert(s) by experience Marloes de Boer, embedding planned: no");
  }

  @Test
  void everyRuleOfThisTopicHasItsTextsInBothLanguages() {
    for (Taal t : Taal.values()) {
      List<Regel> regels = AdviesEngine.builder().taal(t).build().regels().stream()
          .filter(g -> CODES.contains(g.code())).collect(Collectors.toList());
      assertThat(regels).extracting(Regel::code).containsExactlyElementsOf(CODES);
      assertThat(regels).allSatisfy(g -> {
        assertThat(g.samenvatting().length()).isLessThanOrEqualTo(140);
        assertThat(g.stappen()).isNotEmpty();
        assertThat(g.model()).isEqualTo(Adviesmodel.ERVARINGSDESKUNDIGHEID);
      });
    }
  }
}
