package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.mantelzorger;
import static io.github.mantelzorg.rules.Fixtures.netwerk;
import static io.github.mantelzorg.rules.Fixtures.onderwerpen;
import static io.github.mantelzorg.rules.Fixtures.vuurt;
import static io.github.mantelzorg.rules.Fixtures.zorgvrager;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.ZelfregieNiveau;
import io.github.mantelzorg.model.ZelfregieProfiel;
import io.github.mantelzorg.model.Zorgnetwerk;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Rules of zelfregie.drl: the four elements of zelfregie for the zorgvrager and each mantelzorger. */
class ZelfregieRegelsTest {
  private static final LocalDate DATUM = LocalDate.of(2026, 9, 15);
  private static final List<String> ZR = List.of("ZR-01", "ZR-02", "ZR-03", "ZR-04", "ZR-05", "ZR-06");

  /** A profile that fires nothing: every element strong, reciprocity present. */
  private static ZelfregieProfiel.Builder sterk() {
    return ZelfregieProfiel.builder().datum(DATUM).eigenaarschap(ZelfregieNiveau.STERK)
        .eigenKracht(ZelfregieNiveau.STERK).motivatie(ZelfregieNiveau.STERK).contacten(ZelfregieNiveau.STERK)
        .wederkerigheid(true);
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

  @Test
  void zr01FiresForWeakOwnershipOfTheCarer() {
    Adviesrapport r = adviesVoor(sterk().eigenaarschap(ZelfregieNiveau.ZWAK));
    assertThat(vuurt(r, "ZR-01", "m1")).isTrue();
    Advies a = r.met("ZR-01").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(a.uitleg()).contains("Mantelzorger m1 (mantelzorger)").contains("eigenaarschap zwak").contains("2026-09-15");
  }

  @Test
  void zr01DoesNotFireForModerateOwnership() {
    assertThat(adviesVoor(sterk().eigenaarschap(ZelfregieNiveau.MATIG)).codes()).doesNotContain("ZR-01");
  }

  @Test
  void zr01FiresForTheZorgvragerToo() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager()
        .zelfregie(sterk().eigenaarschap(ZelfregieNiveau.ZWAK).build()).build()).build();
    Adviesrapport r = advies(n);
    assertThat(onderwerpen(r, "ZR-01")).containsExactly(List.of("z1"));
    assertThat(r.met("ZR-01").get(0).uitleg()).contains("Jan (zorgvrager)");
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

  @Test
  void zr02FiresForWeakOwnStrength() {
    Adviesrapport r = adviesVoor(sterk().eigenKracht(ZelfregieNiveau.ZWAK));
    assertThat(vuurt(r, "ZR-02", "m1")).isTrue();
    assertThat(r.met("ZR-02").get(0).uitleg()).contains("eigen kracht zwak");
  }

  @Test
  void zr02DoesNotFireForModerateOwnStrength() {
    assertThat(adviesVoor(sterk().eigenKracht(ZelfregieNiveau.MATIG)).codes()).doesNotContain("ZR-02");
  }

  @Test
  void zr03FiresForWeakMotivation() {
    Adviesrapport r = adviesVoor(sterk().motivatie(ZelfregieNiveau.ZWAK));
    assertThat(vuurt(r, "ZR-03", "m1")).isTrue();
    assertThat(r.met("ZR-03").get(0).uitleg()).contains("motivatie zwak");
  }

  @Test
  void zr03FiresForUnknownMotivation() {
    Adviesrapport r = adviesVoor(ZelfregieProfiel.builder().datum(DATUM).eigenaarschap(ZelfregieNiveau.STERK)
        .eigenKracht(ZelfregieNiveau.STERK).contacten(ZelfregieNiveau.STERK).wederkerigheid(true));
    assertThat(vuurt(r, "ZR-03", "m1")).isTrue();
    assertThat(r.met("ZR-03").get(0).uitleg()).contains("motivatie onbekend");
  }

  @Test
  void zr03DoesNotFireForModerateMotivation() {
    assertThat(adviesVoor(sterk().motivatie(ZelfregieNiveau.MATIG)).codes()).doesNotContain("ZR-03");
  }

