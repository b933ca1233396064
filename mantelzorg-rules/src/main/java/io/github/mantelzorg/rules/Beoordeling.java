package io.github.mantelzorg.rules;

import io.github.mantelzorg.rules.feiten.Conditie;
import io.github.mantelzorg.rules.feiten.Context;
import io.github.mantelzorg.rules.feiten.Vraag;
import io.github.mantelzorg.rules.feiten.Waarheid;
import io.github.mantelzorg.rules.internal.Bevinding;
import io.github.mantelzorg.rules.internal.RegelInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The named conditions of one session, indexed by name and subject, read the way a decision rule reads them: for a
 * rule and a subject, each of its {@code @voorwaarden} resolved on the subject or on the session's context. A
 * condition that was not derived (the rule does not apply in this session) counts as failing. Open questions and
 * why-not both come from here, so they cannot disagree with the rules.
 *
 * <p>Built for every evaluation and read for every rule of the engine, so it is kept lean: a name with one subject
 * (most of them in a network) maps straight to its condition, a name with several to a map by subject; the scan for
 * open questions allocates nothing for a rule that holds or fails.
 */
final class Beoordeling {
  private final Sessies.Uitslag uitslag;
  /** Condition name to its {@link Conditie} when it has one subject, else to a {@code Map<String, Conditie>}. */
  private final Map<String, Object> index;
  private final String netwerk;
  private final String zorgvrager;
  private final String verband;
  /** The findings per code they replace ({@code @vervangt}); most findings replace nothing. */
  private final Map<String, List<Bevinding>> vervangersVan = new HashMap<>(4);
  /**
   * The findings per rule code, made on first use (by a rule that replaces others, or by why-not): a report of a
   * record where nothing is replaced never needs it. One evaluation uses a {@code Beoordeling} on one thread.
   */
  private Map<String, List<Bevinding>> perCode;

  @SuppressWarnings("unchecked")
  Beoordeling(Sessies.Uitslag uitslag) {
    this.uitslag = uitslag;
    for (Bevinding f : uitslag.bevindingen()) {
      for (String c : f.regel().vervangt()) {
        vervangersVan.computeIfAbsent(c, x -> new ArrayList<>(1)).add(f);
      }
    }
    List<Conditie> condities = uitslag.condities();
    this.index = new HashMap<>(Math.max(16, condities.size() * 2));
    for (Conditie c : condities) {
      Object eerder = index.putIfAbsent(c.naam(), c);
      if (eerder == null) {
        continue;
      }
      Map<String, Conditie> perSubject;
      if (eerder instanceof Conditie e) {
        perSubject = new HashMap<>(8);
        perSubject.put(e.subject(), e);
        index.put(c.naam(), perSubject);
      } else {
        perSubject = (Map<String, Conditie>) eerder;
      }
      Conditie dubbel = perSubject.put(c.subject(), c);
      if (dubbel != null) {
        throw new IllegalStateException("condition " + c.naam() + "(" + c.subject() + ") was derived twice in '"
            + uitslag.context().id() + "': " + dubbel + " and " + c);
      }
    }
    Context ctx = uitslag.context();
    this.netwerk = ctx.netwerk() ? ctx.id() : null;
    this.zorgvrager = ctx.zorgvrager().orElse(null);
    this.verband = ctx.verband().orElse(null);
  }

  Sessies.Uitslag uitslag() {
    return uitslag;
  }

  Context context() {
    return uitslag.context();
  }

  /** The subjects a rule can be about in this session: those of its first condition, sorted. */
  @SuppressWarnings("unchecked")
  List<String> kandidaten(RegelInfo r) {
    Object g = index.get(r.voorwaarden().get(0).naam());
    if (g == null) {
      return List.of();
    }
    if (g instanceof Conditie c) {
      return List.of(c.subject());
    }
    List<String> l = new ArrayList<>(((Map<String, Conditie>) g).keySet());
    Collections.sort(l);
    return l;
  }

  /** The condition {@code v} of a rule about {@code subject}, or null when it was not derived. */
  @SuppressWarnings("unchecked")
  private Conditie conditie(RegelInfo.Voorwaarde v, String subject) {
    String op = switch (v.bereik()) {
      case ONDERWERP -> subject;
      case NETWERK -> netwerk;
      case ZORGVRAGER -> zorgvrager;
      case VERBAND -> verband;
    };
    if (op == null) {
      return null;
    }
    Object g = index.get(v.naam());
    if (g instanceof Conditie c) {
      return c.subject().equals(op) ? c : null;
    }
    return g == null ? null : ((Map<String, Conditie>) g).get(op);
  }

