package io.github.mantelzorg.model.testing;

import io.github.mantelzorg.model.Aandacht;
import io.github.mantelzorg.model.Aandoening;
import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Beroepskracht;
import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.ContactMoment;
import io.github.mantelzorg.model.CsiItem;
import io.github.mantelzorg.model.Doel;
import io.github.mantelzorg.model.DoelOmvang;
import io.github.mantelzorg.model.DoelThema;
import io.github.mantelzorg.model.Draagvlak;
import io.github.mantelzorg.model.ElevatorPitch;
import io.github.mantelzorg.model.Ervaringsdeskundige;
import io.github.mantelzorg.model.InformeelContact;
import io.github.mantelzorg.model.Instrument;
import io.github.mantelzorg.model.LobbyPlan;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.Organisatie;
import io.github.mantelzorg.model.OrganisatieType;
import io.github.mantelzorg.model.ParticipatieTrede;
import io.github.mantelzorg.model.PitchDoelgroep;
import io.github.mantelzorg.model.PitchVraag;
import io.github.mantelzorg.model.Positionering;
import io.github.mantelzorg.model.Project;
import io.github.mantelzorg.model.Relatie;
import io.github.mantelzorg.model.RespijtFrequentie;
import io.github.mantelzorg.model.RespijtVoorziening;
import io.github.mantelzorg.model.RespijtVorm;
import io.github.mantelzorg.model.SamenwerkingsAspecten;
import io.github.mantelzorg.model.SamenwerkingsRelatie;
import io.github.mantelzorg.model.SamenwerkingsStap;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.SofaProfiel;
import io.github.mantelzorg.model.Uitvoerder;
import io.github.mantelzorg.model.Visie;
import io.github.mantelzorg.model.VisieBron;
import io.github.mantelzorg.model.Vrijwilliger;
import io.github.mantelzorg.model.WifaProfiel;
import io.github.mantelzorg.model.WifaStatus;
import io.github.mantelzorg.model.ZelfregieNiveau;
import io.github.mantelzorg.model.ZelfregieProfiel;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.Zorgvrager;
import io.github.mantelzorg.model.ZrmDomein;
import io.github.mantelzorg.model.ZrmNiveau;
import io.github.mantelzorg.model.ZrmProfiel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The scenarios of the domain description ({@code scenarios.md}: S1, S2, S3, S5, S6, S8 and S9) as builder-made
 * values, each the twin of a golden JSON file in this test-jar, read with {@link #json(String)}.
 *
 * <p>Every fact a scenario states is encoded; what a scenario does not say is left out (unknown), so that the rules
 * fire on what the story tells and ask open questions about the rest. Where a story says there is none (no
 * volunteer, no respite, no MantelScan...) the value says so in {@code geen}. Choices where the story is read rather
 * than quoted are commented at the value. This class ships in the model's test-jar so that the rules module and the
 * examples can use the same data.
 */
public final class Scenarios {
  /** The evaluation date the scenarios assume ("today"): 24 November 2026. */
  public static final LocalDate PEILDATUM = LocalDate.of(2026, 11, 24);

  /** Where the golden files are, relative to this package. */
  private static final String JSON = "json/";

  private Scenarios() {}

  /**
   * Reads a golden JSON file of this test-jar as UTF-8 text. The files are resources of this package (under
   * {@code io/github/mantelzorg/model/testing/json/}), so they are found on the class path and on the module path
   * alike.
   *
   * @param fileName the file name relative to {@code json/}, e.g. {@code s1-zoon-vader-dementie.json} or
   *     {@code schaars/verpleeghuis.json}
   * @return the file's text, exactly as stored
   * @throws IllegalArgumentException if there is no such file
   * @throws UncheckedIOException if the file cannot be read
   */
  public static String json(String fileName) {
    String resource = JSON + fileName;
    try (InputStream in = Scenarios.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no golden JSON file in the test-jar: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * S1: Peter (52, works full time) cares 14 hours a week for his father Jan (84, dementia) and does not see himself as
   * a mantelzorger. CSI 8; zelfregie contacts weak; the thuiszorg nurse only informs him (SOFA S voldoende, O geen,
   * F and A weinig) and he is not involved in the zorgplan. No volunteer, no respite, no MantelScan. Golden file
   * {@code s1-zoon-vader-dementie.json}.
   *
   * @return the care network of S1
   */
  public static Zorgnetwerk s1() {
    String thuiszorg = "org-thuiszorg-deventer";
    return Zorgnetwerk.builder()
        .id("ZN-2026-0142")
        .gemeente("Deventer")
        .zorgvrager(Zorgvrager.builder()
            .id("zv-jan")
            .naam("Jan de Vries")
            .leeftijd(84)
            .addAandoening(Aandoening.DEMENTIE)
            .woontThuis(true)
            .build())
        .addMantelzorger(Mantelzorger.builder()
            .id("mz-peter")
            .naam("Peter de Vries")
            .leeftijd(52)
            .relatie(Relatie.KIND)
            .urenPerWeek(14)
            .maanden(24)
            .hoofdmantelzorger(true)
            .herkentZichAlsMantelzorger(false)
            .werkt(true)
            .addMeting(Belastingmeting.builder()
                .instrument(Instrument.CSI)
                .datum(LocalDate.of(2026, 10, 2))
                .waarde(8)
                .afgenomenDoor(thuiszorg)
                .build())
            .zelfregie(ZelfregieProfiel.builder()
                .datum(LocalDate.of(2026, 10, 2))
                .eigenaarschap(ZelfregieNiveau.STERK)
                .eigenKracht(ZelfregieNiveau.MATIG)
                .motivatie(ZelfregieNiveau.STERK)
                .contacten(ZelfregieNiveau.ZWAK)
                .build())
            // The nurse informs him about daily matters: the four roles and "no zorgplan involvement" are stated.
            .sofa(SofaProfiel.builder()
                .datum(LocalDate.of(2026, 10, 16))
                .moment(ContactMoment.DAGELIJKSE_PRAKTIJK)
                .samenwerken(Aandacht.VOLDOENDE)
                .ondersteunen(Aandacht.GEEN)
                .faciliteren(Aandacht.WEINIG)
                .afstemmen(Aandacht.WEINIG)
                .betrokkenBijZorgplan(false)
                .build())
            .build())
        .addBeroepskracht(Beroepskracht.builder()
            .id("bk-fatima")
            .naam("Fatima El Amrani")
            .organisatie(thuiszorg)
            .discipline("wijkverpleegkundige")
            .aanspreekpunt(true)
            .addTaken("persoonlijke verzorging", "medicatie")
            .build())
        .addOrganisatie(Organisatie.builder()
            .id(thuiszorg)
            .naam("Thuiszorg Deventer en Omstreken")
            .type(OrganisatieType.THUISZORG)
            .gemeente("Deventer")
            .build())
        // "No vrijwilliger, no respijt, no MantelScan"; "a single carer, no network" (no neighbours or relatives).
        .addGeen(Zorgnetwerk.Onderdeel.VRIJWILLIGERS, Zorgnetwerk.Onderdeel.RESPIJT, Zorgnetwerk.Onderdeel.MANTEL_SCAN,
            Zorgnetwerk.Onderdeel.INFORMELE_CONTACTEN)
        .build();
  }

  /**
   * S2: Ria (67) has cared 40 hours a week for 30 years for her daughter Sanne (34, intellectual disability), who
   * lives with her; she wonders who will care for Sanne later. ZRM social network 2, time use 3, other domains 3-4.
   * EDIZ-plus 6. A weekly buddy volunteer is neither informed (Sanne's day-care moved) nor aligned with, but is
   * appreciated. Logeerzorg now and then. Golden file {@code s2-moeder-dochter-verstandelijke-beperking.json}.
   *
   * @return the care network of S2
   */
  public static Zorgnetwerk s2() {
    String buddyzorg = "org-buddyzorg-eemland";
    String gehandicaptenzorg = "org-de-eemhorst";
    return Zorgnetwerk.builder()
        .id("ZN-2026-0217")
        .gemeente("Amersfoort")
        .zorgvrager(Zorgvrager.builder()
            .id("zv-sanne")
            .naam("Sanne Bakker")
            .leeftijd(34)
            .addAandoening(Aandoening.VERSTANDELIJKE_BEPERKING)
            .woontThuis(true)
            .toekomstzorgVraag(true)
            .addZrm(ZrmProfiel.builder()
                .datum(LocalDate.of(2026, 9, 15))
                .putNiveau(ZrmDomein.FINANCIEN, ZrmNiveau.BEPERKT_ZELFREDZAAM)
                .putNiveau(ZrmDomein.WERK_OPLEIDING, ZrmNiveau.VOLDOENDE_ZELFREDZAAM)
                .putNiveau(ZrmDomein.TIJDSBESTEDING, ZrmNiveau.BEPERKT_ZELFREDZAAM)
                .putNiveau(ZrmDomein.HUISVESTING, ZrmNiveau.VOLDOENDE_ZELFREDZAAM)
                .putNiveau(ZrmDomein.HUISELIJKE_RELATIES, ZrmNiveau.VOLDOENDE_ZELFREDZAAM)
                .putNiveau(ZrmDomein.GEESTELIJKE_GEZONDHEID, ZrmNiveau.VOLDOENDE_ZELFREDZAAM)
                .putNiveau(ZrmDomein.LICHAMELIJKE_GEZONDHEID, ZrmNiveau.VOLDOENDE_ZELFREDZAAM)
                .putNiveau(ZrmDomein.MIDDELENGEBRUIK, ZrmNiveau.VOLDOENDE_ZELFREDZAAM)
                .putNiveau(ZrmDomein.BASALE_ADL, ZrmNiveau.VOLDOENDE_ZELFREDZAAM)
                .putNiveau(ZrmDomein.INSTRUMENTELE_ADL, ZrmNiveau.BEPERKT_ZELFREDZAAM)
                .putNiveau(ZrmDomein.SOCIAAL_NETWERK, ZrmNiveau.NIET_ZELFREDZAAM)
                .putNiveau(ZrmDomein.MAATSCHAPPELIJKE_PARTICIPATIE, ZrmNiveau.BEPERKT_ZELFREDZAAM)
                .putNiveau(ZrmDomein.JUSTITIE, ZrmNiveau.VOLDOENDE_ZELFREDZAAM)
                .build())
            .build())
        .addMantelzorger(Mantelzorger.builder()
            .id("mz-ria")
            .naam("Ria Bakker")
            .leeftijd(67)
            .relatie(Relatie.OUDER)
            .urenPerWeek(40)
            .maanden(360)
            .hoofdmantelzorger(true)
            .addMeting(Belastingmeting.edizPlus(6, LocalDate.of(2026, 11, 3)))
            // The scenario expects SO-04: the professionals give little attention to her relationship as mother.
            // That is the one SOFA fact it implies; the other roles are not assessed.
            .sofa(SofaProfiel.builder()
                .datum(LocalDate.of(2026, 11, 3))
                .faciliteren(Aandacht.WEINIG)
                .build())
            .build())
        // Only the three WIFA aspects the scenario names are stated.
        .addVrijwilliger(Vrijwilliger.builder()
            .id("vw-joost")
            .naam("Joost Hendriks")
            .organisatie(buddyzorg)
            .addTaken("gezelschap", "uitstapje")
            .wifa(WifaProfiel.builder()
                .informeren(WifaStatus.ONVOLDOENDE)
                .waarderen(WifaStatus.OK)
                .afstemmen(WifaStatus.ONVOLDOENDE)
                .build())
            .build())
        .addBeroepskracht(Beroepskracht.builder()
            .id("bk-esther")
            .naam("Esther van Leeuwen")
            .organisatie(gehandicaptenzorg)
            .discipline("persoonlijk begeleider")
            .aanspreekpunt(true)
            .addTaken("dagbesteding", "begeleiding")
            .build())
        .addOrganisatie(Organisatie.builder()
            .id(buddyzorg)
            .naam("Buddyzorg Eemland")
            .type(OrganisatieType.VRIJWILLIGERSORGANISATIE)
            .gemeente("Amersfoort")
            .build())
        .addOrganisatie(Organisatie.builder()
            .id(gehandicaptenzorg)
            .naam("Stichting De Eemhorst")
            .type(OrganisatieType.GEHANDICAPTENZORG)
            .gemeente("Amersfoort")
            .build())
        .addRespijt(RespijtVoorziening.builder()
            .vorm(RespijtVorm.LOGEERZORG)
            .uitvoerder(Uitvoerder.BEROEPSKRACHT)
            .frequentie(RespijtFrequentie.INCIDENTEEL)
            .inGebruik(true)
            .organisatie(gehandicaptenzorg)
            .build())
        .build();
  }

  /**
   * S3: Anja (58) cares 30 hours a week for her husband Henk (61, acquired brain injury after a stroke) since a year;
   * she reduced her working hours and finds him "another person". CSI 9, recorded item by item. She finds it hard to
   * ask for help, while two neighbours offered to help but were never asked. SOFA faciliteren geen; zelfregie contacts
   * weak; no volunteer, no respite. Golden file {@code s3-partner-nah.json}.
   *
   * @return the care network of S3
   */
  public static Zorgnetwerk s3() {
    String nahTeam = "org-nah-team-vallei";
    return Zorgnetwerk.builder()
        .id("ZN-2026-0388")
        .gemeente("Ede")
        .zorgvrager(Zorgvrager.builder()
            .id("zv-henk")
            .naam("Henk Visser")
            .leeftijd(61)
            .addAandoening(Aandoening.NIET_AANGEBOREN_HERSENLETSEL)
            .woontThuis(true)
            .build())
        .addMantelzorger(Mantelzorger.builder()
            .id("mz-anja")
            .naam("Anja Visser")
            .leeftijd(58)
            .relatie(Relatie.PARTNER)
            .urenPerWeek(30)
            .maanden(12)
            .hoofdmantelzorger(true)
            .werkt(true)
            .vraagverlegen(true)
            .addMeting(Belastingmeting.builder()
                .instrument(Instrument.CSI)
                .datum(LocalDate.of(2026, 11, 10))
                .waarde(9)
                .addCsiItems(
                    CsiItem.SLAAP_VERSTOORD,
                    CsiItem.KOST_MOEITE_EN_TIJD,
                    CsiItem.BEPERKT_ANDERE_ACTIVITEITEN,
                    CsiItem.DAGRITME_AANGEPAST,
                    CsiItem.PLANNEN_GEWIJZIGD,
                    CsiItem.EMOTIONEEL_ANDERS_TEGEN_ELKAAR,
                    CsiItem.ANDER_PERSOON_GEWORDEN,
                    CsiItem.WERK_AANGEPAST,
                    CsiItem.VOLLEDIG_OPGESLOKT)
                .afgenomenDoor(nahTeam)
                .build())
            // Only contacts is stated; the other elements were not assessed.
            .zelfregie(ZelfregieProfiel.builder()
                .datum(LocalDate.of(2026, 11, 10))
                .contacten(ZelfregieNiveau.ZWAK)
                .build())
            // Only faciliteren is stated ("Anja only does care tasks").
            .sofa(SofaProfiel.builder()
                .datum(LocalDate.of(2026, 11, 10))
                .faciliteren(Aandacht.GEEN)
                .build())
            .build())
        .addBeroepskracht(Beroepskracht.builder()
            .id("bk-lisa")
            .naam("Lisa van Dam")
            .organisatie(nahTeam)
            .discipline("casemanager NAH")
            .aanspreekpunt(true)
            .addTaken("revalidatieplan", "begeleiding")
            .build())
        .addInformeleContacten(
            InformeelContact.builder()
                .id("ic-karin")
                .naam("Karin de Groot")
                .relatie(Relatie.BUUR)
                .bereidOmTeHelpen(true)
                .gevraagd(false)
                .build(),
            InformeelContact.builder()
                .id("ic-mehmet")
                .naam("Mehmet Yilmaz")
                .relatie(Relatie.BUUR)
                .bereidOmTeHelpen(true)
                .gevraagd(false)
                .build())
        .addOrganisatie(Organisatie.builder()
            .id(nahTeam)
            .naam("NAH-team Gelderse Vallei")
            .type(OrganisatieType.ZORGORGANISATIE)
            .gemeente("Ede")
            .build())
        // The scenario: "CB-01 (no volunteer, so KRITIEK)".
        .addGeen(Zorgnetwerk.Onderdeel.VRIJWILLIGERS)
        .build();
  }

  /**
   * S5: a lerende praktijk of only two organisations (welzijn and thuiszorg), without shared goal or agreements but
   * with a good relationship and discussed interests. The welzijn organisation leads without allocated hours, the
   * thuiszorg staff have no time for collaboration, and only step 1 of the six-step plan is done. Golden file
   * {@code s5-lerende-praktijk-twee-organisaties.json}.
   *
   * @return the partnership of S5
   */
  public static Samenwerkingsverband s5() {
    String welzijn = "org-welzijn-vechtdal";
    return Samenwerkingsverband.builder()
        .id("SV-2026-HARDENBERG")
        .naam("Lerende praktijk Mantelzorg Thuis Hardenberg")
        .addGemeente("Hardenberg")
        .lerendePraktijk(true)
        .begeleidingTot(LocalDate.of(2028, 3, 31))
        .addLid(Organisatie.builder()
            .id(welzijn)
            .naam("Stichting Welzijn Vechtdal")
            .type(OrganisatieType.WELZIJNSORGANISATIE)
            .gemeente("Hardenberg")
            .build())
        .addLid(Organisatie.builder()
            .id("org-thuiszorg-vechtdal")
            .naam("Thuiszorg Vechtdal")
            .type(OrganisatieType.THUISZORG)
            .gemeente("Hardenberg")
            .medewerkersHebbenTijd(false)
            .build())
        .initiatiefnemer(welzijn)
        .initiatiefnemerHeeftTijdEnEnergie(false)
        .aspecten(SamenwerkingsAspecten.builder()
            .gezamenlijkDoel(false)
            .eigenBelang(true)
            .relatieOpOrde(true)
            .afspraken(false)
            .build())
        .addStappenAfgerond(SamenwerkingsStap.EIGEN_ROL)
        .build();
  }

  /**
   * S6: a vrijwillige thuishulp group supports older clients at home, here four of them. Nobody informs, appreciates
   * (the last time was 20 months ago) or aligns with the volunteers, though they are facilitated; they do the
   * groceries the thuiszorg also does, three of the six never had an intake and nothing is written down. One
   * daughter scores EDIZ-plus 10. Golden file {@code s6-vrijwilligers-niet-geinformeerd.json}.
   *
   * @return the case of S6: four care networks sharing one volunteer group
   */
  public static Casus s6() {
    Organisatie thuishulp = Organisatie.builder()
        .id("org-thuishulp-zutphen")
        .naam("Vrijwillige Thuishulp Zutphen")
        .type(OrganisatieType.VRIJWILLIGERSORGANISATIE)
        .gemeente("Zutphen")
        .build();
    Organisatie thuiszorg = Organisatie.builder()
        .id("org-thuiszorg-berkel")
        .naam("Thuiszorg Berkel en IJssel")
        .type(OrganisatieType.THUISZORG)
        .gemeente("Zutphen")
        .build();
    Vrijwilliger gerda = thuishulp(thuishulp, "vw-gerda", "Gerda Wolters", true, "boodschappen", "gezelschap");
    Vrijwilliger bert = thuishulp(thuishulp, "vw-bert", "Bert Lammers", true, "boodschappen", "klusjes");
    Vrijwilliger yasmina = thuishulp(thuishulp, "vw-yasmina", "Yasmina Bouali", false, "boodschappen", "wandelen");
    Vrijwilliger daan = thuishulp(thuishulp, "vw-daan", "Daan Kuipers", false, "boodschappen", "vervoer");
    Vrijwilliger ineke = thuishulp(thuishulp, "vw-ineke", "Ineke Smit", true, "gezelschap", "boodschappen");
    Vrijwilliger tom = thuishulp(thuishulp, "vw-tom", "Tom Verbeek", false, "boodschappen", "klusjes");
    Beroepskracht marieke = Beroepskracht.builder()
        .id("bk-marieke")
        .naam("Marieke Hoekstra")
        .organisatie(thuiszorg.id())
        .discipline("verzorgende IG")
        .addTaken("persoonlijke verzorging", "boodschappen")
        .build();
    Beroepskracht sandra = Beroepskracht.builder()
        .id("bk-sandra")
        .naam("Sandra Mulder")
        .organisatie(thuiszorg.id())
        .discipline("huishoudelijk medewerker")
        .addTaken("huishouden", "boodschappen")
        .build();
    Zorgnetwerk gerritsen = Zorgnetwerk.builder()
        .id("ZN-2026-0501")
        .gemeente("Zutphen")
        .zorgvrager(Zorgvrager.builder()
            .id("zv-riek")
            .naam("Riek Gerritsen")
            .leeftijd(86)
            .addAandoeningen(Aandoening.CHRONISCHE_ZIEKTE, Aandoening.OUDERDOM_KWETSBAARHEID)
            .build())
        .addMantelzorger(Mantelzorger.builder()
            .id("mz-marja")
            .naam("Marja Gerritsen")
            .leeftijd(58)
            .relatie(Relatie.KIND)
            .urenPerWeek(20)
            .maanden(48)
            .hoofdmantelzorger(true)
            .werkt(true)
            .addMeting(Belastingmeting.builder()
                .instrument(Instrument.EDIZ_PLUS)
                .datum(LocalDate.of(2026, 11, 5))
                .waarde(10)
                .afgenomenDoor(thuiszorg.id())
                .build())
            .build())
        .addVrijwilligers(gerda, yasmina)
        .addBeroepskracht(marieke)
        .addOrganisaties(thuishulp, thuiszorg)
        .build();
    Zorgnetwerk hofman = Zorgnetwerk.builder()
        .id("ZN-2026-0502")
        .gemeente("Zutphen")
        .zorgvrager(Zorgvrager.builder()
            .id("zv-wim")
            .naam("Wim Hofman")
            .leeftijd(81)
            .addAandoeningen(Aandoening.LICHAMELIJKE_BEPERKING, Aandoening.OUDERDOM_KWETSBAARHEID)
            .build())
        .addMantelzorger(Mantelzorger.builder()
            .id("mz-truus")
            .naam("Truus Hofman")
            .leeftijd(79)
            .relatie(Relatie.PARTNER)
            .urenPerWeek(12)
            .maanden(36)
            .hoofdmantelzorger(true)
            .addMeting(Belastingmeting.edizPlus(5, LocalDate.of(2026, 10, 28)))
            .build())
        .addVrijwilligers(bert, daan)
        .addBeroepskracht(sandra)
        .addOrganisaties(thuishulp, thuiszorg)
        .build();
    Zorgnetwerk brinkman = Zorgnetwerk.builder()
        .id("ZN-2026-0503")
        .gemeente("Zutphen")
        .zorgvrager(Zorgvrager.builder()
            .id("zv-annie")
            .naam("Annie Brinkman")
            .leeftijd(89)
            .addAandoening(Aandoening.OUDERDOM_KWETSBAARHEID)
            .build())
        .addMantelzorger(Mantelzorger.builder()
            .id("mz-gert")
            .naam("Gert Brinkman")
            .leeftijd(62)
            .relatie(Relatie.KIND)
            .urenPerWeek(4)
            .maanden(60)
            .werkt(true)
            .build())
        .addVrijwilligers(ineke, tom)
        .addBeroepskracht(sandra)
        .addOrganisaties(thuishulp, thuiszorg)
        .build();
    Zorgnetwerk meijer = Zorgnetwerk.builder()
        .id("ZN-2026-0504")
        .gemeente("Zutphen")
        .zorgvrager(Zorgvrager.builder()
            .id("zv-jo")
            .naam("Jo Meijer")
            .leeftijd(84)
            .addAandoening(Aandoening.OUDERDOM_KWETSBAARHEID)
            .build())
        .addMantelzorger(Mantelzorger.builder()
            .id("mz-petra")
            .naam("Petra Meijer")
            .leeftijd(51)
            .relatie(Relatie.ANDER_FAMILIELID)
            .urenPerWeek(3)
            .maanden(18)
            .werkt(true)
            .build())
        .addVrijwilligers(gerda, tom, yasmina)
        .addBeroepskracht(marieke)
        .addOrganisaties(thuishulp, thuiszorg)
        .build();
    return Casus.builder().addZorgnetwerken(gerritsen, hofman, brinkman, meijer).build();
  }

  /** A volunteer of the S6 thuishulp group: the group's shared WIFA profile, with or without an intake. */
  private static Vrijwilliger thuishulp(Organisatie groep, String id, String naam, boolean intakeGehad, String... taken) {
    return Vrijwilliger.builder()
        .id(id)
        .naam(naam)
        .organisatie(groep.id())
        .addTaken(taken)
        .wifa(WifaProfiel.builder()
            .waarderen(WifaStatus.ONVOLDOENDE)
            .informeren(WifaStatus.ONVOLDOENDE)
            .faciliteren(WifaStatus.OK)
            .afstemmen(WifaStatus.ONVOLDOENDE)
            .intakeGehad(intakeGehad)
            .laatsteWaardering(PEILDATUM.minusMonths(20))
            .afsprakenVastgelegd(false)
            .build())
        .build();
  }

  /**
   * S8: the Steunpunt Mantelzorg of a municipality without a vision on carer support has none of its own and no
   * leidende principes, is not at the table in the dementia network or the wijkteam meeting, has one pitch for network
   * partners answering questions 1 and 4 only, and a lobby plan for structural respite funding without allies,
   * figures, a story, a moment or a means. Municipal elections are six weeks away. Golden file
   * {@code s8-steunpunt-zonder-positie.json}.
   *
   * @return the partnership of S8
   */
  public static Samenwerkingsverband s8() {
    String steunpunt = "org-steunpunt-heerde";
    return Samenwerkingsverband.builder()
        .id("SV-2026-HEERDE")
        .naam("Mantelzorgondersteuning Heerde")
        .addGemeente("Heerde")
        .addLid(Organisatie.builder()
            .id(steunpunt)
            .naam("Steunpunt Mantelzorg Heerde")
            .type(OrganisatieType.MANTELZORGSTEUNPUNT)
            .gemeente("Heerde")
            .heeftVisie(false)
            .build())
        .addLid(Organisatie.builder()
            .id("org-gemeente-heerde")
            .naam("Gemeente Heerde")
            .type(OrganisatieType.GEMEENTE)
            .gemeente("Heerde")
            .heeftVisie(false)
            .build())
        .gemeenteHeeftVisie(false)
        .positionering(Positionering.builder()
            .organisatie(steunpunt)
            .addPitch(ElevatorPitch.builder()
                .doelgroep(PitchDoelgroep.NETWERKPARTNERS)
                .addBeantwoordeVragen(PitchVraag.WIE_EN_EXPERTISE, PitchVraag.AMBITIES)
                .build())
            .lobby(LobbyPlan.builder()
                .instantie("Gemeente Heerde")
                .watAnders("Structurele financiering van respijtzorg: een vast dagdeel per week voor elke mantelzorger"
                    + " die dat nodig heeft")
                .boodschap("Mantelzorgers in Heerde houden het alleen vol als ze regelmatig op adem kunnen komen;"
                    + " daarvoor is structurele respijtzorg nodig")
                .onderbouwdMetCijfers(false)
                .verkiezingen(PEILDATUM.plusWeeks(6))
                .build())
            .addRelevanteNetwerken("dementienetwerk", "wijkteamoverleg")
            // "Not at the table in the local dementia network or the wijkteam overleg."
            .addGeen(Positionering.Onderdeel.AAN_TAFEL_BIJ)
            .build())
        // No shared vision either: "leidende principes: 0".
        .addGeen(Samenwerkingsverband.Onderdeel.VISIE)
        .build();
  }

  /**
   * S9: a care organisation hires an ervaringsdeskundige mantelzorger. The board is enthusiastic but the team was not
   * consulted (draagvlak only with management), there is no plan for the embedding, and the project to deploy her
   * has support from management only. Golden file {@code s9-ervaringsdeskundige-alleen-management.json}.
   *
   * @return the partnership of S9
   */
  public static Samenwerkingsverband s9() {
    // Only what the story tells: the organisation, its expert, the support of management only, no embedding plan, and
    // the project of deploying her. The partnership's other facts are unknown.
    return Samenwerkingsverband.builder()
        .id("SV-2026-MEPPEL")
        .naam("Samen voor Mantelzorgers Meppel")
        .addGemeente("Meppel")
        .addLid(Organisatie.builder()
            .id("org-zorggroep-reestdal")
            .naam("Zorggroep Reestdal")
            .type(OrganisatieType.ZORGORGANISATIE)
            .gemeente("Meppel")
            .addErvaringsdeskundige(Ervaringsdeskundige.builder()
                .id("ed-marloes")
                .naam("Marloes de Boer")
                .thema("mantelzorg")
                .build())
            .draagvlak(Draagvlak.ALLEEN_MANAGEMENT)
            .inbeddingErvaringsdeskundigeGepland(false)
            .addProject(Project.builder()
                .naam("Inzet ervaringsdeskundige mantelzorger")
                .draagvlak(Draagvlak.ALLEEN_MANAGEMENT)
                .build())
            .build())
        .addLid(Organisatie.builder()
            .id("org-steunpunt-meppel")
            .naam("Steunpunt Mantelzorg Meppel")
            .type(OrganisatieType.MANTELZORGSTEUNPUNT)
            .gemeente("Meppel")
            .build())
        .addLid(Organisatie.builder()
            .id("org-gemeente-meppel")
            .naam("Gemeente Meppel")
            .type(OrganisatieType.GEMEENTE)
            .gemeente("Meppel")
            .build())
        .build();
  }
}
