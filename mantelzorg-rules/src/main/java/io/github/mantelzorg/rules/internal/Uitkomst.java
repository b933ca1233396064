package io.github.mantelzorg.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The DRL global {@code uitkomst}: collects the findings of one session. One instance per evaluation; never shared
 * between threads.
 */
public final class Uitkomst {
  private final Map<String, RegelInfo> regels;
  private final String context;
  private final List<Bevinding> bevindingen = new ArrayList<>();

  /** A collector for one session whose advice is about {@code context} (network or partnership id). */
  public Uitkomst(Map<String, RegelInfo> regels, String context) {
    this.regels = regels;
    this.context = context;
  }

  /**
   * Starts a finding for the rule with this DRL name (the rule that is firing). The DRL passes its own name as a
   * literal rather than {@code kcontext}: a consequence that uses {@code kcontext} makes the executable model build a
   * fact-handle lookup map on every firing.
   */
  public Bevinding advies(String naam) {
    RegelInfo info = regels.get(naam);
    if (info == null) {
      throw new IllegalStateException("rule '" + naam + "' is not in the rule base metadata");
    }
    Bevinding b = new Bevinding(info, context);
    bevindingen.add(b);
    return b;
  }

  /** The findings so far. */
  public List<Bevinding> bevindingen() {
    return bevindingen;
  }
}
