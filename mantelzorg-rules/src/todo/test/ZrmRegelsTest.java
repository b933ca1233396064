package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.advies;
import static io.github.mantelzorg.rules.Fixtures.mantelzorger;
import static io.github.mantelzorg.rules.Fixtures.netwerk;
import static io.github.mantelzorg.rules.Fixtures.onderwerpen;
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

/** Rules of zrm.drl: the Zelfredzaamheid-Matrix of the zorgvrager and its Krachtenwijzer split. */
class ZrmRegelsTest {
  private static final LocalDate NU = LocalDate.of(2026, 11, 1);
  private static final LocalDate VORIG = LocalDate.of(2026, 5, 1);

  private static ZrmProfiel.Builder profiel(LocalDate datum) {
    return ZrmProfiel.builder().datum(datum)
        .putNiveau(ZrmDomein.FINANCIEN, ZrmNiveau.VOLDOENDE_ZELFREDZAAM)
        .putNiveau(ZrmDomein.SOCIAAL_NETWERK, ZrmNiveau.BEPERKT_ZELFREDZAAM);
  }

  private static Zorgnetwerk met(ZrmProfiel... profielen) {
    return netwerk().zorgvrager(zorgvrager().addZrm(profielen).build()).build();
  }

  private static Krachtenverdeling netwerkAandeel(int netwerk) {
    return Krachtenverdeling.builder().eigenKracht(100 - netwerk).netwerk(netwerk).hulpverlening(0).build();
  }

  private static Mantelzorger overbelast(String id) {
    return mantelzorger(id).addBelasting(Belastingmeting.csi(7, NU)).build();
  }

  // ZM-01

  @Test
  void zm01FiresForAnAcuteDomainInTheNewestProfile() {
    Adviesrapport r = advies(met(profiel(NU).putNiveau(ZrmDomein.HUISVESTING, ZrmNiveau.ACUTE_PROBLEMATIEK).build()));
    assertThat(onderwerpen(r, "ZM-01")).containsExactly(List.of("z1"));
    Advies a = r.met("ZM-01").get(0);
    assertThat(a.prioriteit()).isEqualTo(Prioriteit.KRITIEK);
    assertThat(a.uitleg()).isEqualTo("Jan: acute problematiek op Huisvesting (ZRM van 2026-11-01)");
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
    assertThat(r.met("ZM-01").get(0).uitleg()).contains("Financiën, Huisvesting");
  }

  @Test
  void zm01IgnoresAnAcuteDomainInAnOlderProfile() {
    Zorgnetwerk n = met(profiel(VORIG).putNiveau(ZrmDomein.HUISVESTING, ZrmNiveau.ACUTE_PROBLEMATIEK).build(),
        profiel(NU).putNiveau(ZrmDomein.HUISVESTING, ZrmNiveau.BEPERKT_ZELFREDZAAM).build());
    assertThat(advies(n).codes()).doesNotContain("ZM-01");
  }

  // ZM-02

