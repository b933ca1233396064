package io.github.mantelzorg.rules;

import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.rules.internal.Bevinding;
import io.github.mantelzorg.rules.internal.Kandidaat;
import io.github.mantelzorg.rules.internal.Kennisbank;
import io.github.mantelzorg.rules.internal.NetwerkInRegio;
import io.github.mantelzorg.rules.internal.Peildatum;
import io.github.mantelzorg.rules.internal.RegelInfo;
import io.github.mantelzorg.rules.internal.Teksten;
import io.github.mantelzorg.rules.internal.Uitkomst;
import io.github.mantelzorg.rules.internal.VerbandVanGemeente;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.KieBase;

/**
 * AdviesEngine: suggests next steps for care networks (zorgnetwerken) and local partnerships
 * (samenwerkingsverbanden), each with its reason, source and explanation.
 *
 * <p>Create one engine at start-up, share it, and {@link #close() close} it at shutdown: it is thread-safe. The
 * compiled rule base is loaded once per JVM (about half a second) and shared by all engines. Each engine keeps a small
 * pool of rule sessions (by default one per processor, see {@link Builder#sessiepool(int)}): an evaluation borrows a
 * session and always returns it, emptied, also when the evaluation fails, so a session never carries facts or findings
 * from one call to the next. When every pooled session is busy, the evaluation runs in its own short-lived session,
 * which is disposed. An engine that is never closed leaks nothing per evaluation, only its pool's idle sessions, which
 * stay registered in the shared rule base; {@link #close()} disposes them.
 *
 * <pre>{@code
 * AdviesEngine engine = AdviesEngine.builder().taal(Taal.EN).uitschakelen("ZM-01").build();
 * Adviesrapport rapport = engine.advise(netwerk, LocalDate.now());
 * }</pre>
 *
 * <p>The evaluation date is a parameter: rules about the age of a measurement or an appreciation use it, never the
 * system clock. The advice is sorted by priority, code, context and subject, so the same input gives the same report
 * whatever the order of its lists.
 *
 * <pre>{@code
 * try (AdviesEngine engine = AdviesEngine.create()) {   // or close() in the application's shutdown hook
 *   ...
 * }
 * }</pre>
 */
public final class AdviesEngine implements AutoCloseable {
  private static final String GLOBAL = "uitkomst";
  private static final Comparator<Advies> ORDE = Comparator.comparing(Advies::prioriteit)
      .thenComparing(Advies::code)
      .thenComparing(Advies::context)
      .thenComparing(a -> String.join(",", a.betreft()))
      .thenComparing(Advies::uitleg);

  private final Kennisbank kennisbank;
  private final Taal taal;
  private final Set<String> uitgeschakeld;
  private final Teksten teksten;
  private final KieBase kieBase;
  private final java.util.concurrent.ConcurrentHashMap<String, RegelTekst> tekstCache = new java.util.concurrent.ConcurrentHashMap<>();
  /** Sessions reused between evaluations; null when the pool size is 0. */
  private final KieSessionsPool pool;
  private final int poolGrootte;
  /**
   * One permit per pooled session: at most {@code poolGrootte} sessions are borrowed at a time, so the pool never
   * grows beyond its size (Drools' pool would otherwise create and keep one more session per extra concurrent caller).
   * {@link #close()} takes every permit, waiting for the evaluations in flight, before it shuts the pool down.
   */
  private final Semaphore vrij;
  private final AtomicBoolean gesloten = new AtomicBoolean();

