package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * LobbyPlan: the answers to the seven questions of the stappenplan lokale lobby (MantelzorgNL, Werkboek 1): which body,
 * what should change, whom to approach, the message, allies, the moment and the means; plus whether the message is
 * backed by figures and by a carer's own story.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLobbyPlan.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableLobbyPlan.class, using = JsonHost.Reader.class)
public interface LobbyPlan extends WithLobbyPlan {
  /**
   * The body that should do more for carers.
   *
   * @return the body, or empty when not answered yet
   */
  Optional<String> instantie();

  /**
   * What should change there.
   *
   * @return what should change, or empty when not answered yet
   */
  Optional<String> watAnders();

  /**
   * Whom to approach.
   *
   * @return whom to approach, or empty when not answered yet
   */
  Optional<String> bijWie();

  /**
   * The message and its goal.
   *
   * @return the message, or empty when not answered yet
   */
  Optional<String> boodschap();

  /**
   * Allies (bondgenoten).
   *
   * @return the allies; empty when not answered yet
   */
  List<String> medestanders();

  /**
   * The moment chosen.
   *
   * @return the moment, or empty when not chosen yet
   */
  Optional<LobbyMoment> moment();

  /**
   * The means chosen.
   *
   * @return the means, or empty when not chosen yet
   */
  Optional<LobbyMiddel> middel();

  /**
   * Is the message supported with figures and signals?
   *
   * @return whether it is supported with figures and signals; empty when unknown
   */
  Optional<Boolean> onderbouwdMetCijfers();

  /**
   * Does a carer-expert's own story support it?
   *
   * @return whether an own story supports it; empty when unknown
   */
  Optional<Boolean> ervaringsverhaal();

  /**
   * Date of the next municipal elections, when relevant to timing.
   *
   * @return the date of the elections, or empty
   */
  Optional<LocalDate> verkiezingen();

  /**
   * The questions answered.
   *
   * @return the questions answered
   */
  default Set<LobbyVraag> beantwoord() {
    Set<LobbyVraag> s = EnumSet.noneOf(LobbyVraag.class);
    instantie().filter(t -> !t.isBlank()).ifPresent(t -> s.add(LobbyVraag.INSTANTIE));
    watAnders().filter(t -> !t.isBlank()).ifPresent(t -> s.add(LobbyVraag.WAT_ANDERS));
    bijWie().filter(t -> !t.isBlank()).ifPresent(t -> s.add(LobbyVraag.BIJ_WIE));
    boodschap().filter(t -> !t.isBlank()).ifPresent(t -> s.add(LobbyVraag.BOODSCHAP));
    if (!medestanders().isEmpty()) {
      s.add(LobbyVraag.MEDESTANDERS);
    }
    moment().ifPresent(m -> s.add(LobbyVraag.MOMENT));
    middel().ifPresent(m -> s.add(LobbyVraag.MIDDEL));
    return s;
  }

  /**
   * The questions not answered yet.
   *
   * @return the questions not answered yet
   */
  default Set<LobbyVraag> onbeantwoord() {
    Set<LobbyVraag> s = EnumSet.allOf(LobbyVraag.class);
    s.removeAll(beantwoord());
    return s;
  }

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LobbyPlan}. */
  final class Builder extends ImmutableLobbyPlan.Builder {}
}
