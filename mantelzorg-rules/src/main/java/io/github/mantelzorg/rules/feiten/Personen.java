package io.github.mantelzorg.rules.feiten;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A fact value that is a list of persons or organisations, by id: the text layer shows their names (sorted, and at
 * most a handful then "and n more"), so that facts carry ids and only the text layer makes words.
 *
 * @param ids the ids, sorted
 */
public record Personen(List<String> ids) {
  /**
   * Sorts and copies.
   *
   * @param ids the ids, in any order
   */
  public Personen {
    List<String> l = new ArrayList<>(ids);
    java.util.Collections.sort(l);
    ids = List.copyOf(l);
  }

  /**
   * Persons by id.
   *
   * @param ids the ids, in any order
   * @return the fact value
   */
  public static Personen van(Collection<String> ids) {
    return new Personen(List.copyOf(ids));
  }
}