  private AdviesEngine(Builder b) {
    this.kennisbank = Kennisbank.get();
    this.taal = b.taal;
    Set<String> codes = new HashSet<>();
    kennisbank.regels().values().forEach(r -> codes.add(r.code()));
    Set<String> onbekend = new TreeSet<>(b.uitgeschakeld);
    onbekend.removeAll(codes);
    if (!onbekend.isEmpty()) {
      throw new IllegalArgumentException("unknown rule codes to switch off: " + onbekend + "; known codes: " + new TreeSet<>(codes));
    }
    this.uitgeschakeld = Set.copyOf(b.uitgeschakeld);
    this.teksten = new Teksten(taal);
    Set<String> uitNamen = new HashSet<>();
    kennisbank.regels().values().stream().filter(r -> uitgeschakeld.contains(r.code())).forEach(r -> uitNamen.add(r.regelnaam()));
    // Switched-off rules are left out of the KieBase itself, so they cost nothing per evaluation.
    this.kieBase = kennisbank.kieBaseZonder(uitNamen);
    this.poolGrootte = b.sessiepool;
    // The pool creates its sessions on the first evaluation, so an engine that never evaluates holds none.
    this.pool = poolGrootte > 0 ? kieBase.newKieSessionsPool(poolGrootte) : null;
    this.vrij = new Semaphore(poolGrootte);
  }

  /** An engine with Dutch texts and every rule switched on. */
  public static AdviesEngine create() {
    return builder().build();
  }

  /** A builder for an engine with other options. */
  public static Builder builder() {
    return new Builder();
  }

  /** The language of the texts. */
  public Taal taal() {
    return taal;
  }

  /** Codes of the rules switched off. */
  public Set<String> uitgeschakeld() {
    return uitgeschakeld;
  }

  /** The number of rule sessions this engine keeps for reuse (0: a new session per evaluation). */
  public int sessiepool() {
    return poolGrootte;
  }

  /**
   * Disposes the pooled sessions, after waiting for the evaluations that are using them. Call it once at shutdown;
   * calling it again does nothing. The engine still works afterwards, with a new short-lived session per evaluation.
   */
  @Override
  public void close() {
    if (pool != null && gesloten.compareAndSet(false, true)) {
      vrij.acquireUninterruptibly(poolGrootte);
      pool.shutdown();
    }
  }

  /** Version of the rule base, e.g. {@code 0.1.0 (98 rules)}. */
  public String regelbasisVersie() {
    return kennisbank.versie();
  }

  /** Every rule of the rule base (also those switched off), sorted by code, with texts in this engine's language. */
  public List<Regel> regels() {
    List<Regel> out = new ArrayList<>();
    for (RegelInfo r : kennisbank.regels().values()) {
      out.add(new Regel(r.code(), teksten.tekst(r.code(), "naam"), r.model(), r.prioriteit(), r.bron(),
          teksten.tekst(r.code(), "conditie"), teksten.tekst(r.code(), "samenvatting"), teksten.stappen(r.code()), r.vervangt()));
    }
    return out;
  }

  /**
   * Advises on one care network.
   *
   * @param netwerk the network
   * @param peildatum the evaluation date
   * @return the report, most urgent advice first
   */
  public Adviesrapport advise(Zorgnetwerk netwerk, LocalDate peildatum) {
    Objects.requireNonNull(netwerk, "netwerk must not be null");
    Objects.requireNonNull(peildatum, "peildatum must not be null");
    List<Bevinding> b = new ArrayList<>();
    evalueerNetwerk(netwerk, null, peildatum, b);
    return rapport(b, peildatum);
  }

  /**
   * Advises on one partnership.
   *
   * @param verband the partnership
   * @param peildatum the evaluation date
   * @return the report, most urgent advice first
   */
  public Adviesrapport advise(Samenwerkingsverband verband, LocalDate peildatum) {
    Objects.requireNonNull(verband, "verband must not be null");
    Objects.requireNonNull(peildatum, "peildatum must not be null");
    List<Bevinding> b = new ArrayList<>();
    evalueerVerband(verband, List.of(), peildatum, b);
    return rapport(b, peildatum);
  }

