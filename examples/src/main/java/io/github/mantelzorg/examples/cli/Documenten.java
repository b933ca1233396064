package io.github.mantelzorg.examples.cli;

import io.github.mantelzorg.model.Document;
import io.github.mantelzorg.rules.AdviesEngine;
import io.github.mantelzorg.rules.Adviesrapport;
import io.github.mantelzorg.rules.WhyNot;
import java.time.LocalDate;

/**
 * Advises on a document in the shape it was written: a bare network or partnership is advised as itself, so that the
 * paths in warnings are those of the document ({@code mantelzorgers[0].belasting[1].datum}), and a case as a case
 * ({@code zorgnetwerken[0].mantelzorgers[0]...}).
 */
final class Documenten {
  private Documenten() {}

  static Adviesrapport advise(AdviesEngine engine, Document d, LocalDate peildatum) {
    switch (d.kind()) {
      case ZORGNETWERK:
        return engine.advise(d.zorgnetwerk().orElseThrow(), peildatum);
      case SAMENWERKINGSVERBAND:
        return engine.advise(d.samenwerkingsverband().orElseThrow(), peildatum);
      default:
        return engine.advise(d.casus(), peildatum);
    }
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
