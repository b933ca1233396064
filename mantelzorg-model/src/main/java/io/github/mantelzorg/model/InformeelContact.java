package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * InformeelContact: a relative, friend, acquaintance or neighbour outside the care who may be willing to help
 * (Movisie 2013: they often want to but do not know how), and whether they have been asked.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInformeelContact.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableInformeelContact.class, using = JsonHost.Reader.class)
public interface InformeelContact extends Persoon, WithInformeelContact {
  @Override
  String id();

  @Override
  String naam();

  /**
   * Relationship to the zorgvrager, when known.
   *
   * @return the relationship, or empty when unknown
   */
  Optional<Relatie> relatie();

  /**
   * Has this person said they are willing to help?
   *
   * @return whether this person said they are willing to help; empty when unknown
   */
  Optional<Boolean> bereidOmTeHelpen();

  /**
   * Has this person been asked for help?
   *
   * @return whether this person has been asked; empty when unknown
   */
  Optional<Boolean> gevraagd();

  /** Checks the id. */
  @Value.Check
  default void check() {
    Checks.of("InformeelContact").printable("id", id()).printable("naam", naam()).done();
  }

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InformeelContact}. */
  final class Builder extends ImmutableInformeelContact.Builder {}
}
