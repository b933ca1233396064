package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.mantelzorger;
import static io.github.mantelzorg.rules.Fixtures.netwerk;
import static io.github.mantelzorg.rules.Fixtures.onderwerpen;
import static io.github.mantelzorg.rules.Fixtures.organisatie;
import static io.github.mantelzorg.rules.Fixtures.vuurt;
import static io.github.mantelzorg.rules.Fixtures.zorgvrager;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Aandacht;
import io.github.mantelzorg.model.Aandoening;
import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Beroepskracht;
import io.github.mantelzorg.model.ContactMoment;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.OrganisatieType;
import io.github.mantelzorg.model.Relatie;
import io.github.mantelzorg.model.SofaProfiel;
import io.github.mantelzorg.model.ZelfregieNiveau;
import io.github.mantelzorg.model.ZelfregieProfiel;
import io.github.mantelzorg.model.Zorgnetwerk;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules of sofa.drl: how professionals work with a mantelzorger along the SOFA roles. */
class SofaRegelsTest {
  private static final LocalDate DATUM = LocalDate.of(2026, 10, 2);

  /** A profile that fires nothing: every role enough attention, every practice item in place. */
  private static SofaProfiel.Builder goed() {
    return SofaProfiel.builder().samenwerken(Aandacht.VOLDOENDE).ondersteunen(Aandacht.VOLDOENDE)
        .faciliteren(Aandacht.VOLDOENDE).afstemmen(Aandacht.VOLDOENDE).betrokkenBijZorgplan(true)
        .vastAanspreekpunt(true).wensenEnGrenzenBesproken(true);
  }

  private static Zorgnetwerk met(Mantelzorger.Builder m) {
    return netwerk().mantelzorgers(List.of(m.build())).build();
  }

  private static Adviesrapport adviesVoor(SofaProfiel.Builder s) {
    return advies(met(mantelzorger("m1").sofa(s.build())));
  }

  private static Beroepskracht.Builder verpleegkundige(boolean aanspreekpunt) {
    return Beroepskracht.builder().id("b1").naam("Wijkverpleegkundige").organisatie("o1").aanspreekpunt(aanspreekpunt);
  }

  @Test
  void aGoodProfileGivesNoSofaAdvice() {
    assertThat(adviesVoor(goed()).codes()).noneMatch(c -> c.startsWith("SO-"));
  }

  @Test
  void aCarerWithoutProfileGetsNoProfileBasedAdvice() {
    assertThat(advies(netwerk().build()).codes()).noneMatch(c -> c.startsWith("SO-"));
  }

  @Test
  void so01FiresWhenTheCarerIsNotInvolvedInTheCarePlan() {
    Adviesrapport r = adviesVoor(goed().betrokkenBijZorgplan(false));
    assertThat(vuurt(r, "SO-01", "m1")).isTrue();
    assertThat(r.met("SO-01").get(0).prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(r.met("SO-01").get(0).uitleg()).contains("betrokken bij zorgplan nee");
  }

  @Test
  void so01DoesNotFireWhenTheCarerIsInvolved() {
    assertThat(adviesVoor(goed().betrokkenBijZorgplan(true)).codes()).doesNotContain("SO-01");
  }

  @Test
  void so02FiresWithoutFixedContactAndNoProfessionalAsContact() {
    Zorgnetwerk n = netwerk().addOrganisaties(organisatie("o1", OrganisatieType.THUISZORG).build())
        .addBeroepskrachten(verpleegkundige(false).build())
        .mantelzorgers(List.of(mantelzorger("m1").sofa(goed().vastAanspreekpunt(false).build()).build())).build();
    Adviesrapport r = advies(n);
    assertThat(vuurt(r, "SO-02", "m1")).isTrue();
    assertThat(r.met("SO-02").get(0).uitleg()).contains("vast aanspreekpunt nee; geen van de 1 beroepskrachten");
  }

  @Test
  void so02DoesNotFireWhenAProfessionalIsTheContactPerson() {
    Zorgnetwerk n = netwerk().addOrganisaties(organisatie("o1", OrganisatieType.THUISZORG).build())
        .addBeroepskrachten(verpleegkundige(true).build())
        .mantelzorgers(List.of(mantelzorger("m1").sofa(goed().vastAanspreekpunt(false).build()).build())).build();
    assertThat(advies(n).codes()).doesNotContain("SO-02");
  }

  @Test
  void so02DoesNotFireWithAFixedContactPerson() {
    assertThat(adviesVoor(goed().vastAanspreekpunt(true)).codes()).doesNotContain("SO-02");
  }

  @Test
  void so02GivesOneAdvicePerCarerWithProfile() {
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(
        mantelzorger("m1").sofa(goed().vastAanspreekpunt(false).build()).build(),
        mantelzorger("m2").hoofdmantelzorger(false).sofa(goed().vastAanspreekpunt(false).build()).build(),
        mantelzorger("m3").hoofdmantelzorger(false).build())).build();
    assertThat(onderwerpen(advies(n), "SO-02")).containsExactlyInAnyOrder(List.of("m1"), List.of("m2"));
  }

