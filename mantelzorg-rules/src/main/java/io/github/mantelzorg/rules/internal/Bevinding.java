package io.github.mantelzorg.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A raw finding of one rule firing: which rule, in which context, about whom, and the facts that made it fire. Rule
 * consequences fill it fluently: {@code uitkomst.advies("BL-01 CSI overbelasting").betreft($m.id()).feit("csi", $b.score())}.
 */
public final class Bevinding {
  private final RegelInfo regel;
  private final String context;
  private final List<String> betreft = new ArrayList<>(2);
  private final Map<String, Object> feiten = new LinkedHashMap<>(8);

  Bevinding(RegelInfo regel, String context) {
    this.regel = regel;
    this.context = context;
  }

  /** Adds the ids of persons, organisations or relations this advice concerns. */
  public Bevinding betreft(String... ids) {
    for (String id : ids) {
      if (id != null && !betreft.contains(id)) {
        betreft.add(id);
      }
    }
    return this;
  }

  /** Records a fact that made the rule fire, for the explanation; the name is used in the text template. */
  public Bevinding feit(String naam, Object waarde) {
    feiten.put(naam, waarde);
    return this;
  }

  /** The rule. */
  public RegelInfo regel() {
    return regel;
  }

  /** The context id (network or partnership). */
  public String context() {
    return context;
  }

  /** Subjects. */
  public List<String> betreft() {
    return betreft;
  }

  /** Facts. */
  public Map<String, Object> feiten() {
    return feiten;
  }
}
