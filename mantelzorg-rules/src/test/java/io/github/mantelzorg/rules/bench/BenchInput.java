package io.github.mantelzorg.rules.bench;

import io.github.mantelzorg.model.Beroepskracht;
import io.github.mantelzorg.model.InformeelContact;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.Organisatie;
import io.github.mantelzorg.model.RespijtVoorziening;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Vrijwilliger;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.Zorgvrager;
import io.github.mantelzorg.model.testing.ModelArbitraries;
import io.github.mantelzorg.model.testing.Scenarios;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
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
        .zorgvrager(Zorgvrager.builder().from(n.zorgvrager()).build())
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
        // Volunteers are given now: a generated "there are none" would contradict them.
        .geen(basis.geen().stream().filter(o -> o != Zorgnetwerk.Onderdeel.VRIJWILLIGERS).toList())
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

  /**
   * {@code n} generated care networks for equivalence checks, the same for the same seed: 0-4 carers, 0-5
   * volunteers, 0-3 professionals, 0-3 informal contacts and 0-3 respite arrangements around one zorgvrager, with 3
   * or 4 organisations (so that every reference of the generated parts resolves), and "there are none" stated for
   * about half of the lists left empty. Assembled from the model's generators of the parts: sampling whole networks
   * ({@code ModelArbitraries.zorgnetwerken()}, whose sizes are drawn first) costs about 20 ms a network outside a
   * property, this a few.
   */
  public static List<Zorgnetwerk> netwerken(int n, long seed) {
    Random r = new Random(seed);
    int[][] aantallen = new int[n][];
    int[] totaal = new int[6];
    for (int i = 0; i < n; i++) {
      aantallen[i] = new int[] {r.nextInt(5), r.nextInt(6), r.nextInt(4), r.nextInt(4), r.nextInt(4), 3 + r.nextInt(2)};
      for (int k = 0; k < totaal.length; k++) {
        totaal[k] += aantallen[i][k];
      }
    }
    Iterator<Zorgvrager> zv = samples(ModelArbitraries.zorgvragers(), r, n).iterator();
    Iterator<Mantelzorger> mz = samples(ModelArbitraries.mantelzorgers(), r, totaal[0]).iterator();
    Iterator<Vrijwilliger> vw = samples(ModelArbitraries.vrijwilligers(), r, totaal[1]).iterator();
    Iterator<Beroepskracht> bk = samples(ModelArbitraries.beroepskrachten(), r, totaal[2]).iterator();
    Iterator<InformeelContact> ic = samples(ModelArbitraries.informeleContacten(), r, totaal[3]).iterator();
    Iterator<RespijtVoorziening> rz = samples(ModelArbitraries.respijtVoorzieningen(), r, totaal[4]).iterator();
    Iterator<Organisatie> org = samples(ModelArbitraries.organisaties(), r, totaal[5]).iterator();
    List<Zorgnetwerk> uit = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int[] a = aantallen[i];
      List<Zorgnetwerk.Onderdeel> geen = new ArrayList<>();
      if (a[1] == 0 && r.nextBoolean()) {
        geen.add(Zorgnetwerk.Onderdeel.VRIJWILLIGERS);
      }
      if (a[3] == 0 && r.nextBoolean()) {
        geen.add(Zorgnetwerk.Onderdeel.INFORMELE_CONTACTEN);
      }
      if (a[4] == 0 && r.nextBoolean()) {
        geen.add(Zorgnetwerk.Onderdeel.RESPIJT);
      }
      List<Organisatie> orgs = new ArrayList<>();
      for (int k = 0; k < a[5]; k++) {
        orgs.add(org.next().withId("org-" + (k + 1)).withErvaringsdeskundigen(List.of()));
      }
      Zorgnetwerk.Builder b = Zorgnetwerk.builder().id("net-" + seed + "-" + (i + 1)).zorgvrager(zv.next())
          .mantelzorgers(nummer(neem(mz, a[0]), "mz-", Mantelzorger::withId))
          .vrijwilligers(nummer(neem(vw, a[1]), "vw-", Vrijwilliger::withId))
          .beroepskrachten(nummer(neem(bk, a[2]), "bk-", Beroepskracht::withId))
          .informeleContacten(nummer(neem(ic, a[3]), "ic-", InformeelContact::withId))
          .respijt(neem(rz, a[4]))
          .organisaties(orgs)
          .geen(geen);
      if (r.nextInt(10) < 7) {
        b.gemeente("Leiden");
      }
      uit.add(b.build());
    }
    return uit;
  }

  private static <T> List<T> neem(Iterator<T> bron, int n) {
    List<T> l = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      l.add(bron.next());
    }
    return l;
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
