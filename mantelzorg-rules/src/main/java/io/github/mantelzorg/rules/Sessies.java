package io.github.mantelzorg.rules;

import io.github.mantelzorg.rules.feiten.Conditie;
import io.github.mantelzorg.rules.feiten.Context;
import io.github.mantelzorg.rules.feiten.Uitkomst;
import io.github.mantelzorg.rules.internal.Bevinding;
import io.github.mantelzorg.rules.internal.RegelInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The rule sessions of one engine: a bounded pool of reusable sessions over the engine's KieBase. An evaluation
 * borrows a session and always gives it back emptied (facts, agenda, node memories), also when it fails; when every
 * pooled session is busy it runs in a new session that is disposed straight after.
 */
final class Sessies {
  private static final String GLOBAL = "uitkomst";

  /**
   * What one session found: the decision rules that fired and every named condition the inference rules derived.
   *
   * @param context what the session was about
   * @param bevindingen the findings
   * @param condities the named conditions
   */
  record Uitslag(Context context, List<Bevinding> bevindingen, List<Conditie> condities) {}

  private final KieBase kieBase;
  private final Map<String, RegelInfo> regels;
  /** Sessions reused between evaluations; null when the pool size is 0. */
  private final KieSessionsPool pool;
  private final int grootte;
  /**
   * One permit per pooled session: at most {@code grootte} sessions are borrowed at a time, so the pool never grows
   * beyond its size (Drools' pool would otherwise create and keep one more session per extra concurrent caller).
   * {@link #sluit()} takes every permit, waiting for the evaluations in flight, before it shuts the pool down.
   */
  private final Semaphore vrij;
  private final AtomicBoolean gesloten = new AtomicBoolean();

  Sessies(KieBase kieBase, Map<String, RegelInfo> regels, int grootte) {
    this.kieBase = kieBase;
    this.regels = regels;
    this.grootte = grootte;
    // The pool creates its sessions on the first evaluation, so an engine that never evaluates holds none.
    this.pool = grootte > 0 ? kieBase.newKieSessionsPool(grootte) : null;
    this.vrij = new Semaphore(grootte);
  }

  int grootte() {
    return grootte;
  }

  /** Runs one session about {@code context}: feeds it, fires all rules, and collects findings and conditions. */
  Uitslag evalueer(String context, Consumer<KieSession> feiten) {
    Uitkomst uitkomst = new Uitkomst(regels, context);
    boolean geleend = pool != null && !gesloten.get() && vrij.tryAcquire();
    KieSession s;
    try {
      s = geleend ? pool.newKieSession() : kieBase.newKieSession();
    } catch (RuntimeException e) {
      if (geleend) {
        vrij.release();
      }
      throw e;
    }
    List<Conditie> condities = new ArrayList<>();
    Context ctx = null;
    try {
      s.setGlobal(GLOBAL, uitkomst);
      feiten.accept(s);
      s.fireAllRules();
      for (Object o : s.getObjects(o -> o instanceof Conditie || o instanceof Context)) {
        if (o instanceof Conditie c) {
          condities.add(c);
        } else {
          ctx = (Context) o;
        }
      }
    } catch (RuntimeException e) {
      throw new IllegalStateException("advising on '" + context + "' failed: " + rootMessage(e), e);
    } finally {
      try {
        s.dispose();
      } finally {
        if (geleend) {
          vrij.release();
        }
      }
    }
    if (ctx == null) {
      throw new IllegalStateException("a session about '" + context + "' had no Context fact");
    }
    return new Uitslag(ctx, uitkomst.bevindingen(), condities);
  }

  /** Disposes the pooled sessions after the evaluations in flight; later evaluations use short-lived sessions. */
  void sluit() {
    if (pool != null && gesloten.compareAndSet(false, true)) {
      vrij.acquireUninterruptibly(grootte);
      pool.shutdown();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
