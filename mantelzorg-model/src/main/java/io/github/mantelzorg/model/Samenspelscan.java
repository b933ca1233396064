package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Samenspelscan: a digital questionnaire in which clients, carers and staff say what they would like improved in
 * their collaboration (Movisie 2013). Its items are not published; the outcome is kept as wishes.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSamenspelscan.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableSamenspelscan.class, using = JsonHost.Reader.class)
public interface Samenspelscan extends WithSamenspelscan {
  /**
   * Day of the scan.
   *
   * @return the day of the scan
   */
  LocalDate datum();

  /**
   * Groups that responded.
   *
   * @return the groups that responded
   */
  Set<Respondent> respondenten();

  /**
   * Improvement wishes reported.
   *
   * @return the improvement wishes
   */
  List<String> verbeterwensen();

  /**
   * Have the wishes been followed up?
   *
   * @return whether the wishes have been followed up; empty when unknown
   */
  Optional<Boolean> opgevolgd();

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Samenspelscan}. */
  final class Builder extends ImmutableSamenspelscan.Builder {}
}
