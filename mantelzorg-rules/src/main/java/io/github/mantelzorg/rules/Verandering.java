package io.github.mantelzorg.rules;

import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.ParticipatieTrede;
import io.github.mantelzorg.model.SamenwerkingsStap;
import java.util.Objects;
import java.util.Optional;

/**
 * Verandering: a measured change between two states of the same record ({@link Vergelijking}), the facts behind advice
 * that was resolved, is new or persists: a carer's burden ({@link Belasting}), a relation's rung on the
 * participatieladder ({@link Trede}), a step of the six-step plan done ({@link Stap}). The facts are typed; {@link
 * #tekst()} says the change in the engine's language.
 */
public sealed interface Verandering permits Verandering.Belasting, Verandering.Trede, Verandering.Stap {
  /**
   * The id of the care network or partnership the change is in.
   *
   * @return the id of the network or partnership
   */
  String context();

  /**
   * The id of the carer, organisation or partnership that changed.
   *
   * @return the subject's id
   */
  String onderwerp();

  /**
   * The display name of {@link #onderwerp()}.
   *
   * @return the display name
   */
  String naam();

  /**
   * The change in words, in the engine's language, e.g. {@code Peter: belasting gestegen, CSI 5 (...) → 8 (...)}.
   *
   * @return the text
   */
  String tekst();

  /** Which way a measured value went from the old state to the new one. */
  enum Richting {
    /** Higher: a higher burden score (or a 10-minutencheck that now signals overload), a higher rung. */
    HOGER,
    /** Lower. */
    LAGER,
    /** Measured again, the same. */
    GELIJK,
    /** Measured or rated for the first time: the old state has no value to compare with. */
    EERSTE,
    /** Measured with another instrument, so the scores cannot be compared. */
    ANDER_INSTRUMENT
  }

  /**
   * A carer's current burden changed: the newest measurement (over all instruments, up to each evaluation date) in the
   * new state differs from that in the old state. A carer whose newest measurement is the same in both is not listed.
   *
   * @param context the care network
   * @param onderwerp the carer's id
   * @param naam the carer's name
   * @param oud the newest measurement in the old state, if any
   * @param nieuw the newest measurement in the new state
   * @param richting higher, lower, the same, first, or another instrument
   * @param tekst the change in words
   */
  record Belasting(String context, String onderwerp, String naam, Optional<Belastingmeting> oud, Belastingmeting nieuw,
      Richting richting, String tekst) implements Verandering {
    /**
     * Rejects nulls.
     *
     * @param context the care network
     * @param onderwerp the carer's id
     * @param naam the carer's name
     * @param oud the newest measurement in the old state, if any
     * @param nieuw the newest measurement in the new state
     * @param richting higher, lower, the same, first, or another instrument
     * @param tekst the change in words
     */
    public Belasting {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(onderwerp, "onderwerp");
      Objects.requireNonNull(naam, "naam");
      Objects.requireNonNull(oud, "oud");
      Objects.requireNonNull(nieuw, "nieuw");
      Objects.requireNonNull(richting, "richting");
      Objects.requireNonNull(tekst, "tekst");
    }
  }

  /**
   * A relation's current rung on the participatieladder changed, or was rated for the first time. An organisation
   * rated more than once in a state counts with its highest current rung.
   *
   * @param context the partnership
   * @param onderwerp the partner organisation's id
   * @param naam the organisation's name
   * @param oud the current rung in the old state, if the relation was rated then
   * @param nieuw the current rung in the new state
   * @param gewenst the desired rung in the new state
   * @param richting higher, lower, or first
   * @param tekst the change in words
   */
  record Trede(String context, String onderwerp, String naam, Optional<ParticipatieTrede> oud, ParticipatieTrede nieuw,
      ParticipatieTrede gewenst, Richting richting, String tekst) implements Verandering {
    /**
     * Rejects nulls.
     *
     * @param context the partnership
     * @param onderwerp the partner organisation's id
     * @param naam the organisation's name
     * @param oud the current rung in the old state, if the relation was rated then
     * @param nieuw the current rung in the new state
     * @param gewenst the desired rung in the new state
     * @param richting higher, lower, or first
     * @param tekst the change in words
     */
    public Trede {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(onderwerp, "onderwerp");
      Objects.requireNonNull(naam, "naam");
      Objects.requireNonNull(oud, "oud");
      Objects.requireNonNull(nieuw, "nieuw");
      Objects.requireNonNull(gewenst, "gewenst");
      Objects.requireNonNull(richting, "richting");
      Objects.requireNonNull(tekst, "tekst");
    }

    /**
     * Has the relation reached its desired rung (current at or above desired) in the new state?
     *
     * @return whether the desired rung is reached
     */
    public boolean gewenstBereikt() {
      return nieuw.nummer() >= gewenst.nummer();
    }
  }

  /**
   * A step of the six-step plan done since the old state. Only when the old state states its steps (listed, or none
   * done): when it does not say, nothing is known to be done since.
   *
   * @param context the partnership
   * @param onderwerp the partnership's id
   * @param naam the partnership's name
   * @param stap the step done
   * @param tekst the change in words
   */
  record Stap(String context, String onderwerp, String naam, SamenwerkingsStap stap, String tekst)
      implements Verandering {
    /**
     * Rejects nulls.
     *
     * @param context the partnership
     * @param onderwerp the partnership's id
     * @param naam the partnership's name
     * @param stap the step done
     * @param tekst the change in words
     */
    public Stap {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(onderwerp, "onderwerp");
      Objects.requireNonNull(naam, "naam");
      Objects.requireNonNull(stap, "stap");
      Objects.requireNonNull(tekst, "tekst");
    }
  }
}
