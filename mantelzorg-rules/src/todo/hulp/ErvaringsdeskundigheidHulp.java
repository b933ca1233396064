package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.model.Ervaringsdeskundige;
import java.util.List;
import java.util.stream.Collectors;

/** Helpers for the rules on experts by experience and learning networks (ervaringsdeskundigheid.drl). */
public final class ErvaringsdeskundigheidHulp {
  private ErvaringsdeskundigheidHulp() {}

  /**
   * The names of experts by experience, so the explanation names the people concerned rather than a count.
   *
   * @param eds the experts
   * @return their names, in list order
   */
  public static List<String> namen(List<Ervaringsdeskundige> eds) {
    return eds.stream().map(Ervaringsdeskundige::naam).collect(Collectors.toList());
  }
}