  /** The conditions of {@code r} for {@code subject}, in order; empty where a condition was not derived. */
  List<Optional<Conditie>> voorwaarden(RegelInfo r, String subject) {
    List<RegelInfo.Voorwaarde> vw = r.voorwaarden();
    List<Optional<Conditie>> l = new ArrayList<>(vw.size());
    for (int i = 0; i < vw.size(); i++) {
      l.add(Optional.ofNullable(conditie(vw.get(i), subject)));
    }
    return l;
  }

  /** The rule's value for a subject: every condition holds, one fails (or was not derived), or unknown. */
  static Waarheid waarde(List<Optional<Conditie>> voorwaarden) {
    Waarheid w = Waarheid.GELDT;
    for (Optional<Conditie> c : voorwaarden) {
      w = w.en(c.map(Conditie::waarde).orElse(Waarheid.FAALT));
    }
    return w;
  }

  /**
   * Adds the open questions of rule {@code r} in this session to {@code vragen} (question to the codes it would
   * decide): for each subject whose conditions all hold but the unknown ones, unless a replacing rule fired for it.
   */
  @SuppressWarnings("unchecked")
  void openVragen(RegelInfo r, Map<Vraag, Set<String>> vragen) {
    Object g = index.get(r.voorwaarden().get(0).naam());
    if (g instanceof Conditie c) {
      openVragen(r, c.subject(), vragen);
    } else if (g != null) {
      for (String s : ((Map<String, Conditie>) g).keySet()) {
        openVragen(r, s, vragen);
      }
    }
  }

  private void openVragen(RegelInfo r, String s, Map<Vraag, Set<String>> vragen) {
    List<RegelInfo.Voorwaarde> vw = r.voorwaarden();
    int onbekend = 0;
    for (int i = 0; i < vw.size(); i++) {
      Conditie c = conditie(vw.get(i), s);
      if (c == null || c.faalt()) {
        return;
      }
      if (c.onbekend()) {
        onbekend++;
      }
    }
    if (onbekend == 0 || vervangen(r, s)) {
      return;
    }
    // An unknown fact is asked when it would decide the rule: every other condition holds, so the unknown ones are
    // all that stand between the record and the advice, and they wait on one fact (or there is one unknown
    // condition). A rule that waits on several facts asks nothing itself; each of its facts is asked by the rules it
    // alone decides.
    List<Conditie> onbekende = new ArrayList<>(onbekend);
    Set<Vraag> feiten = new LinkedHashSet<>();
    boolean zonderVraag = false;
    for (int i = 0; i < vw.size(); i++) {
      Conditie c = conditie(vw.get(i), s);
      if (c.onbekend()) {
        onbekende.add(c);
        feiten.addAll(c.vragen());
        zonderVraag |= c.vragen().isEmpty();
      }
    }
    if (onbekende.size() == 1 || feiten.size() == 1 && !zonderVraag) {
      for (Vraag v : feiten) {
        vragen.computeIfAbsent(v, x -> new TreeSet<>()).add(r.code());
      }
    }
  }

  /** Did the rule fire for this subject in this session? */
  boolean gevuurd(RegelInfo r, String subject) {
    for (Bevinding f : bevindingen(r.code())) {
      if (f.subject().equals(subject)) {
        return true;
      }
    }
    return false;
  }

  /** Does a finding of this session replace rule {@code r} for {@code subject} (same context, the subject in common)? */
  private boolean vervangen(RegelInfo r, String subject) {
    for (Bevinding g : vervangersVan.getOrDefault(r.code(), List.of())) {
      if (g.betreft().contains(subject)) {
        return true;
      }
    }
    return false;
  }

  /** The findings of the rule with this code in this session. */
  List<Bevinding> bevindingen(String code) {
    if (perCode == null) {
      perCode = new HashMap<>();
      for (Bevinding f : uitslag.bevindingen()) {
        perCode.computeIfAbsent(f.regel().code(), c -> new ArrayList<>(1)).add(f);
      }
    }
    return perCode.getOrDefault(code, List.of());
  }

  /**
   * The finding that replaces a finding of {@code r} about {@code betreft} in this session (same context, a subject
   * in common), if any. Looked up by code, so that a report of many findings does not compare each with each.
   */
  Optional<Bevinding> vervanger(RegelInfo r, Iterable<String> betreft) {
    for (Bevinding g : vervangersVan.getOrDefault(r.code(), List.of())) {
      if (g.deeltMet(betreft)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
