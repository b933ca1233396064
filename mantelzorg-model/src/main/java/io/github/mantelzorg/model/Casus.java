package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Casus: one record to advise on: one or more care networks, a partnership, or both. With both, the combined rules
 * join each network to the partnership of its municipality. This is also the shape of one line of a JSON Lines
 * caseload.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCasus.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableCasus.class, using = JsonHost.Reader.class)
public interface Casus extends WithCasus {
  /**
   * Care networks.
   *
   * @return the care networks
   */
  List<Zorgnetwerk> zorgnetwerken();

  /**
   * The partnership, if any.
   *
   * @return the partnership, or empty when the case has none
   */
  Optional<Samenwerkingsverband> samenwerkingsverband();

  /**
   * A case needs at least one network or a partnership; in a case an id denotes one thing: network ids are unique,
   * the partnership's id is used by nothing else, and an id that recurs names the same person (same name) or the
   * same organisation (same name, and same type where stated) every time. Every clash is reported, with the path of
   * the id's first use.
   */
  @Value.Check
  default void check() {
    Checks c = Checks.of("Casus")
        .require(!zorgnetwerken().isEmpty() || samenwerkingsverband().isPresent(), "", "{}",
            "at least one of zorgnetwerken, samenwerkingsverband");
    CasusIds.clashes(zorgnetwerken(), samenwerkingsverband(), i -> "zorgnetwerken[" + i + "].", "samenwerkingsverband.")
        .forEach(c::add);
    c.done();
  }

  /**
   * A case of one network.
   *
   * @param netwerk the care network
   * @return the case
   */
  static Casus of(Zorgnetwerk netwerk) {
    return builder().addZorgnetwerken(netwerk).build();
  }

  /**
   * A case of one partnership.
   *
   * @param verband the partnership
   * @return the case
   */
  static Casus of(Samenwerkingsverband verband) {
    return builder().samenwerkingsverband(verband).build();
  }

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Casus}. */
  final class Builder extends ImmutableCasus.Builder {}
}
