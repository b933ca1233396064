package io.github.mantelzorg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Positionering: how the carer-support organisation of a partnership positions itself (MantelzorgNL, Werkboek 1): its
 * own role, its elevator pitches, its lobby plan, and the networks where carers are on the agenda and where it is at
 * the table.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePositionering.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutablePositionering.class, using = JsonHost.Reader.class)
public interface Positionering extends WithPositionering {
  /** Id of the carer-support organisation; must be a member of the partnership. */
  String organisatie();

  /** Its own role, once formulated. */
  Optional<OndersteunersRol> rol();

  /** Its pitches; absent means unknown unless {@link #geen()} says it has none. */
  List<ElevatorPitch> pitches();

  /** Its lobby plan; absent means unknown unless {@link #geen()} says there is none. */
  Optional<LobbyPlan> lobby();

  /** Existing local networks where carers are, or should be, on the agenda (absent or empty: none recorded). */
  Set<String> relevanteNetwerken();

  /** Networks where the organisation is at the table; absent means unknown unless {@link #geen()} says at none. */
  Set<String> aanTafelBij();

  /** The parts this record states are absent, as opposed to parts it does not mention (unknown). */
  Set<Onderdeel> geen();

  /** Onderdeel: a part of a positioning that a record can state to be absent. */
  enum Onderdeel {
    /** The organisation has no elevator pitch. */
    @JsonProperty("pitches") PITCHES,
    /** There is no lobby plan. */
    @JsonProperty("lobby") LOBBY,
    /** The organisation is at the table in no network. */
    @JsonProperty("aanTafelBij") AAN_TAFEL_BIJ
  }

  /** Is this part stated to be absent ({@link #geen()})? */
  default boolean geen(Onderdeel onderdeel) {
    return geen().contains(onderdeel);
  }

  /** Checks that a part stated absent is not given. */
  @Value.Check
  default void check() {
    Checks c = Checks.of("Positionering").printable("organisatie", organisatie());
    Checks.geen(c, geen(), java.util.Map.of(Onderdeel.PITCHES, !pitches().isEmpty(),
        Onderdeel.LOBBY, lobby().isPresent(), Onderdeel.AAN_TAFEL_BIJ, !aanTafelBij().isEmpty()));
    c.done();
  }

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
