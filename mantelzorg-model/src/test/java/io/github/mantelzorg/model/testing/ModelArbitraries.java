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
import io.github.mantelzorg.model.Drempels;
import io.github.mantelzorg.model.ElevatorPitch;
import io.github.mantelzorg.model.Ervaringsdeskundige;
import io.github.mantelzorg.model.InformeelContact;
import io.github.mantelzorg.model.Instrument;
import io.github.mantelzorg.model.Krachtenverdeling;
import io.github.mantelzorg.model.LerendNetwerk;
import io.github.mantelzorg.model.LobbyMiddel;
import io.github.mantelzorg.model.LobbyMoment;
import io.github.mantelzorg.model.LobbyPlan;
import io.github.mantelzorg.model.MantelScan;
import io.github.mantelzorg.model.MantelScanStap;
import io.github.mantelzorg.model.Mantelzorgakkoord;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.NetwerkCoaching;
import io.github.mantelzorg.model.NetwerkStap;
import io.github.mantelzorg.model.OndersteunersRol;
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
import io.github.mantelzorg.model.Respondent;
import io.github.mantelzorg.model.Samenspelscan;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators for every value of the mantelzorg model: the two aggregates {@link Zorgnetwerk} and
 * {@link Samenwerkingsverband}, the {@link Casus} that combines them, and all their parts.
 *
 * <p>Every generated value is <em>valid</em>: building it does not throw, ids are unique within a network or
 * partnership, every reference (a professional's organisation, a netwerkcoach, an initiatiefnemer, a signatory...)
 * resolves, scores are within the range of their instrument and dates fall in 2024-2026. Values are also
 * <em>varied</em>: every enum constant can occur, optional values are sometimes present and sometimes absent, and
 * the thresholds the rules care about are generated often (CSI 6 and 7, EDIZ-plus 3/4 and 8/9, 8 and 8.5 hours a
 * week, 3 and 4 months, partnerships of 2 and 3 organisations). Sizes are kept moderate (a network has at most 4
 * carers and 5 volunteers, a partnership at most 8 members) so that properties run fast.
 *
 * <p>Ids follow a fixed scheme so that references can be generated: the zorgvrager of a network is {@code zv},
 * carers {@code mz-1, mz-2...}, volunteers {@code vw-1...}, professionals {@code bk-1...}, informal contacts
 * {@code ic-1...}, experts by experience {@code ed-1...} and organisations {@code org-1...}. Parts generated on their
 * own (e.g. {@link #beroepskrachten()}) refer to organisations {@code org-1} to {@code org-3}, which resolve only
 * once the part is put into a network with enough organisations; {@link #zorgnetwerken()} takes care of that.
 *
 * <p>Use them from a property with {@code @Provide}:
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<Zorgnetwerk> netwerken() {
 *   return ModelArbitraries.zorgnetwerken();
 * }
 *
 * @Property(tries = 200)
 * void myRuleNeverFails(@ForAll("netwerken") Zorgnetwerk netwerk) { ... }
 * }</pre>
 */
public final class ModelArbitraries {
  /** First day that generated dates can take: 1 January 2024. */
  public static final LocalDate EERSTE_DATUM = LocalDate.of(2024, 1, 1);

  /** Last day that generated dates can take: 31 December 2026. */
  public static final LocalDate LAATSTE_DATUM = LocalDate.of(2026, 12, 31);

  /** Id of the zorgvrager in every generated network. */
  public static final String ZORGVRAGER_ID = "zv";

  /** Number of organisations that stand-alone parts may refer to ({@code org-1} to {@code org-3}). */
  private static final int ORG_POOL = 3;

  private static final List<String> GEMEENTEN = List.of(
      "Land van Cuijk", "Leiden", "Ermelo", "Harderwijk", "Nunspeet", "Bergen op Zoom", "Woensdrecht", "'s-Hertogenbosch");

  private static final List<String> VOORNAMEN = List.of(
      "Anna", "Jan", "Fatima", "Zoë", "Mohammed", "Ünal", "Els", "Kees", "Noor", "Daan", "Maria", "Ahmet", "Joke");

  private static final List<String> ACHTERNAMEN = List.of(
      "de Vries", "Jansen", "El Amrani", "Bakker", "Yılmaz", "van den Berg", "Smit", "Visser", "O'Neill", "Müller");

  private static final List<String> TAKEN = List.of(
      "boodschappen", "vervoer", "administratie", "huishouden", "gezelschap", "medicatie", "persoonlijke verzorging",
      "koken", "tuin");

  private static final List<String> DISCIPLINES = List.of(
      "wijkverpleegkundige", "huisarts", "mantelzorgconsulent", "casemanager dementie", "maatschappelijk werker",
      "praktijkondersteuner");

  private ModelArbitraries() {}

  // ---------------------------------------------------------------------------------------------------------
  // Building blocks
  // ---------------------------------------------------------------------------------------------------------

  /** Days from {@link #EERSTE_DATUM} to {@link #LAATSTE_DATUM}, including leap day 2024-02-29 and year ends. */
  public static Arbitrary<LocalDate> datums() {
    int dagen = (int) (LAATSTE_DATUM.toEpochDay() - EERSTE_DATUM.toEpochDay());
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.integers().between(0, dagen).map(EERSTE_DATUM::plusDays)),
        Tuple.of(1, Arbitraries.of(
            LocalDate.of(2024, 2, 29), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 11, 10), LocalDate.of(2026, 12, 31))));
  }

  /**
   * Texts for free-text fields: mostly realistic Dutch words, sometimes arbitrary printable text with accents,
   * quotes, backslashes and line breaks (to exercise JSON escaping), and now and then the empty text (which the
   * model allows for free text and JSON must keep).
   */
  public static Arbitrary<String> teksten() {
    Arbitrary<String> vrij = Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars("éëïöüçñ€ÿ\"\\\n\t")
        .ofMinLength(1)
        .ofMaxLength(30)
        .map(s -> "t" + s);
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(TAKEN)),
        Tuple.of(3, Arbitraries.of(DISCIPLINES)),
        Tuple.of(2, vrij),
        Tuple.of(1, Arbitraries.just("")));
  }

  /** Person names, e.g. "Zoë de Vries", with non-ASCII letters and apostrophes now and then. */
  public static Arbitrary<String> namen() {
    return Combinators.combine(Arbitraries.of(VOORNAMEN), Arbitraries.of(ACHTERNAMEN)).as((v, a) -> v + " " + a);
  }

  /** Names of municipalities (gemeenten) of the In voor mantelzorg-thuis regions. */
  public static Arbitrary<String> gemeenten() {
    return Arbitraries.of(GEMEENTEN);
  }

  /** Ids of networks or partnerships: short alphanumeric codes with a dash, e.g. {@code zn-7Qa}. */
  public static Arbitrary<String> ids() {
    return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8).map(s -> "id-" + s);
  }

  /** Task words (taken) from a small pool, so that volunteers and professionals often share one. */
  public static Arbitrary<String> taken() {
    return Arbitraries.of(TAKEN);
  }

  /** CSI scores 0-13; the cut-off pair 6/7 and the ends 0/13 are generated often. */
  public static Arbitrary<Integer> csiScores() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(0, Drempels.CSI_MAX)),
        Tuple.of(2, Arbitraries.of(6, 7, 0, Drempels.CSI_MAX)));
  }

  /** EDIZ-plus scores 0-15; the band edges 0/1, 3/4, 8/9 and 15 are generated often. */
  public static Arbitrary<Integer> edizPlusScores() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(0, Drempels.EDIZ_PLUS_MAX)),
        Tuple.of(2, Arbitraries.of(0, 1, 3, 4, 8, 9, Drempels.EDIZ_PLUS_MAX)));
  }

  /** EDIZ (9-item) scores 0-9; 4/5 (around the design threshold) are generated often. */
  public static Arbitrary<Integer> edizScores() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(0, Drempels.EDIZ_MAX)),
        Tuple.of(1, Arbitraries.of(4, 5)));
  }

  /** Hours of care a week, 0-168 in half hours; 8 and 8.5 (the intensity threshold) are generated often. */
  public static Arbitrary<Double> urenPerWeek() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(0, 2 * (int) Drempels.MAX_UREN_PER_WEEK).map(h -> h / 2.0)),
        Tuple.of(2, Arbitraries.of(0.0, 7.5, 8.0, 8.5, 40.0, Drempels.MAX_UREN_PER_WEEK)));
  }

  /** Months of care, 0-1200; 3 and 4 (the duration threshold) are generated often. */
  public static Arbitrary<Integer> maanden() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.integers().between(0, 120)),
        Tuple.of(1, Arbitraries.integers().between(0, Drempels.MAX_MAANDEN)),
        Tuple.of(2, Arbitraries.of(0, 3, 4)));
  }

  /** Ages 0-130, mostly adults; the young-carer range 8-23 is covered. */
  public static Arbitrary<Integer> leeftijden() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(18, 95)),
        Tuple.of(1, Arbitraries.integers().between(8, 23)),
        Tuple.of(1, Arbitraries.integers().between(0, Drempels.MAX_LEEFTIJD)));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Profiles and measurements
  // ---------------------------------------------------------------------------------------------------------

  /** Burden measurements with any instrument, referring (sometimes) to organisations {@code org-1..org-3}. */
  public static Arbitrary<Belastingmeting> belastingmetingen() {
    return belastingmetingen(ORG_POOL);
  }

  /** Burden measurements with the given instrument, with a score (or signal) valid for that instrument. */
  public static Arbitrary<Belastingmeting> belastingmetingen(Instrument instrument) {
    return belastingmeting(Arbitraries.just(instrument), ORG_POOL);
  }

  static Arbitrary<Belastingmeting> belastingmetingen(int organisaties) {
    return belastingmeting(Arbitraries.of(Instrument.class), organisaties);
  }

  private static Arbitrary<Belastingmeting> belastingmeting(Arbitrary<Instrument> instrumenten, int organisaties) {
    return Combinators.combine(instrumenten, datums(), verwijzing("org-", organisaties))
        .flatAs((instrument, datum, door) -> {
          switch (instrument) {
            case CSI:
              return csiScores().flatMap(w -> Arbitraries.subsetOf(CsiItem.values()).ofSize(w).optional(0.5)
                  .map(items -> meting(instrument, datum, door).waarde(w).csiItems(items.orElse(Set.of())).build()));
            case EDIZ_PLUS:
              return edizPlusScores().map(w -> meting(instrument, datum, door).waarde(w).build());
            case EDIZ:
              return edizScores().map(w -> meting(instrument, datum, door).waarde(w).build());
            default:
              return Arbitraries.of(true, false)
                  .map(signaal -> meting(instrument, datum, door).signaalOverbelasting(signaal).build());
          }
        });
  }

  private static Belastingmeting.Builder meting(Instrument instrument, LocalDate datum, Optional<String> door) {
    return Belastingmeting.builder().instrument(instrument).datum(datum).afgenomenDoor(door);
  }

  /** Zelfregie profiles with every level reachable on each element, and elements left unknown. */
  public static Arbitrary<ZelfregieProfiel> zelfregieProfielen() {
    Arbitrary<Optional<ZelfregieNiveau>> n = soms(ZelfregieNiveau.class);
    return Combinators.combine(datums(), n, n, n, n, vlaggen(1).map(v -> bit(v, 0)))
        .as((datum, a, b, c, d, w) -> ZelfregieProfiel.builder()
            .datum(datum).eigenaarschap(a).eigenKracht(b).motivatie(c).contacten(d).wederkerigheid(w).build());
  }

  /** SOFA profiles: every attention level per role, every contact moment, with or without a date. */
  public static Arbitrary<SofaProfiel> sofaProfielen() {
    Arbitrary<Optional<Aandacht>> a = soms(Aandacht.class);
    return Combinators.combine(datums().optional(0.6), soms(ContactMoment.class), a, a, a, a, vlaggen(4))
        .as((datum, moment, s, o, f, af, v) -> SofaProfiel.builder()
            .datum(datum).moment(moment).samenwerken(s).ondersteunen(o).faciliteren(f).afstemmen(af)
            .betrokkenBijZorgplan(bit(v, 0)).vastAanspreekpunt(bit(v, 1))
            .wensenEnGrenzenBesproken(bit(v, 2)).woontOpAfstand(bit(v, 3))
            .build());
  }

  /** WIFA profiles: every status per aspect, optional appreciation and evaluation dates. */
  public static Arbitrary<WifaProfiel> wifaProfielen() {
    Arbitrary<Optional<WifaStatus>> s = soms(WifaStatus.class);
    return Combinators.combine(s, s, s, s, datums().optional(0.5), datums().optional(0.5), vlaggen(2),
            Arbitraries.integers().between(0, 3))
        .as((w, i, f, a, waardering, evaluatie, v, nooit) -> {
          List<WifaProfiel.Onderdeel> leeg = new ArrayList<>();
          if (waardering.isEmpty()) {
            leeg.add(WifaProfiel.Onderdeel.LAATSTE_WAARDERING);
          }
          if (evaluatie.isEmpty()) {
            leeg.add(WifaProfiel.Onderdeel.LAATSTE_EVALUATIE);
          }
          return WifaProfiel.builder()
              .waarderen(w).informeren(i).faciliteren(f).afstemmen(a)
              .laatsteWaardering(waardering).laatsteEvaluatie(evaluatie)
              .intakeGehad(bit(v, 0)).afsprakenVastgelegd(bit(v, 1)).geen(geen(leeg, nooit))
              .build();
        });
  }

  /** Krachtenwijzer splits: three shares 0-100 that add up to 100, including 0/0/100 and 70% from the network. */
  public static Arbitrary<Krachtenverdeling> krachtenverdelingen() {
    Arbitrary<Krachtenverdeling> vrij = Arbitraries.integers().between(0, 100)
        .flatMap(e -> Arbitraries.integers().between(0, 100 - e)
            .map(n -> Krachtenverdeling.builder().eigenKracht(e).netwerk(n).hulpverlening(100 - e - n).build()));
    return Arbitraries.frequencyOf(
        Tuple.of(4, vrij),
        Tuple.of(1, Arbitraries.of(
            Krachtenverdeling.builder().eigenKracht(0).netwerk(0).hulpverlening(100).build(),
            Krachtenverdeling.builder().eigenKracht(100).netwerk(0).hulpverlening(0).build(),
            Krachtenverdeling.builder().eigenKracht(10).netwerk(Drempels.KRACHTENWIJZER_NETWERK_LEUNT)
                .hulpverlening(20).build(),
            Krachtenverdeling.builder().eigenKracht(31).netwerk(Drempels.KRACHTENWIJZER_NETWERK_LEUNT - 1)
                .hulpverlening(0).build())));
  }

  /** ZRM assessments: 0-13 assessed domains at any level, with a Krachtenwijzer split on some of them. */
  public static Arbitrary<ZrmProfiel> zrmProfielen() {
    Arbitrary<Map<ZrmDomein, ZrmNiveau>> niveaus = Arbitraries.maps(Arbitraries.of(ZrmDomein.class),
        Arbitraries.of(ZrmNiveau.class)).ofMaxSize(ZrmDomein.values().length);
    Arbitrary<Map<ZrmDomein, Krachtenverdeling>> krachten = Arbitraries.maps(Arbitraries.of(ZrmDomein.class),
        krachtenverdelingen()).ofMaxSize(4);
    return Combinators.combine(datums(), niveaus, krachten)
        .as((datum, n, k) -> ZrmProfiel.builder().datum(datum).niveaus(n)
            .krachtenverdeling(k).build());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Persons
  // ---------------------------------------------------------------------------------------------------------

  /** Zorgvragers with id {@link #ZORGVRAGER_ID}, any conditions, optional zelfregie and 0-3 ZRM assessments. */
  public static Arbitrary<Zorgvrager> zorgvragers() {
    return Combinators.combine(namen(), leeftijden().optional(0.7), Arbitraries.subsetOf(Aandoening.values()).ofMaxSize(3),
            vlaggen(3), zelfregieProfielen().optional(0.4), zrmProfielen().list().ofMaxSize(3).uniqueElements(ZrmProfiel::datum))
        .as((naam, leeftijd, aandoeningen, v, zelfregie, zrm) -> Zorgvrager.builder()
            .id(ZORGVRAGER_ID).naam(naam).leeftijd(leeftijd).aandoeningen(aandoeningen)
            .woontThuis(bit(v, 0)).toekomstzorgVraag(bit(v, 1)).vraagverlegen(bit(v, 2))
            .zelfregie(zelfregie).zrm(zrm).build());
  }

  /**
   * Carers with id {@code mz-1}: any relationship, hours and months around the intensity thresholds, all flags,
   * 0-3 measurements (referring to {@code org-1..org-3} now and then) and optional zelfregie and SOFA profiles.
   */
  public static Arbitrary<Mantelzorger> mantelzorgers() {
    return mantelzorgers(ORG_POOL);
  }

  static Arbitrary<Mantelzorger> mantelzorgers(int organisaties) {
    Arbitrary<Mantelzorger> basis = Combinators.combine(namen(), leeftijden().optional(0.7), soms(Relatie.class),
            urenPerWeek().optional(0.85), maanden().optional(0.85), vlaggen(5))
        .as((naam, leeftijd, relatie, uren, maanden, v) -> Mantelzorger.builder()
            .id("mz-1").naam(naam).leeftijd(leeftijd).relatie(relatie).urenPerWeek(uren).maanden(maanden)
            .hoofdmantelzorger(bit(v, 0)).herkentZichAlsMantelzorger(bit(v, 1)).werkt(bit(v, 2))
            .jongeMantelzorger(bit(v, 3)).vraagverlegen(bit(v, 4)).build());
    return Combinators.combine(basis, belastingmetingen(organisaties).list().ofMaxSize(3).uniqueElements(b -> b.instrument() + "@" + b.datum()),
            zelfregieProfielen().optional(0.3), sofaProfielen().optional(0.5))
        .as((m, belasting, zelfregie, sofa) -> m.withBelasting(belasting).withZelfregie(zelfregie).withSofa(sofa));
  }

  /** Volunteers with id {@code vw-1}, 0-3 tasks, optional organisation ({@code org-1..org-3}) and WIFA profile. */
  public static Arbitrary<Vrijwilliger> vrijwilligers() {
    return vrijwilligers(ORG_POOL);
  }

  static Arbitrary<Vrijwilliger> vrijwilligers(int organisaties) {
    return Combinators.combine(namen(), verwijzing("org-", organisaties), taken().set().ofMaxSize(3),
            vlaggen(1).map(v -> bit(v, 0)), wifaProfielen().optional(0.5))
        .as((naam, org, taken, coach, wifa) -> Vrijwilliger.builder()
            .id("vw-1").naam(naam).organisatie(org).taken(taken).netwerkcoach(coach).wifa(wifa).build());
  }

  /** Professionals with id {@code bk-1}, working for one of {@code org-1..org-3}. */
  public static Arbitrary<Beroepskracht> beroepskrachten() {
    return beroepskrachten(ORG_POOL);
  }

  static Arbitrary<Beroepskracht> beroepskrachten(int organisaties) {
    return Combinators.combine(namen(), Arbitraries.integers().between(1, Math.max(1, organisaties)),
            Arbitraries.of(DISCIPLINES).optional(0.6), vlaggen(1).map(v -> bit(v, 0)), taken().set().ofMaxSize(3))
        .as((naam, org, discipline, aanspreekpunt, taken) -> Beroepskracht.builder()
            .id("bk-1").naam(naam).organisatie("org-" + org).discipline(discipline).aanspreekpunt(aanspreekpunt)
            .taken(taken).build());
  }

  /** Informal contacts with id {@code ic-1}: any relationship, asked or not, willing or not. */
  public static Arbitrary<InformeelContact> informeleContacten() {
    return Combinators.combine(namen(), soms(Relatie.class), vlaggen(2))
        .as((naam, relatie, v) -> InformeelContact.builder()
            .id("ic-1").naam(naam).relatie(relatie).bereidOmTeHelpen(bit(v, 0)).gevraagd(bit(v, 1)).build());
  }

  /** Experts by experience with id {@code ed-1}, with the default or another theme (the empty one included). */
  public static Arbitrary<Ervaringsdeskundige> ervaringsdeskundigen() {
    return Combinators.combine(namen(), Arbitraries.of("mantelzorg", "dementie", "ggz", "jonge mantelzorger", "").optional(0.8),
            vlaggen(1).map(v -> bit(v, 0)))
        .as((naam, thema, via) -> Ervaringsdeskundige.builder()
            .id("ed-1").naam(naam).thema(thema).viaMantelzorgNL(via).build());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Organisations and network instruments
  // ---------------------------------------------------------------------------------------------------------

  /** Improvement projects with every kind of draagvlak. */
  public static Arbitrary<Project> projecten() {
    // A name, not free text: names are printable and not blank.
    Arbitrary<String> namen = Arbitraries.of("Mantelzorgcafé", "Respijtpool", "Samen aan tafel", "Ervaringsverhalen",
        "Digitale sociale kaart", "Steunpunt op wielen");
    return Combinators.combine(namen, soms(Draagvlak.class), vlaggen(4))
        .as((naam, draagvlak, v) -> Project.builder().naam(naam).draagvlak(draagvlak)
            .zoektDeelnemers(bit(v, 0)).deelnemersMeldenZichZelf(bit(v, 1)).zoektFinanciering(bit(v, 2))
            .verbondenMetStrategie(bit(v, 3)).build());
  }

  /** Samenspelscans with any respondent groups and 0-3 improvement wishes. */
  public static Arbitrary<Samenspelscan> samenspelscans() {
    return Combinators.combine(datums(), Arbitraries.subsetOf(Respondent.values()), teksten().list().ofMaxSize(3),
            vlaggen(1).map(v -> bit(v, 0)))
        .as((datum, respondenten, wensen, opgevolgd) -> Samenspelscan.builder().datum(datum)
            .respondenten(respondenten).verbeterwensen(wensen).opgevolgd(opgevolgd).build());
  }

  /**
   * Organisations with id {@code org-1}: every type, optional municipality, all flags, 0-2 experts by experience
   * (ids {@code org-1-ed-1...}), optional draagvlak and Samenspelscan, 0-2 projects.
   */
  public static Arbitrary<Organisatie> organisaties() {
    Arbitrary<Organisatie> basis = Combinators.combine(namen().map(n -> "Stichting " + n),
            soms(OrganisatieType.class), gemeenten().optional(0.6), vlaggen(6))
        .as((naam, type, gemeente, v) -> Organisatie.builder().id("org-1").naam(naam).type(type).gemeente(gemeente)
            .heeftVisie(bit(v, 0)).medewerkersHebbenTijd(bit(v, 1)).gebruiktTienMinutenCheck(bit(v, 2))
            .inLerendNetwerk(bit(v, 3)).inbeddingErvaringsdeskundigeGepland(bit(v, 4))
            .wilSamenspelVerbeteren(bit(v, 5)).build());
    return Combinators.combine(basis, ervaringsdeskundigen().list().ofMaxSize(2),
            Arbitraries.of(Draagvlak.class).optional(0.5), samenspelscans().optional(0.3), projecten().list().ofMaxSize(2),
            Arbitraries.integers().between(0, 3))
        .as((o, ed, draagvlak, scan, projecten, nooit) -> {
          List<Organisatie.Onderdeel> leeg = new ArrayList<>();
          if (ed.isEmpty()) {
            leeg.add(Organisatie.Onderdeel.ERVARINGSDESKUNDIGEN);
          }
          if (scan.isEmpty()) {
            leeg.add(Organisatie.Onderdeel.SAMENSPELSCAN);
          }
          return o.withErvaringsdeskundigen(ed).withDraagvlak(draagvlak).withSamenspelscan(scan)
              .withProjecten(projecten).withGeen(geen(leeg, nooit));
        });
  }

  /** Respite arrangements of every form, deliverer and frequency, in use or not, optionally via {@code org-1..org-3}. */
  public static Arbitrary<RespijtVoorziening> respijtVoorzieningen() {
    return respijtVoorzieningen(ORG_POOL);
  }

  static Arbitrary<RespijtVoorziening> respijtVoorzieningen(int organisaties) {
    return Combinators.combine(Arbitraries.of(RespijtVorm.class), soms(Uitvoerder.class),
            soms(RespijtFrequentie.class), vlaggen(1).map(v -> bit(v, 0)), verwijzing("org-", organisaties))
        .as((vorm, uitvoerder, frequentie, inGebruik, org) -> RespijtVoorziening.builder().vorm(vorm)
            .uitvoerder(uitvoerder).frequentie(frequentie).inGebruik(inGebruik).organisatie(org).build());
  }

  /** MantelScans with any set of steps done; the advice is present whenever step ADVIES is done (and sometimes before). */
  public static Arbitrary<MantelScan> mantelScans() {
    return Combinators.combine(datums(), Arbitraries.subsetOf(MantelScanStap.values()), teksten().optional(0.3))
        .as((datum, stappen, advies) -> MantelScan.builder().datum(datum).afgerond(stappen)
            .advies(stappen.contains(MantelScanStap.ADVIES) && advies.isEmpty() ? Optional.of("advies") : advies)
            .build());
  }

  /** Een Sterk Sociaal Netwerk trajectories at any step, with a netwerkcoach {@code vw-1..vw-3} or none. */
  public static Arbitrary<NetwerkCoaching> netwerkCoachings() {
    return netwerkCoachings(ORG_POOL);
  }

  static Arbitrary<NetwerkCoaching> netwerkCoachings(int vrijwilligers) {
    return Combinators.combine(verwijzing("vw-", vrijwilligers), Arbitraries.of(NetwerkStap.class),
            vlaggen(1).map(v -> bit(v, 0)), datums())
        .as((coach, stap, afgerond, sinds) -> NetwerkCoaching.builder().netwerkcoach(coach).huidigeStap(stap)
            .stapAfgerond(afgerond).sinds(sinds).build());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Zorgnetwerk
  // ---------------------------------------------------------------------------------------------------------

  /**
   * Valid care networks: 0-4 carers, 0-5 volunteers, 0-3 professionals, 0-3 informal contacts, 0-2 experts by
   * experience, 0-4 organisations, 0-3 respite arrangements, optional MantelScan and netwerkcoaching, with or
   * without a municipality. Ids are unique and every reference resolves.
   */
  public static Arbitrary<Zorgnetwerk> zorgnetwerken() {
    return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 5))
        .flatAs(ModelArbitraries::zorgnetwerken);
  }

  private static Arbitrary<Zorgnetwerk> zorgnetwerken(int nOrg, int nVw) {
    Arbitrary<Zorgnetwerk> kern = Combinators.combine(ids(), gemeenten().optional(0.7), zorgvragers(),
            mantelzorgers(nOrg).list().ofMaxSize(4), vrijwilligers(nOrg).list().ofSize(nVw),
            beroepskrachten(nOrg).list().ofMaxSize(nOrg == 0 ? 0 : 3),
            organisaties().list().ofSize(nOrg))
        .as((id, gemeente, zorgvrager, mz, vw, bk, orgs) -> Zorgnetwerk.builder().id(id).gemeente(gemeente)
            .zorgvrager(zorgvrager)
            .mantelzorgers(nummer(mz, "mz-", Mantelzorger::withId))
            .vrijwilligers(nummer(vw, "vw-", Vrijwilliger::withId))
            .beroepskrachten(nummer(bk, "bk-", Beroepskracht::withId))
            .organisaties(nummerOrganisaties(orgs))
            .build());
    return Combinators.combine(kern, informeleContacten().list().ofMaxSize(3), ervaringsdeskundigen().list().ofMaxSize(2),
            respijtVoorzieningen(nOrg).list().ofMaxSize(3), mantelScans().optional(0.4),
            netwerkCoachings(nVw).optional(0.4), Arbitraries.integers().between(0, 31))
        .as((z, ic, ed, respijt, scan, coaching, nooit) -> {
          List<Zorgnetwerk.Onderdeel> leeg = new ArrayList<>();
          if (z.vrijwilligers().isEmpty()) {
            leeg.add(Zorgnetwerk.Onderdeel.VRIJWILLIGERS);
          }
          if (ic.isEmpty()) {
            leeg.add(Zorgnetwerk.Onderdeel.INFORMELE_CONTACTEN);
          }
          if (respijt.isEmpty()) {
            leeg.add(Zorgnetwerk.Onderdeel.RESPIJT);
          }
          if (scan.isEmpty()) {
            leeg.add(Zorgnetwerk.Onderdeel.MANTEL_SCAN);
          }
          if (coaching.isEmpty()) {
            leeg.add(Zorgnetwerk.Onderdeel.NETWERK_COACHING);
          }
          return Zorgnetwerk.builder().from(z)
              .informeleContacten(nummer(ic, "ic-", InformeelContact::withId))
              .ervaringsdeskundigen(nummer(ed, "ed-", Ervaringsdeskundige::withId))
              .respijt(respijt).mantelScan(scan).netwerkCoaching(coaching).geen(geen(leeg, nooit))
              .build();
        });
  }

  // ---------------------------------------------------------------------------------------------------------
  // Samenwerkingsverband
  // ---------------------------------------------------------------------------------------------------------

  /** Partnership goals of every size and theme. */
  public static Arbitrary<Doel> doelen() {
    return Combinators.combine(teksten(), soms(DoelOmvang.class), soms(DoelThema.class))
        .as((omschrijving, omvang, thema) -> Doel.builder().omschrijving(omschrijving).omvang(omvang).thema(thema).build());
  }

  /** Visions with any sources and 0-9 guiding principles (so 4/5 and 8/9, the edges of five-to-eight, occur). */
  public static Arbitrary<Visie> visies() {
    return Combinators.combine(Arbitraries.subsetOf(VisieBron.values()),
            Arbitraries.oneOf(Arbitraries.of(4, 5, 8, 9), Arbitraries.integers().between(0, 9)), vlaggen(2),
            Arbitraries.of(true, false))
        .as((bronnen, n, v, nooit) -> Visie.builder().bronnen(bronnen)
            .leidendePrincipes(IntStream.rangeClosed(1, n).mapToObj(i -> "principe " + i).collect(Collectors.toList()))
            .vertaaldInStappen(bit(v, 0)).rollenAfgesproken(bit(v, 1))
            .geen(n == 0 && nooit ? Set.of(Visie.Onderdeel.LEIDENDE_PRINCIPES) : Set.of()).build());
  }

  /** The four collaboration aspects in every combination. */
  public static Arbitrary<SamenwerkingsAspecten> samenwerkingsAspecten() {
    return vlaggen(4).map(v -> SamenwerkingsAspecten.builder().gezamenlijkDoel(bit(v, 0)).eigenBelang(bit(v, 1))
        .relatieOpOrde(bit(v, 2)).afspraken(bit(v, 3)).build());
  }

  /** Relations rated on the participatieladder, every current and desired rung, with organisation {@code org-1..org-3}. */
  public static Arbitrary<SamenwerkingsRelatie> relaties() {
    return relaties(ORG_POOL);
  }

  static Arbitrary<SamenwerkingsRelatie> relaties(int organisaties) {
    return Combinators.combine(Arbitraries.integers().between(1, Math.max(1, organisaties)),
            Arbitraries.of(ParticipatieTrede.class), Arbitraries.of(ParticipatieTrede.class),
            teksten().set().ofMaxSize(2), vlaggen(2))
        .as((org, huidig, gewenst, knelpunten, v) -> SamenwerkingsRelatie.builder().organisatie("org-" + org)
            .huidig(huidig).gewenst(gewenst).knelpunten(knelpunten).verkend(bit(v, 0))
            .bereidSchoudersEronder(bit(v, 1)).build());
  }

  /** Mantelzorgakkoorden signed by 0-3 of {@code org-1..org-3}. */
  public static Arbitrary<Mantelzorgakkoord> mantelzorgakkoorden() {
    return mantelzorgakkoorden(ORG_POOL);
  }

  static Arbitrary<Mantelzorgakkoord> mantelzorgakkoorden(int organisaties) {
    Arbitrary<List<String>> ondertekenaars = organisaties == 0 ? Arbitraries.just(List.of())
        : Arbitraries.integers().between(1, organisaties).map(i -> "org-" + i).list().uniqueElements()
            .ofMaxSize(Math.min(organisaties, 4));
    return Combinators.combine(datums(), ondertekenaars)
        .as((datum, o) -> Mantelzorgakkoord.builder().datum(datum).ondertekenaars(o).build());
  }

  /** Elevator pitches for every audience, answering any subset of the four questions. */
  public static Arbitrary<ElevatorPitch> elevatorPitches() {
    return Combinators.combine(Arbitraries.of(PitchDoelgroep.class), Arbitraries.subsetOf(PitchVraag.values()), vlaggen(3))
        .as((doelgroep, vragen, v) -> ElevatorPitch.builder().doelgroep(doelgroep).beantwoordeVragen(vragen)
            .openingsfeit(bit(v, 0)).concreetVoorstel(bit(v, 1)).getest(bit(v, 2)).build());
  }

  /** Lobby plans with any of the seven questions answered, every moment and means, optional election date. */
  public static Arbitrary<LobbyPlan> lobbyPlannen() {
    Arbitrary<Optional<String>> t = teksten().optional(0.5);
    return Combinators.combine(t, t, t, t, teksten().list().ofMaxSize(3),
            Arbitraries.of(LobbyMoment.class).optional(0.5), Arbitraries.of(LobbyMiddel.class).optional(0.5),
            Combinators.combine(vlaggen(2), datums().optional(0.3)).as(Tuple::of))
        .as((instantie, watAnders, bijWie, boodschap, medestanders, moment, middel, rest) -> LobbyPlan.builder()
            .instantie(instantie).watAnders(watAnders).bijWie(bijWie).boodschap(boodschap).medestanders(medestanders)
            .moment(moment).middel(middel).onderbouwdMetCijfers(bit(rest.get1(), 0))
            .ervaringsverhaal(bit(rest.get1(), 1)).verkiezingen(rest.get2()).build());
  }

  /** Positionings of member {@code org-1..org-3}: optional role, 0-3 pitches, optional lobby plan, networks. */
  public static Arbitrary<Positionering> positioneringen() {
    return positioneringen(ORG_POOL);
  }

  static Arbitrary<Positionering> positioneringen(int leden) {
    Arbitrary<String> netwerken = Arbitraries.of("dementienetwerk", "wijkteamoverleg", "ouderenoverleg", "ggz-netwerk");
    return Combinators.combine(Arbitraries.integers().between(1, Math.max(1, leden)),
            Arbitraries.of(OndersteunersRol.class).optional(0.7), elevatorPitches().list().ofMaxSize(3),
            lobbyPlannen().optional(0.5), netwerken.set().ofMaxSize(3), netwerken.set().ofMaxSize(3),
            Arbitraries.integers().between(0, 7))
        .as((org, rol, pitches, lobby, relevant, aanTafel, nooit) -> {
          List<Positionering.Onderdeel> leeg = new ArrayList<>();
          if (pitches.isEmpty()) {
            leeg.add(Positionering.Onderdeel.PITCHES);
          }
          if (lobby.isEmpty()) {
            leeg.add(Positionering.Onderdeel.LOBBY);
          }
          if (aanTafel.isEmpty()) {
            leeg.add(Positionering.Onderdeel.AAN_TAFEL_BIJ);
          }
          return Positionering.builder().organisatie("org-" + org).rol(rol).pitches(pitches).lobby(lobby)
              .relevanteNetwerken(relevant).aanTafelBij(aanTafel).geen(geen(leeg, nooit)).build();
        });
  }

  /** Learning networks with optional coach and last meeting. */
  public static Arbitrary<LerendNetwerk> lerendeNetwerken() {
    return Combinators.combine(Arbitraries.of("Meedoen en Activering", "Zeggenschap en dialoog A",
                "Familiebetrokkenheid en ontzorgen", "Vakmanschap en trots"),
            namen().optional(0.6), datums().optional(0.6), vlaggen(2))
        .as((naam, coach, laatste, v) -> LerendNetwerk.builder().naam(naam).coach(coach).laatsteBijeenkomst(laatste)
            .onderwerpGekozenUitMonitoring(bit(v, 0)).afspraakVolgendeKeer(bit(v, 1)).build());
  }

  /**
   * Valid partnerships: 0-8 members (2 and 3 often) and 0-3 candidates with unique ids, 0-4 relations, an optional
   * initiatiefnemer among the members, any steps of the six-step plan, goals, vision, akkoord, positioning and
   * lerend netwerk, and every flag. Every reference resolves.
   */
  public static Arbitrary<Samenwerkingsverband> samenwerkingsverbanden() {
    Arbitrary<Integer> leden = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(2, 3)),
        Tuple.of(3, Arbitraries.integers().between(0, 8)));
    return Combinators.combine(leden, Arbitraries.integers().between(0, 3))
        .flatAs(ModelArbitraries::samenwerkingsverbanden);
  }

  private static Arbitrary<Samenwerkingsverband> samenwerkingsverbanden(int nLeden, int nKandidaten) {
    int bekend = nLeden + nKandidaten;
    Arbitrary<Samenwerkingsverband> kern = Combinators.combine(ids(), gemeenten().map(g -> "Samen voor mantelzorg " + g),
            gemeenten().optional(0.4),
            gemeenten().list().uniqueElements().ofMaxSize(5), vlaggen(1).map(v -> bit(v, 0)), datums().optional(0.4),
            organisaties().list().ofSize(bekend),
            bekend == 0 ? Arbitraries.just(List.<SamenwerkingsRelatie>of()) : relaties(bekend).list().ofMaxSize(4))
        .as((id, naam, regio, gemeenten, lerend, tot, orgs, relaties) -> {
          List<Organisatie> genummerd = nummerOrganisaties(orgs);
          return Samenwerkingsverband.builder().id(id).naam(naam).regio(regio).gemeenten(gemeenten)
              .lerendePraktijk(lerend).begeleidingTot(tot)
              .leden(genummerd.subList(0, nLeden)).kandidaten(genummerd.subList(nLeden, bekend))
              .relaties(relaties).build();
        });
    Arbitrary<Optional<String>> initiatiefnemer = verwijzing("org-", nLeden);
    Arbitrary<Samenwerkingsverband> plan = Combinators.combine(kern, initiatiefnemer, samenwerkingsAspecten().optional(0.8),
            Arbitraries.subsetOf(SamenwerkingsStap.values()), Arbitraries.of(true, false).optional(0.5),
            datums().optional(0.4), doelen().list().ofMaxSize(3), visies().optional(0.5))
        .as((s, init, aspecten, stappen, gevonden, evaluatie, doelen, visie) -> Samenwerkingsverband.builder().from(s)
            .initiatiefnemer(init).aspecten(aspecten).stappenAfgerond(stappen).bestaandNetwerkGevonden(gevonden)
            .laatsteEvaluatie(evaluatie).doelen(doelen).visie(visie).build());
    return Combinators.combine(plan, vlaggen(8), soms(ParticipatieTrede.class),
            mantelzorgakkoorden(bekend).optional(0.4),
            nLeden == 0 ? Arbitraries.just(Optional.<Positionering>empty()) : positioneringen(nLeden).optional(0.5),
            lerendeNetwerken().optional(0.4), Arbitraries.integers().between(0, 127))
        .as((s, v, trede, akkoord, positionering, lerendNetwerk, nooit) -> {
          Samenwerkingsverband.Builder b = Samenwerkingsverband.builder().from(s)
              .initiatiefnemerHeeftTijdEnEnergie(s.initiatiefnemer().isPresent() ? bit(v, 0) : Optional.empty())
              .gemeenteHeeftVisie(bit(v, 1)).socialeKaart(bit(v, 2))
              .routeRespijtzorgInBeeld(bit(v, 3)).gedeeldeBelastingsignalering(bit(v, 4)).biedtRespijt(bit(v, 5))
              .ervaringsverhalenGebruikt(bit(v, 6)).mantelzorgersBetrokkenBijBeleid(trede)
              .mantelzorgakkoord(akkoord).positionering(positionering).lerendNetwerk(lerendNetwerk);
          List<Samenwerkingsverband.Onderdeel> leeg = new ArrayList<>();
          if (s.initiatiefnemer().isEmpty()) {
            leeg.add(Samenwerkingsverband.Onderdeel.INITIATIEFNEMER);
          }
          if (s.relaties().isEmpty()) {
            leeg.add(Samenwerkingsverband.Onderdeel.RELATIES);
          }
          if (s.stappenAfgerond().isEmpty()) {
            leeg.add(Samenwerkingsverband.Onderdeel.STAPPEN_AFGEROND);
          }
          if (s.laatsteEvaluatie().isEmpty()) {
            leeg.add(Samenwerkingsverband.Onderdeel.LAATSTE_EVALUATIE);
          }
          if (s.doelen().isEmpty()) {
            leeg.add(Samenwerkingsverband.Onderdeel.DOELEN);
          }
          if (s.visie().isEmpty()) {
            leeg.add(Samenwerkingsverband.Onderdeel.VISIE);
          }
          if (akkoord.isEmpty()) {
            leeg.add(Samenwerkingsverband.Onderdeel.MANTELZORGAKKOORD);
          }
          return b.geen(geen(leeg, nooit)).build();
        });
  }

  // ---------------------------------------------------------------------------------------------------------
  // Casus
  // ---------------------------------------------------------------------------------------------------------

  /**
   * Valid cases: 0-3 networks with unique ids (ids {@code zn-1...}) and an optional partnership, never both absent.
   * When a partnership is present, networks often lie in one of its municipalities, so that rules joining networks
   * to partnerships fire. The persons and organisations of network {@code zn-i} have ids starting {@code zn-i/}, so
   * that no id denotes two things in one case.
   */
  public static Arbitrary<Casus> casussen() {
    Arbitrary<List<Zorgnetwerk>> netwerken = zorgnetwerken().list().ofMaxSize(3);
    return Combinators.combine(netwerken, samenwerkingsverbanden().optional(0.6), Arbitraries.integers().between(0, 99))
        .filter((n, s, r) -> !n.isEmpty() || s.isPresent())
        .as((n, s, r) -> {
          List<Zorgnetwerk> genummerd = new ArrayList<>();
          for (int i = 0; i < n.size(); i++) {
            Zorgnetwerk z = metPrefix(n.get(i).withId("zn-" + (i + 1)), "zn-" + (i + 1) + "/");
            List<String> gemeenten = s.map(Samenwerkingsverband::gemeenten).orElse(List.of());
            if (!gemeenten.isEmpty() && (r + i) % 3 != 0) {
              z = z.withGemeente(gemeenten.get((r + i) % gemeenten.size()));
            }
            genummerd.add(z);
          }
          return Casus.builder().zorgnetwerken(genummerd).samenwerkingsverband(s).build();
        });
  }

  /**
   * The same network with {@code prefix} in front of the id of every person and organisation (and their experts by
   * experience) and of every reference to one; the network's own id is kept. Networks made so with different
   * prefixes share no id, and can be put in one case.
   */
  public static Zorgnetwerk metPrefix(Zorgnetwerk z, String prefix) {
    java.util.function.Function<Optional<String>, Optional<String>> ref = o -> o.map(id -> prefix + id);
    return Zorgnetwerk.builder().from(z)
        .zorgvrager(z.zorgvrager().withId(prefix + z.zorgvrager().id()))
        .mantelzorgers(z.mantelzorgers().stream().map(m -> m.withId(prefix + m.id()).withBelasting(m.belasting().stream()
            .map(b -> b.withAfgenomenDoor(ref.apply(b.afgenomenDoor()))).collect(Collectors.toList())))
            .collect(Collectors.toList()))
        .vrijwilligers(z.vrijwilligers().stream().map(v -> v.withId(prefix + v.id()).withOrganisatie(ref.apply(v.organisatie())))
            .collect(Collectors.toList()))
        .beroepskrachten(z.beroepskrachten().stream()
            .map(b -> b.withId(prefix + b.id()).withOrganisatie(ref.apply(b.organisatie()))).collect(Collectors.toList()))
        .informeleContacten(z.informeleContacten().stream().map(c -> c.withId(prefix + c.id())).collect(Collectors.toList()))
        .ervaringsdeskundigen(z.ervaringsdeskundigen().stream().map(e -> e.withId(prefix + e.id()))
            .collect(Collectors.toList()))
        .organisaties(z.organisaties().stream().map(o -> o.withId(prefix + o.id()).withErvaringsdeskundigen(
            o.ervaringsdeskundigen().stream().map(e -> e.withId(prefix + e.id())).collect(Collectors.toList())))
            .collect(Collectors.toList()))
        .respijt(z.respijt().stream().map(r -> r.withOrganisatie(ref.apply(r.organisatie()))).collect(Collectors.toList()))
        .netwerkCoaching(z.netwerkCoaching().map(c -> c.withNetwerkcoach(ref.apply(c.netwerkcoach()))))
        .build();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------------------

  /** An optional reference {@code prefix + 1..n}; always empty when n is 0. */
  private static Arbitrary<Optional<String>> verwijzing(String prefix, int n) {
    if (n == 0) {
      return Arbitraries.just(Optional.empty());
    }
    return Arbitraries.integers().between(1, n).map(i -> prefix + i).optional(0.5);
  }

  /** A base-3 mask for {@code n} independent tri-state facts (see {@link #bit(int, int)}). */
  private static Arbitrary<Integer> vlaggen(int n) {
    int max = 1;
    for (int i = 0; i < n; i++) {
      max *= 3;
    }
    return Arbitraries.integers().between(0, max - 1);
  }

  /** Fact {@code i} of a base-3 mask: 0 unknown, 1 stated true, 2 stated false. */
  private static Optional<Boolean> bit(int mask, int i) {
    int d = mask;
    for (int k = 0; k < i; k++) {
      d /= 3;
    }
    switch (d % 3) {
      case 1:
        return Optional.of(true);
      case 2:
        return Optional.of(false);
      default:
        return Optional.empty();
    }
  }

  /** A stated enum value, or (now and then) unknown. */
  private static <E extends Enum<E>> Arbitrary<Optional<E>> soms(Class<E> type) {
    return Arbitraries.of(type).optional(0.75);
  }

  /**
   * A subset of the parts in {@code kandidaten} (those a value leaves out) that the record states absent, chosen by
   * {@code mask}: so a generated record says "there is none" for some parts and leaves others unknown.
   */
  private static <E> Set<E> geen(List<E> kandidaten, int mask) {
    Set<E> s = new java.util.LinkedHashSet<>();
    for (int i = 0; i < kandidaten.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        s.add(kandidaten.get(i));
      }
    }
    return s;
  }

  private static <T> List<T> nummer(List<T> items, String prefix, java.util.function.BiFunction<T, String, T> withId) {
    List<T> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(withId.apply(items.get(i), prefix + (i + 1)));
    }
    return out;
  }

  private static List<Organisatie> nummerOrganisaties(List<Organisatie> orgs) {
    List<Organisatie> out = new ArrayList<>(orgs.size());
    for (int i = 0; i < orgs.size(); i++) {
      String id = "org-" + (i + 1);
      Organisatie o = orgs.get(i);
      out.add(o.withId(id).withErvaringsdeskundigen(nummer(o.ervaringsdeskundigen(), id + "-ed-", Ervaringsdeskundige::withId)));
    }
    return out;
  }
}
