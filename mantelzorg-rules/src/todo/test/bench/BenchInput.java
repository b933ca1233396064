package io.github.mantelzorg.rules.bench;

import io.github.mantelzorg.model.Beroepskracht;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.Organisatie;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Vrijwilliger;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.testing.ModelArbitraries;
import io.github.mantelzorg.model.testing.Scenarios;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.engine.SourceOfRandomness;

/**
 * The inputs of the benchmarks, the same in every run: the typical network (S1), a large network (10 mantelzorgers,
 * 20 vrijwilligers, 15 beroepskrachten) and a partnership of 25 organisations, built from the model's jqwik
 * generators with fixed seeds.
 */
public final class BenchInput {
  /** The evaluation date of every benchmark. */
  public static final LocalDate PEILDATUM = Scenarios.PEILDATUM;

  private BenchInput() {}

  /** S1: a son caring for his father with dementia (the typical network). */
  public static Zorgnetwerk typisch() {
    return Scenarios.s1();
  }

  /**
   * A deep copy of the network, zorgvrager and carers: equal to {@code n} but new instances, so the values the model
   * caches per instance ({@code @Value.Lazy}: newest measurement per instrument, overbelast, ...) are computed again,
   * as for every record of a batch. Costs what building those values costs (see {@code AdviesBench.versKopie}).
   */
  public static Zorgnetwerk vers(Zorgnetwerk n) {
    List<Mantelzorger> ms = new ArrayList<>(n.mantelzorgers().size());
    for (Mantelzorger m : n.mantelzorgers()) {
      ms.add(Mantelzorger.builder().from(m).build());
    }
    return Zorgnetwerk.builder().from(n)
        .zorgvrager(io.github.mantelzorg.model.Zorgvrager.builder().from(n.zorgvrager()).build())
        .mantelzorgers(ms)
        .build();
  }

  /** 10 mantelzorgers, 20 vrijwilligers, 15 beroepskrachten around one zorgvrager, with 3 or 4 organisations. */
  public static Zorgnetwerk groot() {
    return groot(42L);
  }

  /** A large network from its own seed (different seeds give different networks of the same size). */
  public static Zorgnetwerk groot(long seed) {
    Random r = new Random(seed);
    Zorgnetwerk basis;
    do {
      basis = sample(ModelArbitraries.zorgnetwerken(), r);
    } while (basis.organisaties().size() < 3);
    return Zorgnetwerk.builder().from(basis)
        .mantelzorgers(nummer(samples(ModelArbitraries.mantelzorgers(), r, 10), "mz-", Mantelzorger::withId))
        .vrijwilligers(nummer(samples(ModelArbitraries.vrijwilligers(), r, 20), "vw-", Vrijwilliger::withId))
        .beroepskrachten(nummer(samples(ModelArbitraries.beroepskrachten(), r, 15), "bk-", Beroepskracht::withId))
        .build();
  }

  /** A partnership with 25 member organisations. */
  public static Samenwerkingsverband verband25() {
    Random r = new Random(7L);
    Samenwerkingsverband basis = sample(ModelArbitraries.samenwerkingsverbanden(), r);
    int extra = 25 - basis.leden().size();
    List<Organisatie> orgs = samples(ModelArbitraries.organisaties(), r, extra);
    Samenwerkingsverband.Builder b = Samenwerkingsverband.builder().from(basis);
    for (int i = 0; i < extra; i++) {
      Organisatie o = orgs.get(i);
      String id = "bench-org-" + (i + 1);
      b.addLeden(o.withId(id).withErvaringsdeskundigen(List.of()));
    }
    Samenwerkingsverband v = b.build();
    if (v.leden().size() != 25) {
      throw new IllegalStateException("expected 25 members, got " + v.leden().size());
    }
    return v;
  }

  /** {@code n} generated care networks (0-4 carers, 0-5 volunteers, ...) for equivalence checks. */
  public static List<Zorgnetwerk> netwerken(int n, long seed) {
    return samples(ModelArbitraries.zorgnetwerken(), new Random(seed), n);
  }

  static <T> T sample(Arbitrary<T> a, Random r) {
    return samples(a, r, 1).get(0);
  }

  /** Samples outside a jqwik property, reproducibly: jqwik's per-thread randomness is seeded from {@code r}. */
  static <T> List<T> samples(Arbitrary<T> a, Random r, int n) {
    SourceOfRandomness.create(Long.toString(r.nextLong()));
    return a.sampleStream().limit(n).collect(Collectors.toList());
  }

  private static <T> List<T> nummer(List<T> items, String prefix, BiFunction<T, String, T> withId) {
    List<T> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(withId.apply(items.get(i), prefix + (i + 1)));
    }
    return out;
  }
}
