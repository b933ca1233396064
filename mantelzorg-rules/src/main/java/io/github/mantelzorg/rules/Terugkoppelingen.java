package io.github.mantelzorg.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The feedback that counts on one evaluation date, by card (the first half of the id: code and subject), and what it
 * does to a card: a dismissal of the same id leaves the card out; any other newest feedback rides along as a note.
 * Feedback dated after the evaluation date does not count. The choice never depends on the order of the list.
 */
final class Terugkoppelingen {
  static final Terugkoppelingen GEEN = new Terugkoppelingen(Map.of());

  private final Map<String, List<Terugkoppeling>> perKaart;

  private Terugkoppelingen(Map<String, List<Terugkoppeling>> perKaart) {
    this.perKaart = perKaart;
  }

  static Terugkoppelingen tot(LocalDate peildatum, List<Terugkoppeling> lijst) {
    Objects.requireNonNull(lijst, "terugkoppelingen must not be null");
    if (lijst.isEmpty()) {
      return GEEN;
    }
    Map<String, List<Terugkoppeling>> m = new HashMap<>();
    for (Terugkoppeling t : lijst) {
      Objects.requireNonNull(t, "a terugkoppeling in the list is null");
      if (!t.datum().isAfter(peildatum)) {
        m.computeIfAbsent(t.kaart(), k -> new ArrayList<>(1)).add(t);
      }
    }
    return new Terugkoppelingen(m);
  }

  /**
   * The feedback that counts for the card with this id: the newest. On the same day, feedback on these facts wins over
   * feedback on other facts, and a taking up over a dismissal (when in doubt the card is shown); what is left of a tie
   * is broken by reason, comment and who, so that the answer never depends on the order of the list.
   */
  Optional<Terugkoppeling> voor(String id) {
    List<Terugkoppeling> l = perKaart.get(id.substring(0, 8));
    if (l == null) {
      return Optional.empty();
    }
    Comparator<Terugkoppeling> beste = Comparator.comparing(Terugkoppeling::datum).reversed()
        .thenComparing(t -> !t.id().equals(id))
        .thenComparing(Terugkoppeling::status)
        .thenComparing(t -> t.reden().map(Enum::ordinal).orElse(-1))
        .thenComparing(t -> t.toelichting().orElse(""))
        .thenComparing(t -> t.door().orElse(""))
        .thenComparing(Terugkoppeling::id);
    return l.stream().min(beste);
  }

  /** Does this feedback leave the card out: a dismissal of exactly these facts? */
  static boolean laatWeg(Advies a, Terugkoppeling t) {
    return t.status() == Terugkoppeling.Status.AFGEWEZEN && t.id().equals(a.id());
  }
}
