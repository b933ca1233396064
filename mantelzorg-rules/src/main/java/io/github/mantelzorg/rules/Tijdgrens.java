package io.github.mantelzorg.rules;

import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.LerendNetwerk;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.Organisatie;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Vrijwilliger;
import io.github.mantelzorg.model.WifaProfiel;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.Zorgvrager;
import io.github.mantelzorg.model.ZrmProfiel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The evaluation date bounds the facts: a copy of a record as it stood on the evaluation date. A measurement,
 * assessment or event dated after that date does not exist yet: it is left out of the copy, and each is reported as a
 * {@link Tijdgrens.Weggelaten} with its JSON path and date. End dates (a lerende praktijk's guidance until...) and
 * announced dates (elections) are not events and stay.
 */
final class Tijdgrens {
  /** One fact left out: where it was, and its date. */
  record Weggelaten(String pad, LocalDate datum) {}

  private final LocalDate peildatum;
  private final List<Weggelaten> weggelaten = new ArrayList<>();

  Tijdgrens(LocalDate peildatum) {
    this.peildatum = peildatum;
  }

  /** The facts left out so far. */
  List<Weggelaten> weggelaten() {
    return weggelaten;
  }

  private boolean na(LocalDate d, String pad) {
    if (d.isAfter(peildatum)) {
      weggelaten.add(new Weggelaten(pad, d));
      return true;
    }
    return false;
  }

  /** The network as it stood on the evaluation date; {@code pad} is its JSON path prefix ("" or "zorgnetwerken[0]."). */
  Zorgnetwerk netwerk(Zorgnetwerk n, String pad) {
    Zorgnetwerk uit = n;
    Zorgvrager zv = zorgvrager(n.zorgvrager(), pad + "zorgvrager.");
    if (zv != n.zorgvrager()) {
      uit = uit.withZorgvrager(zv);
    }
    List<Mantelzorger> mz = new ArrayList<>(n.mantelzorgers().size());
    boolean anders = false;
    for (int i = 0; i < n.mantelzorgers().size(); i++) {
      Mantelzorger m = mantelzorger(n.mantelzorgers().get(i), pad + "mantelzorgers[" + i + "].");
      anders |= m != n.mantelzorgers().get(i);
      mz.add(m);
    }
    if (anders) {
      uit = uit.withMantelzorgers(mz);
    }
    List<Vrijwilliger> vw = new ArrayList<>(n.vrijwilligers().size());
    anders = false;
    for (int i = 0; i < n.vrijwilligers().size(); i++) {
      Vrijwilliger v = n.vrijwilligers().get(i);
      Vrijwilliger nieuw = v;
      if (v.wifa().isPresent()) {
        WifaProfiel w = wifa(v.wifa().get(), pad + "vrijwilligers[" + i + "].wifa.");
        if (w != v.wifa().get()) {
          nieuw = v.withWifa(w);
        }
      }
      anders |= nieuw != v;
      vw.add(nieuw);
    }
    if (anders) {
      uit = uit.withVrijwilligers(vw);
    }
    if (n.mantelScan().isPresent() && na(n.mantelScan().get().datum(), pad + "mantelScan.datum")) {
      uit = uit.withMantelScan(Optional.empty());
    }
    if (n.netwerkCoaching().isPresent() && na(n.netwerkCoaching().get().sinds(), pad + "netwerkCoaching.sinds")) {
      uit = uit.withNetwerkCoaching(Optional.empty());
    }
    return uit;
  }

  private Zorgvrager zorgvrager(Zorgvrager z, String pad) {
    Zorgvrager uit = z;
    if (z.zelfregie().isPresent() && na(z.zelfregie().get().datum(), pad + "zelfregie.datum")) {
      uit = uit.withZelfregie(Optional.empty());
    }
    List<ZrmProfiel> zrm = new ArrayList<>(z.zrm().size());
    for (int i = 0; i < z.zrm().size(); i++) {
      if (!na(z.zrm().get(i).datum(), pad + "zrm[" + i + "].datum")) {
        zrm.add(z.zrm().get(i));
      }
    }
    return zrm.size() == z.zrm().size() ? uit : uit.withZrm(zrm);
  }

  private Mantelzorger mantelzorger(Mantelzorger m, String pad) {
    Mantelzorger uit = m;
    List<Belastingmeting> b = new ArrayList<>(m.belasting().size());
    for (int i = 0; i < m.belasting().size(); i++) {
      if (!na(m.belasting().get(i).datum(), pad + "belasting[" + i + "].datum")) {
        b.add(m.belasting().get(i));
      }
    }
    if (b.size() != m.belasting().size()) {
      uit = uit.withBelasting(b);
    }
    if (m.zelfregie().isPresent() && na(m.zelfregie().get().datum(), pad + "zelfregie.datum")) {
      uit = uit.withZelfregie(Optional.empty());
    }
    if (m.sofa().isPresent() && m.sofa().get().datum().isPresent() && na(m.sofa().get().datum().get(), pad + "sofa.datum")) {
      uit = uit.withSofa(Optional.empty());
    }
    return uit;
  }

  private WifaProfiel wifa(WifaProfiel w, String pad) {
    WifaProfiel uit = w;
    if (w.laatsteWaardering().isPresent() && na(w.laatsteWaardering().get(), pad + "laatsteWaardering")) {
      uit = uit.withLaatsteWaardering(Optional.empty());
    }
    if (w.laatsteEvaluatie().isPresent() && na(w.laatsteEvaluatie().get(), pad + "laatsteEvaluatie")) {
      uit = uit.withLaatsteEvaluatie(Optional.empty());
    }
    return uit;
  }

  /** The partnership as it stood on the evaluation date; {@code pad} is its JSON path prefix. */
  Samenwerkingsverband verband(Samenwerkingsverband v, String pad) {
    Samenwerkingsverband uit = v;
    if (v.laatsteEvaluatie().isPresent() && na(v.laatsteEvaluatie().get(), pad + "laatsteEvaluatie")) {
      uit = uit.withLaatsteEvaluatie(Optional.empty());
    }
    if (v.mantelzorgakkoord().isPresent() && na(v.mantelzorgakkoord().get().datum(), pad + "mantelzorgakkoord.datum")) {
      uit = uit.withMantelzorgakkoord(Optional.empty());
    }
    if (v.lerendNetwerk().isPresent()) {
      LerendNetwerk ln = v.lerendNetwerk().get();
      if (ln.laatsteBijeenkomst().isPresent() && na(ln.laatsteBijeenkomst().get(), pad + "lerendNetwerk.laatsteBijeenkomst")) {
        uit = uit.withLerendNetwerk(ln.withLaatsteBijeenkomst(Optional.empty()));
      }
    }
    List<Organisatie> leden = organisaties(v.leden(), pad + "leden");
    if (leden != v.leden()) {
      uit = uit.withLeden(leden);
    }
    List<Organisatie> kandidaten = organisaties(v.kandidaten(), pad + "kandidaten");
    if (kandidaten != v.kandidaten()) {
      uit = uit.withKandidaten(kandidaten);
    }
    return uit;
  }

  private List<Organisatie> organisaties(List<Organisatie> orgs, String pad) {
    List<Organisatie> uit = null;
    for (int i = 0; i < orgs.size(); i++) {
      Organisatie o = orgs.get(i);
      if (o.samenspelscan().isPresent() && na(o.samenspelscan().get().datum(), pad + "[" + i + "].samenspelscan.datum")) {
        if (uit == null) {
          uit = new ArrayList<>(orgs);
        }
        uit.set(i, o.withSamenspelscan(Optional.empty()));
      }
    }
    return uit == null ? orgs : uit;
  }
}
