package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * MantelScan: the five-step mapping of a care network with client and carers (Expertisecentrum Mantelzorg, 2012):
 * which steps are done and, after step 5, the advice.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMantelScan.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableMantelScan.class, using = JsonHost.Reader.class)
public interface MantelScan extends WithMantelScan {
  /**
   * Day the scan started.
   *
   * @return the day the scan started
   */
  LocalDate datum();

  /**
   * Steps done.
   *
   * @return the steps done
   */
  Set<MantelScanStap> afgerond();

  /**
   * The advice of step 5; present when that step is done.
   *
   * @return the advice, or empty
   */
  Optional<String> advies();

  /** Step 5 done requires its advice. */
  @Value.Check
  default void check() {
    Checks.of("MantelScan")
        .require(!afgerond().contains(MantelScanStap.ADVIES) || advies().isPresent(), "advies", null,
            "the advice text when step ADVIES is done")
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

  /** Builds a {@link MantelScan}. */
  final class Builder extends ImmutableMantelScan.Builder {}
}
