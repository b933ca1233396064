package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * RespijtVoorziening: a form of respite care (temporary taking over of care so the carer gets a break) arranged for
 * this network: its form, who delivers it, how often, and whether it is in use.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRespijtVoorziening.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableRespijtVoorziening.class, using = JsonHost.Reader.class)
public interface RespijtVoorziening extends WithRespijtVoorziening {
  /**
   * Form of respite.
   *
   * @return the form
   */
  RespijtVorm vorm();

  /**
   * Who delivers it, when known.
   *
   * @return who delivers it, or empty when unknown
   */
  Optional<Uitvoerder> uitvoerder();

  /**
   * How often, when known.
   *
   * @return how often, or empty when unknown
   */
  Optional<RespijtFrequentie> frequentie();

  /**
   * Is it in use now (rather than only arranged or on a waiting list)?
   *
   * @return whether it is in use now; empty when unknown
   */
  Optional<Boolean> inGebruik();

  /**
   * Id of the delivering organisation, when known; must be one of the network's organisations.
   *
   * @return the organisation's id, or empty when unknown
   */
  Optional<String> organisatie();

  /** Checks that the organisation reference is printable text. */
  @Value.Check
  default void check() {
    Checks.of("RespijtVoorziening").printable("organisatie", organisatie()).done();
  }

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RespijtVoorziening}. */
  final class Builder extends ImmutableRespijtVoorziening.Builder {}
}
