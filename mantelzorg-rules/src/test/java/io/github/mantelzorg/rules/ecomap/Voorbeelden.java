package io.github.mantelzorg.rules.ecomap;

import io.github.mantelzorg.model.Aandoening;
import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Beroepskracht;
import io.github.mantelzorg.model.Casus;
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
import io.github.mantelzorg.model.SamenwerkingsRelatie;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Uitvoerder;
import io.github.mantelzorg.model.Vrijwilliger;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.Zorgvrager;
import io.github.mantelzorg.model.testing.Scenarios;

/**
 * Two records that show every mark of the pictures, for the pictures' tests and for looking at: a network with every
 * kind of person and every state of line and box, and a partnership with relations rated on the ladder (the public
 * scenarios rate none). Both in the municipality of S5, so that a case of both joins them.
 */
final class Voorbeelden {
  private Voorbeelden() {}

  static Zorgnetwerk rijkNetwerk() {
    String wijkteam = "org-wijkteam-hardenberg";
    String huisarts = "org-huisarts-de-brug";
    String welzijn = "org-welzijn-vechtdal";
    return Zorgnetwerk.builder()
        .id("ZN-2026-0777")
        .gemeente("Hardenberg")
        .zorgvrager(Zorgvrager.builder().id("zv-gerrit").naam("Gerrit Mulder").leeftijd(79)
            .addAandoeningen(Aandoening.DEMENTIE, Aandoening.CHRONISCHE_ZIEKTE).woontThuis(true).build())
        .addMantelzorgers(
            Mantelzorger.builder().id("mz-els").naam("Els Mulder").relatie(Relatie.PARTNER).leeftijd(77)
                .urenPerWeek(35).maanden(40).hoofdmantelzorger(true)
                .addBelasting(Belastingmeting.csi(9, Scenarios.PEILDATUM.minusDays(20))).build(),
            Mantelzorger.builder().id("mz-sanne").naam("Sanne Mulder").relatie(Relatie.KIND).urenPerWeek(10).maanden(2)
                .addBelasting(Belastingmeting.edizPlus(5, Scenarios.PEILDATUM.minusMonths(2))).build(),
            Mantelzorger.builder().id("mz-tim").naam("Tim Mulder").relatie(Relatie.KIND).leeftijd(16).urenPerWeek(4)
                .build(),
            Mantelzorger.builder().id("mz-ruud").naam("Ruud Mulder").relatie(Relatie.BROER_ZUS)
                .addBelasting(Belastingmeting.builder().instrument(Instrument.EDIZ).waarde(6)
                    .datum(Scenarios.PEILDATUM.minusMonths(1)).build()).build())
        .addVrijwilligers(
            Vrijwilliger.builder().id("vw-anouk").naam("Anouk de Wit").organisatie(welzijn).netwerkcoach(true)
                .addTaken("netwerkcoaching").build(),
            Vrijwilliger.builder().id("vw-henk").naam("Henk Jansen").organisatie(welzijn).addTaken("vervoer", "klusjes")
                .build())
        .addBeroepskrachten(
            Beroepskracht.builder().id("bk-ilse").naam("Ilse Koster").organisatie(wijkteam)
                .discipline("mantelzorgconsulent").aanspreekpunt(true).build(),
            Beroepskracht.builder().id("bk-omar").naam("Omar Haddou").organisatie(wijkteam)
                .discipline("maatschappelijk werker").build(),
            Beroepskracht.builder().id("bk-dr-smit").naam("dr. Smit").organisatie(huisarts).discipline("huisarts").build(),
            Beroepskracht.builder().id("bk-nina").naam("Nina Vos").build())
        .addInformeleContacten(
            InformeelContact.builder().id("ic-buurvrouw").naam("Fenna Bos").relatie(Relatie.BUUR).bereidOmTeHelpen(true)
                .gevraagd(false).build(),
            InformeelContact.builder().id("ic-neef").naam("Jeroen Mulder").relatie(Relatie.ANDER_FAMILIELID)
                .bereidOmTeHelpen(true).gevraagd(true).build(),
            InformeelContact.builder().id("ic-vriend").naam("Piet Hendriks").relatie(Relatie.VRIEND)
                .bereidOmTeHelpen(false).build(),
            InformeelContact.builder().id("ic-kennis").naam("Lia Meijer").relatie(Relatie.KENNIS).build())
        .addErvaringsdeskundigen(Ervaringsdeskundige.builder().id("ed-karel").naam("Karel Post").thema("dementie").build())
        .addOrganisaties(
            Organisatie.builder().id(wijkteam).naam("Sociaal Wijkteam Hardenberg-Centrum").type(OrganisatieType.WIJKTEAM)
                .build(),
            Organisatie.builder().id(huisarts).naam("Huisartsenpraktijk De Brug").type(OrganisatieType.HUISARTS).build(),
            Organisatie.builder().id(welzijn).naam("Stichting Welzijn Vechtdal").type(OrganisatieType.WELZIJNSORGANISATIE)
                .build())
        .addRespijt(
            RespijtVoorziening.builder().vorm(RespijtVorm.DAGOPVANG).inGebruik(true).frequentie(RespijtFrequentie.STRUCTUREEL)
                .uitvoerder(Uitvoerder.BEROEPSKRACHT).build(),
            RespijtVoorziening.builder().vorm(RespijtVorm.RESPIJT_THUIS).inGebruik(false).uitvoerder(Uitvoerder.VRIJWILLIGER)
                .organisatie(welzijn).build(),
            RespijtVoorziening.builder().vorm(RespijtVorm.LOGEERZORG).build())
        .build();
  }

  static Samenwerkingsverband verbandMetRelaties() {
    Samenwerkingsverband s5 = Scenarios.s5();
    return Samenwerkingsverband.builder().from(s5)
        .addKandidaten(
            Organisatie.builder().id("org-huisartsen-hardenberg").naam("Huisartsen Coöperatie Hardenberg")
                .type(OrganisatieType.HUISARTS).build(),
            Organisatie.builder().id("org-gemeente-hardenberg").naam("Gemeente Hardenberg").type(OrganisatieType.GEMEENTE)
                .build(),
            Organisatie.builder().id("org-bibliotheek").naam("Bibliotheek Hardenberg").type(OrganisatieType.OVERIG).build())
        .addRelaties(
            SamenwerkingsRelatie.builder().organisatie("org-thuiszorg-vechtdal").huidig(ParticipatieTrede.INFORMEREN)
                .gewenst(ParticipatieTrede.COPRODUCEREN).build(),
            SamenwerkingsRelatie.builder().organisatie("org-huisartsen-hardenberg").huidig(ParticipatieTrede.GEEN_CONTACT)
                .gewenst(ParticipatieTrede.RAADPLEGEN).build(),
            SamenwerkingsRelatie.builder().organisatie("org-gemeente-hardenberg").huidig(ParticipatieTrede.ADVISEREN)
                .gewenst(ParticipatieTrede.ADVISEREN).build(),
            SamenwerkingsRelatie.builder().organisatie("org-welzijn-vechtdal").huidig(ParticipatieTrede.MEEBESLISSEN)
                .gewenst(ParticipatieTrede.COPRODUCEREN).build())
        .build();
  }

  /** Both, as one case. */
  static Casus casus() {
    return Casus.builder().addZorgnetwerken(rijkNetwerk()).samenwerkingsverband(verbandMetRelaties()).build();
  }
}
