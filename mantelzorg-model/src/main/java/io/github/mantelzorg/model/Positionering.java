package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Positionering: how the carer-support organisation of a partnership positions itself (seed 004): its own role,
 * its elevator pitches, its lobby plan, and the networks where carers are on the agenda and where it is at the table.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePositionering.class)
@JsonDeserialize(as = ImmutablePositionering.class)
public interface Positionering extends WithPositionering {
  /** Id of the carer-support organisation; must be a member of the partnership. */
  String organisatie();

  /** Its own role, once formulated. */
  Optional<OndersteunersRol> rol();

  /** Its pitches. */
  List<ElevatorPitch> pitches();

  /** Its lobby plan, if any. */
  Optional<LobbyPlan> lobby();

  /** Existing local networks where carers are, or should be, on the agenda. */
  Set<String> relevanteNetwerken();

  /** Networks where the organisation is at the table. */
  Set<String> aanTafelBij();

  /** Relevant networks where it is not at the table. */
  default Set<String> nietAanTafel() {
    Set<String> s = new java.util.TreeSet<>(relevanteNetwerken());
    s.removeAll(aanTafelBij());
    return s;
  }

  /** Is there a pitch that answers all four questions? */
  default boolean heeftVolledigePitch() {
    return pitches().stream().anyMatch(ElevatorPitch::volledig);
  }

  /** Number of different audiences with a pitch. */
  default long aantalDoelgroepen() {
    return pitches().stream().map(ElevatorPitch::doelgroep).distinct().count();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Positionering}. */
  final class Builder extends ImmutablePositionering.Builder {}
}
