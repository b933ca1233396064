package io.github.mantelzorg.rules;

import io.github.mantelzorg.model.InvalidModelException;
import io.github.mantelzorg.model.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Terugkoppeling: feedback on one advice card, what a professional did with it (CDS Hooks calls it feedback, with
 * override reasons): taken up ({@link Status#OPGEPAKT}) or dismissed ({@link Status#AFGEWEZEN}) with a reason, on a
 * date, optionally with a comment and who.
 *
 * <p>The library stores nothing: give the engine the feedback you kept as a plain list
 * ({@link AdviesEngine#advise(io.github.mantelzorg.model.Zorgnetwerk, LocalDate, List)}). A dismissal hides the card
 * while its {@link Advies#id() id} is the same, that is while the rule, its subjects and its facts are the same; when
 * the facts change, the card comes back with this feedback as a note ({@link Advies#eerderAfgewezen()}). Feedback
 * dated after the evaluation date does not count. Read and write it as JSON with {@link TerugkoppelingJson}.
 *
 * @param id the card's {@link Advies#id() id}, e.g. {@code 3fa2c9d1-7be0a415}
 * @param status taken up or dismissed
 * @param reden why; required for a dismissal
 * @param datum the day it was decided
 * @param toelichting a comment in the professional's words; required with {@link Reden#ANDERS}
 * @param door who decided (a name or an id), if recorded
 */
public record Terugkoppeling(String id, Status status, Optional<Reden> reden, LocalDate datum,
    Optional<String> toelichting, Optional<String> door) {
  private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{8}");

  /** Does {@code tekst} look like a card id? */
  static boolean isId(String tekst) {
    return ID.matcher(tekst).matches();
  }

  /** What the id must look like, for error messages. */
  static final String ID_VERWACHT = "a card id: 8 lower-case hexadecimal digits, '-', 8 more (e.g. 3fa2c9d1-7be0a415)";

  /** What was done with the card. */
  public enum Status {
    /** Taken up: the professional acts on it. The card stays in the report, marked. */
    OPGEPAKT("opgepakt", "taken up"),
    /** Dismissed: left out of the report while its facts are unchanged. */
    AFGEWEZEN("afgewezen", "dismissed");

    private final String nl;
    private final String en;

    Status(String nl, String en) {
      this.nl = nl;
      this.en = en;
    }

    /**
     * The label a reader sees, in the given language (e.g. {@code afgewezen} or {@code dismissed}).
     *
     * @param taal the language
     * @return the label
     */
    public String label(Language taal) {
      return taal == Language.EN ? en : nl;
    }
  }

  /** Why a card was dismissed (or taken up): a small fixed set, with {@link #ANDERS} and a comment for the rest. */
  public enum Reden {
    /** Already discussed with the client or carer. */
    AL_BESPROKEN("al besproken", "already discussed"),
    /** Does not fit the situation. */
    PAST_NIET("past niet bij de situatie", "does not fit the situation"),
    /** The client (or carer) does not want it. */
    CLIENT_WIL_HET_NIET("cliënt wil het niet", "the client does not want it"),
    /** Another reason, said in {@link Terugkoppeling#toelichting()}. */
    ANDERS("andere reden", "other reason");

    private final String nl;
    private final String en;

    Reden(String nl, String en) {
      this.nl = nl;
      this.en = en;
    }

    /**
     * The label a reader sees, in the given language (e.g. {@code al besproken} or {@code already discussed}).
     *
     * @param taal the language
     * @return the label
     */
    public String label(Language taal) {
      return taal == Language.EN ? en : nl;
    }
  }

  /**
   * Checks the feedback, reporting every problem at once.
   *
   * @param id the card's {@link Advies#id() id}
   * @param status taken up or dismissed
   * @param reden why; required for a dismissal
   * @param datum the day it was decided
   * @param toelichting a comment in the professional's words; required with {@link Reden#ANDERS}
   * @param door who decided, if recorded
   * @throws InvalidModelException for an id that is not a card id, a dismissal without a reason, {@link Reden#ANDERS}
   *     without a comment, a blank comment, or a comment or {@code door} that is not printable text
   */
  public Terugkoppeling {
    List<Problem> problemen = new ArrayList<>(2);
    verplicht(problemen, "id", id, ID_VERWACHT);
    verplicht(problemen, "status", status, "one of " + Arrays.toString(Status.values()));
    verplicht(problemen, "reden", reden, "a reason or Optional.empty()");
    verplicht(problemen, "datum", datum, "a date");
    verplicht(problemen, "toelichting", toelichting, "a comment or Optional.empty()");
    verplicht(problemen, "door", door, "who, or Optional.empty()");
    if (id != null && !ID.matcher(id).matches()) {
      problemen.add(new Problem("id", Problem.quote(id), ID_VERWACHT));
    }
    if (status == Status.AFGEWEZEN && reden != null && reden.isEmpty()) {
      problemen.add(new Problem("reden", "missing", "one of " + Arrays.toString(Reden.values())
          + ": a dismissal says why"));
    }
    if (reden != null && reden.equals(Optional.of(Reden.ANDERS)) && toelichting != null && toelichting.isEmpty()) {
      problemen.add(new Problem("toelichting", "missing",
          "a comment that says the reason: required with reden ANDERS"));
    }
    if (toelichting != null && toelichting.filter(t -> t.isBlank()).isPresent()) {
      problemen.add(new Problem("toelichting", Problem.quote(toelichting.get()),
          "a non-blank text, or no toelichting"));
    } else if (toelichting != null && toelichting.isPresent()) {
      // The comment is shown in every report format, as a name is: control, format and bidi characters could act.
      Problem.unprintable("toelichting", toelichting.get()).ifPresent(problemen::add);
    }
    if (door != null && door.isPresent()) {
      Problem.unprintable("door", door.get()).ifPresent(problemen::add);
    }
    if (!problemen.isEmpty()) {
      throw new InvalidModelException("Terugkoppeling", problemen);
    }
  }

  private static void verplicht(List<Problem> problemen, String veld, Object waarde, String verwacht) {
    if (waarde == null) {
      problemen.add(new Problem(veld, "null", verwacht));
    }
  }

  /**
   * The card was taken up on this day.
   *
   * @param id the card's {@link Advies#id() id}
   * @param datum the day it was decided
   * @return the feedback
   * @throws InvalidModelException as the constructor
   */
  public static Terugkoppeling opgepakt(String id, LocalDate datum) {
    return new Terugkoppeling(id, Status.OPGEPAKT, Optional.empty(), datum, Optional.empty(), Optional.empty());
  }

  /**
   * The card was dismissed on this day, for this reason.
   *
   * @param id the card's {@link Advies#id() id}
   * @param reden why
   * @param datum the day it was decided
   * @return the feedback
   * @throws InvalidModelException as the constructor (with {@link Reden#ANDERS} add the comment in one go with
   *     {@link #afgewezen(String, String, LocalDate)})
   */
  public static Terugkoppeling afgewezen(String id, Reden reden, LocalDate datum) {
    return new Terugkoppeling(id, Status.AFGEWEZEN, Optional.of(Objects.requireNonNull(reden, "reden")), datum,
        Optional.empty(), Optional.empty());
  }

  /**
   * The card was dismissed on this day for another reason, said in the comment ({@link Reden#ANDERS}).
   *
   * @param id the card's {@link Advies#id() id}
   * @param toelichting the reason, in the professional's words
   * @param datum the day it was decided
   * @return the feedback
   * @throws InvalidModelException as the constructor
   */
  public static Terugkoppeling afgewezen(String id, String toelichting, LocalDate datum) {
    return new Terugkoppeling(id, Status.AFGEWEZEN, Optional.of(Reden.ANDERS), datum,
        Optional.of(Objects.requireNonNull(toelichting, "toelichting")), Optional.empty());
  }

  /**
   * A copy with this reason.
   *
   * @param nieuw the reason
   * @return the copy
   */
  public Terugkoppeling withReden(Reden nieuw) {
    return new Terugkoppeling(id, status, Optional.of(Objects.requireNonNull(nieuw, "reden")), datum, toelichting,
        door);
  }

  /**
   * A copy with this comment.
   *
   * @param nieuw the comment
   * @return the copy
   */
  public Terugkoppeling withToelichting(String nieuw) {
    return new Terugkoppeling(id, status, reden, datum, Optional.of(Objects.requireNonNull(nieuw, "toelichting")),
        door);
  }

  /**
   * A copy that names who decided.
   *
   * @param nieuw who decided (a name or an id)
   * @return the copy
   */
  public Terugkoppeling withDoor(String nieuw) {
    return new Terugkoppeling(id, status, reden, datum, toelichting,
        Optional.of(Objects.requireNonNull(nieuw, "door")));
  }

  /** The card this feedback is about, without its facts: the first half of the id (code and subject). */
  String kaart() {
    return id.substring(0, 8);
  }
}
