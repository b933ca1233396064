package io.github.mantelzorg.examples.cli;

import io.github.mantelzorg.model.Aandacht;
import io.github.mantelzorg.model.Aandoening;
import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Beroepskracht;
import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Draagvlak;
import io.github.mantelzorg.model.Ervaringsdeskundige;
import io.github.mantelzorg.model.InformeelContact;
import io.github.mantelzorg.model.Instrument;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.Organisatie;
import io.github.mantelzorg.model.OrganisatieType;
import io.github.mantelzorg.model.ParticipatieTrede;
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
import java.util.SplittableRandom;

/**
 * CasusGenerator: synthetic, valid and varied cases for load tests and demonstrations: each a {@link Casus} with one
 * care network and, about one time in three, a partnership of the network's municipality (so the combined rules
 * join them).
 *
 * <p>Reproducible: the same seed gives the same sequence of cases, and so the same bytes once written. It draws from
 * one {@link SplittableRandom} in a fixed order and dates everything from a fixed {@link #BASIS} date, never from the
 * clock. Every case is built through the model's builders, so it satisfies the model's invariants by construction.
 */
public final class CasusGenerator {
  /** The date the generated measurement and appreciation dates count back from. */
  public static final LocalDate BASIS = LocalDate.of(2026, 11, 24);

