package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** Beroepskracht: a paid professional in care or welfare (thuiszorg, huisarts, wijkteam, consulent...). */
@Value.Immutable
@JsonSerialize(as = ImmutableBeroepskracht.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableBeroepskracht.class, using = JsonHost.Reader.class)
public interface Beroepskracht extends Persoon, WithBeroepskracht {
  @Override
  String id();

  @Override
  String naam();

  /**
   * Id of the organisation the professional works for, when known; must be one of the network's organisations.
   *
   * @return the organisation's id, or empty when unknown
   */
  Optional<String> organisatie();

  /**
   * Discipline, e.g. "wijkverpleegkundige", when recorded.
   *
   * @return the discipline, or empty when not recorded
   */
  Optional<String> discipline();

  /**
   * Is this professional the carer's fixed contact person (aanspreekpunt)?
   *
   * @return whether this professional is the carer's fixed contact person; empty when unknown
   */
  Optional<Boolean> aanspreekpunt();

  /**
   * Tasks, as short lower-case words, used to find overlap with volunteers.
   *
   * @return the tasks
   */
  Set<String> taken();

  /** Checks the id. */
  @Value.Check
  default void check() {
    Checks.of("Beroepskracht").printable("id", id()).printable("naam", naam()).printable("organisatie", organisatie())
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

  /** Builds a {@link Beroepskracht}. */
  final class Builder extends ImmutableBeroepskracht.Builder {}
}
