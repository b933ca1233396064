package io.github.mantelzorg.rules;

import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.rules.internal.Bronnen;
import io.github.mantelzorg.rules.internal.Kennisbank;
import io.github.mantelzorg.rules.internal.RegelInfo;
import io.github.mantelzorg.rules.internal.Teksten;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * AdviesEngine: suggests next steps for care networks (zorgnetwerken) and local partnerships
 * (samenwerkingsverbanden), each with its reason, sources and explanation; lists what the record does not say that
 * would decide a rule (open questions); answers why a rule did not fire; compares two states of the same record
 * ({@link #compare(Zorgnetwerk, LocalDate, Zorgnetwerk, LocalDate) compare}); and takes feedback on its advice
 * ({@link #advise(Zorgnetwerk, LocalDate, List) advise with feedback}).
 *
 * <p>Unknown is not no: a rule whose condition is about something missing, false or too low fires only when the record
 * states it; where an unknown fact would decide a rule, the report carries an {@link OpenVraag} instead. The evaluation
 * date bounds the facts: what is dated after it is left out, with a {@link Waarschuwing}. One card per problem: the
 * same code for the same subject appears once, and a more specific rule replaces a general one for the same subject
 * (declared with the rule, shown in {@link Advies#vervangt()}).
 *
 * <p>Create one engine at start-up, share it (it is thread-safe), and {@link #close() close} it at shutdown. The
 * compiled rule base is loaded once per JVM and shared by all engines. Each engine keeps a small pool of rule sessions
 * (by default one per processor, see {@link Builder#sessionPool(int)}): an evaluation borrows a session and always
 * returns it emptied, also when the evaluation fails.
 *
 * <pre>{@code
 * try (AdviesEngine engine = AdviesEngine.builder().language(Language.EN).disable("ZM-01").build()) {
 *   Adviesrapport rapport = engine.advise(netwerk, LocalDate.now());
 *   WhyNot waarom = engine.whyNot(netwerk, LocalDate.now(), "NW-03");
 * }
 * }</pre>
 *
 * <p>The evaluation date is a parameter: rules about the age of a measurement or an appreciation use it, never the
 * system clock. The report does not depend on the order of any input list.
 *
 * <p>The work and the report grow linearly with the record: a card lists at most {@link Advies#MAX_BETREFT} ids and
 * an explanation at most ten names of a list. A report that would still hold more text than
 * {@link Builder#maxReportChars(long)} allows makes {@code advise} and {@code compare} throw
 * {@link ReportTooLargeException} for that record.
 */
public final class AdviesEngine implements AutoCloseable {
  /** The default of {@link Builder#maxReportChars(long)}: 20,000,000 characters. */
  public static final long DEFAULT_MAX_REPORT_CHARS = 20_000_000L;

  private final Kennisbank kennisbank;
  private final Language taal;
  private final long maxReportChars;
  private final Set<String> uitgeschakeld;
  private final Set<String> uitNamen;
  /** Whether inference rules that no switched-on rule needs are left out (always, except in tests). */
  private final boolean snoei;
  private final Teksten teksten;
  private final Sessies sessies;
  private final Rapportbouwer rapportbouwer;
  private final Vergelijker vergelijker;
  private final java.util.concurrent.atomic.AtomicBoolean gesloten = new java.util.concurrent.atomic.AtomicBoolean();

  private AdviesEngine(Builder b) {
    this.kennisbank = Kennisbank.get();
    this.taal = b.taal;
    Set<String> codes = new HashSet<>();
    kennisbank.regels().values().forEach(r -> codes.add(r.code()));
    Set<String> onbekend = new TreeSet<>(b.uitgeschakeld);
    onbekend.removeAll(codes);
    if (!onbekend.isEmpty()) {
      throw new IllegalArgumentException("unknown rule codes to disable: " + onbekend + "; known codes: " + new TreeSet<>(codes));
    }
    this.uitgeschakeld = Set.copyOf(b.uitgeschakeld);
    this.teksten = new Teksten(taal);
    Set<String> namen = new HashSet<>();
    List<RegelInfo> actief = new ArrayList<>();
    for (RegelInfo r : kennisbank.regels().values()) {
      if (uitgeschakeld.contains(r.code())) {
        namen.add(r.regelnaam());
      } else {
        actief.add(r);
      }
    }
    this.uitNamen = Set.copyOf(namen);
    // Switched-off rules are left out of the KieBase itself, so they cost nothing per evaluation.
    this.snoei = b.snoei;
    this.sessies = new Sessies(kennisbank.kieBaseZonder(uitNamen, snoei), kennisbank.regels(), b.sessiepool);
    this.maxReportChars = b.maxReportChars;
    this.rapportbouwer = new Rapportbouwer(List.copyOf(actief), teksten, kennisbank.versie(), maxReportChars);
    this.vergelijker = new Vergelijker(teksten);
  }

  /**
   * An engine with Dutch texts and every rule switched on.
   *
   * @return the engine
   */
  public static AdviesEngine create() {
    return builder().build();
  }

  /**
   * A builder for an engine with other options.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The most text one report may hold, in characters ({@link Builder#maxReportChars(long)}).
   *
   * @return the limit, in characters
   */
  public long maxReportChars() {
    return maxReportChars;
  }

  /**
   * The language of the texts.
   *
   * @return the language
   */
  public Language language() {
    return taal;
  }

  /**
   * Codes of the rules switched off.
   *
   * @return the codes
   */
  public Set<String> disabled() {
    return uitgeschakeld;
  }

  /**
   * The number of rule sessions this engine keeps for reuse (0: a new session per evaluation).
   *
   * @return the number of sessions kept
   */
  public int sessionPool() {
    return sessies.grootte();
  }

  /**
   * Disposes the pooled sessions, after waiting for the evaluations that are using them, and releases this engine's
   * share of the rule base it was built with. Call it once at shutdown; calling it again does nothing. The engine
   * still works afterwards, with a new short-lived session per evaluation.
   */
  @Override
  public void close() {
    sessies.sluit();
    if (gesloten.compareAndSet(false, true)) {
      kennisbank.geefVrij(uitNamen, snoei);
    }
  }

  /**
   * Version of the rule base, e.g. {@code 0.2.0 (105 rules)}.
   *
   * @return the version
   */
  public String ruleBaseVersion() {
    return kennisbank.versie();
  }

  /**
   * Every rule of the rule base (also those switched off), sorted by code, with texts in this engine's language.
   *
   * @return every rule
   */
  public List<Rule> rules() {
    List<Rule> out = new ArrayList<>();
    Bronnen bronnen = Bronnen.get();
    for (RegelInfo r : kennisbank.regels().values()) {
      String c = r.code();
      out.add(new Rule(c, teksten.tekst(c, "naam"), r.model(), r.prioriteit(),
          r.bronnen().stream().map(bronnen::bron).toList(), teksten.zoek(c + ".ontwerpkeuze"), teksten.tekst(c, "conditie"),
          r.voorwaarden().stream().map(v -> teksten.tekst("voorwaarde." + v.naam())).toList(),
          teksten.tekst(c, "samenvatting"), teksten.stappen(c), r.vervangt()));
    }
    return out;
  }

  /**
   * Advises on one care network.
   *
   * @param netwerk the network
   * @param peildatum the evaluation date
   * @return the report: advice (most urgent first), open questions and warnings
   */
  public Adviesrapport advise(Zorgnetwerk netwerk, LocalDate peildatum) {
    return advise(netwerk, peildatum, List.of());
  }

  /**
   * Advises on one care network, taking the professionals' feedback on earlier advice into account: a card whose
   * newest feedback (up to the evaluation date) dismissed it with the same {@link Advies#id() id}, so the same facts,
   * is left out and listed in {@link Adviesrapport#afgewezen()}; a card dismissed when its facts were different comes
   * back with that dismissal as a note ({@link Advies#eerderAfgewezen()}); a card taken up stays, marked
   * ({@link Advies#opgepakt()}). Feedback dated after the evaluation date, or on cards that did not fire, changes
   * nothing. The library keeps no feedback: pass all you have.
   *
   * @param netwerk the network
   * @param peildatum the evaluation date
   * @param terugkoppelingen the feedback, in any order (e.g. read with {@link TerugkoppelingJson#read(String)})
   * @return the report
   */
  public Adviesrapport advise(Zorgnetwerk netwerk, LocalDate peildatum, List<Terugkoppeling> terugkoppelingen) {
    return evaluatie(Invoerset.van(netwerk), peildatum).rapport(rapportbouwer, tot(peildatum, terugkoppelingen));
  }

  /**
   * Advises on one partnership.
   *
   * @param verband the partnership
   * @param peildatum the evaluation date
   * @return the report: advice (most urgent first), open questions and warnings
   */
  public Adviesrapport advise(Samenwerkingsverband verband, LocalDate peildatum) {
    return advise(verband, peildatum, List.of());
  }

  /**
   * As {@link #advise(Zorgnetwerk, LocalDate, List)} for a partnership.
   *
   * @param verband the partnership
   * @param peildatum the evaluation date
   * @param terugkoppelingen the feedback, in any order
   * @return the report
   */
  public Adviesrapport advise(Samenwerkingsverband verband, LocalDate peildatum,
      List<Terugkoppeling> terugkoppelingen) {
    return evaluatie(Invoerset.van(verband), peildatum).rapport(rapportbouwer, tot(peildatum, terugkoppelingen));
  }

  /**
   * Advises on a case: each care network, the partnership, and the combined rules that join each network with the
   * partnership when the network's {@code gemeente} is one of the partnership's {@code gemeenten}.
   *
   * @param casus the case
   * @param peildatum the evaluation date
   * @return the report: advice (most urgent first), open questions and warnings
   */
  public Adviesrapport advise(Casus casus, LocalDate peildatum) {
    return advise(casus, peildatum, List.of());
  }

  /**
   * As {@link #advise(Zorgnetwerk, LocalDate, List)} for a case.
   *
   * @param casus the case
   * @param peildatum the evaluation date
   * @param terugkoppelingen the feedback, in any order
   * @return the report
   */
  public Adviesrapport advise(Casus casus, LocalDate peildatum, List<Terugkoppeling> terugkoppelingen) {
    return evaluatie(Invoerset.van(casus), peildatum).rapport(rapportbouwer, tot(peildatum, terugkoppelingen));
  }

  private static Terugkoppelingen tot(LocalDate peildatum, List<Terugkoppeling> terugkoppelingen) {
    Objects.requireNonNull(peildatum, "peildatum must not be null");
    return Terugkoppelingen.tot(peildatum, terugkoppelingen);
  }

  /**
   * Compares two states of the same care network, each evaluated on its own date: the advice resolved, new and
   * persisting (a card's identity is its code and subject), the measured changes behind them (each carer's newest
   * burden measurement) and the open questions closed and opened. Texts are in this engine's language.
   *
   * @param oud the earlier state
   * @param oudeDatum its evaluation date
   * @param nieuw the later state
   * @param nieuweDatum its evaluation date
   * @return the comparison
   * @throws IllegalArgumentException if the two networks have different ids
   */
  public Vergelijking compare(Zorgnetwerk oud, LocalDate oudeDatum, Zorgnetwerk nieuw, LocalDate nieuweDatum) {
    zelfde(Objects.requireNonNull(oud, "oud must not be null").id(),
        Objects.requireNonNull(nieuw, "nieuw must not be null").id(), "network");
    return compare(Invoerset.van(oud), oudeDatum, Invoerset.van(nieuw), nieuweDatum);
  }

  /**
   * As {@link #compare(Zorgnetwerk, LocalDate, Zorgnetwerk, LocalDate)}, both states evaluated on one date.
   *
   * @param oud the earlier state
   * @param nieuw the later state
   * @param peildatum the evaluation date of both
   * @return the comparison
   */
  public Vergelijking compare(Zorgnetwerk oud, Zorgnetwerk nieuw, LocalDate peildatum) {
    return compare(oud, peildatum, nieuw, peildatum);
  }

  /**
   * As {@link #compare(Zorgnetwerk, LocalDate, Zorgnetwerk, LocalDate)} for a partnership; its measured changes are
   * each relation's current rung on the participatieladder and the steps of the six-step plan done since.
   *
   * @param oud the earlier state
   * @param oudeDatum its evaluation date
   * @param nieuw the later state
   * @param nieuweDatum its evaluation date
   * @return the comparison
   * @throws IllegalArgumentException if the two partnerships have different ids
   */
  public Vergelijking compare(Samenwerkingsverband oud, LocalDate oudeDatum, Samenwerkingsverband nieuw,
      LocalDate nieuweDatum) {
    zelfde(Objects.requireNonNull(oud, "oud must not be null").id(),
        Objects.requireNonNull(nieuw, "nieuw must not be null").id(), "partnership");
    return compare(Invoerset.van(oud), oudeDatum, Invoerset.van(nieuw), nieuweDatum);
  }

  /**
   * As {@link #compare(Samenwerkingsverband, LocalDate, Samenwerkingsverband, LocalDate)} on one date.
   *
   * @param oud the earlier state
   * @param nieuw the later state
   * @param peildatum the evaluation date of both
   * @return the comparison
   */
  public Vergelijking compare(Samenwerkingsverband oud, Samenwerkingsverband nieuw, LocalDate peildatum) {
    return compare(oud, peildatum, nieuw, peildatum);
  }

  /**
   * As {@link #compare(Zorgnetwerk, LocalDate, Zorgnetwerk, LocalDate)} for a case: networks are matched by id (a
   * network only in one state has only new or only resolved advice), the partnership by id. The two states must
   * share a network or the partnership (same id): two cases with nothing in common are two records, not two states.
   *
   * @param oud the earlier state
   * @param oudeDatum its evaluation date
   * @param nieuw the later state
   * @param nieuweDatum its evaluation date
   * @return the comparison
   * @throws IllegalArgumentException if the two cases share no network and no partnership id
   */
  public Vergelijking compare(Casus oud, LocalDate oudeDatum, Casus nieuw, LocalDate nieuweDatum) {
    Objects.requireNonNull(oud, "oud must not be null");
    Objects.requireNonNull(nieuw, "nieuw must not be null");
    Set<String> oudIds = ids(oud);
    Set<String> gedeeld = new TreeSet<>(ids(nieuw));
    gedeeld.retainAll(oudIds);
    if (gedeeld.isEmpty()) {
      throw new IllegalArgumentException("two states of the same case are compared, but they share no network or "
          + "partnership: " + new TreeSet<>(oudIds) + " and " + new TreeSet<>(ids(nieuw)));
    }
    return compare(Invoerset.van(oud), oudeDatum, Invoerset.van(nieuw), nieuweDatum);
  }

  /** The ids of a case's networks and partnership, each with its kind. */
  private static Set<String> ids(Casus c) {
    Set<String> ids = new HashSet<>();
    c.zorgnetwerken().forEach(n -> ids.add("zorgnetwerk " + n.id()));
    c.samenwerkingsverband().ifPresent(v -> ids.add("samenwerkingsverband " + v.id()));
    return ids;
  }

  /**
   * As {@link #compare(Casus, LocalDate, Casus, LocalDate)} on one date.
   *
   * @param oud the earlier state
   * @param nieuw the later state
   * @param peildatum the evaluation date of both
   * @return the comparison
   */
  public Vergelijking compare(Casus oud, Casus nieuw, LocalDate peildatum) {
    return compare(oud, peildatum, nieuw, peildatum);
  }

  private Vergelijking compare(Invoerset oud, LocalDate oudeDatum, Invoerset nieuw, LocalDate nieuweDatum) {
    Evaluatie voor = evaluatie(oud, oudeDatum);
    Evaluatie na = evaluatie(nieuw, nieuweDatum);
    return vergelijker.vergelijk(voor, voor.rapport(rapportbouwer, Terugkoppelingen.GEEN), na,
        na.rapport(rapportbouwer, Terugkoppelingen.GEEN));
  }

  private static void zelfde(String oud, String nieuw, String wat) {
    if (!oud.equals(nieuw)) {
      throw new IllegalArgumentException("two states of the same " + wat + " are compared, but the ids differ: '" + oud
          + "' and '" + nieuw + "'");
    }
  }

  /**
   * Why did rule {@code code} fire or not for a network on a date: per subject, each of its conditions in words and
   * whether it holds, fails or is unknown, and which rule replaced it if one did.
   *
   * @param netwerk the network
   * @param peildatum the evaluation date
   * @param code the rule code, e.g. {@code BL-01}
   * @return the answer, per subject
   * @throws IllegalArgumentException if the code is not a rule of the rule base
   */
  public WhyNot whyNot(Zorgnetwerk netwerk, LocalDate peildatum, String code) {
    return whyNot(Invoerset.van(netwerk), peildatum, code);
  }

  /**
   * As {@link #whyNot(Zorgnetwerk, LocalDate, String)} for a partnership.
   *
   * @param verband the partnership
   * @param peildatum the evaluation date
   * @param code the rule code, e.g. {@code BL-01}
   * @return the answer, per subject
   */
  public WhyNot whyNot(Samenwerkingsverband verband, LocalDate peildatum, String code) {
    return whyNot(Invoerset.van(verband), peildatum, code);
  }

  /**
   * As {@link #whyNot(Zorgnetwerk, LocalDate, String)} for a case.
   *
   * @param casus the case
   * @param peildatum the evaluation date
   * @param code the rule code, e.g. {@code BL-01}
   * @return the answer, per subject
   */
  public WhyNot whyNot(Casus casus, LocalDate peildatum, String code) {
    return whyNot(Invoerset.van(casus), peildatum, code);
  }

  private WhyNot whyNot(Invoerset invoer, LocalDate peildatum, String code) {
    Objects.requireNonNull(code, "code must not be null");
    String c = code.trim().toUpperCase(Locale.ROOT);
    RegelInfo regel = kennisbank.regels().values().stream().filter(r -> r.code().equals(c)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown rule code: " + code));
    String naam = teksten.tekst(c, "naam");
    if (uitgeschakeld.contains(c)) {
      return new WhyNot(c, naam, true, List.of());
    }
    return evaluatie(invoer, peildatum).whyNot(regel, naam, rapportbouwer, teksten);
  }

  private Evaluatie evaluatie(Invoerset invoer, LocalDate peildatum) {
    Objects.requireNonNull(peildatum, "peildatum must not be null");
    return Evaluatie.voer(invoer, peildatum, sessies);
  }

  /** Builds an {@link AdviesEngine}. Not thread-safe; the engine it builds is. */
  public static final class Builder {
    private Language taal = Language.NL;
    private final Set<String> uitgeschakeld = new TreeSet<>();
    private boolean snoei = true;
    private int sessiepool = Runtime.getRuntime().availableProcessors();
    private long maxReportChars = DEFAULT_MAX_REPORT_CHARS;

    private Builder() {}

    /**
     * The most text one report may hold, in characters (default {@value AdviesEngine#DEFAULT_MAX_REPORT_CHARS}):
     * every text of its cards (ids, names, summaries, explanations, facts, steps, sources), open questions and
     * warnings. A record whose report would hold more makes {@code advise} throw {@link ReportTooLargeException}, as
     * soon as the engine knows, so that one record cannot exhaust memory or fill a disk. A card lists at most
     * {@link Advies#MAX_BETREFT} ids, so a report grows linearly with its record; only a record near the input limits
     * with very long ids and names comes near the default.
     *
     * @param tekens the limit, in characters
     * @return this builder
     */
    public Builder maxReportChars(long tekens) {
      if (tekens < 1) {
        throw new IllegalArgumentException("maxReportChars must be at least 1, was " + tekens);
      }
      this.maxReportChars = tekens;
      return this;
    }

    /**
     * How many rule sessions the engine keeps for reuse (default: the number of processors). Up to this many
     * evaluations at a time reuse a pooled session; more run each in a new session that is disposed afterwards. 0
     * turns pooling off: every evaluation gets a new session, and the engine holds no session between calls.
     *
     * @param grootte the number of sessions to keep, 0 or more
     * @return this builder
     */
    public Builder sessionPool(int grootte) {
      if (grootte < 0) {
        throw new IllegalArgumentException("sessionPool must be 0 or more, was " + grootte);
      }
      this.sessiepool = grootte;
      return this;
    }

    /**
     * The language of the texts (default Dutch).
     *
     * @param taal the language
     * @return this builder
     */
    public Builder language(Language taal) {
      this.taal = Objects.requireNonNull(taal, "language must not be null");
      return this;
    }

    /**
     * Keeps every inference rule in the rule base, also those no switched-on rule needs (for tests that check that
     * leaving them out changes no report).
     */
    Builder alleInferentie() {
      this.snoei = false;
      return this;
    }

    /**
     * Switches rules off by code, e.g. {@code "ZM-01"} for an organisation that does not use the ZRM. Switched-off
     * rules are left out of the engine's rule base, so they cost nothing per evaluation; engines with the same set
     * share that rule base while they are open (at most 16 such sets are shared; see the README).
     *
     * @param codes the rule codes
     * @return this builder
     */
    public Builder disable(String... codes) {
      for (String c : codes) {
        uitgeschakeld.add(Objects.requireNonNull(c, "rule code must not be null").trim().toUpperCase(Locale.ROOT));
      }
      return this;
    }

    /**
     * Switches rules off by code.
     *
     * @param codes the rule codes
     * @return this builder
     */
    public Builder disable(Collection<String> codes) {
      return disable(codes.toArray(new String[0]));
    }

    /**
     * Builds the engine.
     *
     * @return the engine
     * @throws IllegalArgumentException if a code to switch off is not in the rule base
     */
    public AdviesEngine build() {
      return new AdviesEngine(this);
    }
  }
}