  private static final String[] GEMEENTEN = {"Deventer", "Zwolle", "Hardenberg", "Leiden", "Utrecht", "Tilburg",
      "Groningen", "Maastricht", "Almere", "Enschede"};
  private static final String[] VOORNAMEN = {"Jan", "Peter", "Ria", "Sanne", "Henk", "Anja", "Fatima", "Mohamed",
      "Els", "Kees", "Noor", "Daan", "Aisha", "Wim", "Ingrid", "Sem", "Lotte", "Ahmet", "Marieke", "Bram"};
  private static final String[] ACHTERNAMEN = {"de Vries", "Jansen", "Bakker", "Visser", "Smit", "El Amrani",
      "Yilmaz", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Kramer"};
  private static final String[] TAKEN = {"boodschappen", "vervoer", "gezelschap", "medicatie", "persoonlijke verzorging",
      "huishouden", "administratie", "maaltijden", "wandelen"};
  private static final String[] DISCIPLINES = {"wijkverpleegkundige", "huisarts", "casemanager dementie",
      "consulent", "maatschappelijk werker", "ergotherapeut"};
  private static final OrganisatieType[] NETWERK_ORGS = {OrganisatieType.THUISZORG, OrganisatieType.HUISARTS,
      OrganisatieType.WIJKTEAM, OrganisatieType.VRIJWILLIGERSORGANISATIE, OrganisatieType.MANTELZORGSTEUNPUNT,
      OrganisatieType.ZORGORGANISATIE, OrganisatieType.GGZ, OrganisatieType.GEHANDICAPTENZORG};

  private final SplittableRandom random;

  /** A generator with this seed. */
  public CasusGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The next case; {@code nummer} (from 1) makes its ids unique within a generated file. */
  public Casus next(long nummer) {
    String gemeente = pick(GEMEENTEN);
    Casus.Builder c = Casus.builder().addZorgnetwerken(netwerk(nummer, gemeente));
    if (kans(0.33)) {
      c.samenwerkingsverband(verband(nummer, gemeente));
    }
    return c.build();
  }

  private Zorgnetwerk netwerk(long nummer, String gemeente) {
    Zorgnetwerk.Builder n = Zorgnetwerk.builder().id(String.format("ZN-GEN-%06d", nummer)).gemeente(gemeente);
    n.zorgvrager(zorgvrager());
    List<String> orgs = new ArrayList<>();
    int aantalOrgs = random.nextInt(4);
    for (int i = 1; i <= aantalOrgs; i++) {
      Organisatie o = organisatie("org-" + i, NETWERK_ORGS[random.nextInt(NETWERK_ORGS.length)], gemeente);
      n.addOrganisaties(o);
      orgs.add(o.id());
    }
    int carers = random.nextInt(100) < 5 ? 0 : 1 + random.nextInt(random.nextInt(100) < 70 ? 1 : 3);
    for (int i = 1; i <= carers; i++) {
      n.addMantelzorgers(mantelzorger("mz-" + i, i == 1, orgs));
    }
    if (!orgs.isEmpty()) {
      int bk = random.nextInt(4);
      for (int i = 1; i <= bk; i++) {
        Beroepskracht.Builder b = Beroepskracht.builder().id("bk-" + i).naam(persoon()).organisatie(pick(orgs))
            .discipline(pick(DISCIPLINES)).aanspreekpunt(kans(0.4));
        taken(b::addTaken);
        n.addBeroepskrachten(b.build());
      }
    }
    int vw = random.nextInt(100) < 50 ? 0 : 1 + random.nextInt(3);
    for (int i = 1; i <= vw; i++) {
      Vrijwilliger.Builder v = Vrijwilliger.builder().id("vw-" + i).naam(persoon()).netwerkcoach(kans(0.1));
      if (!orgs.isEmpty() && kans(0.7)) {
        v.organisatie(pick(orgs));
      }
      taken(v::addTaken);
      if (kans(0.6)) {
        v.wifa(wifa());
      }
      n.addVrijwilligers(v.build());
    }
    int ic = random.nextInt(4);
    for (int i = 1; i <= ic; i++) {
      n.addInformeleContacten(InformeelContact.builder().id("ic-" + i).naam(persoon())
          .relatie(pick(new Relatie[] {Relatie.BUUR, Relatie.VRIEND, Relatie.KENNIS, Relatie.ANDER_FAMILIELID}))
          .bereidOmTeHelpen(kans(0.5)).gevraagd(kans(0.4)).build());
    }
    if (kans(0.1)) {
      n.addErvaringsdeskundigen(Ervaringsdeskundige.builder().id("ed-1").naam(persoon()).viaMantelzorgNL(kans(0.5)).build());
    }
    int rs = random.nextInt(100) < 60 ? 0 : 1 + random.nextInt(2);
    for (int i = 0; i < rs; i++) {
      RespijtVoorziening.Builder r = RespijtVoorziening.builder().vorm(pick(RespijtVorm.values()))
          .uitvoerder(pick(Uitvoerder.values())).frequentie(pick(RespijtFrequentie.values())).inGebruik(kans(0.8));
      if (!orgs.isEmpty() && kans(0.5)) {
        r.organisatie(pick(orgs));
      }
      n.addRespijt(r.build());
    }
    return n.build();
  }

  private Zorgvrager zorgvrager() {
    Zorgvrager.Builder z = Zorgvrager.builder().id("zv-1").naam(persoon()).leeftijd(5 + random.nextInt(96))
        .woontThuis(kans(0.85)).toekomstzorgVraag(kans(0.2)).vraagverlegen(kans(0.2));
    int aandoeningen = 1 + random.nextInt(2);
    for (int i = 0; i < aandoeningen; i++) {
      z.addAandoeningen(pick(Aandoening.values()));
    }
    if (kans(0.3)) {
      z.zelfregie(zelfregie());
    }
    int zrm = random.nextInt(100) < 75 ? 0 : 1 + random.nextInt(2);
    for (int i = 0; i < zrm; i++) {
      ZrmProfiel.Builder p = ZrmProfiel.builder().datum(BASIS.minusDays(30 + 200L * i + random.nextInt(150)));
      for (ZrmDomein d : ZrmDomein.values()) {
        if (kans(0.6)) {
          p.putNiveau(d, pick(ZrmNiveau.values()));
        }
      }
      z.addZrm(p.build());
    }
    return z.build();
  }

  private Mantelzorger mantelzorger(String id, boolean hoofd, List<String> orgs) {
    int leeftijd = 12 + random.nextInt(80);
    Mantelzorger.Builder m = Mantelzorger.builder().id(id).naam(persoon()).leeftijd(leeftijd)
        .relatie(pick(Relatie.values()))
        .urenPerWeek(random.nextInt(121) / 2.0)
        .maanden(random.nextInt(241))
        .hoofdmantelzorger(hoofd)
        .herkentZichAlsMantelzorger(kans(0.8))
        .werkt(leeftijd >= 18 && leeftijd < 67 && kans(0.6))
        .jongeMantelzorger(leeftijd < 25)
        .vraagverlegen(kans(0.2));
    int metingen = random.nextInt(4);
    for (int i = 0; i < metingen; i++) {
      m.addBelasting(meting(orgs, i));
    }
    if (kans(0.5)) {
      m.zelfregie(zelfregie());
    }
    if (kans(0.5)) {
      m.sofa(SofaProfiel.builder().datum(BASIS.minusDays(random.nextInt(365)))
          .samenwerken(pick(Aandacht.values())).ondersteunen(pick(Aandacht.values()))
          .faciliteren(pick(Aandacht.values())).afstemmen(pick(Aandacht.values()))
          .betrokkenBijZorgplan(kans(0.5)).vastAanspreekpunt(kans(0.5))
          .wensenEnGrenzenBesproken(kans(0.5)).woontOpAfstand(kans(0.15)).build());
    }
    return m.build();
  }

  private Belastingmeting meting(List<String> orgs, int i) {
    Instrument instrument = pick(Instrument.values());
    // Measurements of one carer are spread over time, newest first, so "the latest" is well defined.
    Belastingmeting.Builder b = Belastingmeting.builder().instrument(instrument)
        .datum(BASIS.minusDays(7 + 120L * i + random.nextInt(100)));
    switch (instrument) {
      case CSI:
        b.waarde(random.nextInt(14));
        break;
      case EDIZ_PLUS:
        b.waarde(random.nextInt(16));
        break;
      case EDIZ:
        b.waarde(random.nextInt(10));
        break;
      default:
        b.signaalOverbelasting(kans(0.4));
        break;
    }
    if (!orgs.isEmpty() && kans(0.5)) {
      b.afgenomenDoor(pick(orgs));
    }
    return b.build();
  }

  private ZelfregieProfiel zelfregie() {
    return ZelfregieProfiel.builder().datum(BASIS.minusDays(random.nextInt(365)))
        .eigenaarschap(pick(ZelfregieNiveau.values())).eigenKracht(pick(ZelfregieNiveau.values()))
        .motivatie(pick(ZelfregieNiveau.values())).contacten(pick(ZelfregieNiveau.values()))
        .wederkerigheid(kans(0.3)).build();
  }

  private WifaProfiel wifa() {
    WifaProfiel.Builder w = WifaProfiel.builder()
        .waarderen(pick(WifaStatus.values())).informeren(pick(WifaStatus.values()))
        .faciliteren(pick(WifaStatus.values())).afstemmen(pick(WifaStatus.values()))
        .intakeGehad(kans(0.6)).afsprakenVastgelegd(kans(0.5));
    if (kans(0.7)) {
      w.laatsteWaardering(BASIS.minusDays(random.nextInt(900)));
    }
    if (kans(0.6)) {
      w.laatsteEvaluatie(BASIS.minusDays(random.nextInt(900)));
    }
    return w.build();
  }

  private Samenwerkingsverband verband(long nummer, String gemeente) {
    Samenwerkingsverband.Builder v = Samenwerkingsverband.builder().id(String.format("SV-GEN-%06d", nummer))
        .naam("Samenwerking mantelzorg " + gemeente).addGemeenten(gemeente)
        .lerendePraktijk(kans(0.3));
    if (kans(0.3)) {
      String ander = pick(GEMEENTEN);
      if (!ander.equals(gemeente)) {
        v.addGemeenten(ander);
      }
    }
    List<String> leden = new ArrayList<>();
    int aantal = 1 + random.nextInt(5);
    OrganisatieType[] typen = OrganisatieType.values();
    for (int i = 1; i <= aantal; i++) {
      Organisatie.Builder o = Organisatie.builder().id("sv-org-" + i).naam(pick(ACHTERNAMEN) + " " + typen[i % typen.length].name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
          .type(pick(typen)).gemeente(gemeente).heeftVisie(kans(0.4)).medewerkersHebbenTijd(kans(0.6))
          .gebruiktTienMinutenCheck(kans(0.3)).inLerendNetwerk(kans(0.2));
      if (kans(0.15)) {
        o.addErvaringsdeskundigen(Ervaringsdeskundige.builder().id("sv-ed-" + i).naam(persoon()).build());
        o.draagvlak(pick(Draagvlak.values())).inbeddingErvaringsdeskundigeGepland(kans(0.5));
      }
      v.addLeden(o.build());
      leden.add("sv-org-" + i);
    }
    if (kans(0.3)) {
      v.addKandidaten(organisatie("sv-kandidaat-1", pick(typen), gemeente));
    }
    for (String lid : leden) {
      if (kans(0.4)) {
        ParticipatieTrede huidig = pick(ParticipatieTrede.values());
        ParticipatieTrede gewenst = ParticipatieTrede.values()[huidig.ordinal()
            + random.nextInt(ParticipatieTrede.values().length - huidig.ordinal())];
        v.addRelaties(SamenwerkingsRelatie.builder().organisatie(lid).huidig(huidig).gewenst(gewenst)
            .verkend(kans(0.5)).bereidSchoudersEronder(kans(0.5)).build());
      }
    }
    if (kans(0.6)) {
      v.initiatiefnemer(pick(leden)).initiatiefnemerHeeftTijdEnEnergie(kans(0.5));
    }
    v.aspecten(SamenwerkingsAspecten.builder().gezamenlijkDoel(kans(0.5)).eigenBelang(kans(0.5))
        .relatieOpOrde(kans(0.5)).afspraken(kans(0.5)).build());
    // The six steps are done in order: a prefix of the plan.
    int stappen = random.nextInt(SamenwerkingsStap.values().length + 1);
    for (int i = 0; i < stappen; i++) {
      v.addStappenAfgerond(SamenwerkingsStap.values()[i]);
    }
    if (stappen >= 3) {
      v.bestaandNetwerkGevonden(kans(0.5));
    }
    if (stappen == SamenwerkingsStap.values().length) {
      v.laatsteEvaluatie(BASIS.minusDays(random.nextInt(600)));
    }
    v.gemeenteHeeftVisie(kans(0.5)).socialeKaart(kans(0.5)).routeRespijtzorgInBeeld(kans(0.4))
        .gedeeldeBelastingsignalering(kans(0.3)).biedtRespijt(kans(0.4)).ervaringsverhalenGebruikt(kans(0.3))
        .mantelzorgersBetrokkenBijBeleid(pick(ParticipatieTrede.values()));
    return v.build();
  }

  private Organisatie organisatie(String id, OrganisatieType type, String gemeente) {
    return Organisatie.builder().id(id).naam(pick(ACHTERNAMEN) + " " + type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
        .type(type).gemeente(gemeente).heeftVisie(kans(0.4)).medewerkersHebbenTijd(kans(0.7))
        .gebruiktTienMinutenCheck(kans(0.3)).build();
  }

  private void taken(java.util.function.Consumer<String> add) {
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      add.accept(pick(TAKEN));
    }
  }

  private String persoon() {
    return pick(VOORNAMEN) + " " + pick(ACHTERNAMEN);
  }

  private boolean kans(double p) {
    return random.nextDouble() < p;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
