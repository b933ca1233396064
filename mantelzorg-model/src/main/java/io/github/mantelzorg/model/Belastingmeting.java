package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Belastingmeting: one dated measurement of a carer's burden with one instrument.
 *
 * <ul>
 *   <li>{@link Instrument#CSI}: {@code waarde} 0-13 yes answers; 7 or more is overload. Optional {@code csiItems}
 *       lists the items answered yes; when given, their number must equal {@code waarde}.
 *   <li>{@link Instrument#EDIZ_PLUS}: {@code waarde} 0-15, in the bands 0 / 1-3 / 4-8 / 9-15; 9 or more is overload.
 *   <li>{@link Instrument#EDIZ}: {@code waarde} 0-9; it has no published cut-off, so it never signals overload.
 *   <li>{@link Instrument#TIEN_MINUTENCHECK}: no score (its items are not published); {@code signaalOverbelasting}
 *       records the outcome.
 * </ul>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBelastingmeting.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableBelastingmeting.class, using = JsonHost.Reader.class)
public interface Belastingmeting extends WithBelastingmeting {
  /**
   * The instrument used.
   *
   * @return the instrument
   */
  Instrument instrument();

  /**
   * The day of the measurement.
   *
   * @return the day of the measurement
   */
  LocalDate datum();

  /**
   * The score; required for CSI, EDIZ and EDIZ-plus, absent for the 10-minutencheck.
   *
   * @return the score, or empty for a 10-minutencheck
   */
  Optional<Integer> waarde();

  /**
   * Outcome of a 10-minutencheck: does it signal overload? Required for that instrument, absent otherwise.
   *
   * @return whether the 10-minutencheck signals overload; empty for another instrument
   */
  Optional<Boolean> signaalOverbelasting();

  /**
   * CSI items answered yes, when recorded item by item.
   *
   * @return the CSI items answered yes; empty when not recorded item by item
   */
  Set<CsiItem> csiItems();

  /**
   * Id of the organisation that took the measurement, when known.
   *
   * @return the organisation's id, or empty when unknown
   */
  Optional<String> afgenomenDoor();

  /**
   * Does this measurement signal overload (CSI &gt;= 7, EDIZ-plus &gt;= 9, or a 10-minutencheck signal)?
   *
   * @return whether this measurement signals overload
   */
  default boolean overbelast() {
    switch (instrument()) {
      case CSI:
        return score() >= Drempels.CSI_OVERBELAST;
      case EDIZ_PLUS:
        return score() >= Drempels.EDIZ_PLUS_ZWAAR;
      case TIEN_MINUTENCHECK:
        return signaalOverbelasting().orElse(false);
      default:
        return false;
    }
  }

  /**
   * The score, or -1 for an instrument without one (10-minutencheck).
   *
   * @return the score, or -1 for the 10-minutencheck
   */
  default int score() {
    return waarde().orElse(-1);
  }

  /**
   * The EDIZ-plus band of this measurement, or empty for another instrument.
   *
   * @return the EDIZ-plus band, or empty for another instrument
   */
  default Optional<EdizPlusBand> edizPlusBand() {
    if (instrument() != Instrument.EDIZ_PLUS) {
      return Optional.empty();
    }
    int w = score();
    if (w >= Drempels.EDIZ_PLUS_ZWAAR) {
      return Optional.of(EdizPlusBand.ZWAAR);
    }
    if (w >= Drempels.EDIZ_PLUS_MATIG) {
      return Optional.of(EdizPlusBand.MATIG);
    }
    return Optional.of(w >= Drempels.EDIZ_PLUS_LICHT ? EdizPlusBand.LICHT : EdizPlusBand.GEEN);
  }

  /** Validates the score range per instrument. */
  @Value.Check
  default void check() {
    Checks c = Checks.of("Belastingmeting").printable("afgenomenDoor", afgenomenDoor());
    switch (instrument()) {
      case CSI:
        c.require(waarde().isPresent(), "waarde", null, "a CSI score from 0 to 13");
        waarde().ifPresent(w -> c.range("waarde", w, 0, Drempels.CSI_MAX));
        c.require(csiItems().isEmpty() || csiItems().size() == score(), "csiItems", csiItems(),
            "as many items answered yes as the score (" + score() + ")");
        break;
      case EDIZ_PLUS:
        c.require(waarde().isPresent(), "waarde", null, "an EDIZ-plus score from 0 to 15");
        waarde().ifPresent(w -> c.range("waarde", w, 0, Drempels.EDIZ_PLUS_MAX));
        break;
      case EDIZ:
        c.require(waarde().isPresent(), "waarde", null, "an EDIZ score from 0 to 9");
        waarde().ifPresent(w -> c.range("waarde", w, 0, Drempels.EDIZ_MAX));
        break;
      case TIEN_MINUTENCHECK:
        c.require(signaalOverbelasting().isPresent(), "signaalOverbelasting", null,
            "true or false: the outcome of the 10-minutencheck");
        c.require(waarde().isEmpty(), "waarde", waarde().orElse(null), "no score: the 10-minutencheck has none");
        break;
      default:
        break;
    }
    if (instrument() != Instrument.TIEN_MINUTENCHECK) {
      c.require(signaalOverbelasting().isEmpty(), "signaalOverbelasting", signaalOverbelasting().orElse(null),
          "absent: only a 10-minutencheck has a signal");
    }
    if (instrument() != Instrument.CSI) {
      c.require(csiItems().isEmpty(), "csiItems", csiItems(), "no CSI items for " + instrument());
    }
    c.done();
  }

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A CSI measurement with {@code aantalJa} yes answers.
   *
   * @param aantalJa the number of yes answers, 0 to 13
   * @param datum the day of the measurement
   * @return the measurement
   */
  static Belastingmeting csi(int aantalJa, LocalDate datum) {
    return builder().instrument(Instrument.CSI).waarde(aantalJa).datum(datum).build();
  }

  /**
   * An EDIZ-plus measurement.
   *
   * @param waarde the EDIZ-plus score, 0 to 15
   * @param datum the day of the measurement
   * @return the measurement
   */
  static Belastingmeting edizPlus(int waarde, LocalDate datum) {
    return builder().instrument(Instrument.EDIZ_PLUS).waarde(waarde).datum(datum).build();
  }

  /** Builds a {@link Belastingmeting}. */
  final class Builder extends ImmutableBelastingmeting.Builder {}
}
