package io.github.mantelzorg.rules.feiten;

import io.github.mantelzorg.model.Beroepskracht;
import io.github.mantelzorg.model.Vrijwilliger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Taakoverlap: the tasks each volunteer of a network shares with its professionals, and with whom (WF-05, "langs
 * elkaar heen"). A pure function for the inference rule, computed once per network with sets: every professional's
 * task goes once into an index from task to the professionals who do it, and every volunteer's task is looked up once.
 * Tasks are compared trimmed and in lower case.
 *
 * <p>The work is linear in the number of tasks of the document, plus the pairs volunteer-professional it reports:
 * each task is normalised and looked up once, and each task a volunteer shares merges the set of professionals who do
 * it, a bit set of at most ceil(professionals / 64) words (16 under the default limit of 1,000 persons per network).
 * {@link #stappen()} counts that work (tasks normalised, look-ups, words merged, professionals reported), so that a
 * test can show the bound on a generated worst case without measuring time. The earlier rule compared every task of
 * every volunteer with every task of every professional: 300 volunteers and 300 professionals with 1,000 tasks each
 * took minutes.
 */
public final class Taakoverlap {
  private static final SortedSet<String> GEEN_TAKEN = java.util.Collections.unmodifiableSortedSet(new TreeSet<>());

  private final Map<String, SortedSet<String>> taken;
  private final Map<String, List<String>> beroepskrachten;
  private final long stappen;

  private Taakoverlap(Map<String, SortedSet<String>> taken, Map<String, List<String>> beroepskrachten, long stappen) {
    this.taken = taken;
    this.beroepskrachten = beroepskrachten;
    this.stappen = stappen;
  }

  /**
   * A task as it is compared: trimmed, in lower case.
   *
   * @param taak the task
   * @return the task as compared
   */
  public static String normaliseer(String taak) {
    return taak.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * The overlap of each of {@code vrijwilligers} with {@code beroepskrachten}.
   *
   * @param vrijwilligers the volunteers
   * @param beroepskrachten the professionals
   * @return the overlap
   */
  public static Taakoverlap van(Collection<Vrijwilliger> vrijwilligers, Collection<Beroepskracht> beroepskrachten) {
    long stappen = 0;
    List<String> ids = new ArrayList<>(beroepskrachten.size());
    Map<String, BitSet> doenDit = new HashMap<>();
    for (Beroepskracht b : beroepskrachten) {
      int i = ids.size();
      ids.add(b.id());
      for (String t : b.taken()) {
        doenDit.computeIfAbsent(normaliseer(t), k -> new BitSet()).set(i);
        stappen++;
      }
    }
    Map<String, SortedSet<String>> taken = new HashMap<>();
    Map<String, List<String>> met = new HashMap<>();
    for (Vrijwilliger v : vrijwilligers) {
      SortedSet<String> gedeeld = new TreeSet<>();
      BitSet wie = new BitSet(ids.size());
      for (String t : v.taken()) {
        String n = normaliseer(t);
        BitSet b = doenDit.get(n);
        stappen++;
        if (b != null) {
          gedeeld.add(n);
          wie.or(b);
          stappen += (b.length() + 63) / 64;
        }
      }
      if (!gedeeld.isEmpty()) {
        List<String> l = new ArrayList<>(wie.cardinality());
        for (int i = wie.nextSetBit(0); i >= 0; i = wie.nextSetBit(i + 1)) {
          l.add(ids.get(i));
          stappen++;
        }
        taken.put(v.id(), java.util.Collections.unmodifiableSortedSet(gedeeld));
        met.put(v.id(), List.copyOf(l));
      }
    }
    return new Taakoverlap(taken, met, stappen);
  }

  /**
   * The tasks this volunteer shares with a professional, normalised and sorted; empty when none.
   *
   * @param vrijwilliger the volunteer's id
   * @return the shared tasks
   */
  public SortedSet<String> taken(String vrijwilliger) {
    return taken.getOrDefault(vrijwilliger, GEEN_TAKEN);
  }

  /**
   * The ids of the professionals who do a task of this volunteer; empty when none.
   *
   * @param vrijwilliger the volunteer's id
   * @return the professionals' ids
   */
  public List<String> beroepskrachten(String vrijwilliger) {
    return beroepskrachten.getOrDefault(vrijwilliger, List.of());
  }

  /**
   * The work done, in steps (see the class comment).
   *
   * @return the number of steps
   */
  public long stappen() {
    return stappen;
  }
}
