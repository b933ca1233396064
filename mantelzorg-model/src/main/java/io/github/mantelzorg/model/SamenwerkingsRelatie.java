package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * SamenwerkingsRelatie: the collaboration with one partner organisation, rated on the participatieladder: the
 * current and the desired rung (MantelzorgNL, Werkboek 1), whether bottlenecks and wishes were explored, and whether
 * the partner is willing to commit.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSamenwerkingsRelatie.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableSamenwerkingsRelatie.class, using = JsonHost.Reader.class)
public interface SamenwerkingsRelatie extends WithSamenwerkingsRelatie {
  /**
   * Id of the partner organisation; must be a member or candidate of the partnership.
   *
   * @return the organisation's id
   */
  String organisatie();

  /**
   * Current rung.
   *
   * @return the current rung
   */
  ParticipatieTrede huidig();

  /**
   * Desired rung.
   *
   * @return the desired rung
   */
  ParticipatieTrede gewenst();

  /**
   * Known bottlenecks.
   *
   * @return the bottlenecks
   */
  Set<String> knelpunten();

  /**
   * Were bottlenecks, wishes and ambitions explored with the partner?
   *
   * @return whether they were explored with the partner; empty when unknown
   */
  Optional<Boolean> verkend();

  /**
   * Is the partner willing to commit ("samen de schouders eronder")?
   *
   * @return whether the partner is willing; empty when unknown
   */
  Optional<Boolean> bereidSchoudersEronder();

  /**
   * Desired minus current rung; positive when the collaboration should grow.
   *
   * @return the gap in rungs, negative when the desired rung is below the current one
   */
  default int gat() {
    return gewenst().nummer() - huidig().nummer();
  }

  /** Checks that the organisation reference is printable text. */
  @Value.Check
  default void check() {
    Checks.of("SamenwerkingsRelatie").printable("organisatie", organisatie()).done();
  }

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SamenwerkingsRelatie}. */
  final class Builder extends ImmutableSamenwerkingsRelatie.Builder {}
}
