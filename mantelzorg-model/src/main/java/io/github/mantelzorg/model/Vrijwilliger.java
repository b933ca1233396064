package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Vrijwilliger: a volunteer in the team around client and carer ("vrijwillig maar niet vrijblijvend", Movisie 2013),
 * with their tasks and the WIFA profile of how they are worked with.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVrijwilliger.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableVrijwilliger.class, using = JsonHost.Reader.class)
public interface Vrijwilliger extends Persoon, WithVrijwilliger {
  @Override
  String id();

  @Override
  String naam();

  /**
   * Id of the organisation the volunteer works through, if any.
   *
   * @return the organisation's id, or empty
   */
  Optional<String> organisatie();

  /**
   * Tasks, as short lower-case words (e.g. "boodschappen"), used to find overlap with professionals.
   *
   * @return the tasks
   */
  Set<String> taken();

  /**
   * Is the volunteer a netwerkcoach of Een Sterk Sociaal Netwerk?
   *
   * @return whether the volunteer is a netwerkcoach; empty when unknown
   */
  Optional<Boolean> netwerkcoach();

  /**
   * WIFA profile, when assessed.
   *
   * @return the WIFA profile, or empty when not assessed
   */
  Optional<WifaProfiel> wifa();

  /**
   * Does this volunteer share a task with {@code andereTaken} (compared case-insensitively)?
   *
   * @param andereTaken the other tasks
   * @return whether a task is shared
   */
  default boolean deeltTaakMet(Collection<String> andereTaken) {
    for (String t : taken()) {
      for (String a : andereTaken) {
        if (t.trim().equalsIgnoreCase(a.trim())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Checks the id. */
  @Value.Check
  default void check() {
    Checks.of("Vrijwilliger").printable("id", id()).printable("naam", naam()).printable("organisatie", organisatie())
        .done();
  }

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Vrijwilliger}. */
  final class Builder extends ImmutableVrijwilliger.Builder {}
}
