package io.github.mantelzorg.rules.feiten;

import io.github.mantelzorg.model.ZrmDomein;

/**
 * A fact value: the share of one ZRM domain that the social network carries (ZRM-Krachtenwijzer). The text layer
 * words it, e.g. "basale ADL 80%".
 *
 * @param domein the domain
 * @param procent the network's share, in percent
 */
public record Netwerkaandeel(ZrmDomein domein, int procent) implements Comparable<Netwerkaandeel> {
  @Override
  public int compareTo(Netwerkaandeel o) {
    return domein.compareTo(o.domein);
  }
}
