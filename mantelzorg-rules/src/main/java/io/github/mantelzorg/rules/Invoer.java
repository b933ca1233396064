package io.github.mantelzorg.rules;

import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Drempels;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.Organisatie;
import io.github.mantelzorg.model.SamenwerkingsAspecten;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.SofaProfiel;
import io.github.mantelzorg.model.Vrijwilliger;
import io.github.mantelzorg.model.WifaProfiel;
import io.github.mantelzorg.model.ZelfregieProfiel;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.Zorgvrager;
import io.github.mantelzorg.model.ZrmProfiel;
import io.github.mantelzorg.rules.feiten.Belastingstand;
import io.github.mantelzorg.rules.feiten.Context;
import io.github.mantelzorg.rules.feiten.Kandidaat;
import io.github.mantelzorg.rules.feiten.Meetreeks;
import io.github.mantelzorg.rules.feiten.NetwerkInRegio;
import io.github.mantelzorg.rules.feiten.NetwerkOrganisatie;
import io.github.mantelzorg.rules.feiten.Peildatum;
import io.github.mantelzorg.rules.feiten.ProjectVan;
import io.github.mantelzorg.rules.feiten.SofaVan;
import io.github.mantelzorg.rules.feiten.VerbandVanGemeente;
import io.github.mantelzorg.rules.feiten.WifaVan;
import io.github.mantelzorg.rules.feiten.ZelfregieVan;
import io.github.mantelzorg.rules.feiten.ZrmStand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kie.api.runtime.KieSession;

/**
 * Feeds one session: the input facts of a network or partnership (already bounded by the evaluation date), and the
 * flat facts that are pure data: a profile fact per person (an empty profile when none was recorded), the newest
 * measurement per carer, the newest ZRM assessment. Everything else the rules derive themselves.
 */
final class Invoer {
  private static final SofaProfiel GEEN_SOFA = SofaProfiel.builder().build();
  private static final WifaProfiel GEEN_WIFA = WifaProfiel.builder().build();
  private static final SamenwerkingsAspecten GEEN_ASPECTEN = SamenwerkingsAspecten.builder().build();
  private static final ZelfregieProfiel GEEN_ZELFREGIE = ZelfregieProfiel.builder().datum(LocalDate.MIN).build();
  private static final Comparator<ZrmProfiel> ZRM_NIEUWSTE_EERST = Comparator.comparing(ZrmProfiel::datum).reversed();

  private Invoer() {}

  /** The facts of a network session; {@code verband} is the partnership of its municipality, if the case has one. */
  static void netwerk(KieSession s, Zorgnetwerk n, Optional<Samenwerkingsverband> verband, LocalDate peildatum) {
    Peildatum p = new Peildatum(peildatum);
    s.insert(p);
    s.insert(new Context(n.id(), true, Optional.of(n.zorgvrager().id()), verband.map(Samenwerkingsverband::id)));
    s.insert(n);
    Zorgvrager zv = n.zorgvrager();
    s.insert(zv);
    s.insert(zelfregie(zv.id(), true, zv.zelfregie()));
    s.insert(zrm(zv, p));
    for (Mantelzorger m : n.mantelzorgers()) {
      s.insert(m);
      s.insert(zelfregie(m.id(), false, m.zelfregie()));
      s.insert(new SofaVan(m.id(), m.sofa().orElse(GEEN_SOFA), m.sofa().isPresent()));
      s.insert(belasting(m, p));
      for (var e : m.metingenPerInstrument().entrySet()) {
        List<Belastingmeting> l = e.getValue();
        s.insert(new Meetreeks(m.id(), e.getKey(), l.get(0), l.size() > 1 ? Optional.of(l.get(1)) : Optional.empty(),
            !p.ouderDan(l.get(0).datum(), Drempels.METING_GELDIG_MAANDEN)));
      }
    }
    for (Vrijwilliger v : n.vrijwilligers()) {
      s.insert(v);
      s.insert(new WifaVan(v.id(), v.wifa().orElse(GEEN_WIFA), v.wifa().isPresent()));
    }
    n.beroepskrachten().forEach(s::insert);
    n.informeleContacten().forEach(s::insert);
    n.ervaringsdeskundigen().forEach(s::insert);
    n.respijt().forEach(s::insert);
    n.organisaties().forEach(o -> s.insert(new NetwerkOrganisatie(o)));
    verband.ifPresent(v -> s.insert(new VerbandVanGemeente(v)));
  }

  /** The facts of a partnership session, with the networks of its municipalities in the case. */
  static void verband(KieSession s, Samenwerkingsverband v, List<Zorgnetwerk> inRegio, LocalDate peildatum) {
    s.insert(new Peildatum(peildatum));
    s.insert(new Context(v.id(), false, Optional.empty(), Optional.of(v.id())));
    s.insert(v);
    for (Organisatie o : v.leden()) {
      s.insert(o);
      o.projecten().forEach(pr -> s.insert(new ProjectVan(o.id(), pr)));
    }
    v.kandidaten().forEach(k -> s.insert(new Kandidaat(k)));
    v.relaties().forEach(s::insert);
    v.doelen().forEach(s::insert);
    v.visie().ifPresent(s::insert);
    v.mantelzorgakkoord().ifPresent(s::insert);
    v.lerendNetwerk().ifPresent(s::insert);
    s.insert(v.aspecten().orElse(GEEN_ASPECTEN));
    v.positionering().ifPresent(pos -> {
      s.insert(pos);
      pos.lobby().ifPresent(s::insert);
      pos.pitches().forEach(s::insert);
    });
    inRegio.forEach(n -> s.insert(new NetwerkInRegio(n)));
  }

  private static ZelfregieVan zelfregie(String id, boolean zorgvrager, Optional<ZelfregieProfiel> profiel) {
    return new ZelfregieVan(id, zorgvrager, profiel.orElse(GEEN_ZELFREGIE), profiel.isPresent());
  }

  private static ZrmStand zrm(Zorgvrager zv, Peildatum p) {
    if (zv.zrm().isEmpty()) {
      return new ZrmStand(zv.id(), Optional.empty(), Optional.empty(), false);
    }
    List<ZrmProfiel> l = new ArrayList<>(zv.zrm());
    l.sort(ZRM_NIEUWSTE_EERST);
    return new ZrmStand(zv.id(), Optional.of(l.get(0)), l.size() > 1 ? Optional.of(l.get(1)) : Optional.empty(),
        !p.ouderDan(l.get(0).datum(), Drempels.METING_GELDIG_MAANDEN));
  }

  /** The newest measurement over all instruments, the one before it with the same instrument, and its validity. */
  static Belastingstand belasting(Mantelzorger m, Peildatum p) {
    if (m.belasting().isEmpty()) {
      return new Belastingstand(m.id(), Optional.empty(), Optional.empty(), false, 0);
    }
    // The model caches both per value: the newest over all instruments, and per instrument newest first (one
    // measurement per instrument and day, so the one after the newest there is the one before it).
    Belastingmeting nieuwste = m.laatsteMeting().get();
    List<Belastingmeting> reeks = m.metingenPerInstrument().get(nieuwste.instrument());
    Optional<Belastingmeting> vorige = reeks.size() > 1 ? Optional.of(reeks.get(1)) : Optional.empty();
    boolean actueel = !p.ouderDan(nieuwste.datum(), Drempels.METING_GELDIG_MAANDEN);
    return new Belastingstand(m.id(), Optional.of(nieuwste), vorige, actueel, m.belasting().size());
  }
}
