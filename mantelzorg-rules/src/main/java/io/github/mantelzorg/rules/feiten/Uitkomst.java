package io.github.mantelzorg.rules.feiten;

import io.github.mantelzorg.rules.internal.Bevinding;
import io.github.mantelzorg.rules.internal.RegelInfo;
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

  /**
   * A collector for one session whose advice is about {@code context} (network or partnership id).
   *
   * @param regels the rule base metadata, by DRL rule name
   * @param context the id of the network or partnership
   */
  public Uitkomst(Map<String, RegelInfo> regels, String context) {
    this.regels = regels;
    this.context = context;
  }

  /**
   * Records that the rule with this DRL name fired on these conditions, in the order of its {@code @voorwaarden}: the
   * first condition's subject is the advice's subject. The DRL passes its own name as a literal rather than
   * {@code kcontext}: a consequence that uses {@code kcontext} makes the executable model build a fact-handle lookup
   * map on every firing.
   *
   * @param regelnaam the DRL name of the rule
   * @param voorwaarden its conditions, in order
   */
  public void advies(String regelnaam, Conditie... voorwaarden) {
    RegelInfo info = regels.get(regelnaam);
    if (info == null) {
      throw new IllegalStateException("rule '" + regelnaam + "' is not in the rule base metadata");
    }
    bevindingen.add(new Bevinding(info, context, List.of(voorwaarden)));
  }

  /**
   * The findings so far.
   *
   * @return the findings, in the order recorded
   */
  public List<Bevinding> bevindingen() {
    return bevindingen;
  }
}
