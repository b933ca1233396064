package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.mantelzorger;
import static io.github.mantelzorg.rules.Fixtures.netwerk;
import static io.github.mantelzorg.rules.Fixtures.onderwerpen;
import static io.github.mantelzorg.rules.Fixtures.vraagt;
import static io.github.mantelzorg.rules.Fixtures.vuurt;
import static io.github.mantelzorg.rules.Fixtures.zorgvrager;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.NetwerkCoaching;
import io.github.mantelzorg.model.NetwerkStap;
import io.github.mantelzorg.model.ZelfregieNiveau;
import io.github.mantelzorg.model.ZelfregieProfiel;
import io.github.mantelzorg.model.Zorgnetwerk;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Rules of zelfregie.drl: the four elements of zelfregie for the zorgvrager and each carer. The conditions are the
 * shared ones of basis.drl, whose explanations name the person and the element level ("Mantelzorger m1: eigenaarschap
 * zwak"); the role and the assessment date that the old explanations showed are not among their facts (only weak
 * contacts show the date).
 */
class ZelfregieRegelsTest {
  private static final LocalDate DATUM = LocalDate.of(2026, 9, 15);
  private static final List<String> ZR = List.of("ZR-01", "ZR-02", "ZR-03", "ZR-04", "ZR-05", "ZR-06");

  /** A profile that fires nothing: every element strong, reciprocity present. */
  private static ZelfregieProfiel.Builder sterk() {
    return ZelfregieProfiel.builder().datum(DATUM).eigenaarschap(ZelfregieNiveau.STERK)
        .eigenKracht(ZelfregieNiveau.STERK).motivatie(ZelfregieNiveau.STERK).contacten(ZelfregieNiveau.STERK)
        .wederkerigheid(true);
  }

  /** Every element weak. */
  private static ZelfregieProfiel.Builder allesZwak() {
    return sterk().eigenaarschap(ZelfregieNiveau.ZWAK).eigenKracht(ZelfregieNiveau.ZWAK)
        .motivatie(ZelfregieNiveau.ZWAK).contacten(ZelfregieNiveau.ZWAK);
  }

  /** The quiet network whose carer m1 has this profile. */
  private static Zorgnetwerk carerMet(ZelfregieProfiel.Builder p) {
    return netwerk().mantelzorgers(List.of(mantelzorger("m1").zelfregie(p.build()).build())).build();
  }

  private static Adviesrapport adviesVoor(ZelfregieProfiel.Builder p) {
    return advies(carerMet(p));
  }

  private static Set<String> zrCodes(Adviesrapport r) {
    Set<String> s = new TreeSet<>();
    r.codes().stream().filter(ZR::contains).forEach(s::add);
    return s;
  }

  @Test
  void aStrongProfileGivesNoZelfregieAdvice() {
    assertThat(zrCodes(adviesVoor(sterk()))).isEmpty();
  }

  // ZR-01

  @Test
  void zr01FiresForWeakOwnershipOfTheCarer() {
    Adviesrapport r = adviesVoor(sterk().eigenaarschap(ZelfregieNiveau.ZWAK));
    assertThat(vuurt(r, "ZR-01", "m1")).isTrue();
    Advies a = r.met("ZR-01").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(a.uitleg()).isEqualTo("Mantelzorger m1: eigenaarschap zwak");
  }

  @Test
  void zr01DoesNotFireForModerateOwnership() {
    assertThat(adviesVoor(sterk().eigenaarschap(ZelfregieNiveau.MATIG)).codes()).doesNotContain("ZR-01");
  }

  @Test
  void zr01SilentAndAsksWhenOwnershipWasNotAssessed() {
    Adviesrapport r = adviesVoor(sterk().eigenaarschap(Optional.empty()));
    assertThat(r.codes()).doesNotContain("ZR-01");
    assertThat(vraagt(r, "ZR-01", "m1", "zelfregie.eigenaarschap")).isTrue();
  }

  @Test
  void zr01SilentAndAsksOneQuestionAboutTheWholeProfileWhenNoneWasRecorded() {
    Adviesrapport r = advies(netwerk().build());
    assertThat(zrCodes(r)).isEmpty();
    assertThat(vraagt(r, "ZR-01", "m1", "zelfregie")).isTrue();
    assertThat(r.openVragen()).filteredOn(v -> v.onderwerp().equals("m1") && v.sleutel().startsWith("zelfregie"))
        .singleElement().satisfies(v -> assertThat(v.codes()).containsAll(ZR));
  }

