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
  /**
   * Id of the carer-support organisation; must be a member of the partnership.
   *
   * @return the organisation's id
   */
  String organisatie();

  /**
   * Its own role, once formulated.
   *
   * @return the role, or empty when not formulated yet
   */
  Optional<OndersteunersRol> rol();

  /**
   * Its pitches; absent means unknown unless {@link #geen()} says it has none.
   *
   * @return the pitches
   */
  List<ElevatorPitch> pitches();

  /**
   * Its lobby plan; absent means unknown unless {@link #geen()} says there is none.
   *
   * @return the lobby plan, or empty
   */
  Optional<LobbyPlan> lobby();

  /**
   * Existing local networks where carers are, or should be, on the agenda (absent or empty: none recorded).
   *
   * @return the networks
   */
  Set<String> relevanteNetwerken();

  /**
   * Networks where the organisation is at the table; absent means unknown unless {@link #geen()} says at none.
   *
   * @return the networks
   */
  Set<String> aanTafelBij();

  /**
   * The parts this record states are absent, as opposed to parts it does not mention (unknown).
   *
   * @return the parts stated absent
   */
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

  /**
   * Is this part stated to be absent ({@link #geen()})?
   *
   * @param onderdeel the part
   * @return whether {@link #geen()} holds it
   */
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

  /**
   * Relevant networks where it is not at the table.
   *
   * @return those networks
   */
  default Set<String> nietAanTafel() {
    Set<String> s = new java.util.TreeSet<>(relevanteNetwerken());
    s.removeAll(aanTafelBij());
    return s;
  }

  /**
   * Is there a pitch that answers all four questions?
   *
   * @return whether there is such a pitch
   */
  default boolean heeftVolledigePitch() {
    return pitches().stream().anyMatch(ElevatorPitch::volledig);
  }

  /**
   * Number of different audiences with a pitch.
   *
   * @return the number of audiences
   */
  default long aantalDoelgroepen() {
    return pitches().stream().map(ElevatorPitch::doelgroep).distinct().count();
  }

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Positionering}. */
  final class Builder extends ImmutablePositionering.Builder {}
}
