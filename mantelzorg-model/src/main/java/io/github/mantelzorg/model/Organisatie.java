package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Organisatie: an organisation in the local social domain (gemeente, thuiszorg, welzijn, steunpunt, huisarts...),
 * with what the rules need to know of it: its vision on carer support, time for collaboration, use of the
 * 10-minutencheck, experts by experience and the support (draagvlak) for them, and its projects.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOrganisatie.class)
@JsonDeserialize(as = ImmutableOrganisatie.class)
public interface Organisatie extends WithOrganisatie {
  /** Identifier, unique within the network or partnership. */
  String id();

  /** Name. */
  String naam();

  /** Type. */
  OrganisatieType type();

  /** Municipality, when recorded. */
  Optional<String> gemeente();

  /** Does the organisation have its own vision on carer support (seed 004, step 2)? */
  @Value.Default
  default boolean heeftVisie() {
    return false;
  }

  /** Do its staff get time and room to invest in collaboration (seed 001)? */
  @Value.Default
  default boolean medewerkersHebbenTijd() {
    return true;
  }

  /** Does it use the shared 10-minutencheck (seed 001, Leiden)? */
  @Value.Default
  default boolean gebruiktTienMinutenCheck() {
    return false;
  }

  /** Is it part of a lerend netwerk (seed 003)? */
  @Value.Default
  default boolean inLerendNetwerk() {
    return false;
  }

  /** Experts by experience it deploys or is about to deploy. */
  List<Ervaringsdeskundige> ervaringsdeskundigen();

  /** Support for deploying experts by experience (seed 000), when known. */
  Optional<Draagvlak> draagvlak();

  /** Is the practical embedding of the expert by experience planned (seed 000)? */
  @Value.Default
  default boolean inbeddingErvaringsdeskundigeGepland() {
    return false;
  }

  /** Does the organisation want to improve the samenspel of clients, carers and staff? */
  @Value.Default
  default boolean wilSamenspelVerbeteren() {
    return false;
  }

  /** The last Samenspelscan, if any. */
  Optional<Samenspelscan> samenspelscan();

  /** Improvement projects. */
  List<Project> projecten();

  /** Checks the id. */
  @Value.Check
  default void check() {
    Checks.of("Organisatie").notBlank("id", id()).done();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organisatie}. */
  final class Builder extends ImmutableOrganisatie.Builder {}
}