  /**
   * Advises on a case: each care network, the partnership, and the combined rules that join each network with the
   * partnership when the network's {@code gemeente} is one of the partnership's {@code gemeenten}.
   *
   * @param casus the case
   * @param peildatum the evaluation date
   * @return the report, most urgent advice first
   */
  public Adviesrapport advise(Casus casus, LocalDate peildatum) {
    Objects.requireNonNull(casus, "casus must not be null");
    Objects.requireNonNull(peildatum, "peildatum must not be null");
    List<Bevinding> b = new ArrayList<>();
    Samenwerkingsverband verband = casus.samenwerkingsverband().orElse(null);
    List<Zorgnetwerk> inRegio = new ArrayList<>();
    for (Zorgnetwerk n : casus.zorgnetwerken()) {
      boolean hoortBij = verband != null && inGemeente(n, verband);
      if (hoortBij) {
        inRegio.add(n);
      }
      evalueerNetwerk(n, hoortBij ? verband : null, peildatum, b);
    }
    if (verband != null) {
      evalueerVerband(verband, inRegio, peildatum, b);
    }
    return rapport(b, peildatum);
  }

  private static boolean inGemeente(Zorgnetwerk n, Samenwerkingsverband v) {
    return n.gemeente().map(g -> v.gemeenten().stream().anyMatch(x -> x.equalsIgnoreCase(g))).orElse(false);
  }

  private void evalueerNetwerk(Zorgnetwerk n, Samenwerkingsverband verband, LocalDate peildatum, List<Bevinding> out) {
    sessie(n.id(), peildatum, out, s -> {
      s.insert(n);
      s.insert(n.zorgvrager());
      n.mantelzorgers().forEach(s::insert);
      n.vrijwilligers().forEach(s::insert);
      n.beroepskrachten().forEach(s::insert);
      n.informeleContacten().forEach(s::insert);
      n.ervaringsdeskundigen().forEach(s::insert);
      n.respijt().forEach(s::insert);
      if (verband != null) {
        s.insert(new VerbandVanGemeente(verband));
      }
    });
  }

  private void evalueerVerband(Samenwerkingsverband v, Collection<Zorgnetwerk> netwerken, LocalDate peildatum, List<Bevinding> out) {
    sessie(v.id(), peildatum, out, s -> {
      s.insert(v);
      v.leden().forEach(s::insert);
      v.kandidaten().forEach(k -> s.insert(new Kandidaat(k)));
      v.relaties().forEach(s::insert);
      netwerken.forEach(n -> s.insert(new NetwerkInRegio(n)));
    });
  }

