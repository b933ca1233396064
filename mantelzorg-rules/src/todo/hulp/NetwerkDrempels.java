package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.model.ZrmNiveau;

/** Design-choice thresholds of the network rules (netwerk.drl), next to the sourced ones in {@code Drempels}. */
public final class NetwerkDrempels {
  /**
   * ZRM score of the domain Sociaal netwerk at or below which network coaching is advised (NW-06): 2, "niet
   * zelfredzaam". Design choice following the catalogue: levels 1 (acute problematiek) and 2 (niet zelfredzaam) mean
   * the client cannot rely on their own network; from level 3 (beperkt zelfredzaam) the network works, if limited.
   */
  public static final int ZRM_SOCIAAL_NETWERK_ZWAK = ZrmNiveau.NIET_ZELFREDZAAM.score();

  private NetwerkDrempels() {}
}
