package io.github.mantelzorg.rules.feiten;

import io.github.mantelzorg.model.ZrmDomein;
import io.github.mantelzorg.model.ZrmNiveau;

/**
 * A fact value: a ZRM domain whose level dropped from one assessment to the next. The text layer words it, e.g.
 * "sociaal netwerk 3 → 2" (the domain's label, then the levels as the ZRM numbers them).
 *
 * @param domein the domain
 * @param van the level in the earlier assessment
 * @param naar the level in the newer assessment
 */
public record ZrmDaling(ZrmDomein domein, ZrmNiveau van, ZrmNiveau naar) implements Comparable<ZrmDaling> {
  @Override
  public int compareTo(ZrmDaling o) {
    return domein.compareTo(o.domein);
  }
}
