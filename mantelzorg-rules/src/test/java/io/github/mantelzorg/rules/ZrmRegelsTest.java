package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.mantelzorger;
import static io.github.mantelzorg.rules.Fixtures.netwerk;
import static io.github.mantelzorg.rules.Fixtures.onderwerpen;
import static io.github.mantelzorg.rules.Fixtures.vraagt;
import static io.github.mantelzorg.rules.Fixtures.vuurt;
import static io.github.mantelzorg.rules.Fixtures.zorgvrager;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Krachtenverdeling;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.ZrmDomein;
import io.github.mantelzorg.model.ZrmNiveau;
import io.github.mantelzorg.model.ZrmProfiel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules of zrm.drl: the Zelfredzaamheid-Matrix of the zorgvrager and its Krachtenwijzer split. The evaluation date is
 * {@link Fixtures#PEILDATUM} (2026-11-24). Domains are worded by their labels (lower case, as elsewhere in the
 * explanations), no longer by the capitalised names the old helper wrote.
 */
class ZrmRegelsTest {
  private static final List<String> ZM = List.of("ZM-01", "ZM-02", "ZM-03");
  private static final LocalDate NU = LocalDate.of(2026, 11, 1);
  private static final LocalDate VORIG = LocalDate.of(2026, 5, 1);
  private static final AdviesEngine ENGELS = AdviesEngine.builder().language(Language.EN).build();

  /** Financiën 4, sociaal netwerk 3; no Krachtenwijzer split. */
  private static ZrmProfiel.Builder profiel(LocalDate datum) {
    return ZrmProfiel.builder().datum(datum)
        .putNiveau(ZrmDomein.FINANCIEN, ZrmNiveau.VOLDOENDE_ZELFREDZAAM)
        .putNiveau(ZrmDomein.SOCIAAL_NETWERK, ZrmNiveau.BEPERKT_ZELFREDZAAM);
  }

  private static Zorgnetwerk met(ZrmProfiel... profielen) {
    return netwerk().zorgvrager(zorgvrager().addZrm(profielen).build()).build();
  }

  private static Zorgnetwerk metMantelzorgers(ZrmProfiel profiel, Mantelzorger... mantelzorgers) {
    return netwerk().zorgvrager(zorgvrager().addZrm(profiel).build()).mantelzorgers(List.of(mantelzorgers)).build();
  }

  private static Krachtenverdeling netwerkAandeel(int netwerk) {
    return Krachtenverdeling.builder().eigenKracht(100 - netwerk).netwerk(netwerk).hulpverlening(0).build();
  }

  private static Mantelzorger overbelast(String id) {
    return mantelzorger(id).addBelasting(Belastingmeting.csi(7, NU)).build();
  }

  @Test
  void noZrmGivesNoZrmAdviceAndAsksNothingAboutIt() {
    Adviesrapport r = advies(netwerk().mantelzorgers(List.of(overbelast("m1"))).build());
    assertThat(r.codes()).doesNotContainAnyElementsOf(ZM);
    assertThat(r.openVragen()).noneMatch(v -> v.codes().stream().anyMatch(ZM::contains));
  }

  // ZM-01

