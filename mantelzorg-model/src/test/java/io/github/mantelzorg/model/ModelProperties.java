package io.github.mantelzorg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mantelzorg.model.testing.ModelArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Properties of the model: JSON round trips, range checks that name the field, and complete error reports. */
class ModelProperties {
  private static final Json JSON = Json.create();
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final LocalDate DAG = LocalDate.of(2025, 3, 1);

  // ------------------------------------------------------------------------------------------------------------
  // Round trips
  // ------------------------------------------------------------------------------------------------------------

  @Provide
  Arbitrary<Zorgnetwerk> netwerken() {
    return ModelArbitraries.zorgnetwerken();
  }

  @Provide
  Arbitrary<Samenwerkingsverband> verbanden() {
    return ModelArbitraries.samenwerkingsverbanden();
  }

  @Provide
  Arbitrary<Casus> casussen() {
    return ModelArbitraries.casussen();
  }

  @Property(tries = 200)
  void zorgnetwerkRoundTrip(@ForAll("netwerken") Zorgnetwerk netwerk) {
    String pretty = JSON.write(netwerk);
    String line = JSON.writeLine(netwerk);
    assertThat(JSON.readZorgnetwerk(pretty)).isEqualTo(netwerk);
    assertThat(JSON.readZorgnetwerk(line)).isEqualTo(netwerk);
    assertThat(line).doesNotContain("\n");
    assertThat(JSON.write(JSON.readZorgnetwerk(pretty))).isEqualTo(pretty);
    assertThat(JSON.readCasus(line)).isEqualTo(Casus.of(netwerk));
  }

  @Property(tries = 200)
  void samenwerkingsverbandRoundTrip(@ForAll("verbanden") Samenwerkingsverband verband) {
    String pretty = JSON.write(verband);
    String line = JSON.writeLine(verband);
    assertThat(JSON.readSamenwerkingsverband(pretty)).isEqualTo(verband);
    assertThat(JSON.readSamenwerkingsverband(line)).isEqualTo(verband);
    assertThat(line).doesNotContain("\n");
    assertThat(JSON.write(JSON.readSamenwerkingsverband(pretty))).isEqualTo(pretty);
    assertThat(JSON.readCasus(line)).isEqualTo(Casus.of(verband));
  }

  @Property(tries = 100)
  void casusRoundTrip(@ForAll("casussen") Casus casus) {
    String pretty = JSON.write(casus);
    String line = JSON.writeLine(casus);
    assertThat(JSON.readCasus(pretty)).isEqualTo(casus);
    assertThat(JSON.readCasus(line)).isEqualTo(casus);
    assertThat(line).doesNotContain("\n");
    assertThat(JSON.write(JSON.readCasus(pretty))).isEqualTo(pretty);
  }

  @Property(tries = 200)
  void copiesWithTheSameContentAreEqual(@ForAll("netwerken") Zorgnetwerk netwerk) {
    Zorgnetwerk kopie = Zorgnetwerk.builder().from(netwerk).build();
    assertThat(kopie).isEqualTo(netwerk).hasSameHashCodeAs(netwerk);
    assertThat(netwerk.withId(netwerk.id())).isEqualTo(netwerk);
  }

  // ------------------------------------------------------------------------------------------------------------
  // Out-of-range values, built in Java
  // ------------------------------------------------------------------------------------------------------------

  @Provide
  Arbitrary<Integer> csiTeHoog() {
    return Arbitraries.oneOf(Arbitraries.integers().between(14, 100), Arbitraries.just(-1));
  }