  private static Adviesrapport overbelast(int csi, Aandacht ondersteunen) {
    return advies(met(mantelzorger("m1").addBelasting(Belastingmeting.csi(csi, DATUM))
        .sofa(goed().ondersteunen(ondersteunen).build())));
  }

  @Test
  void so03FiresForAnOverloadedCarerWithLittleSupport() {
    Adviesrapport r = overbelast(7, Aandacht.WEINIG);
    assertThat(vuurt(r, "SO-03", "m1")).isTrue();
    Advies a = r.met("SO-03").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.KRITIEK);
    assertThat(a.uitleg()).contains("overbelast volgens CSI van 2026-10-02, aandacht voor ondersteunen weinig");
  }

  @Test
  void so03FiresWithNoSupportAtAll() {
    assertThat(vuurt(overbelast(7, Aandacht.GEEN), "SO-03", "m1")).isTrue();
  }

  @Test
  void so03DoesNotFireBelowTheCsiCutOff() {
    assertThat(overbelast(6, Aandacht.GEEN).codes()).doesNotContain("SO-03");
  }

  @Test
  void so03DoesNotFireWhenSupportIsEnoughOrUnknown() {
    assertThat(overbelast(7, Aandacht.VOLDOENDE).codes()).doesNotContain("SO-03");
    assertThat(overbelast(7, Aandacht.ONBEKEND).codes()).doesNotContain("SO-03");
  }

  @Test
  void so04FiresWhenTheRelationshipGetsLittleAttention() {
    Adviesrapport r = adviesVoor(goed().faciliteren(Aandacht.WEINIG));
    assertThat(vuurt(r, "SO-04", "m1")).isTrue();
    assertThat(r.met("SO-04").get(0).uitleg()).contains("(partner): aandacht voor faciliteren weinig");
    assertThat(vuurt(adviesVoor(goed().faciliteren(Aandacht.GEEN)), "SO-04", "m1")).isTrue();
  }

  @Test
  void so04DoesNotFireWithEnoughOrUnknownAttention() {
    assertThat(adviesVoor(goed().faciliteren(Aandacht.VOLDOENDE)).codes()).doesNotContain("SO-04");
    assertThat(adviesVoor(goed().faciliteren(Aandacht.ONBEKEND)).codes()).doesNotContain("SO-04");
  }

  @Test
  void so05FiresWhenTheExpertRoleGetsLittleAttention() {
    Adviesrapport r = adviesVoor(goed().afstemmen(Aandacht.WEINIG));
    assertThat(vuurt(r, "SO-05", "m1")).isTrue();
    assertThat(r.met("SO-05").get(0).uitleg()).contains("aandacht voor afstemmen weinig, wensen en grenzen besproken ja");
  }

  @Test
  void so05FiresWhenWishesAndLimitsWereNotDiscussed() {
    Adviesrapport r = adviesVoor(goed().wensenEnGrenzenBesproken(false));
    assertThat(vuurt(r, "SO-05", "m1")).isTrue();
    assertThat(r.met("SO-05").get(0).uitleg()).contains("afstemmen voldoende, wensen en grenzen besproken nee");
  }

  @Test
  void so05DoesNotFireWithEnoughAlignmentAndWishesDiscussed() {
    assertThat(adviesVoor(goed()).codes()).doesNotContain("SO-05");
    assertThat(adviesVoor(goed().afstemmen(Aandacht.ONBEKEND)).codes()).doesNotContain("SO-05");
  }

  @Test
  void so06FiresWhenExactlyOneRoleGetsEnoughAttention() {
    Adviesrapport r = adviesVoor(goed().samenwerken(Aandacht.VOLDOENDE).ondersteunen(Aandacht.GEEN)
        .faciliteren(Aandacht.WEINIG).afstemmen(Aandacht.WEINIG));
    assertThat(vuurt(r, "SO-06", "m1")).isTrue();
    assertThat(r.met("SO-06").get(0).uitleg()).contains("alleen samenwerken voldoende")
        .contains("ondersteunen geen, faciliteren weinig, afstemmen weinig");
  }

  @Test
  void so06DoesNotFireWithTwoRolesEnough() {
    assertThat(adviesVoor(goed().ondersteunen(Aandacht.GEEN).faciliteren(Aandacht.WEINIG)).codes())
        .doesNotContain("SO-06");
  }

  @Test
  void so06DoesNotFireWhenAnotherRoleIsUnknown() {
    assertThat(adviesVoor(goed().ondersteunen(Aandacht.GEEN).faciliteren(Aandacht.WEINIG)
        .afstemmen(Aandacht.ONBEKEND)).codes()).doesNotContain("SO-06");
  }

  @Test
  void so06DoesNotFireWhenNoRoleIsEnough() {
    assertThat(adviesVoor(goed().samenwerken(Aandacht.WEINIG).ondersteunen(Aandacht.GEEN)
        .faciliteren(Aandacht.WEINIG).afstemmen(Aandacht.WEINIG)).codes()).doesNotContain("SO-06");
  }

  @Test
  void so07FiresForACarerAtADistance() {
    Adviesrapport r = adviesVoor(goed().woontOpAfstand(true));
    assertThat(vuurt(r, "SO-07", "m1")).isTrue();
    assertThat(r.met("SO-07").get(0).prioriteit()).isEqualTo(Prioriteit.LAAG);
    assertThat(r.met("SO-07").get(0).uitleg()).contains("woont op afstand ja");
  }

  @Test
  void so07DoesNotFireForACarerNearby() {
    assertThat(adviesVoor(goed().woontOpAfstand(false)).codes()).doesNotContain("SO-07");
  }

  @Test
  void so08FiresForACarerWhoDoesNotRecogniseThemselvesEvenWithoutProfile() {
    Adviesrapport r = advies(met(mantelzorger("m1").relatie(Relatie.KIND).herkentZichAlsMantelzorger(false)));
    assertThat(vuurt(r, "SO-08", "m1")).isTrue();
    assertThat(r.met("SO-08").get(0).uitleg()).contains("(kind): herkent zich als mantelzorger nee");
  }

  @Test
  void so08DoesNotFireForACarerWhoRecognisesThemselves() {
    assertThat(advies(met(mantelzorger("m1").herkentZichAlsMantelzorger(true))).codes()).doesNotContain("SO-08");
  }

  @Test
  void so09FiresAtTheStartWhenNoRoleWasAssessed() {
    Adviesrapport r = adviesVoor(SofaProfiel.builder().moment(ContactMoment.BEGINFASE));
    assertThat(vuurt(r, "SO-09", "m1")).isTrue();
    assertThat(r.met("SO-09").get(0).uitleg()).contains("contactmoment beginfase, 4 van de 4 SOFA-rollen nog onbekend");
  }

  @Test
  void so09DoesNotFireAtTheStartOnceOneRoleIsAssessed() {
    assertThat(adviesVoor(SofaProfiel.builder().moment(ContactMoment.BEGINFASE).samenwerken(Aandacht.WEINIG)).codes())
        .doesNotContain("SO-09");
  }

  @Test
  void so09DoesNotFireInDailyPracticeWithNothingAssessed() {
    assertThat(adviesVoor(SofaProfiel.builder().moment(ContactMoment.DAGELIJKSE_PRAKTIJK)).codes())
        .doesNotContain("SO-09");
  }

  @Test
  void englishExplanationsAreFilledToo() {
    Adviesrapport r = AdviesEngine.builder().taal(Taal.EN).build().advise(met(mantelzorger("m1").sofa(goed().woontOpAfstand(true).build())),
        Fixtures.PEILDATUM);
    assertThat(r.met("SO-07").get(0).uitleg()).isEqualTo("Mantelzorger m1: lives at a distance yes");
  }

  /** Scenario S1: Peter, son of Jan with dementia; the thuiszorg nurse only informs him. */
  @Test
  void scenarioS1PeterGetsTheExpectedSofaAdvice() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().leeftijd(84).aandoeningen(List.of(Aandoening.DEMENTIE)).build())
        .addOrganisaties(organisatie("o1", OrganisatieType.THUISZORG).build())
        .addBeroepskrachten(verpleegkundige(false).build())
        .mantelzorgers(List.of(mantelzorger("peter").naam("Peter").relatie(Relatie.KIND).leeftijd(52).werkt(true)
            .urenPerWeek(14).maanden(24).herkentZichAlsMantelzorger(false)
            .addBelasting(Belastingmeting.csi(8, DATUM))
            .zelfregie(ZelfregieProfiel.builder().datum(DATUM).eigenaarschap(ZelfregieNiveau.STERK)
                .eigenKracht(ZelfregieNiveau.MATIG).motivatie(ZelfregieNiveau.STERK).contacten(ZelfregieNiveau.ZWAK).build())
            .sofa(SofaProfiel.builder().samenwerken(Aandacht.VOLDOENDE).ondersteunen(Aandacht.GEEN)
                .faciliteren(Aandacht.WEINIG).afstemmen(Aandacht.WEINIG).betrokkenBijZorgplan(false).build())
            .build()))
        .build();
    Adviesrapport r = advies(n);
    for (String code : List.of("SO-01", "SO-04", "SO-05", "SO-06")) {
      assertThat(vuurt(r, code, "peter")).as(code).isTrue();
    }
    // SO-03 fires too but the combined rule CB-01 replaces it, and CB-04 may stand in for SO-08: not asserted here.
    assertThat(r.met("SO-06").get(0).uitleg()).contains("Peter: alleen samenwerken voldoende");
  }
}
