package io.github.mantelzorg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Organisatie: an organisation in the local social domain (gemeente, thuiszorg, welzijn, steunpunt, huisarts...),
 * with what the rules need to know of it: its vision on carer support, time for collaboration, use of the
 * 10-minutencheck, experts by experience and the support (draagvlak) for them, and its projects.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOrganisatie.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableOrganisatie.class, using = JsonHost.Reader.class)
public interface Organisatie extends WithOrganisatie {
  /**
   * Identifier, unique within the network or partnership.
   *
   * @return the id
   */
  String id();

  /**
   * Name.
   *
   * @return the name
   */
  String naam();

  /**
   * Type, when known.
   *
   * @return the type, or empty when unknown
   */
  Optional<OrganisatieType> type();

  /**
   * Municipality, when recorded.
   *
   * @return the municipality, or empty when not recorded
   */
  Optional<String> gemeente();

  /**
   * Does the organisation have its own vision on carer support (MantelzorgNL, Werkboek 1, step 2)?
   *
   * @return whether it has its own vision; empty when unknown
   */
  Optional<Boolean> heeftVisie();

  /**
   * Do its staff get time and room to invest in collaboration (Movisies 1, 2022)?
   *
   * @return whether its staff get time and room; empty when unknown
   */
  Optional<Boolean> medewerkersHebbenTijd();

  /**
   * Does it use the shared 10-minutencheck (Movisies 1, 2022, Leiden)?
   *
   * @return whether it uses the shared 10-minutencheck; empty when unknown
   */
  Optional<Boolean> gebruiktTienMinutenCheck();

  /**
   * Is it part of a lerend netwerk (Begeleiding à la carte 2020)?
   *
   * @return whether it is part of a lerend netwerk; empty when unknown
   */
  Optional<Boolean> inLerendNetwerk();

  /**
   * Experts by experience it deploys or is about to deploy; absent means unknown unless {@link #geen()} says none.
   *
   * @return the experts by experience
   */
  List<Ervaringsdeskundige> ervaringsdeskundigen();

  /**
   * Support for deploying experts by experience (Movisies 2, 2019), when known.
   *
   * @return the support, or empty when unknown
   */
  Optional<Draagvlak> draagvlak();

  /**
   * Is the practical embedding of the expert by experience planned (Movisies 2, 2019)?
   *
   * @return whether the embedding is planned; empty when unknown
   */
  Optional<Boolean> inbeddingErvaringsdeskundigeGepland();

  /**
   * Does the organisation want to improve the samenspel of clients, carers and staff?
   *
   * @return whether it wants to improve the samenspel; empty when unknown
   */
  Optional<Boolean> wilSamenspelVerbeteren();

  /**
   * The last Samenspelscan; absent means unknown unless {@link #geen()} says there was none.
   *
   * @return the last Samenspelscan, or empty
   */
  Optional<Samenspelscan> samenspelscan();

  /**
   * Improvement projects.
   *
   * @return the projects
   */
  List<Project> projecten();

  /**
   * The parts this record states are absent, as opposed to parts it does not mention (unknown).
   *
   * @return the parts stated absent
   */
  Set<Onderdeel> geen();

  /** Onderdeel: a part of an organisation that a record can state to be absent. */
  enum Onderdeel {
    /** It deploys no expert by experience. */
    @JsonProperty("ervaringsdeskundigen") ERVARINGSDESKUNDIGEN,
    /** It never ran a Samenspelscan. */
    @JsonProperty("samenspelscan") SAMENSPELSCAN
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

  /** Checks the id, and that a part stated absent is not given. */
  @Value.Check
  default void check() {
    Checks c = Checks.of("Organisatie").printable("id", id()).printable("naam", naam());
    Checks.geen(c, geen(), java.util.Map.of(Onderdeel.ERVARINGSDESKUNDIGEN, !ervaringsdeskundigen().isEmpty(),
        Onderdeel.SAMENSPELSCAN, samenspelscan().isPresent()));
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

  /** Builds an {@link Organisatie}. */
  final class Builder extends ImmutableOrganisatie.Builder {}
}
