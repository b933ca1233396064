package io.github.mantelzorg.examples.cli;

import io.github.mantelzorg.model.Document;
import io.github.mantelzorg.rules.AdviesEngine;
import io.github.mantelzorg.rules.Adviesrapport;
import io.github.mantelzorg.rules.Terugkoppeling;
import io.github.mantelzorg.rules.Vergelijking;
import io.github.mantelzorg.rules.WhyNot;
import java.time.LocalDate;
import java.util.List;

/**
 * Advises on a document in the shape it was written: a bare network or partnership is advised as itself, so that the
 * paths in warnings are those of the document ({@code mantelzorgers[0].belasting[1].datum}), and a case as a case
 * ({@code zorgnetwerken[0].mantelzorgers[0]...}).
 */
final class Documenten {
  private Documenten() {}

  static Adviesrapport advise(AdviesEngine engine, Document d, LocalDate peildatum) {
    return advise(engine, d, peildatum, List.of());
  }

  static Adviesrapport advise(AdviesEngine engine, Document d, LocalDate peildatum,
      List<Terugkoppeling> terugkoppelingen) {
    switch (d.kind()) {
      case ZORGNETWERK:
        return engine.advise(d.zorgnetwerk().orElseThrow(), peildatum, terugkoppelingen);
      case SAMENWERKINGSVERBAND:
        return engine.advise(d.samenwerkingsverband().orElseThrow(), peildatum, terugkoppelingen);
      default:
        return engine.advise(d.casus(), peildatum, terugkoppelingen);
    }
  }

  /** Compares two documents: as networks or partnerships when both are bare ones, as cases otherwise. */
  static Vergelijking compare(AdviesEngine engine, Document oud, LocalDate oudeDatum, Document nieuw,
      LocalDate nieuweDatum) {
    if (oud.kind() == Document.Kind.ZORGNETWERK && nieuw.kind() == Document.Kind.ZORGNETWERK) {
      return engine.compare(oud.zorgnetwerk().orElseThrow(), oudeDatum, nieuw.zorgnetwerk().orElseThrow(),
          nieuweDatum);
    }
    if (oud.kind() == Document.Kind.SAMENWERKINGSVERBAND && nieuw.kind() == Document.Kind.SAMENWERKINGSVERBAND) {
      return engine.compare(oud.samenwerkingsverband().orElseThrow(), oudeDatum,
          nieuw.samenwerkingsverband().orElseThrow(), nieuweDatum);
    }
    return engine.compare(oud.casus(), oudeDatum, nieuw.casus(), nieuweDatum);
  }

  static WhyNot whyNot(AdviesEngine engine, Document d, LocalDate peildatum, String code) {
    switch (d.kind()) {
      case ZORGNETWERK:
        return engine.whyNot(d.zorgnetwerk().orElseThrow(), peildatum, code);
      case SAMENWERKINGSVERBAND:
        return engine.whyNot(d.samenwerkingsverband().orElseThrow(), peildatum, code);
      default:
        return engine.whyNot(d.casus(), peildatum, code);
    }
  }
}