  @Property(tries = 200)
  void csiOutOfRangeIsRejected(@ForAll("csiTeHoog") int waarde) {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> Belastingmeting.builder().instrument(Instrument.CSI).datum(DAG).waarde(waarde).build());
    assertOneProblem(e, "waarde", Integer.toString(waarde), "an integer from 0 to 13");
  }

  @Property(tries = 100)
  void edizPlusOutOfRangeIsRejected(@ForAll @IntRange(min = 16, max = 1000) int waarde) {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> Belastingmeting.edizPlus(waarde, DAG));
    assertOneProblem(e, "waarde", Integer.toString(waarde), "an integer from 0 to 15");
  }

  @Property(tries = 100)
  void edizOutOfRangeIsRejected(@ForAll @IntRange(min = 10, max = 1000) int waarde) {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> Belastingmeting.builder().instrument(Instrument.EDIZ).datum(DAG).waarde(waarde).build());
    assertOneProblem(e, "waarde", Integer.toString(waarde), "an integer from 0 to 9");
  }

  @Property(tries = 100)
  void hoursAboveAWeekAreRejected(@ForAll @DoubleRange(min = 168.01, max = 10_000) double uren) {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> mantelzorger().urenPerWeek(uren).build());
    assertOneProblem(e, "urenPerWeek", Double.toString(uren), "a number from 0 to 168");
  }

  @Property(tries = 100)
  void negativeMonthsAreRejected(@ForAll @IntRange(min = Integer.MIN_VALUE, max = -1) int maanden) {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> mantelzorger().maanden(maanden).build());
    assertOneProblem(e, "maanden", Integer.toString(maanden), "an integer from 0 to 1200");
  }

  @Provide
  Arbitrary<List<Integer>> delen() {
    Arbitrary<Integer> deel = Arbitraries.integers().between(0, 100);
    return Combinators.combine(deel, deel, deel).as(List::of).filter(l -> l.stream().mapToInt(i -> i).sum() != 100);
  }

  @Property(tries = 100)
  void sharesNotAddingUpTo100AreRejected(@ForAll("delen") List<Integer> d) {
    int som = d.get(0) + d.get(1) + d.get(2);
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> Krachtenverdeling.builder().eigenKracht(d.get(0)).netwerk(d.get(1)).hulpverlening(d.get(2)).build());
    assertOneProblem(e, "", Integer.toString(som), "shares that add up to 100");
  }

  // ------------------------------------------------------------------------------------------------------------
  // Out-of-range values, read from JSON inside a generated network: the path names the element and the field
  // ------------------------------------------------------------------------------------------------------------

  @Provide
  Arbitrary<Integer> slechteCsi() {
    return csiTeHoog();
  }

  @Property(tries = 100)
  void csiOutOfRangeInANetworkIsRejectedWithItsPath(
      @ForAll("netwerken") Zorgnetwerk netwerk, @ForAll("slechteCsi") int waarde) {
    Zorgnetwerk metMeting = metExtraMantelzorger(netwerk, Belastingmeting.csi(3, DAG));
    int i = metMeting.mantelzorgers().size() - 1;
    String json = patch(metMeting, root -> {
      ((ObjectNode) root.at("/mantelzorgers/" + i + "/belasting/0")).put("waarde", waarde);
      return root;
    });
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class, () -> JSON.readZorgnetwerk(json));
    assertOneProblem(e, "mantelzorgers[" + i + "].belasting[0].waarde", Integer.toString(waarde),
        "an integer from 0 to 13");
  }

  @Property(tries = 100)
  void edizPlusOutOfRangeInANetworkIsRejectedWithItsPath(
      @ForAll("netwerken") Zorgnetwerk netwerk, @ForAll @IntRange(min = 16, max = 99) int waarde) {
    Zorgnetwerk metMeting = metExtraMantelzorger(netwerk, Belastingmeting.edizPlus(9, DAG));
    int i = metMeting.mantelzorgers().size() - 1;
    String json = patch(metMeting, root -> {
      ((ObjectNode) root.at("/mantelzorgers/" + i + "/belasting/0")).put("waarde", waarde);
      return root;
    });
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class, () -> JSON.readZorgnetwerk(json));
    assertOneProblem(e, "mantelzorgers[" + i + "].belasting[0].waarde", Integer.toString(waarde),
        "an integer from 0 to 15");
  }

  @Property(tries = 100)
  void hoursAndMonthsOutOfRangeInANetworkAreBothReported(
      @ForAll("netwerken") Zorgnetwerk netwerk,
      @ForAll @IntRange(min = 169, max = 100_000) int uren,
      @ForAll @IntRange(min = -100_000, max = -1) int maanden) {
    Zorgnetwerk met = metExtraMantelzorger(netwerk, Belastingmeting.csi(0, DAG));
    int i = met.mantelzorgers().size() - 1;
    String json = patch(met, root -> {
      ObjectNode m = (ObjectNode) root.at("/mantelzorgers/" + i);
      m.put("urenPerWeek", uren + 0.5);
      m.put("maanden", maanden);
      return root;
    });
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class, () -> JSON.readZorgnetwerk(json));
    assertThat(e).isNotNull();
    assertThat(e.problems()).containsExactly(
        new Problem("mantelzorgers[" + i + "].urenPerWeek", Double.toString(uren + 0.5), "a number from 0 to 168"),
        new Problem("mantelzorgers[" + i + "].maanden", Integer.toString(maanden), "an integer from 0 to 1200"));
    assertThat(e.getMessage()).contains("urenPerWeek", Double.toString(uren + 0.5), "maanden", Integer.toString(maanden));
  }

  @Property(tries = 100)
  void sharesNotAddingUpTo100InANetworkAreRejectedWithTheirPath(
      @ForAll("netwerken") Zorgnetwerk netwerk, @ForAll("delen") List<Integer> d) {
    Zorgvrager zorgvrager = netwerk.zorgvrager();
    // A day no other assessment of this zorgvrager has: two ZRM assessments on one day are rejected on their own.
    java.time.LocalDate dag = zorgvrager.zrm().stream().map(ZrmProfiel::datum).max(java.util.Comparator.naturalOrder())
        .map(x -> x.plusDays(1)).orElse(DAG);
    ZrmProfiel zrm = ZrmProfiel.builder().datum(dag)
        .putKrachtenverdeling(ZrmDomein.FINANCIEN,
            Krachtenverdeling.builder().eigenKracht(20).netwerk(30).hulpverlening(50).build())
        .build();
    List<ZrmProfiel> profielen = new ArrayList<>(zorgvrager.zrm());
    profielen.add(zrm);
    Zorgnetwerk met = netwerk.withZorgvrager(zorgvrager.withZrm(profielen));
    int k = profielen.size() - 1;
    String json = patch(met, root -> {
      ObjectNode kv = (ObjectNode) root.at("/zorgvrager/zrm/" + k + "/krachtenverdeling/FINANCIEN");
      kv.put("eigenKracht", d.get(0));
      kv.put("netwerk", d.get(1));
      kv.put("hulpverlening", d.get(2));
      return root;
    });
    int som = d.get(0) + d.get(1) + d.get(2);
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class, () -> JSON.readZorgnetwerk(json));
    assertOneProblem(e, "zorgvrager.zrm[" + k + "].krachtenverdeling.FINANCIEN", Integer.toString(som),
        "shares that add up to 100");
  }

  // ------------------------------------------------------------------------------------------------------------
  // Duplicate ids: every duplicate is reported, by path
  // ------------------------------------------------------------------------------------------------------------

  @Provide
  Arbitrary<Zorgnetwerk> netwerkenMetPersonen() {
    return ModelArbitraries.zorgnetwerken()
        .filter(z -> z.mantelzorgers().size() + z.beroepskrachten().size() + z.informeleContacten().size()
            + z.ervaringsdeskundigen().size() > 0);
  }

  @Property(tries = 100)
  void everyDuplicateIdInANetworkIsReported(
      @ForAll("netwerkenMetPersonen") Zorgnetwerk netwerk, @ForAll long keuze) {
    // Persons nobody refers to get the zorgvrager's id when their bit in 'keuze' is set (at least one is).
    List<String> verwacht = new ArrayList<>();
    int[] bit = {0};
    java.util.function.BiPredicate<String, Integer> kies = (veld, i) -> {
      boolean gekozen = ((keuze >>> (bit[0]++ % 64)) & 1) == 1;
      if (gekozen) {
        verwacht.add(veld + "[" + i + "].id");
      }
      return gekozen;
    };
    List<Mantelzorger> mz = new ArrayList<>();
    for (int i = 0; i < netwerk.mantelzorgers().size(); i++) {
      Mantelzorger m = netwerk.mantelzorgers().get(i);
      mz.add(kies.test("mantelzorgers", i) ? m.withId(ModelArbitraries.ZORGVRAGER_ID) : m);
    }
    List<Beroepskracht> bk = new ArrayList<>();
    for (int i = 0; i < netwerk.beroepskrachten().size(); i++) {
      Beroepskracht b = netwerk.beroepskrachten().get(i);
      bk.add(kies.test("beroepskrachten", i) ? b.withId(ModelArbitraries.ZORGVRAGER_ID) : b);
    }
    List<InformeelContact> ic = new ArrayList<>();
    for (int i = 0; i < netwerk.informeleContacten().size(); i++) {
      InformeelContact c = netwerk.informeleContacten().get(i);
      ic.add(kies.test("informeleContacten", i) ? c.withId(ModelArbitraries.ZORGVRAGER_ID) : c);
    }
    List<Ervaringsdeskundige> ed = new ArrayList<>();
    for (int i = 0; i < netwerk.ervaringsdeskundigen().size(); i++) {
      Ervaringsdeskundige x = netwerk.ervaringsdeskundigen().get(i);
      ed.add(kies.test("ervaringsdeskundigen", i) ? x.withId(ModelArbitraries.ZORGVRAGER_ID) : x);
    }
    if (verwacht.isEmpty()) {
      // make sure at least one duplicate exists: the first person in list order
      if (!mz.isEmpty()) {
        mz.set(0, mz.get(0).withId(ModelArbitraries.ZORGVRAGER_ID));
        verwacht.add(0, "mantelzorgers[0].id");
      } else if (!bk.isEmpty()) {
        bk.set(0, bk.get(0).withId(ModelArbitraries.ZORGVRAGER_ID));
        verwacht.add(0, "beroepskrachten[0].id");
      } else if (!ic.isEmpty()) {
        ic.set(0, ic.get(0).withId(ModelArbitraries.ZORGVRAGER_ID));
        verwacht.add(0, "informeleContacten[0].id");
      } else {
        ed.set(0, ed.get(0).withId(ModelArbitraries.ZORGVRAGER_ID));
        verwacht.add(0, "ervaringsdeskundigen[0].id");
      }
    }

    // Built in Java
    InvalidModelException gebouwd = catchThrowableOfType(InvalidModelException.class,
        () -> Zorgnetwerk.builder().from(netwerk).mantelzorgers(mz).beroepskrachten(bk).informeleContacten(ic)
            .ervaringsdeskundigen(ed).build());
    assertDuplicates(gebouwd, verwacht);

    // Read from JSON: the valid network with the ids patched in the tree
    String json = patch(netwerk, root -> {
      for (String pad : verwacht) {
        String veld = pad.substring(0, pad.indexOf('['));
        int i = Integer.parseInt(pad.substring(pad.indexOf('[') + 1, pad.indexOf(']')));
        ((ObjectNode) root.get(veld).get(i)).put("id", ModelArbitraries.ZORGVRAGER_ID);
      }
      return root;
    });
    InvalidModelException gelezen = catchThrowableOfType(InvalidModelException.class, () -> JSON.readZorgnetwerk(json));
    assertDuplicates(gelezen, verwacht);
  }

  @Property(tries = 100)
  void everyDuplicateOrganisationInAPartnershipIsReported(@ForAll("verbanden") Samenwerkingsverband verband) {
    List<Organisatie> alle = new ArrayList<>(verband.leden());
    alle.addAll(verband.kandidaten());
    if (alle.isEmpty()) {
      return;
    }
    // All candidates get the id of the first member (or of the first candidate); references stay resolvable.
    String eerste = alle.get(0).id();
    List<String> verwacht = new ArrayList<>();
    List<Organisatie> kandidaten = new ArrayList<>();
    for (int i = 0; i < verband.kandidaten().size(); i++) {
      Organisatie k = verband.kandidaten().get(i);
      if (!k.id().equals(eerste)) {
        verwacht.add("kandidaten[" + i + "].id");
      }
      kandidaten.add(k.withId(eerste));
    }
    List<Organisatie> leden = new ArrayList<>(verband.leden());
    if (leden.size() >= 2) {
      leden.set(leden.size() - 1, leden.get(leden.size() - 1).withId(eerste));
      verwacht.add(0, "leden[" + (leden.size() - 1) + "].id");
    }
    if (verwacht.isEmpty()) {
      return;
    }
    Samenwerkingsverband zonderVerwijzingen = verband.withRelaties(List.of()).withInitiatiefnemer(java.util.Optional.empty())
        .withMantelzorgakkoord(java.util.Optional.empty()).withPositionering(java.util.Optional.empty());
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> Samenwerkingsverband.builder().from(zonderVerwijzingen).leden(leden).kandidaten(kandidaten).build());
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(Problem::path).containsExactlyElementsOf(verwacht);
    assertThat(e.problems()).allSatisfy(p -> {
      assertThat(p.value()).isEqualTo("\"" + eerste + "\"");
      assertThat(p.expected()).isEqualTo("an id not used elsewhere in this value");
    });
  }

  @Property(tries = 100)
  void duplicateNetworkIdsInACaseAreReported(@ForAll("netwerken") Zorgnetwerk a, @ForAll("netwerken") Zorgnetwerk b) {
    // b's persons and organisations get ids of their own; a twice repeats its persons with their names (allowed).
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> Casus.builder().addZorgnetwerken(a, ModelArbitraries.metPrefix(b, "b/").withId(a.id()), a).build());
    assertThat(e).isNotNull();
    String expected = "an id not used elsewhere in this value: zorgnetwerken[0].id uses it for a care network";
    assertThat(e.problems()).containsExactly(
        new Problem("zorgnetwerken[1].id", "\"" + a.id() + "\"", expected),
        new Problem("zorgnetwerken[2].id", "\"" + a.id() + "\"", expected));
  }

  // ------------------------------------------------------------------------------------------------------------
  // The generators are varied: every enum constant and every threshold edge is reached
  // ------------------------------------------------------------------------------------------------------------

  @Example
  void generatorsReachEveryInstrumentAndTheThresholdEdges() {
    List<Belastingmeting> metingen = ModelArbitraries.belastingmetingen().sampleStream().limit(1500)
        .collect(Collectors.toList());
    assertThat(metingen.stream().map(Belastingmeting::instrument).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Instrument.values());
    Set<Integer> csi = scores(metingen, Instrument.CSI);
    Set<Integer> edizPlus = scores(metingen, Instrument.EDIZ_PLUS);
    assertThat(csi).contains(0, 6, 7, 13).allMatch(w -> w >= 0 && w <= 13);
    assertThat(edizPlus).contains(0, 3, 4, 8, 9, 15).allMatch(w -> w >= 0 && w <= 15);
    assertThat(metingen).anyMatch(m -> !m.csiItems().isEmpty()).anyMatch(m -> m.afgenomenDoor().isPresent())
        .anyMatch(m -> m.afgenomenDoor().isEmpty());
    assertThat(metingen.stream().map(Belastingmeting::datum))
        .allMatch(d -> !d.isBefore(ModelArbitraries.EERSTE_DATUM) && !d.isAfter(ModelArbitraries.LAATSTE_DATUM));
  }

  @Example
  void generatorsReachHoursAndMonthsEdgesAndAllRelations() {
    List<Mantelzorger> mz = ModelArbitraries.mantelzorgers().sampleStream().limit(1000).collect(Collectors.toList());
    assertThat(mz.stream().map(Mantelzorger::urenPerWeek).collect(Collectors.toSet()))
        .contains(Optional.of(8.0), Optional.of(8.5), Optional.of(0.0), Optional.of(168.0), Optional.empty());
    assertThat(mz.stream().map(Mantelzorger::maanden).collect(Collectors.toSet()))
        .contains(Optional.of(0), Optional.of(3), Optional.of(4), Optional.empty());
    assertThat(mz.stream().flatMap(m -> m.relatie().stream()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Relatie.values());
    assertThat(mz).anyMatch(m -> m.relatie().isEmpty());
    assertThat(mz).anyMatch(m -> m.langdurigEnIntensief().equals(Optional.of(true)))
        .anyMatch(m -> m.langdurigEnIntensief().equals(Optional.of(false)))
        .anyMatch(m -> m.langdurigEnIntensief().isEmpty())
        .anyMatch(m -> m.herkentZichAlsMantelzorger().isEmpty())
        .anyMatch(m -> m.laatsteMeting().filter(Belastingmeting::overbelast).isPresent())
        .anyMatch(m -> m.sofa().isPresent()).anyMatch(m -> m.sofa().isEmpty());
  }

  @Example
  void networksAndPartnershipsAreVaried() {
    List<Zorgnetwerk> netwerken = ModelArbitraries.zorgnetwerken().sampleStream().limit(200).collect(Collectors.toList());
    assertThat(netwerken.stream().map(z -> z.mantelzorgers().size()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    assertThat(netwerken.stream().map(z -> z.vrijwilligers().size()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
    assertThat(netwerken).anyMatch(z -> z.netwerkCoaching().flatMap(NetwerkCoaching::netwerkcoach).isPresent())
        .anyMatch(z -> z.mantelScan().isPresent()).anyMatch(z -> z.gemeente().isEmpty())
        .anyMatch(z -> !z.beroepskrachten().isEmpty()).anyMatch(z -> z.respijtInGebruik().equals(Optional.of(true)))
        .anyMatch(z -> z.respijtInGebruik().equals(Optional.of(false))).anyMatch(z -> z.respijtInGebruik().isEmpty())
        .anyMatch(z -> !z.geen().isEmpty()).anyMatch(z -> z.geen().isEmpty());

    List<Samenwerkingsverband> verbanden = ModelArbitraries.samenwerkingsverbanden().sampleStream().limit(200)
        .collect(Collectors.toList());
    Set<Integer> leden = verbanden.stream().map(s -> s.leden().size()).collect(Collectors.toSet());
    assertThat(leden).contains(0, 2, 3, 8).allMatch(n -> n <= 8);
    assertThat(verbanden).anyMatch(s -> s.initiatiefnemer().isPresent()).anyMatch(s -> s.mantelzorgakkoord().isPresent())
        .anyMatch(s -> s.positionering().isPresent()).anyMatch(s -> !s.succesfactoren().isEmpty());
    Set<ParticipatieTrede> treden = EnumSet.noneOf(ParticipatieTrede.class);
    verbanden.forEach(s -> s.relaties().forEach(r -> treden.add(r.huidig())));
    assertThat(treden).containsExactlyInAnyOrder(ParticipatieTrede.values());

    List<Casus> casussen = ModelArbitraries.casussen().sampleStream().limit(60).collect(Collectors.toList());
    assertThat(casussen).anyMatch(c -> c.zorgnetwerken().isEmpty()).anyMatch(c -> c.samenwerkingsverband().isEmpty())
        .anyMatch(c -> c.samenwerkingsverband().isPresent() && c.zorgnetwerken().stream().anyMatch(z ->
            z.gemeente().isPresent() && c.samenwerkingsverband().get().gemeenten().contains(z.gemeente().get())));
  }

  // ------------------------------------------------------------------------------------------------------------
  // Helpers
  // ------------------------------------------------------------------------------------------------------------

  private static Mantelzorger.Builder mantelzorger() {
    return Mantelzorger.builder().id("mz-1").naam("Els").relatie(Relatie.PARTNER).urenPerWeek(10).maanden(12);
  }

  private static Zorgnetwerk metExtraMantelzorger(Zorgnetwerk netwerk, Belastingmeting meting) {
    List<Mantelzorger> mz = new ArrayList<>(netwerk.mantelzorgers());
    mz.add(mantelzorger().id("mz-extra").addBelasting(meting).build());
    return netwerk.withMantelzorgers(mz);
  }

  private static String patch(Object value, Function<JsonNode, JsonNode> change) {
    try {
      JsonNode root = TREE.readTree(JSON.writeLine(value));
      return TREE.writeValueAsString(change.apply(root));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertOneProblem(InvalidModelException e, String path, String value, String expected) {
    assertThat(e).as("an InvalidModelException").isNotNull();
    assertThat(e.problems()).containsExactly(new Problem(path, value, expected));
    String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
    assertThat(e.getMessage()).contains(field).contains(value).doesNotContain("com.fasterxml").doesNotContain("Exception");
  }

  private static void assertDuplicates(InvalidModelException e, List<String> verwacht) {
    assertThat(e).as("an InvalidModelException").isNotNull();
    List<Problem> problemen = e.problems();
    assertThat(problemen).extracting(Problem::path).containsExactlyInAnyOrderElementsOf(verwacht);
    assertThat(new HashSet<>(problemen.stream().map(Problem::path).collect(Collectors.toList()))).hasSize(verwacht.size());
    assertThat(problemen).allSatisfy(p -> {
      assertThat(p.value()).isEqualTo("\"" + ModelArbitraries.ZORGVRAGER_ID + "\"");
      assertThat(p.expected()).isEqualTo("an id not used elsewhere in this value");
    });
  }

  private static Set<Integer> scores(List<Belastingmeting> metingen, Instrument instrument) {
    return metingen.stream().filter(m -> m.instrument() == instrument).map(Belastingmeting::score)
        .collect(Collectors.toSet());
  }
}