  @Test
  void zm02FiresWhenADomainDropsOneLevel() {
    Zorgnetwerk n = met(profiel(VORIG).build(),
        profiel(NU).putNiveau(ZrmDomein.SOCIAAL_NETWERK, ZrmNiveau.NIET_ZELFREDZAAM).build());
    Adviesrapport r = advies(n);
    assertThat(vuurt(r, "ZM-02", "z1")).isTrue();
    assertThat(r.met("ZM-02").get(0).uitleg())
        .isEqualTo("Jan: Sociaal netwerk 3 \u2192 2 (ZRM 2026-05-01 en 2026-11-01)");
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
  void zm02ComparesOnlyDomainsScoredInBothProfiles() {
    Zorgnetwerk n = met(profiel(VORIG).putNiveau(ZrmDomein.JUSTITIE, ZrmNiveau.VOLLEDIG_ZELFREDZAAM).build(),
        profiel(NU).putNiveau(ZrmDomein.HUISVESTING, ZrmNiveau.NIET_ZELFREDZAAM).build());
    assertThat(advies(n).codes()).doesNotContain("ZM-02");
  }

  @Test
  void zm02DoesNotFireWithASingleProfile() {
    assertThat(advies(met(profiel(NU).putNiveau(ZrmDomein.HUISVESTING, ZrmNiveau.NIET_ZELFREDZAAM).build())).codes())
        .doesNotContain("ZM-02");
  }

  @Test
  void zm02ComparesTheNewestWithThePreviousProfileWhateverTheListOrder() {
    Zorgnetwerk n = met(profiel(NU).putNiveau(ZrmDomein.FINANCIEN, ZrmNiveau.BEPERKT_ZELFREDZAAM).build(),
        profiel(LocalDate.of(2025, 1, 1)).putNiveau(ZrmDomein.FINANCIEN, ZrmNiveau.ACUTE_PROBLEMATIEK).build(),
        profiel(VORIG).build());
    assertThat(advies(n).met("ZM-02").get(0).uitleg()).contains("Financiën 4 \u2192 3", "2026-05-01");
  }

  // ZM-03

  @Test
  void zm03FiresAtSeventyPercentNetworkWithAnOverloadedCarer() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().addZrm(profiel(NU)
            .putKrachtenverdeling(ZrmDomein.SOCIAAL_NETWERK, netwerkAandeel(70)).build()).build())
        .mantelzorgers(List.of(overbelast("m1"), mantelzorger("m2").hoofdmantelzorger(false).build())).build();
    Adviesrapport r = advies(n);
    assertThat(onderwerpen(r, "ZM-03")).containsExactly(List.of("z1", "m1"));
    assertThat(r.met("ZM-03").get(0).uitleg())
        .isEqualTo("Jan: netwerk draagt Sociaal netwerk 70% (ZRM van 2026-11-01); overbelast: Mantelzorger m1: CSI 7 (2026-11-01)");
  }

  @Test
  void zm03DoesNotFireAtSixtyNinePercent() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().addZrm(profiel(NU)
            .putKrachtenverdeling(ZrmDomein.SOCIAAL_NETWERK, netwerkAandeel(69)).build()).build())
        .mantelzorgers(List.of(overbelast("m1"))).build();
    assertThat(advies(n).codes()).doesNotContain("ZM-03");
  }

  @Test
  void zm03DoesNotFireWithoutAnOverloadedCarer() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().addZrm(profiel(NU)
            .putKrachtenverdeling(ZrmDomein.SOCIAAL_NETWERK, netwerkAandeel(100)).build()).build())
        .mantelzorgers(List.of(mantelzorger("m1").addBelasting(Belastingmeting.csi(6, NU)).build())).build();
    assertThat(advies(n).codes()).doesNotContain("ZM-03");
  }

  @Test
  void zm03GivesOneAdviceNamingEveryOverloadedCarer() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().addZrm(profiel(NU)
            .putKrachtenverdeling(ZrmDomein.BASALE_ADL, netwerkAandeel(80))
            .putKrachtenverdeling(ZrmDomein.SOCIAAL_NETWERK, netwerkAandeel(90)).build()).build())
        .mantelzorgers(List.of(overbelast("m2"), overbelast("m1"))).build();
    Adviesrapport r = advies(n);
    assertThat(onderwerpen(r, "ZM-03")).containsExactly(List.of("z1", "m1", "m2"));
    assertThat(r.met("ZM-03").get(0).uitleg()).contains("Basale ADL 80%, Sociaal netwerk 90%");
  }

  @Test
  void zm03LooksOnlyAtTheNewestProfile() {
    Zorgnetwerk n = netwerk().zorgvrager(zorgvrager().addZrm(
            profiel(VORIG).putKrachtenverdeling(ZrmDomein.SOCIAAL_NETWERK, netwerkAandeel(90)).build(),
            profiel(NU).putKrachtenverdeling(ZrmDomein.SOCIAAL_NETWERK, netwerkAandeel(50)).build()).build())
        .mantelzorgers(List.of(overbelast("m1"))).build();
    assertThat(advies(n).codes()).doesNotContain("ZM-03");
  }

  @Test
  void noZrmNoZrmAdvice() {
    assertThat(advies(netwerk().mantelzorgers(List.of(overbelast("m1"))).build()).codes())
        .doesNotContain("ZM-01", "ZM-02", "ZM-03");
  }
}
