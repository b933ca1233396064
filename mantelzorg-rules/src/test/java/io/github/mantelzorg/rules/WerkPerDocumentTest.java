package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.ENGINE;
import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static io.github.mantelzorg.rules.Fixtures.organisatie;
import static io.github.mantelzorg.rules.Fixtures.zorgvrager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mantelzorg.model.Aandacht;
import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Beroepskracht;
import io.github.mantelzorg.model.InformeelContact;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.OrganisatieType;
import io.github.mantelzorg.model.ParticipatieTrede;
import io.github.mantelzorg.model.Relatie;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.SamenwerkingsRelatie;
import io.github.mantelzorg.model.SofaProfiel;
import io.github.mantelzorg.model.Vrijwilliger;
import io.github.mantelzorg.model.WifaProfiel;
import io.github.mantelzorg.model.WifaStatus;
import io.github.mantelzorg.model.Zorgnetwerk;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Work per document is bounded: for a worst case per list of a record (every person of the list firing as many rules
 * as it can, with each other person of the other lists), the report grows linearly with the list. Measured in
 * characters of the JSON report, never in time: doubling a list at most doubles the report (plus a margin of 10 %
 * for the fixed part), every card lists at most {@link Advies#MAX_BETREFT} ids, and a record at the default input
 * limit (1,000 persons, with ids and names of 40 characters) stays within the default report limit.
 */
class WerkPerDocumentTest {
  private static final String LANG = "-".repeat(30);

  /** n overloaded, hidden carers who find it hard to ask, with one-sided SOFA attention and no care plan. */
  private static Mantelzorger mantelzorger(int i) {
    return Mantelzorger.builder().id("m" + i + LANG).naam("Mantelzorger " + i + LANG).relatie(Relatie.KIND)
        .urenPerWeek(30).maanden(30).herkentZichAlsMantelzorger(false).vraagverlegen(true).hoofdmantelzorger(i == 0)
        .addBelasting(Belastingmeting.csi(12, PEILDATUM.minusDays(3)))
        .sofa(SofaProfiel.builder().datum(PEILDATUM.minusDays(3)).samenwerken(Aandacht.VOLDOENDE)
            .ondersteunen(Aandacht.GEEN).faciliteren(Aandacht.WEINIG).afstemmen(Aandacht.GEEN)
            .betrokkenBijZorgplan(false).vastAanspreekpunt(false).build())
        .build();
  }

  /** A volunteer nobody informs or aligns with, doing the task every professional does. */
  private static Vrijwilliger vrijwilliger(int i) {
    return Vrijwilliger.builder().id("v" + i + LANG).naam("Vrijwilliger " + i + LANG).addTaken("wassen", "koken")
        .wifa(WifaProfiel.builder().waarderen(WifaStatus.ONVOLDOENDE).informeren(WifaStatus.ONVOLDOENDE)
            .faciliteren(WifaStatus.ONVOLDOENDE).afstemmen(WifaStatus.ONVOLDOENDE).intakeGehad(false)
            .afsprakenVastgelegd(false).build())
        .build();
  }

  private static Beroepskracht beroepskracht(int i) {
    return Beroepskracht.builder().id("b" + i + LANG).naam("Beroepskracht " + i + LANG).addTaken("wassen", "koken")
        .aanspreekpunt(false).build();
  }

  private static InformeelContact contact(int i) {
    return InformeelContact.builder().id("c" + i + LANG).naam("Buurman " + i + LANG).relatie(Relatie.BUUR)
        .bereidOmTeHelpen(true).gevraagd(false).build();
  }

  /** A network with n of each kind of person (4n persons). */
  private static Zorgnetwerk netwerk(int n) {
    Zorgnetwerk.Builder b = Zorgnetwerk.builder().id("n1").gemeente("Leiden").zorgvrager(zorgvrager().build());
    for (int i = 0; i < n; i++) {
      b.addMantelzorgers(mantelzorger(i)).addVrijwilligers(vrijwilliger(i)).addBeroepskrachten(beroepskracht(i))
          .addInformeleContacten(contact(i));
    }
    return b.build();
  }

  /** A network with n persons of one kind and one of each other kind. */
  private static Zorgnetwerk netwerk(int n, IntFunction<Object> persoon) {
    Zorgnetwerk.Builder b = Zorgnetwerk.builder().id("n1").gemeente("Leiden").zorgvrager(zorgvrager().build())
        .addMantelzorgers(mantelzorger(-1)).addVrijwilligers(vrijwilliger(-1)).addBeroepskrachten(beroepskracht(-1))
        .addInformeleContacten(contact(-1));
    for (int i = 0; i < n; i++) {
      Object p = persoon.apply(i);
      if (p instanceof Mantelzorger m) {
        b.addMantelzorgers(m);
      } else if (p instanceof Vrijwilliger v) {
        b.addVrijwilligers(v);
      } else if (p instanceof Beroepskracht x) {
        b.addBeroepskrachten(x);
      } else {
        b.addInformeleContacten((InformeelContact) p);
      }
    }
    return b.build();
  }

  /** A partnership of n members, each rated low on the ladder, none with time or a vision. */
  private static Samenwerkingsverband verband(int n) {
    Samenwerkingsverband.Builder b = Samenwerkingsverband.builder().id("v1").naam("Verband").addGemeenten("Leiden")
        .initiatiefnemer("o0" + LANG);
    for (int i = 0; i < n; i++) {
      String id = "o" + i + LANG;
      b.addLeden(organisatie(id, OrganisatieType.values()[i % OrganisatieType.values().length])
          .naam("Organisatie " + i + LANG).heeftVisie(false).medewerkersHebbenTijd(false).build());
      b.addRelaties(SamenwerkingsRelatie.builder().organisatie(id).huidig(ParticipatieTrede.INFORMEREN)
          .gewenst(ParticipatieTrede.COPRODUCEREN).verkend(false).build());
      b.addKandidaten(organisatie("k" + i + LANG, OrganisatieType.THUISZORG).naam("Kandidaat " + i + LANG).build());
    }
    return b.build();
  }

  private static long omvang(Adviesrapport r) {
    assertThat(r.adviezen()).allSatisfy(a -> assertThat(a.betreft()).hasSizeLessThanOrEqualTo(Advies.MAX_BETREFT));
    return RapportJson.write(r).length();
  }

  private static void lineair(IntFunction<Adviesrapport> rapport, int n, String wat) {
    long klein = omvang(rapport.apply(n));
    long dubbel = omvang(rapport.apply(2 * n));
    long vierdubbel = omvang(rapport.apply(4 * n));
    assertThat(dubbel).as(wat + ": report of " + 2 * n + " against " + n).isLessThanOrEqualTo((long) (2.2 * klein));
    assertThat(vierdubbel).as(wat + ": report of " + 4 * n + " against " + 2 * n)
        .isLessThanOrEqualTo((long) (2.2 * dubbel));
  }

  @Test
  void theReportGrowsLinearlyWithEachListOfANetwork() {
    lineair(n -> ENGINE.advise(netwerk(n, WerkPerDocumentTest::mantelzorger), PEILDATUM), 25, "carers");
    lineair(n -> ENGINE.advise(netwerk(n, WerkPerDocumentTest::vrijwilliger), PEILDATUM), 25, "volunteers");
    lineair(n -> ENGINE.advise(netwerk(n, WerkPerDocumentTest::beroepskracht), PEILDATUM), 25, "professionals");
    lineair(n -> ENGINE.advise(netwerk(n, WerkPerDocumentTest::contact), PEILDATUM), 25, "informal contacts");
  }

  @Test
  void theReportGrowsLinearlyWhenEveryListGrowsTogetherUpToTheDefaultInputLimit() {
    // Carers x volunteers (CB-03), carers x contacts (CB-02) and volunteers x professionals (WF-05) meet here. Below
    // MAX_BETREFT a card names every id of the other list, so the per-person size is compared from 60 of each up.
    long zestig = omvang(ENGINE.advise(netwerk(60), PEILDATUM));
    long honderdtwintig = omvang(ENGINE.advise(netwerk(120), PEILDATUM));
    // 1,000 persons: the most a network may have by default.
    Adviesrapport grootst = ENGINE.advise(netwerk(250), PEILDATUM);
    long limiet = omvang(grootst);
    assertThat(honderdtwintig / 120.0).as("characters per person at 480 persons against 240")
        .isLessThanOrEqualTo(1.1 * zestig / 60.0);
    assertThat(limiet / 250.0).as("characters per person at 1,000 persons against 240")
        .isLessThanOrEqualTo(1.1 * zestig / 60.0);
    assertThat(limiet).isLessThan(AdviesEngine.DEFAULT_MAX_REPORT_CHARS);
    // Cards per person stay a small constant: a handful per carer, volunteer and contact, never one per pair.
    assertThat(grootst.adviezen().size()).isLessThan(10 * 1_000);
  }

  @Test
  void theReportGrowsLinearlyWithAPartnership() {
    lineair(n -> ENGINE.advise(verband(n), PEILDATUM), 25, "members, relations and candidates");
  }

  @Test
  void aCardListsAtMostFiftyIdsAndCountsTheRest() {
    Adviesrapport r = ENGINE.advise(netwerk(60), PEILDATUM);
    Advies cb03 = r.met("CB-03").get(0);
    assertThat(cb03.betreft()).hasSize(Advies.MAX_BETREFT);
    assertThat(cb03.namen()).hasSize(Advies.MAX_BETREFT);
    // The carer and the 60 volunteers nobody informs.
    assertThat(cb03.betreft().size() + cb03.betreftMeer()).isEqualTo(61);
    assertThat(RapportJson.write(r)).contains("\"betreftMeer\" : 11");
  }

  @Test
  void aReportLargerThanTheLimitIsRefusedForThatRecordOnly() {
    try (AdviesEngine klein = AdviesEngine.builder().maxReportChars(100_000).build()) {
      ReportTooLargeException e = catchThrowableOfType(ReportTooLargeException.class,
          () -> klein.advise(netwerk(20), PEILDATUM));
      assertThat(e.limit()).isEqualTo(100_000);
      assertThat(e.cards()).isPositive();
      assertThat(e).hasMessageContaining("more than 100000 characters");
      // The same engine goes on with the next record.
      assertThat(klein.advise(netwerk(1), PEILDATUM).adviezen()).isNotEmpty();
    }
  }
}