  @Test
  void zr01FiresForTheZorgvragerToo() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager()
        .zelfregie(sterk().eigenaarschap(ZelfregieNiveau.ZWAK).build()).build()).build();
    Adviesrapport r = advies(n);
    assertThat(onderwerpen(r, "ZR-01")).containsExactly(List.of("z1"));
    assertThat(r.met("ZR-01").get(0).uitleg()).isEqualTo("Jan: eigenaarschap zwak");
  }

  @Test
  void oneAdvicePerPersonWithAWeakElementAndNoneWithoutProfile() {
    ZelfregieProfiel zwak = sterk().eigenaarschap(ZelfregieNiveau.ZWAK).build();
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().zelfregie(zwak).build())
        .mantelzorgers(List.of(mantelzorger("m1").zelfregie(zwak).build(),
            mantelzorger("m2").hoofdmantelzorger(false).zelfregie(zwak).build(),
            mantelzorger("m3").hoofdmantelzorger(false).build()))
        .build();
    assertThat(onderwerpen(advies(n), "ZR-01"))
        .containsExactlyInAnyOrder(List.of("z1"), List.of("m1"), List.of("m2"));
  }

  // ZR-02

  @Test
  void zr02FiresForWeakOwnStrength() {
    Adviesrapport r = adviesVoor(sterk().eigenKracht(ZelfregieNiveau.ZWAK));
    assertThat(vuurt(r, "ZR-02", "m1")).isTrue();
    assertThat(r.met("ZR-02").get(0).uitleg()).contains("eigen kracht zwak");
    assertThat(r.met("ZR-02").get(0).prioriteit()).isEqualTo(Prioriteit.MIDDEL);
  }

  @Test
  void zr02DoesNotFireForModerateOwnStrength() {
    assertThat(adviesVoor(sterk().eigenKracht(ZelfregieNiveau.MATIG)).codes()).doesNotContain("ZR-02");
  }

  @Test
  void zr02SilentAndAsksWhenOwnStrengthWasNotAssessed() {
    Adviesrapport r = adviesVoor(sterk().eigenKracht(Optional.empty()));
    assertThat(r.codes()).doesNotContain("ZR-02");
    assertThat(vraagt(r, "ZR-02", "m1", "zelfregie.eigenKracht")).isTrue();
  }

  // ZR-03

  @Test
  void zr03FiresForWeakMotivation() {
    Adviesrapport r = adviesVoor(sterk().motivatie(ZelfregieNiveau.ZWAK));
    assertThat(vuurt(r, "ZR-03", "m1")).isTrue();
    assertThat(r.met("ZR-03").get(0).uitleg()).contains("motivatie zwak");
    assertThat(r.met("ZR-03").get(0).naam()).isEqualTo("Motivatie zwak");
  }

  /** The old rule fired on a motivation not assessed ("onduidelijk"); unknown is not no: now it is a question. */
  @Test
  void zr03SilentAndAsksWhenMotivationWasNotAssessed() {
    Adviesrapport r = adviesVoor(sterk().motivatie(Optional.empty()));
    assertThat(r.codes()).doesNotContain("ZR-03");
    assertThat(vraagt(r, "ZR-03", "m1", "zelfregie.motivatie")).isTrue();
  }

  @Test
  void zr03DoesNotFireForModerateMotivation() {
    assertThat(adviesVoor(sterk().motivatie(ZelfregieNiveau.MATIG)).codes()).doesNotContain("ZR-03");
  }

  // ZR-04

  @Test
  void zr04FiresForWeakContacts() {
    Adviesrapport r = adviesVoor(sterk().contacten(ZelfregieNiveau.ZWAK));
    assertThat(vuurt(r, "ZR-04", "m1")).isTrue();
    Advies a = r.met("ZR-04").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(a.uitleg()).isEqualTo("Mantelzorger m1: contacten zwak (zelfregie 2026-09-15)");
  }

  @Test
  void zr04DoesNotFireForModerateContacts() {
    assertThat(adviesVoor(sterk().contacten(ZelfregieNiveau.MATIG)).codes()).doesNotContain("ZR-04");
  }

  @Test
  void zr04SilentAndAsksWhenContactsWereNotAssessed() {
    Adviesrapport r = adviesVoor(sterk().contacten(Optional.empty()));
    assertThat(r.codes()).doesNotContain("ZR-04");
    assertThat(vraagt(r, "ZR-04", "m1", "zelfregie.contacten")).isTrue();
  }

  /**
   * Advice never proposes what is in place: ZR-04 does not offer a netwerkcoach at all (NW-06 does, when no trajectory
   * runs), so it needs no question about coaching and says nothing false while a trajectory runs.
   */
  @Test
  void zr04FiresForTheZorgvragerWhileCoachingRunsWithoutOfferingACoach() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().zelfregie(sterk().contacten(ZelfregieNiveau.ZWAK).build()).build())
        .netwerkCoaching(NetwerkCoaching.builder().huidigeStap(NetwerkStap.NETWERK_IN_KAART).sinds(DATUM).build())
        .build();
    Adviesrapport r = advies(n);
    assertThat(onderwerpen(r, "ZR-04")).containsExactly(List.of("z1"));
    Advies a = r.met("ZR-04").get(0);
    assertThat(String.join(" ", a.stappen()) + " " + a.samenvatting()).doesNotContainIgnoringCase("bied een vrijwillige netwerkcoach");
    assertThat(vraagt(r, "ZR-04", "n1", "netwerkCoaching")).isFalse();
  }

  // ZR-05

  @Test
  void zr05FiresForModerateContactsWithoutReciprocity() {
    Adviesrapport r = adviesVoor(sterk().contacten(ZelfregieNiveau.MATIG).wederkerigheid(false));
    assertThat(vuurt(r, "ZR-05", "m1")).isTrue();
    assertThat(r.met("ZR-05").get(0).uitleg()).isEqualTo("Mantelzorger m1: contacten matig; geen wederkerigheid");
  }

  @Test
  void zr05DoesNotFireForStrongContactsWithoutReciprocity() {
    assertThat(adviesVoor(sterk().wederkerigheid(false)).codes()).doesNotContain("ZR-05");
  }

  @Test
  void zr05DoesNotFireWhenThePersonGivesBack() {
    assertThat(adviesVoor(sterk().contacten(ZelfregieNiveau.ZWAK).wederkerigheid(true)).codes()).doesNotContain("ZR-05");
  }

  @Test
  void zr05SilentAndAsksWhenReciprocityIsUnknown() {
    Adviesrapport r = adviesVoor(sterk().contacten(ZelfregieNiveau.ZWAK).wederkerigheid(Optional.empty()));
    assertThat(r.codes()).doesNotContain("ZR-05");
    assertThat(vraagt(r, "ZR-05", "m1", "zelfregie.wederkerigheid")).isTrue();
  }

  @Test
  void zr05SilentAndAsksWhenContactsWereNotAssessed() {
    Adviesrapport r = adviesVoor(sterk().contacten(Optional.empty()).wederkerigheid(false));
    assertThat(r.codes()).doesNotContain("ZR-05");
    assertThat(vraagt(r, "ZR-05", "m1", "zelfregie.contacten")).isTrue();
  }

  // ZR-06

  @Test
  void zr06FiresWhenAllFourElementsAreWeakAndReplacesTheElementAdvice() {
    Adviesrapport r = adviesVoor(allesZwak());
    assertThat(vuurt(r, "ZR-06", "m1")).isTrue();
    Advies a = r.met("ZR-06").get(0);
    assertThat(a.uitleg()).isEqualTo("Mantelzorger m1: eigenaarschap, eigen kracht, motivatie en contacten alle zwak");
    assertThat(a.vervangt()).containsExactly("ZR-01", "ZR-02", "ZR-03", "ZR-04");
    assertThat(r.codes()).doesNotContain("ZR-01", "ZR-02", "ZR-03", "ZR-04");
  }

  @Test
  void zr06DoesNotFireWhenOneElementIsModerate() {
    Adviesrapport r = adviesVoor(allesZwak().contacten(ZelfregieNiveau.MATIG));
    assertThat(r.codes()).doesNotContain("ZR-06").contains("ZR-01", "ZR-02", "ZR-03");
  }

  @Test
  void zr06SilentAndAsksWhenOneElementIsUnknown() {
    Adviesrapport r = adviesVoor(allesZwak().contacten(Optional.empty()));
    assertThat(r.codes()).doesNotContain("ZR-06").contains("ZR-01", "ZR-02", "ZR-03");
    assertThat(vraagt(r, "ZR-06", "m1", "zelfregie.elementen")).isTrue();
  }

  @Test
  void zr06ReplacesOnlyTheAdviceOfThatPerson() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().zelfregie(sterk().eigenaarschap(ZelfregieNiveau.ZWAK).build()).build())
        .mantelzorgers(List.of(mantelzorger("m1").zelfregie(allesZwak().build()).build()))
        .build();
    Adviesrapport r = advies(n);
    assertThat(onderwerpen(r, "ZR-06")).containsExactly(List.of("m1"));
    assertThat(onderwerpen(r, "ZR-01")).containsExactly(List.of("z1"));
  }

  @Test
  void zr06DoesNotReplaceReciprocity() {
    Adviesrapport r = adviesVoor(allesZwak().wederkerigheid(false));
    assertThat(zrCodes(r)).containsExactly("ZR-05", "ZR-06");
  }

  @Test
  void scenarioS1PeterGetsAdviceOnHisContactsOnly() {
    // Scenario S1: Peter's own strength is only moderate, ownership and motivation strong: no ZR-01/02/03/06.
    Zorgnetwerk n = netwerk().mantelzorgers(List.of(mantelzorger("peter").zelfregie(sterk()
        .eigenKracht(ZelfregieNiveau.MATIG).contacten(ZelfregieNiveau.ZWAK).wederkerigheid(false).build()).build())).build();
    Adviesrapport r = advies(n);
    assertThat(zrCodes(r)).containsExactly("ZR-04", "ZR-05");
    assertThat(vuurt(r, "ZR-04", "peter")).isTrue();
  }

  @Test
  void englishTextsExplainTheSameFacts() {
    AdviesEngine en = AdviesEngine.builder().language(Language.EN).build();
    Adviesrapport r = en.advise(carerMet(sterk().contacten(ZelfregieNiveau.MATIG).wederkerigheid(false)), Fixtures.PEILDATUM);
    Advies a = r.met("ZR-05").get(0);
    assertThat(a.naam()).isEqualTo("No reciprocity");
    assertThat(a.uitleg()).isEqualTo("Mantelzorger m1: contacts moderate; no reciprocity");
    Adviesrapport zonder = en.advise(carerMet(sterk().motivatie(Optional.empty())), Fixtures.PEILDATUM);
    assertThat(zonder.vragenVoor("ZR-03")).filteredOn(v -> v.onderwerp().equals("m1")).singleElement()
        .satisfies(v -> assertThat(v.vraag()).isEqualTo("What moves Mantelzorger m1? Motivation has not been assessed."));
  }

  /** For hand-made networks, dropping every zelfregie profile never adds ZR advice (only questions). */
  @Test
  void removingTheZelfregieProfilesNeverAddsZelfregieAdvice() {
    ZelfregieProfiel leeg = ZelfregieProfiel.builder().datum(DATUM).build();
    ZelfregieProfiel zwak = allesZwak().wederkerigheid(false).build();
    ZelfregieProfiel gemengd = sterk().eigenKracht(ZelfregieNiveau.ZWAK).contacten(ZelfregieNiveau.MATIG)
        .wederkerigheid(false).build();
    List<Zorgnetwerk> netwerken = List.of(
        netwerk().build(),
        carerMet(sterk()),
        carerMet(sterk().contacten(ZelfregieNiveau.ZWAK)),
        netwerk().zorgvrager(zorgvrager().zelfregie(leeg).build()).build(),
        netwerk().zorgvrager(zorgvrager().zelfregie(zwak).build())
            .mantelzorgers(List.of(mantelzorger("m1").zelfregie(gemengd).build(),
                mantelzorger("m2").hoofdmantelzorger(false).zelfregie(leeg).urenPerWeek(20).maanden(24).build()))
            .build(),
        netwerk().mantelzorgers(List.of(mantelzorger("m1").zelfregie(zwak).build(),
            mantelzorger("m2").hoofdmantelzorger(false).build())).build());
    for (Zorgnetwerk n : netwerken) {
      Set<String> met = zrCodes(advies(n));
      Set<String> zonderCodes = zrCodes(advies(zonderZelfregie(n)));
      assertThat(met).as("ZR advice with profiles, network %s", n).containsAll(zonderCodes);
      assertThat(zonderCodes).as("no profile, no ZR advice").isEmpty();
    }
  }

  private static Zorgnetwerk zonderZelfregie(Zorgnetwerk n) {
    List<Mantelzorger> carers = n.mantelzorgers().stream()
        .map(m -> Mantelzorger.builder().from(m).zelfregie(Optional.empty()).build())
        .toList();
    return Zorgnetwerk.builder().from(n).zorgvrager(zorgvrager().from(n.zorgvrager()).zelfregie(Optional.empty()).build())
        .mantelzorgers(carers).build();
  }
}
