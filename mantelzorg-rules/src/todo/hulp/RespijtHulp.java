package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.model.RespijtVorm;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Helpers for the respite rules (respijt.drl). The order of a DRL {@code accumulate} result is not the order of the
 * input, so these helpers sort, keeping explanations the same from run to run.
 */
public final class RespijtHulp {
  private RespijtHulp() {}

  /**
   * Forms of respite (a DRL {@code collectList} of {@link RespijtVorm}) in the words care workers use, e.g.
   * {@code logeerzorg}, {@code respijt thuis}; each form once, in the order of {@link RespijtVorm}.
   */
  public static List<String> vormen(Collection<?> vormen) {
    Set<RespijtVorm> set = EnumSet.noneOf(RespijtVorm.class);
    vormen.forEach(o -> set.add((RespijtVorm) o));
    List<String> uit = new ArrayList<>();
    set.forEach(v -> uit.add(v.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    return uit;
  }

  /** Texts (e.g. goal descriptions from a DRL {@code collectList}), each once, sorted alphabetically. */
  public static List<String> gesorteerd(Collection<?> teksten) {
    Set<String> set = new TreeSet<>();
    teksten.forEach(o -> set.add(String.valueOf(o)));
    return new ArrayList<>(set);
  }
}
