package io.github.mantelzorg.rules;

import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Zorgnetwerk;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What was given to evaluate, with the JSON path prefix of each part, so that warnings name the path as the caller
 * gave it: a bare network or partnership has no prefix, the parts of a case have {@code zorgnetwerken[i].} and
 * {@code samenwerkingsverband.}.
 *
 * @param netwerken the networks
 * @param netwerkPaden the path prefix of each network
 * @param verband the partnership, if any
 * @param verbandPad the path prefix of the partnership
 */
record Invoerset(List<Zorgnetwerk> netwerken, List<String> netwerkPaden, Optional<Samenwerkingsverband> verband,
    String verbandPad) {

  static Invoerset van(Zorgnetwerk n) {
    Objects.requireNonNull(n, "netwerk must not be null");
    return new Invoerset(List.of(n), List.of(""), Optional.empty(), "");
  }

  static Invoerset van(Samenwerkingsverband v) {
    Objects.requireNonNull(v, "verband must not be null");
    return new Invoerset(List.of(), List.of(), Optional.of(v), "");
  }

  static Invoerset van(Casus c) {
    Objects.requireNonNull(c, "casus must not be null");
    List<String> paden = new java.util.ArrayList<>(c.zorgnetwerken().size());
    for (int i = 0; i < c.zorgnetwerken().size(); i++) {
      paden.add("zorgnetwerken[" + i + "].");
    }
    return new Invoerset(c.zorgnetwerken(), paden, c.samenwerkingsverband(), "samenwerkingsverband.");
  }
}
