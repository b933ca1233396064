package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * SofaProfiel: how the professionals around a carer work with them along the four SOFA roles (Movisie 2013), and the
 * sourced practice items: involved in the zorgplan, a fixed contact person, wishes and limits discussed, living far
 * away. Every field is unknown until stated (left out).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSofaProfiel.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableSofaProfiel.class, using = JsonHost.Reader.class)
public interface SofaProfiel extends WithSofaProfiel {
  /**
   * Day of the assessment, when recorded.
   *
   * @return the day, or empty when not recorded
   */
  Optional<LocalDate> datum();

  /**
   * Contact moment the assessment belongs to.
   *
   * @return the contact moment, or empty when unknown
   */
  Optional<ContactMoment> moment();

  /**
   * Attention for the carer as partner in care.
   *
   * @return the attention, or empty when not assessed
   */
  Optional<Aandacht> samenwerken();

  /**
   * Attention for the carer as someone who needs support.
   *
   * @return the attention, or empty when not assessed
   */
  Optional<Aandacht> ondersteunen();

  /**
   * Attention for the carer's personal relationship with the cared-for.
   *
   * @return the attention, or empty when not assessed
   */
  Optional<Aandacht> faciliteren();

  /**
   * Attention for the carer as expert.
   *
   * @return the attention, or empty when not assessed
   */
  Optional<Aandacht> afstemmen();

  /**
   * Is the carer involved in drawing up the zorgplan?
   *
   * @return whether the carer is involved; empty when unknown
   */
  Optional<Boolean> betrokkenBijZorgplan();

  /**
   * Does the carer have a fixed, reachable contact person?
   *
   * @return whether the carer has a fixed contact person; empty when unknown
   */
  Optional<Boolean> vastAanspreekpunt();

  /**
   * Have the carer's wishes and limits been discussed?
   *
   * @return whether the carer's wishes and limits have been discussed; empty when unknown
   */
  Optional<Boolean> wensenEnGrenzenBesproken();

  /**
   * Does the carer live far away from the cared-for?
   *
   * @return whether the carer lives far away; empty when unknown
   */
  Optional<Boolean> woontOpAfstand();

  /**
   * The attention for one role.
   *
   * @param rol the role
   * @return the attention, or empty when not assessed
   */
  default Optional<Aandacht> aandacht(SofaRol rol) {
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

  /**
   * Number of roles with attention {@link Aandacht#VOLDOENDE}.
   *
   * @return the number of roles, 0 to 4
   */
  default int aantalVoldoende() {
    int n = 0;
    for (SofaRol r : SofaRol.values()) {
      if (aandacht(r).equals(Optional.of(Aandacht.VOLDOENDE))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Number of roles not assessed (attention unknown).
   *
   * @return the number of roles, 0 to 4
   */
  default int aantalOnbekend() {
    int n = 0;
    for (SofaRol r : SofaRol.values()) {
      if (aandacht(r).isEmpty()) {
        n++;
      }
    }
    return n;
  }

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SofaProfiel}. */
  final class Builder extends ImmutableSofaProfiel.Builder {}
}