  @Test
  void zr04FiresForWeakContacts() {
    Adviesrapport r = adviesVoor(sterk().contacten(ZelfregieNiveau.ZWAK));
    assertThat(vuurt(r, "ZR-04", "m1")).isTrue();
    assertThat(r.met("ZR-04").get(0).prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(r.met("ZR-04").get(0).uitleg()).contains("contacten zwak");
  }

  @Test
  void zr04DoesNotFireForModerateContacts() {
    assertThat(adviesVoor(sterk().contacten(ZelfregieNiveau.MATIG)).codes()).doesNotContain("ZR-04");
  }

  @Test
  void zr05FiresForModerateContactsWithoutReciprocity() {
    Adviesrapport r = adviesVoor(sterk().contacten(ZelfregieNiveau.MATIG).wederkerigheid(false));
    assertThat(vuurt(r, "ZR-05", "m1")).isTrue();
    assertThat(r.met("ZR-05").get(0).uitleg()).contains("contacten matig, wederkerigheid nee");
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
  void zr05DoesNotFireWhenContactsWereNotAssessed() {
    Adviesrapport r = adviesVoor(ZelfregieProfiel.builder().datum(DATUM).eigenaarschap(ZelfregieNiveau.STERK)
        .eigenKracht(ZelfregieNiveau.STERK).motivatie(ZelfregieNiveau.STERK));
    assertThat(r.codes()).doesNotContain("ZR-05");
  }

  @Test
  void zr06FiresWhenAllFourElementsAreWeakAndReplacesTheElementAdvice() {
    Adviesrapport r = adviesVoor(sterk().eigenaarschap(ZelfregieNiveau.ZWAK).eigenKracht(ZelfregieNiveau.ZWAK)
        .motivatie(ZelfregieNiveau.ZWAK).contacten(ZelfregieNiveau.ZWAK));
    assertThat(vuurt(r, "ZR-06", "m1")).isTrue();
    assertThat(r.met("ZR-06").get(0).uitleg())
        .contains("eigenaarschap zwak, eigen kracht zwak, motivatie zwak, contacten zwak");
    assertThat(r.codes()).doesNotContain("ZR-01", "ZR-02", "ZR-03", "ZR-04");
  }

  @Test
  void zr06DoesNotFireWhenOneElementIsModerate() {
    Adviesrapport r = adviesVoor(sterk().eigenaarschap(ZelfregieNiveau.ZWAK).eigenKracht(ZelfregieNiveau.ZWAK)
        .motivatie(ZelfregieNiveau.ZWAK).contacten(ZelfregieNiveau.MATIG));
    assertThat(r.codes()).doesNotContain("ZR-06").contains("ZR-01", "ZR-02", "ZR-03");
  }

  @Test
  void zr06ReplacesOnlyTheAdviceOfThatPerson() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().zelfregie(sterk().eigenaarschap(ZelfregieNiveau.ZWAK).build()).build())
        .mantelzorgers(List.of(mantelzorger("m1").zelfregie(sterk().eigenaarschap(ZelfregieNiveau.ZWAK)
            .eigenKracht(ZelfregieNiveau.ZWAK).motivatie(ZelfregieNiveau.ZWAK).contacten(ZelfregieNiveau.ZWAK).build()).build()))
        .build();
    Adviesrapport r = advies(n);
    assertThat(onderwerpen(r, "ZR-06")).containsExactly(List.of("m1"));
    assertThat(onderwerpen(r, "ZR-01")).containsExactly(List.of("z1"));
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

  /** Property-style (without jqwik): for hand-made networks, dropping every zelfregie profile never adds ZR advice. */
  @Test
  void removingTheZelfregieProfilesNeverAddsZelfregieAdvice() {
    ZelfregieProfiel leeg = ZelfregieProfiel.builder().datum(DATUM).build();
    ZelfregieProfiel allesZwak = sterk().eigenaarschap(ZelfregieNiveau.ZWAK).eigenKracht(ZelfregieNiveau.ZWAK)
        .motivatie(ZelfregieNiveau.ZWAK).contacten(ZelfregieNiveau.ZWAK).wederkerigheid(false).build();
    ZelfregieProfiel gemengd = sterk().eigenKracht(ZelfregieNiveau.ZWAK).contacten(ZelfregieNiveau.MATIG)
        .wederkerigheid(false).build();
    List<Zorgnetwerk> netwerken = List.of(
        netwerk().build(),
        carerMet(sterk()),
        carerMet(sterk().contacten(ZelfregieNiveau.ZWAK)),
        netwerk().zorgvrager(zorgvrager().zelfregie(leeg).build()).build(),
        netwerk().zorgvrager(zorgvrager().zelfregie(allesZwak).build())
            .mantelzorgers(List.of(mantelzorger("m1").zelfregie(gemengd).build(),
                mantelzorger("m2").hoofdmantelzorger(false).zelfregie(leeg).urenPerWeek(20).maanden(24).build()))
            .build(),
        netwerk().mantelzorgers(List.of(mantelzorger("m1").zelfregie(allesZwak).build(),
            mantelzorger("m2").hoofdmantelzorger(false).build())).build());
    for (Zorgnetwerk n : netwerken) {
      Set<String> met = zrCodes(advies(n));
      Zorgnetwerk zonder = zonderZelfregie(n);
      Set<String> zonderCodes = zrCodes(advies(zonder));
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
