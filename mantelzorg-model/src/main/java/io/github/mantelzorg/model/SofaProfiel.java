package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * SofaProfiel: how the professionals around a carer work with them along the four SOFA roles (seed 002), and the
 * sourced practice items: involved in the zorgplan, a fixed contact person, wishes and limits discussed, living far
 * away. The attention per role is {@link Aandacht#ONBEKEND} until assessed.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSofaProfiel.class)
@JsonDeserialize(as = ImmutableSofaProfiel.class)
public interface SofaProfiel extends WithSofaProfiel {
  /** Day of the assessment, when recorded. */
  Optional<LocalDate> datum();

  /** Contact moment the assessment belongs to. */
  @Value.Default
  default ContactMoment moment() {
    return ContactMoment.DAGELIJKSE_PRAKTIJK;
  }

  /** Attention for the carer as partner in care. */
  @Value.Default
  default Aandacht samenwerken() {
    return Aandacht.ONBEKEND;
  }

  /** Attention for the carer as someone who needs support. */
  @Value.Default
  default Aandacht ondersteunen() {
    return Aandacht.ONBEKEND;
  }

  /** Attention for the carer's personal relationship with the cared-for. */
  @Value.Default
  default Aandacht faciliteren() {
    return Aandacht.ONBEKEND;
  }

  /** Attention for the carer as expert. */
  @Value.Default
  default Aandacht afstemmen() {
    return Aandacht.ONBEKEND;
  }

  /** Is the carer involved in drawing up the zorgplan? */
  @Value.Default
  default boolean betrokkenBijZorgplan() {
    return false;
  }

  /** Does the carer have a fixed, reachable contact person? */
  @Value.Default
  default boolean vastAanspreekpunt() {
    return false;
  }

  /** Have the carer's wishes and limits been discussed? */
  @Value.Default
  default boolean wensenEnGrenzenBesproken() {
    return false;
  }

  /** Does the carer live far away from the cared-for? */
  @Value.Default
  default boolean woontOpAfstand() {
    return false;
  }

  /** The attention for one role. */
  default Aandacht aandacht(SofaRol rol) {
    switch (rol) {
      case SAMENWERKEN:
        return samenwerken();
      case ONDERSTEUNEN:
        return ondersteunen();
      case FACILITEREN:
        return faciliteren();
      default:
        return afstemmen();
    }
  }

  /** Number of roles with attention {@link Aandacht#VOLDOENDE}. */
  default int aantalVoldoende() {
    int n = 0;
    for (SofaRol r : SofaRol.values()) {
      if (aandacht(r) == Aandacht.VOLDOENDE) {
        n++;
      }
    }
    return n;
  }

  /** Number of roles with attention {@link Aandacht#ONBEKEND}. */
  default int aantalOnbekend() {
    int n = 0;
    for (SofaRol r : SofaRol.values()) {
      if (aandacht(r) == Aandacht.ONBEKEND) {
        n++;
      }
    }
    return n;
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SofaProfiel}. */
  final class Builder extends ImmutableSofaProfiel.Builder {}
}