  @Test
  void zm01FiresForAnAcuteDomainInTheNewestProfile() {
    Adviesrapport r = advies(met(profiel(NU).putNiveau(ZrmDomein.HUISVESTING, ZrmNiveau.ACUTE_PROBLEMATIEK).build()));
    assertThat(onderwerpen(r, "ZM-01")).containsExactly(List.of("z1"));
    Advies a = r.met("ZM-01").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.KRITIEK);
    assertThat(a.uitleg()).isEqualTo("Jan: acute problematiek op huisvesting (ZRM van 2026-11-01)");
  }

  @Test
  void anAssessmentOlderThanAYearNoLongerTellsTheCurrentStateAndAsksForANewOne() {
    // 2025-11-23 is one day more than twelve months before the evaluation date: acute then, unknown now.
    LocalDate oud = PEILDATUM.minusMonths(12).minusDays(1);
    Adviesrapport r = advies(met(profiel(oud).putNiveau(ZrmDomein.HUISVESTING, ZrmNiveau.ACUTE_PROBLEMATIEK)
        .putNiveau(ZrmDomein.SOCIAAL_NETWERK, ZrmNiveau.ACUTE_PROBLEMATIEK).build(), profiel(oud.minusMonths(6)).build()));
    assertThat(r.codes()).doesNotContainAnyElementsOf(ZM).doesNotContain("NW-06");
    assertThat(vraagt(r, "ZM-01", "z1", "zrm.verouderd")).isTrue();
    assertThat(vraagt(r, "ZM-02", "z1", "zrm.verouderd")).isTrue();
    assertThat(r.openVragen()).filteredOn(v -> v.sleutel().equals("zrm.verouderd")).singleElement()
        .satisfies(v -> assertThat(v.vraag()).isEqualTo(
            "De laatste ZRM van Jan is meer dan een jaar oud en zegt niets meer over nu: neem de ZRM opnieuw af."));
  }

  @Test
  void anAssessmentOfExactlyTwelveMonthsAgoStillCounts() {
    Adviesrapport r = advies(met(profiel(PEILDATUM.minusMonths(12))
        .putNiveau(ZrmDomein.HUISVESTING, ZrmNiveau.ACUTE_PROBLEMATIEK).build()));
    assertThat(r.codes()).contains("ZM-01");
    assertThat(r.openVragen()).noneMatch(v -> v.sleutel().equals("zrm.verouderd"));
  }

  @Test
  void zm01DoesNotFireAtLevelTwo() {
    assertThat(advies(met(profiel(NU).putNiveau(ZrmDomein.HUISVESTING, ZrmNiveau.NIET_ZELFREDZAAM).build())).codes())
        .doesNotContain("ZM-01");
  }

  @Test
  void zm01GivesOneAdviceListingEveryAcuteDomain() {
    Adviesrapport r = advies(met(profiel(NU).putNiveau(ZrmDomein.HUISVESTING, ZrmNiveau.ACUTE_PROBLEMATIEK)
        .putNiveau(ZrmDomein.FINANCIEN, ZrmNiveau.ACUTE_PROBLEMATIEK).build()));
    assertThat(r.met("ZM-01")).hasSize(1);
    assertThat(r.met("ZM-01").get(0).uitleg()).contains("financiën, huisvesting");
  }

  @Test
  void zm01DoesNotFireOnAnAcuteDomainInAnOlderProfile() {
    Zorgnetwerk n = met(profiel(VORIG).putNiveau(ZrmDomein.HUISVESTING, ZrmNiveau.ACUTE_PROBLEMATIEK).build(),
        profiel(NU).putNiveau(ZrmDomein.HUISVESTING, ZrmNiveau.BEPERKT_ZELFREDZAAM).build());
    assertThat(advies(n).codes()).doesNotContain("ZM-01");
  }

  /** Without a ZRM acute problems are unknown; the ZRM is an instrument a record may not have, so nothing is asked. */
  @Test
  void zm01SilentWithoutAZrmAndAsksNothing() {
    Adviesrapport r = advies(netwerk().build());
    assertThat(r.codes()).doesNotContain("ZM-01");
    assertThat(r.vragenVoor("ZM-01")).isEmpty();
  }

  @Test
  void zm01DoesNotFireOnAZrmDatedAfterTheEvaluationDate() {
    Zorgnetwerk n = met(profiel(VORIG).build(),
        profiel(PEILDATUM.plusDays(1)).putNiveau(ZrmDomein.HUISVESTING, ZrmNiveau.ACUTE_PROBLEMATIEK).build());
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("ZM-01");
    assertThat(r.waarschuwingen()).isNotEmpty();
  }

  // ZM-02

  @Test
  void zm02FiresWhenADomainDropsOneLevel() {
    Zorgnetwerk n = met(profiel(VORIG).build(),
        profiel(NU).putNiveau(ZrmDomein.SOCIAAL_NETWERK, ZrmNiveau.NIET_ZELFREDZAAM).build());
    Adviesrapport r = advies(n);
    assertThat(vuurt(r, "ZM-02", "z1")).isTrue();
    assertThat(r.met("ZM-02").get(0).prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(r.met("ZM-02").get(0).uitleg()).isEqualTo("Jan: sociaal netwerk 3 \u2192 2 (ZRM 2026-05-01 en 2026-11-01)");
  }

  @Test
  void zm02GivesOneAdviceListingEveryDomainThatDropped() {
    Zorgnetwerk n = met(profiel(VORIG).build(), profiel(NU)
        .putNiveau(ZrmDomein.SOCIAAL_NETWERK, ZrmNiveau.ACUTE_PROBLEMATIEK)
        .putNiveau(ZrmDomein.FINANCIEN, ZrmNiveau.BEPERKT_ZELFREDZAAM).build());
    Adviesrapport r = advies(n);
    assertThat(r.met("ZM-02")).hasSize(1);
    assertThat(r.met("ZM-02").get(0).uitleg()).contains("financiën 4 \u2192 3, sociaal netwerk 3 \u2192 1");
  }

  @Test
  void zm02DoesNotFireWhenLevelsStayOrRise() {
    Zorgnetwerk gelijk = met(profiel(VORIG).build(), profiel(NU).build());
    Zorgnetwerk hoger = met(profiel(VORIG).build(),
        profiel(NU).putNiveau(ZrmDomein.SOCIAAL_NETWERK, ZrmNiveau.VOLDOENDE_ZELFREDZAAM).build());
    assertThat(advies(gelijk).codes()).doesNotContain("ZM-02");
    assertThat(advies(hoger).codes()).doesNotContain("ZM-02");
  }

  @Test
  void zm02DoesNotFireOnDomainsScoredInOnlyOneProfile() {
    Zorgnetwerk n = met(profiel(VORIG).putNiveau(ZrmDomein.JUSTITIE, ZrmNiveau.VOLLEDIG_ZELFREDZAAM).build(),
        profiel(NU).putNiveau(ZrmDomein.HUISVESTING, ZrmNiveau.NIET_ZELFREDZAAM).build());
    assertThat(advies(n).codes()).doesNotContain("ZM-02");
  }

  /** One assessment cannot show a decline; whether there was one is unknown, and nothing is asked. */
  @Test
  void zm02SilentWithASingleProfileAndAsksNothing() {
    Adviesrapport r = advies(met(profiel(NU).putNiveau(ZrmDomein.HUISVESTING, ZrmNiveau.NIET_ZELFREDZAAM).build()));
    assertThat(r.codes()).doesNotContain("ZM-02");
    assertThat(r.vragenVoor("ZM-02")).isEmpty();
  }

  @Test
  void zm02ComparesTheNewestWithThePreviousProfileWhateverTheListOrder() {
    Zorgnetwerk n = met(profiel(NU).putNiveau(ZrmDomein.FINANCIEN, ZrmNiveau.BEPERKT_ZELFREDZAAM).build(),
        profiel(LocalDate.of(2025, 1, 1)).putNiveau(ZrmDomein.FINANCIEN, ZrmNiveau.ACUTE_PROBLEMATIEK).build(),
        profiel(VORIG).build());
    assertThat(advies(n).met("ZM-02").get(0).uitleg()).contains("financiën 4 \u2192 3", "2026-05-01");
  }

  @Test
  void zm02ReadsInEnglish() {
    Zorgnetwerk n = met(profiel(VORIG).build(),
        profiel(NU).putNiveau(ZrmDomein.SOCIAAL_NETWERK, ZrmNiveau.NIET_ZELFREDZAAM).build());
    Advies a = ENGELS.advise(n, PEILDATUM).met("ZM-02").get(0);
    assertThat(a.naam()).isEqualTo("Self-reliance declining");
    assertThat(a.uitleg()).isEqualTo("Jan: social network 3 \u2192 2 (ZRM 2026-05-01 and 2026-11-01)");
  }

  // ZM-03

  /**
   * The card names the overloaded carers as involved; their scores are on their own burden cards (the old explanation
   * repeated them here).
   */
  @Test
  void zm03FiresAtSeventyPercentNetworkWithAnOverloadedCarer() {
    Zorgnetwerk n = metMantelzorgers(profiel(NU).putKrachtenverdeling(ZrmDomein.SOCIAAL_NETWERK, netwerkAandeel(70)).build(),
        overbelast("m1"), mantelzorger("m2").hoofdmantelzorger(false).build());
    Adviesrapport r = advies(n);
    assertThat(onderwerpen(r, "ZM-03")).containsExactly(List.of("z1", "m1"));
    assertThat(r.met("ZM-03").get(0).prioriteit()).isEqualTo(Prioriteit.HOOG);
    assertThat(r.met("ZM-03").get(0).uitleg())
        .isEqualTo("Jan: netwerk draagt sociaal netwerk 70% (ZRM van 2026-11-01); overbelast: Mantelzorger m1");
  }

  @Test
  void zm03DoesNotFireAtSixtyNinePercent() {
    Zorgnetwerk n = metMantelzorgers(profiel(NU).putKrachtenverdeling(ZrmDomein.SOCIAAL_NETWERK, netwerkAandeel(69)).build(),
        overbelast("m1"));
    assertThat(advies(n).codes()).doesNotContain("ZM-03");
  }

  @Test
  void zm03DoesNotFireWhenNoCarerIsOverloaded() {
    Zorgnetwerk n = metMantelzorgers(profiel(NU).putKrachtenverdeling(ZrmDomein.SOCIAAL_NETWERK, netwerkAandeel(100)).build(),
        mantelzorger("m1").addBelasting(Belastingmeting.csi(6, NU)).build());
    assertThat(advies(n).codes()).doesNotContain("ZM-03");
  }

  /** Old: "without an overloaded carer" also covered a carer never measured. Now that is unknown, and asked. */
  @Test
  void zm03SilentAndAsksWhenTheCarerWasNeverMeasured() {
    Zorgnetwerk n = metMantelzorgers(profiel(NU).putKrachtenverdeling(ZrmDomein.SOCIAAL_NETWERK, netwerkAandeel(100)).build(),
        mantelzorger("m1").build());
    Adviesrapport r = advies(n);
    assertThat(r.codes()).doesNotContain("ZM-03");
    assertThat(vraagt(r, "ZM-03", "m1", "belasting")).isTrue();
  }

  @Test
  void zm03SilentWithoutAKrachtenwijzerSplitAndAsksNothingAboutIt() {
    Adviesrapport r = advies(metMantelzorgers(profiel(NU).build(), overbelast("m1")));
    assertThat(r.codes()).doesNotContain("ZM-03");
    assertThat(r.vragenVoor("ZM-03")).isEmpty();
  }

  /** The carer's burden is asked for the burden rules; it does not decide ZM-03 while no domain leans on the network. */
  @Test
  void zm03IsNotAmongTheCodesOfTheBurdenQuestionWithoutAKrachtenwijzerSplit() {
    Adviesrapport r = advies(metMantelzorgers(profiel(NU).build(), mantelzorger("m1").build()));
    assertThat(vraagt(r, "BL-01", "m1", "belasting")).isTrue();
    assertThat(r.vragenVoor("ZM-03")).isEmpty();
    assertThat(advies(netwerk().build()).vragenVoor("ZM-03")).isEmpty();
  }

  @Test
  void zm03GivesOneAdviceNamingEveryDomainAndEveryOverloadedCarer() {
    Zorgnetwerk n = metMantelzorgers(profiel(NU)
            .putKrachtenverdeling(ZrmDomein.BASALE_ADL, netwerkAandeel(80))
            .putKrachtenverdeling(ZrmDomein.SOCIAAL_NETWERK, netwerkAandeel(90)).build(),
        overbelast("m2"), overbelast("m1"));
    Adviesrapport r = advies(n);
    assertThat(onderwerpen(r, "ZM-03")).containsExactly(List.of("z1", "m1", "m2"));
    assertThat(r.met("ZM-03").get(0).uitleg()).contains("basale ADL 80%, sociaal netwerk 90%")
        .endsWith("overbelast: Mantelzorger m1, Mantelzorger m2");
  }

  @Test
  void zm03DoesNotFireOnAnOlderProfile() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().addZrm(
            profiel(VORIG).putKrachtenverdeling(ZrmDomein.SOCIAAL_NETWERK, netwerkAandeel(90)).build(),
            profiel(NU).putKrachtenverdeling(ZrmDomein.SOCIAAL_NETWERK, netwerkAandeel(50)).build()).build())
        .mantelzorgers(List.of(overbelast("m1"))).build();
    assertThat(advies(n).codes()).doesNotContain("ZM-03");
  }

  @Test
  void zm03ReadsInEnglish() {
    Zorgnetwerk n = metMantelzorgers(profiel(NU).putKrachtenverdeling(ZrmDomein.BASALE_ADL, netwerkAandeel(80)).build(), overbelast("m1"));
    Advies a = ENGELS.advise(n, PEILDATUM).met("ZM-03").get(0);
    assertThat(a.uitleg()).isEqualTo("Jan: the network carries basic ADL 80% (ZRM of 2026-11-01); overloaded: Mantelzorger m1");
  }
}
