package io.github.mantelzorg.rules.bench;

import io.github.mantelzorg.model.Aandacht;
import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Beroepskracht;
import io.github.mantelzorg.model.Drempels;
import io.github.mantelzorg.model.InformeelContact;
import io.github.mantelzorg.model.Instrument;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.RespijtFrequentie;
import io.github.mantelzorg.model.RespijtVoorziening;
import io.github.mantelzorg.model.SofaProfiel;
import io.github.mantelzorg.model.SofaRol;
import io.github.mantelzorg.model.Vrijwilliger;
import io.github.mantelzorg.model.WifaProfiel;
import io.github.mantelzorg.model.WifaStatus;
import io.github.mantelzorg.model.ZelfregieNiveau;
import io.github.mantelzorg.model.ZelfregieProfiel;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.Zorgvrager;
import io.github.mantelzorg.rules.feiten.Waarheid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The baseline: a fixed subset of {@link #CODES the catalogue} written as plain Java, with the conditions of the DRL
 * under "unknown is not no": a rule fires only when each of its named conditions holds on what the record states
 * (three-valued, as {@link Waarheid}: absent is unknown, and unknown never fires). The evaluation date bounds the
 * facts as in the engine: a measurement, zelfregie or SOFA profile dated after it does not count. It records the same
 * typed facts as the conditions (no text rendering, no open questions) and gives the same codes and subjects as the
 * engine with only these rules switched on. A yardstick for the engine, not a second implementation to ship.
 */
public final class PlainJavaAdvisor {
  /**
   * The subset: one stated fact (SO-01, SO-04, SO-07, SO-08, ZR-01, ZR-04, WF-*), the newest measurement over all
   * instruments and its validity (BL-01..03), a join of a person's conditions with the network's (SO-02, RZ-01, RZ-02,
   * NW-03), an absence (BL-04), the four SOFA roles together (SO-06), and conditions over every other carer or contact
   * of the network (NW-03, NW-04).
   */
  public static final List<String> CODES = List.of("BL-01", "BL-02", "BL-03", "BL-04", "SO-01", "SO-02", "SO-04",
      "SO-06", "SO-07", "SO-08", "ZR-01", "ZR-04", "RZ-01", "RZ-02", "NW-03", "NW-04", "WF-01", "WF-04", "WF-06");

  /** One finding: the rule, the network, the subjects (the subject first) and the typed facts. */
  public record Vondst(String code, String context, List<String> betreft, Map<String, Object> feiten) {
    /** {@code code context subject,subject}: what the engine's advice is compared on. */
    public String sleutel() {
      return code + " " + context + " " + String.join(",", betreft);
    }
  }

  /** What one carer's burden shows on the evaluation date. */
  private static final class Stand {
    Belastingmeting nieuwste;
    int aantal;
    boolean actueel;
    Waarheid langdurigEnIntensief;
    Waarheid overbelast;
    Waarheid draagtDeZorg;
  }

  /** Evaluates the subset on one network on {@code peildatum}. */
  public List<Vondst> advise(Zorgnetwerk n, LocalDate peildatum) {
    List<Vondst> uit = new ArrayList<>();
    String ctx = n.id();
    LocalDate geldigVanaf = peildatum.minusMonths(Drempels.METING_GELDIG_MAANDEN);
    Zorgvrager zv = n.zorgvrager();

    // The network's conditions.
    Waarheid geenAanspreekpunt = Waarheid.FAALT;
    for (Beroepskracht b : n.beroepskrachten()) {
      geenAanspreekpunt = geenAanspreekpunt.of(Waarheid.van(b.aanspreekpunt()));
    }
    geenAanspreekpunt = geenAanspreekpunt.niet();
    Waarheid geenRespijt = Waarheid.van(n.respijtInGebruik()).niet();
    Waarheid woontThuis = Waarheid.van(zv.woontThuis());
    Waarheid alleenIncidenteel = Waarheid.FAALT;
    List<Object> vormen = new ArrayList<>(2);
    if (!n.respijt().isEmpty()) {
      Waarheid incidenteel = Waarheid.FAALT;
      Waarheid structureel = Waarheid.FAALT;
      for (RespijtVoorziening r : n.respijt()) {
        Waarheid gebruik = Waarheid.van(r.inGebruik());
        Waarheid i = gebruik.en(in(r.frequentie(), RespijtFrequentie.INCIDENTEEL));
        incidenteel = incidenteel.of(i);
        structureel = structureel.of(gebruik.en(in(r.frequentie(), RespijtFrequentie.STRUCTUREEL)));
        if (i == Waarheid.GELDT && !vormen.contains(r.vorm())) {
          vormen.add(r.vorm());
        }
      }
      alleenIncidenteel = incidenteel.en(structureel.niet());
    }
    Waarheid geenHelpers;
    if (n.informeleContacten().isEmpty()) {
      geenHelpers = n.geen(Zorgnetwerk.Onderdeel.INFORMELE_CONTACTEN) ? Waarheid.GELDT : Waarheid.ONBEKEND;
    } else {
      geenHelpers = Waarheid.GELDT;
      for (InformeelContact c : n.informeleContacten()) {
        geenHelpers = geenHelpers.en(Waarheid.van(c.gevraagd()).en(Waarheid.van(c.bereidOmTeHelpen())).niet());
      }
    }

    // Zelfregie of the zorgvrager.
    zelfregie(zv.id(), zv.zelfregie(), peildatum, ctx, uit);

    // Each carer: first the burden of all of them, since NW-03 compares each with the others.
    List<Mantelzorger> ms = n.mantelzorgers();
    Stand[] standen = new Stand[ms.size()];
    for (int i = 0; i < ms.size(); i++) {
      standen[i] = stand(ms.get(i), peildatum, geldigVanaf);
    }
    for (int i = 0; i < ms.size(); i++) {
      Mantelzorger m = ms.get(i);
      Stand st = standen[i];
      String id = m.id();
      Belastingmeting b = st.nieuwste;
      if (b != null && st.actueel) {
        int w = b.score();
        if (b.instrument() == Instrument.CSI && w >= Drempels.CSI_OVERBELAST) {
          uit.add(vondst("BL-01", ctx, id, "instrument", b.instrument(), "score", b.waarde(), "datum", b.datum()));
        }
        if (b.instrument() == Instrument.EDIZ_PLUS && w >= Drempels.EDIZ_PLUS_ZWAAR) {
          uit.add(vondst("BL-02", ctx, id, "instrument", b.instrument(), "score", b.waarde(), "datum", b.datum()));
        } else if (b.instrument() == Instrument.EDIZ_PLUS && w >= Drempels.EDIZ_PLUS_MATIG) {
          uit.add(vondst("BL-03", ctx, id, "instrument", b.instrument(), "score", b.waarde(), "datum", b.datum()));
        }
      }
      if (st.aantal == 0 && st.langdurigEnIntensief == Waarheid.GELDT) {
        uit.add(vondst("BL-04", ctx, id, "uren", m.urenPerWeek(), "maanden", m.maanden()));
      }
      zelfregie(id, m.zelfregie(), peildatum, ctx, uit);
      Optional<SofaProfiel> sofa = m.sofa();
      if (sofa.isPresent() && !naPeildatum(sofa.get().datum(), peildatum)) {
        sofa(m, sofa.get(), geenAanspreekpunt, n.beroepskrachten().size(), ctx, uit);
      }
      if (Waarheid.van(m.herkentZichAlsMantelzorger()).niet() == Waarheid.GELDT) {
        uit.add(vondst("SO-08", ctx, id, "relatie", m.relatie()));
      }
      if (st.overbelast == Waarheid.GELDT && woontThuis == Waarheid.GELDT && geenRespijt == Waarheid.GELDT) {
        uit.add(vondst("RZ-01", ctx, id, "instrument", b.instrument(), "score", b.waarde(), "datum", b.datum(),
            "respijt", n.respijt().size()));
      }
      if (st.langdurigEnIntensief == Waarheid.GELDT && alleenIncidenteel == Waarheid.GELDT
          && woontThuis == Waarheid.GELDT) {
        uit.add(vondst("RZ-02", ctx, id, "uren", m.urenPerWeek(), "maanden", m.maanden(), "vormen", vormen));
      }
      if (geenHelpers == Waarheid.GELDT && draagtAlles(standen, i) == Waarheid.GELDT) {
        uit.add(vondst("NW-03", ctx, id, "uren", m.urenPerWeek(), "maanden", m.maanden(), "mantelzorgers", ms.size(),
            "contacten", n.informeleContacten().size()));
      }
    }

    // Willing contacts not asked: one finding about the network, naming them.
    List<String> bereid = null;
    for (InformeelContact c : n.informeleContacten()) {
      if (Waarheid.van(c.bereidOmTeHelpen()).en(Waarheid.van(c.gevraagd()).niet()) == Waarheid.GELDT) {
        if (bereid == null) {
          bereid = new ArrayList<>(2);
        }
        bereid.add(c.id());
      }
    }
    if (bereid != null) {
      Collections.sort(bereid);
      List<String> betreft = new ArrayList<>(bereid.size() + 1);
      betreft.add(ctx);
      betreft.addAll(bereid);
      Map<String, Object> f = new LinkedHashMap<>(4);
      f.put("contacten", bereid);
      f.put("aantal", bereid.size());
      uit.add(new Vondst("NW-04", ctx, betreft, f));
    }

    for (Vrijwilliger v : n.vrijwilligers()) {
      if (v.wifa().isEmpty()) {
        continue;
      }
      WifaProfiel w = v.wifa().get();
      if (in(w.informeren(), WifaStatus.ONVOLDOENDE) == Waarheid.GELDT) {
        uit.add(vondst("WF-01", ctx, v.id(), "informeren", w.informeren()));
      }
      if (in(w.faciliteren(), WifaStatus.ONVOLDOENDE) == Waarheid.GELDT) {
        uit.add(vondst("WF-04", ctx, v.id(), "faciliteren", w.faciliteren()));
      }
      if (Waarheid.van(w.afsprakenVastgelegd()).niet() == Waarheid.GELDT) {
        uit.add(vondst("WF-06", ctx, v.id(), "afspraken", w.afsprakenVastgelegd()));
      }
    }
    return uit;
  }

  /**
   * The newest measurement over all instruments up to the evaluation date (a same-day tie broken by
   * {@link Instrument#NIEUWSTE_EERST}), its validity, and the carer's three-valued burden conditions.
   */
  private static Stand stand(Mantelzorger m, LocalDate peildatum, LocalDate geldigVanaf) {
    Stand s = new Stand();
    for (Belastingmeting b : m.belasting()) {
      if (b.datum().isAfter(peildatum)) {
        continue;
      }
      s.aantal++;
      if (s.nieuwste == null || Instrument.NIEUWSTE_EERST.compare(b, s.nieuwste) < 0) {
        s.nieuwste = b;
      }
    }
    s.actueel = s.nieuwste != null && !s.nieuwste.datum().isBefore(geldigVanaf);
    s.langdurigEnIntensief = Waarheid.van(m.langdurigEnIntensief());
    // Unknown without a measurement, with one too old, or with an EDIZ (no cut-off).
    s.overbelast = s.actueel && s.nieuwste.instrument() != Instrument.EDIZ ? Waarheid.van(s.nieuwste.overbelast())
        : Waarheid.ONBEKEND;
    s.draagtDeZorg = s.langdurigEnIntensief.of(s.overbelast);
    return s;
  }

  /**
   * "One carer carries everything": carries the care and no other carer does, or is langdurig en intensief and no
   * other carer is.
   */
  private static Waarheid draagtAlles(Stand[] standen, int i) {
    Waarheid geenAndereDrager = Waarheid.GELDT;
    Waarheid geenAndereIntensief = Waarheid.GELDT;
    for (int j = 0; j < standen.length; j++) {
      if (j != i) {
        geenAndereDrager = geenAndereDrager.en(standen[j].draagtDeZorg.niet());
        geenAndereIntensief = geenAndereIntensief.en(standen[j].langdurigEnIntensief.niet());
      }
    }
    Waarheid draagtAlleen = standen[i].draagtDeZorg.en(geenAndereDrager);
    return standen[i].langdurigEnIntensief.en(geenAndereIntensief).of(draagtAlleen);
  }

  private static void zelfregie(String id, Optional<ZelfregieProfiel> profiel, LocalDate peildatum, String ctx,
      List<Vondst> uit) {
    if (profiel.isEmpty() || profiel.get().datum().isAfter(peildatum)) {
      return;
    }
    ZelfregieProfiel z = profiel.get();
    if (in(z.eigenaarschap(), ZelfregieNiveau.ZWAK) == Waarheid.GELDT) {
      uit.add(vondst("ZR-01", ctx, id, "eigenaarschap", z.eigenaarschap()));
    }
    if (in(z.contacten(), ZelfregieNiveau.ZWAK) == Waarheid.GELDT) {
      uit.add(vondst("ZR-04", ctx, id, "contacten", z.contacten(), "datum", z.datum()));
    }
  }

  private static void sofa(Mantelzorger m, SofaProfiel s, Waarheid geenAanspreekpunt, int beroepskrachten, String ctx,
      List<Vondst> uit) {
    String id = m.id();
    if (Waarheid.van(s.betrokkenBijZorgplan()).niet() == Waarheid.GELDT) {
      uit.add(vondst("SO-01", ctx, id, "betrokkenBijZorgplan", s.betrokkenBijZorgplan(), "samenwerken",
          s.samenwerken()));
    }
    if (Waarheid.van(s.vastAanspreekpunt()).niet() == Waarheid.GELDT && geenAanspreekpunt == Waarheid.GELDT) {
      uit.add(vondst("SO-02", ctx, id, "vastAanspreekpunt", s.vastAanspreekpunt(), "aantal", beroepskrachten));
    }
    if (in(s.faciliteren(), Aandacht.GEEN, Aandacht.WEINIG) == Waarheid.GELDT) {
      uit.add(vondst("SO-04", ctx, id, "relatie", m.relatie(), "faciliteren", s.faciliteren()));
    }
    // Exactly one role with enough attention and every other role stated: one-sided attention.
    int voldoende = 0;
    int onbekend = 0;
    SofaRol enige = null;
    for (SofaRol r : SofaRol.values()) {
      Optional<Aandacht> a = s.aandacht(r);
      if (a.isEmpty()) {
        onbekend++;
      } else if (a.get() == Aandacht.VOLDOENDE) {
        voldoende++;
        enige = r;
      }
    }
    if (voldoende == 1 && onbekend == 0) {
      uit.add(vondst("SO-06", ctx, id, "rol", enige, "samenwerken", s.samenwerken(), "ondersteunen", s.ondersteunen(),
          "faciliteren", s.faciliteren(), "afstemmen", s.afstemmen()));
    }
    if (Waarheid.van(s.woontOpAfstand()) == Waarheid.GELDT) {
      uit.add(vondst("SO-07", ctx, id, "woontOpAfstand", s.woontOpAfstand()));
    }
  }

  private static boolean naPeildatum(Optional<LocalDate> datum, LocalDate peildatum) {
    return datum.isPresent() && datum.get().isAfter(peildatum);
  }

  /** Holds when the stated value is one of {@code waarden}, fails when another is stated, unknown when absent. */
  @SafeVarargs
  private static <E> Waarheid in(Optional<E> feit, E... waarden) {
    if (feit.isEmpty()) {
      return Waarheid.ONBEKEND;
    }
    for (E w : waarden) {
      if (w == feit.get()) {
        return Waarheid.GELDT;
      }
    }
    return Waarheid.FAALT;
  }

  private static Vondst vondst(String code, String ctx, String subject, Object... feiten) {
    Map<String, Object> f = new LinkedHashMap<>(8);
    for (int i = 0; i < feiten.length; i += 2) {
      f.put((String) feiten[i], feiten[i + 1]);
    }
    return new Vondst(code, ctx, List.of(subject), f);
  }
}
