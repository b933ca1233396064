package io.github.mantelzorg.rules.bench;

import io.github.mantelzorg.model.Aandacht;
import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Beroepskracht;
import io.github.mantelzorg.model.Drempels;
import io.github.mantelzorg.model.InformeelContact;
import io.github.mantelzorg.model.Instrument;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.Persoon;
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
import io.github.mantelzorg.rules.internal.BelastingHulp;
import io.github.mantelzorg.rules.internal.SofaHulp;
import io.github.mantelzorg.rules.internal.ZelfregieHulp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The baseline: a fixed subset of {@link #CODES the catalogue} written as plain Java, with the same conditions as
 * the DRL and the same facts recorded for the explanation (no text rendering). It is a yardstick for the engine, not
 * a second implementation to ship.
 */
public final class PlainJavaAdvisor {
  /**
   * The subset: single-fact (BL-04, SO-07, SO-08, WF-*), {@code from} over an Optional (BL-01..03, SO-01, SO-04,
   * SO-06, ZR-01, ZR-04), join (RZ-01, NW-03), not/exists (SO-02, RZ-02) and accumulate/collect (SO-02, RZ-02, NW-04).
   */
  public static final List<String> CODES = List.of("BL-01", "BL-02", "BL-03", "BL-04", "SO-01", "SO-02", "SO-04",
      "SO-06", "SO-07", "SO-08", "ZR-01", "ZR-04", "RZ-01", "RZ-02", "NW-03", "NW-04", "WF-01", "WF-04", "WF-06");

  /** One finding: the rule, the network, the subjects and the facts. */
  public record Vondst(String code, String context, List<String> betreft, Map<String, Object> feiten) {
    /** {@code code context subject,subject}: what the engine's advice is compared on. */
    public String sleutel() {
      return code + " " + context + " " + String.join(",", betreft);
    }
  }

  /** Evaluates the subset on one network. */
  public List<Vondst> advise(Zorgnetwerk n) {
    List<Vondst> uit = new ArrayList<>();
    String ctx = n.id();
    boolean aanspreekpunt = false;
    for (Beroepskracht b : n.beroepskrachten()) {
      aanspreekpunt |= b.aanspreekpunt();
    }
    long beroepskrachten = n.beroepskrachten().size();
    boolean respijtInGebruik = false;
    boolean structureel = false;
    List<Object> incidenteel = new ArrayList<>(2);
    for (RespijtVoorziening r : n.respijt()) {
      if (r.inGebruik()) {
        respijtInGebruik = true;
        if (r.frequentie() == RespijtFrequentie.STRUCTUREEL) {
          structureel = true;
        } else if (r.frequentie() == RespijtFrequentie.INCIDENTEEL) {
          incidenteel.add(r.vorm());
        }
      }
    }
    boolean alleenZorger = n.enigeMantelzorger() && n.aantalActieveInformeleHelpers() == 1;

    zelfregie(n.zorgvrager(), ctx, uit);
    for (Mantelzorger m : n.mantelzorgers()) {
      zelfregie(m, ctx, uit);
      Optional<Belastingmeting> csi = m.laatste(Instrument.CSI);
      if (csi.isPresent() && csi.get().score() >= Drempels.CSI_OVERBELAST) {
        Belastingmeting b = csi.get();
        uit.add(vondst("BL-01", ctx, m, "naam", m.naam(), "csi", b.score(), "datum", b.datum()));
      }
      Optional<Belastingmeting> ediz = m.laatste(Instrument.EDIZ_PLUS);
      if (ediz.isPresent()) {
        Belastingmeting b = ediz.get();
        if (b.score() >= Drempels.EDIZ_PLUS_ZWAAR) {
          uit.add(vondst("BL-02", ctx, m, "naam", m.naam(), "ediz", b.score(), "datum", b.datum()));
        } else if (b.score() >= Drempels.EDIZ_PLUS_MATIG) {
          uit.add(vondst("BL-03", ctx, m, "naam", m.naam(), "ediz", b.score(), "datum", b.datum(), "werkt", m.werkt()));
        }
      }
      boolean intensief = m.langdurigEnIntensief();
      if (intensief && m.belasting().isEmpty()) {
        uit.add(vondst("BL-04", ctx, m, "naam", m.naam(), "uren", m.urenPerWeek(), "maanden", m.maanden()));
      }
      Optional<SofaProfiel> sofa = m.sofa();
      if (sofa.isPresent()) {
        SofaProfiel s = sofa.get();
        if (!s.betrokkenBijZorgplan()) {
          uit.add(vondst("SO-01", ctx, m, "naam", m.naam(), "betrokkenBijZorgplan", false, "samenwerken", s.samenwerken()));
        }
        if (!s.vastAanspreekpunt() && !aanspreekpunt) {
          uit.add(vondst("SO-02", ctx, m, "naam", m.naam(), "vastAanspreekpunt", false, "beroepskrachten", beroepskrachten));
        }
        if (s.faciliteren() == Aandacht.GEEN || s.faciliteren() == Aandacht.WEINIG) {
          uit.add(vondst("SO-04", ctx, m, "naam", m.naam(), "relatie", m.relatie(), "faciliteren", s.faciliteren()));
        }
        SofaRol rol = SofaHulp.enigeVoldoendeRol(s);
        if (rol != null) {
          uit.add(vondst("SO-06", ctx, m, "naam", m.naam(), "rol", rol, "samenwerken", s.samenwerken(),
              "ondersteunen", s.ondersteunen(), "faciliteren", s.faciliteren(), "afstemmen", s.afstemmen()));
        }
        if (s.woontOpAfstand()) {
          uit.add(vondst("SO-07", ctx, m, "naam", m.naam(), "woontOpAfstand", true));
        }
      }
      if (!m.herkentZichAlsMantelzorger()) {
        uit.add(vondst("SO-08", ctx, m, "naam", m.naam(), "relatie", m.relatie(), "herkentZichAlsMantelzorger", false));
      }
      if (!respijtInGebruik && m.overbelast()) {
        uit.add(vondst("RZ-01", ctx, m, "naam", m.naam(), "signaal", BelastingHulp.overbelastingSignalen(m),
            "geregeld", n.respijt().size()));
      }
      if (intensief && !structureel && !incidenteel.isEmpty()) {
        uit.add(vondst("RZ-02", ctx, m, "naam", m.naam(), "uren", m.urenPerWeek(), "maanden", m.maanden(),
            "vormen", incidenteel));
      }
      if (alleenZorger) {
        uit.add(vondst("NW-03", ctx, m, "naam", m.naam(), "uren", m.urenPerWeek(), "maanden", m.maanden(),
            "helpers", n.aantalActieveInformeleHelpers()));
      }
    }
    List<InformeelContact> nietGevraagd = new ArrayList<>();
    for (InformeelContact c : n.informeleContacten()) {
      if (c.bereidOmTeHelpen() && !c.gevraagd()) {
        nietGevraagd.add(c);
      }
    }
    if (!nietGevraagd.isEmpty()) {
      nietGevraagd.sort((a, b) -> a.id().compareTo(b.id()));
      List<String> ids = new ArrayList<>(nietGevraagd.size());
      List<String> namen = new ArrayList<>(nietGevraagd.size());
      for (InformeelContact c : nietGevraagd) {
        if (!ids.contains(c.id())) {
          ids.add(c.id());
        }
        namen.add(c.naam());
      }
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("contacten", String.join(", ", namen));
      f.put("aantal", nietGevraagd.size());
      uit.add(new Vondst("NW-04", ctx, ids, f));
    }
    for (Vrijwilliger v : n.vrijwilligers()) {
      Optional<WifaProfiel> wifa = v.wifa();
      if (wifa.isPresent()) {
        WifaProfiel w = wifa.get();
        if (w.informeren() == WifaStatus.ONVOLDOENDE) {
          uit.add(vondst("WF-01", ctx, v, "naam", v.naam(), "informeren", w.informeren()));
        }
        if (w.faciliteren() == WifaStatus.ONVOLDOENDE) {
          uit.add(vondst("WF-04", ctx, v, "naam", v.naam(), "faciliteren", w.faciliteren()));
        }
        if (!w.afsprakenVastgelegd()) {
          uit.add(vondst("WF-06", ctx, v, "naam", v.naam(), "afspraken", false));
        }
      }
    }
    return uit;
  }

  private static void zelfregie(Persoon p, String ctx, List<Vondst> uit) {
    ZelfregieProfiel z = ZelfregieHulp.profiel(p);
    if (z == null) {
      return;
    }
    if (z.eigenaarschap() == ZelfregieNiveau.ZWAK) {
      uit.add(vondst("ZR-01", ctx, p, "naam", p.naam(), "rol", ZelfregieHulp.rol(p), "eigenaarschap", z.eigenaarschap(),
          "datum", z.datum()));
    }
    if (z.contacten() == ZelfregieNiveau.ZWAK) {
      uit.add(vondst("ZR-04", ctx, p, "naam", p.naam(), "rol", ZelfregieHulp.rol(p), "contacten", z.contacten(),
          "datum", z.datum()));
    }
  }

  private static Vondst vondst(String code, String ctx, Persoon p, Object... feiten) {
    Map<String, Object> f = new LinkedHashMap<>();
    for (int i = 0; i < feiten.length; i += 2) {
      f.put((String) feiten[i], feiten[i + 1]);
    }
    return new Vondst(code, ctx, List.of(p.id()), f);
  }
}
