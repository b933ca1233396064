package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Krachtenverdeling (ZRM-Krachtenwijzer): how the self-reliance on one ZRM domain is carried, in percentages of own
 * strength, the network and professional help, summing to 100.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableKrachtenverdeling.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableKrachtenverdeling.class, using = JsonHost.Reader.class)
public interface Krachtenverdeling extends WithKrachtenverdeling {
  /**
   * Share from the person's own strength, in percent.
   *
   * @return the share from own strength, 0 to 100
   */
  int eigenKracht();

  /**
   * Share from the social network (carers, volunteers), in percent.
   *
   * @return the share from the network, 0 to 100
   */
  int netwerk();

  /**
   * Share from professional help, in percent.
   *
   * @return the share from professional help, 0 to 100
   */
  int hulpverlening();

  /** Each share 0-100, together 100. */
  @Value.Check
  default void check() {
    Checks c = Checks.of("Krachtenverdeling")
        .range("eigenKracht", eigenKracht(), 0, 100)
        .range("netwerk", netwerk(), 0, 100)
        .range("hulpverlening", hulpverlening(), 0, 100);
    int som = eigenKracht() + netwerk() + hulpverlening();
    c.require(som == 100, "", som, "shares that add up to 100");
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

  /** Builds a {@link Krachtenverdeling}. */
  final class Builder extends ImmutableKrachtenverdeling.Builder {}
}