  private void sessie(String context, LocalDate peildatum, List<Bevinding> out, Consumer<KieSession> feiten) {
    Uitkomst uitkomst = new Uitkomst(kennisbank.regels(), context);
    boolean geleend = pool != null && vrij.tryAcquire();
    KieSession s;
    try {
      s = geleend ? pool.newKieSession() : kieBase.newKieSession();
    } catch (RuntimeException e) {
      if (geleend) {
        vrij.release();
      }
      throw e;
    }
    try {
      s.setGlobal(GLOBAL, uitkomst);
      s.insert(new Peildatum(peildatum));
      feiten.accept(s);
      s.fireAllRules();
    } catch (RuntimeException e) {
      throw new IllegalStateException("advising on '" + context + "' failed: " + rootMessage(e), e);
    } finally {
      // A pooled session is reset (facts, agenda, node memories) and returned to the pool; another is disposed.
      try {
        s.dispose();
      } finally {
        if (geleend) {
          vrij.release();
        }
      }
    }
    out.addAll(uitkomst.bevindingen());
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  private Adviesrapport rapport(List<Bevinding> bevindingen, LocalDate peildatum) {
    List<Bevinding> blijft = vervang(bevindingen);
    List<Advies> adviezen = new ArrayList<>(blijft.size());
    for (Bevinding b : blijft) {
      adviezen.add(advies(b));
    }
    adviezen.sort(ORDE);
    // Two findings that read exactly the same (e.g. two identical projects) are one advice for the reader.
    List<Advies> uniek = new ArrayList<>(new java.util.LinkedHashSet<>(adviezen));
    return new Adviesrapport(uniek, peildatum, taal, kennisbank.versie());
  }

  /** Drops findings that a combined rule replaces for the same context and subject. */
  private static List<Bevinding> vervang(List<Bevinding> bevindingen) {
    List<Bevinding> vervangers = null;
    for (Bevinding b : bevindingen) {
      if (!b.regel().vervangt().isEmpty()) {
        if (vervangers == null) {
          vervangers = new ArrayList<>(2);
        }
        vervangers.add(b);
      }
    }
    if (vervangers == null) {
      return bevindingen;
    }
    List<Bevinding> blijft = new ArrayList<>(bevindingen.size());
    for (Bevinding b : bevindingen) {
      if (!vervangen(b, vervangers)) {
        blijft.add(b);
      }
    }
    return blijft;
  }

  /**
   * Does another finding replace {@code b}: same context, a rule that replaces b's code, a subject in common? Loops,
   * not streams: it runs for every finding.
   */
  private static boolean vervangen(Bevinding b, List<Bevinding> vervangers) {
    for (Bevinding v : vervangers) {
      if (v != b && v.context().equals(b.context()) && v.regel().vervangt().contains(b.regel().code())) {
        for (String s : v.betreft()) {
          if (b.betreft().contains(s)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private Advies advies(Bevinding b) {
    String code = b.regel().code();
    RegelTekst t = tekstVan(code);
    Map<String, String> feiten = new LinkedHashMap<>();
    b.feiten().forEach((k, v) -> feiten.put(k, teksten.formatteer(v)));
    List<String> betreft = b.betreft().isEmpty() ? List.of(b.context()) : b.betreft();
    return new Advies(code, t.naam(), b.regel().model(), b.regel().prioriteit(),
        t.samenvatting(), t.toelichting(), t.stappen(), b.regel().bron(),
        b.context(), betreft, Teksten.vul(t.uitleg(), feiten), feiten);
  }

  /** The fixed texts of one rule in this engine's language, looked up once per code (they never change). */
  private record RegelTekst(String naam, String samenvatting, String toelichting, List<String> stappen, String uitleg) {}

  private RegelTekst tekstVan(String code) {
    RegelTekst t = tekstCache.get(code);
    if (t == null) {
      // Same lookups in the same order as before, so a missing text fails the same way; nothing is cached then.
      t = new RegelTekst(teksten.tekst(code, "naam"), teksten.tekst(code, "samenvatting"), teksten.tekst(code, "toelichting"),
          List.copyOf(teksten.stappen(code)), teksten.tekst(code, "uitleg"));
      tekstCache.putIfAbsent(code, t);
    }
    return t;
  }

  /** Builds an {@link AdviesEngine}. Not thread-safe; the engine it builds is. */
  public static final class Builder {
    private Taal taal = Taal.NL;
    private final Set<String> uitgeschakeld = new TreeSet<>();
    private int sessiepool = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    /**
     * How many rule sessions the engine keeps for reuse (default: the number of processors). Up to this many
     * evaluations at a time reuse a pooled session; more run each in a new session that is disposed afterwards. 0
     * turns pooling off: every evaluation gets a new session, and the engine holds no session between calls.
     */
    public Builder sessiepool(int grootte) {
      if (grootte < 0) {
        throw new IllegalArgumentException("sessiepool must be 0 or more, was " + grootte);
      }
      this.sessiepool = grootte;
      return this;
    }

    /** The language of the texts (default Dutch). */
    public Builder taal(Taal taal) {
      this.taal = Objects.requireNonNull(taal, "taal must not be null");
      return this;
    }

    /**
     * Switches rules off by code, e.g. {@code "ZM-01"} for an organisation that does not use the ZRM. Switched-off
     * rules are left out of the engine's rule base, so they cost nothing per evaluation; the first engine with a given
     * set of switched-off rules builds that rule base once (a few hundred milliseconds), later ones share it.
     */
    public Builder uitschakelen(String... codes) {
      for (String c : codes) {
        uitgeschakeld.add(Objects.requireNonNull(c, "rule code must not be null").trim().toUpperCase(Locale.ROOT));
      }
      return this;
    }

    /** Switches rules off by code. */
    public Builder uitschakelen(Collection<String> codes) {
      return uitschakelen(codes.toArray(new String[0]));
    }

    /**
     * Builds the engine.
     *
     * @throws IllegalArgumentException if a code to switch off is not in the rule base
     */
    public AdviesEngine build() {
      return new AdviesEngine(this);
    }
  }
}
