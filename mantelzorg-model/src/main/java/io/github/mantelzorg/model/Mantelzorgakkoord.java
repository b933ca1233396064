package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * Mantelzorgakkoord: an agreement of municipalities and local organisations to work together for carers (Movisies 1,
 * 2022: Land van Cuijk, five municipalities and about 25 organisations).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMantelzorgakkoord.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableMantelzorgakkoord.class, using = JsonHost.Reader.class)
public interface Mantelzorgakkoord extends WithMantelzorgakkoord {
  /**
   * Day of signing.
   *
   * @return the day of signing
   */
  LocalDate datum();

  /**
   * Ids of the signing organisations; each must be a member or candidate of the partnership.
   *
   * @return the ids of the signing organisations
   */
  List<String> ondertekenaars();

  /** Checks that every signatory reference is printable text. */
  @Value.Check
  default void check() {
    Checks.of("Mantelzorgakkoord").printable("ondertekenaars", ondertekenaars()).done();
  }

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Mantelzorgakkoord}. */
  final class Builder extends ImmutableMantelzorgakkoord.Builder {}
}
