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

  private boolean na(LocalDate d) {
    return d.isAfter(peildatum);
  }

  private void weg(String pad, LocalDate d) {
    weggelaten.add(new Weggelaten(pad, d));
  }


  /** The network as it stood on the evaluation date; {@code pad} is its JSON path prefix ("" or "zorgnetwerken[0]."). */
  Zorgnetwerk netwerk(Zorgnetwerk n, String pad) {
    // Paths are built only for what is left out: most records have nothing dated after the evaluation date.
    Zorgnetwerk uit = n;
    Zorgvrager zv = zorgvrager(n.zorgvrager(), pad);
    if (zv != n.zorgvrager()) {
      uit = uit.withZorgvrager(zv);
    }
    List<Mantelzorger> mz = null;
    for (int i = 0; i < n.mantelzorgers().size(); i++) {
      Mantelzorger m = n.mantelzorgers().get(i);
      Mantelzorger nieuw = mantelzorger(m, pad, i);
      if (nieuw != m && mz == null) {
        mz = new ArrayList<>(n.mantelzorgers());
      }
      if (mz != null) {
        mz.set(i, nieuw);
      }
    }
    if (mz != null) {
      uit = uit.withMantelzorgers(mz);
    }
    List<Vrijwilliger> vw = null;
    for (int i = 0; i < n.vrijwilligers().size(); i++) {
      Vrijwilliger v = n.vrijwilligers().get(i);
      if (v.wifa().isPresent()) {
        WifaProfiel w = wifa(v.wifa().get(), pad, i);
        if (w != v.wifa().get()) {
          if (vw == null) {
            vw = new ArrayList<>(n.vrijwilligers());
          }
          vw.set(i, v.withWifa(w));
        }
      }
    }
    if (vw != null) {
      uit = uit.withVrijwilligers(vw);
    }
    if (n.mantelScan().isPresent() && na(n.mantelScan().get().datum())) {
      weg(pad + "mantelScan.datum", n.mantelScan().get().datum());
      uit = uit.withMantelScan(Optional.empty());
    }
    if (n.netwerkCoaching().isPresent() && na(n.netwerkCoaching().get().sinds())) {
      weg(pad + "netwerkCoaching.sinds", n.netwerkCoaching().get().sinds());
      uit = uit.withNetwerkCoaching(Optional.empty());
    }
    return uit;
  }

  private Zorgvrager zorgvrager(Zorgvrager z, String pad) {
    Zorgvrager uit = z;
    if (z.zelfregie().isPresent() && na(z.zelfregie().get().datum())) {
      weg(pad + "zorgvrager.zelfregie.datum", z.zelfregie().get().datum());
      uit = uit.withZelfregie(Optional.empty());
    }
    List<ZrmProfiel> zrm = null;
    for (int i = 0; i < z.zrm().size(); i++) {
      ZrmProfiel p = z.zrm().get(i);
      if (na(p.datum())) {
        weg(pad + "zorgvrager.zrm[" + i + "].datum", p.datum());
        if (zrm == null) {
          zrm = new ArrayList<>(z.zrm().subList(0, i));
        }
      } else if (zrm != null) {
        zrm.add(p);
      }
    }
    return zrm == null ? uit : uit.withZrm(zrm);
  }

  private Mantelzorger mantelzorger(Mantelzorger m, String pad, int index) {
    Mantelzorger uit = m;
    List<Belastingmeting> b = null;
    for (int i = 0; i < m.belasting().size(); i++) {
      Belastingmeting x = m.belasting().get(i);
      if (na(x.datum())) {
        weg(pad + "mantelzorgers[" + index + "].belasting[" + i + "].datum", x.datum());
        if (b == null) {
          b = new ArrayList<>(m.belasting().subList(0, i));
        }
      } else if (b != null) {
        b.add(x);
      }
    }
    if (b != null) {
      uit = uit.withBelasting(b);
    }
    if (m.zelfregie().isPresent() && na(m.zelfregie().get().datum())) {
      weg(pad + "mantelzorgers[" + index + "].zelfregie.datum", m.zelfregie().get().datum());
      uit = uit.withZelfregie(Optional.empty());
    }
    if (m.sofa().isPresent() && m.sofa().get().datum().isPresent() && na(m.sofa().get().datum().get())) {
      weg(pad + "mantelzorgers[" + index + "].sofa.datum", m.sofa().get().datum().get());
      uit = uit.withSofa(Optional.empty());
    }
    return uit;
  }

  private WifaProfiel wifa(WifaProfiel w, String pad, int index) {
    WifaProfiel uit = w;
    if (w.laatsteWaardering().isPresent() && na(w.laatsteWaardering().get())) {
      weg(pad + "vrijwilligers[" + index + "].wifa.laatsteWaardering", w.laatsteWaardering().get());
      uit = uit.withLaatsteWaardering(Optional.empty());
    }
    if (w.laatsteEvaluatie().isPresent() && na(w.laatsteEvaluatie().get())) {
      weg(pad + "vrijwilligers[" + index + "].wifa.laatsteEvaluatie", w.laatsteEvaluatie().get());
      uit = uit.withLaatsteEvaluatie(Optional.empty());
    }
    return uit;
  }

  /** The partnership as it stood on the evaluation date; {@code pad} is its JSON path prefix. */
  Samenwerkingsverband verband(Samenwerkingsverband v, String pad) {
    Samenwerkingsverband uit = v;
    if (v.laatsteEvaluatie().isPresent() && na(v.laatsteEvaluatie().get())) {
      weg(pad + "laatsteEvaluatie", v.laatsteEvaluatie().get());
      uit = uit.withLaatsteEvaluatie(Optional.empty());
    }
    if (v.mantelzorgakkoord().isPresent() && na(v.mantelzorgakkoord().get().datum())) {
      weg(pad + "mantelzorgakkoord.datum", v.mantelzorgakkoord().get().datum());
      uit = uit.withMantelzorgakkoord(Optional.empty());
    }
    if (v.lerendNetwerk().isPresent()) {
      LerendNetwerk ln = v.lerendNetwerk().get();
      if (ln.laatsteBijeenkomst().isPresent() && na(ln.laatsteBijeenkomst().get())) {
        weg(pad + "lerendNetwerk.laatsteBijeenkomst", ln.laatsteBijeenkomst().get());
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
      if (o.samenspelscan().isPresent() && na(o.samenspelscan().get().datum())) {
        weg(pad + "[" + i + "].samenspelscan.datum", o.samenspelscan().get().datum());
        if (uit == null) {
          uit = new ArrayList<>(orgs);
        }
        uit.set(i, o.withSamenspelscan(Optional.empty()));
      }
    }
    return uit == null ? orgs : uit;
  }
}
