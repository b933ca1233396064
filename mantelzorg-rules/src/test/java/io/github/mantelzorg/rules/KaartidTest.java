package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.ENGINE;
import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static io.github.mantelzorg.rules.Fixtures.mantelzorger;
import static io.github.mantelzorg.rules.Fixtures.netwerk;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Instrument;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.rules.feiten.Conditie;
import io.github.mantelzorg.rules.feiten.Personen;
import io.github.mantelzorg.rules.feiten.Stijging;
import io.github.mantelzorg.rules.feiten.Waarheid;
import io.github.mantelzorg.rules.internal.Bevinding;
import io.github.mantelzorg.rules.internal.Kennisbank;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The card id ({@link Kaartid}): its recipe as documented, its canonical values, pinned ids for a fixed record (the same
 * in every run and JVM), and which changes give a new id.
 */
class KaartidTest {
  private static final LocalDate OKTOBER = LocalDate.of(2026, 10, 2);

  private static Zorgnetwerk csi(int score) {
    return netwerk().mantelzorgers(List.of(mantelzorger("m1").addBelasting(Belastingmeting.csi(score, OKTOBER)).build()))
        .build();
  }

  private static String id(Adviesrapport r, String code) {
    return r.met(code).get(0).id();
  }

  private static String canoniek(Object v) {
    StringBuilder b = new StringBuilder();
    Kaartid.canoniek(b, v);
    return b.toString();
  }

  private static String sha8(String s) throws Exception {
    byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(h, 0, 4);
  }

  @Test
  void theIdFollowsTheDocumentedRecipe() throws Exception {
    Conditie a = Conditie.van("overbelast", "m1", Waarheid.GELDT).feit("score", 8).feit("datum", OKTOBER)
        .feit("peildatum", PEILDATUM);
    Conditie b = Conditie.van("woontThuis", "z1", true);
    Bevinding f = new Bevinding(Kennisbank.get().regels().values().iterator().next(), "n1", List.of(a, b));

    String id = Kaartid.van("BL-01", List.of("m1", "z1"), List.of("n1"), List.of(f, f));

    String feiten = "BL-01\nm1,z1\nn1\noverbelast(m1)\noverbelast(m1).datum=2026-10-02\noverbelast(m1).score=8"
        + "\nwoontThuis(z1)";
    assertThat(id).isEqualTo(sha8("BL-01\nm1") + "-" + sha8(feiten));
  }

  @Test
  void valuesHaveOneCanonicalForm() {
    assertThat(canoniek("a \"b\" \\ c\n")).isEqualTo("\"a \\\"b\\\" \\\\ c\\u000a\"");
    assertThat(canoniek(12.0)).isEqualTo("12");
    assertThat(canoniek(12)).isEqualTo("12");
    assertThat(canoniek(12.5)).isEqualTo("12.5");
    assertThat(canoniek(0.1)).isEqualTo("0.1000000000000000055511151231257827021181583404541015625");
    assertThat(canoniek(true)).isEqualTo("true");
    assertThat(canoniek(null)).isEqualTo("null");
    assertThat(canoniek(Optional.empty())).isEqualTo("?");
    assertThat(canoniek(Optional.of(3))).isEqualTo("3");
    assertThat(canoniek(OKTOBER)).isEqualTo("2026-10-02");
    assertThat(canoniek(Instrument.EDIZ_PLUS)).isEqualTo("EDIZ_PLUS");
    assertThat(canoniek(List.of("b", "a"))).isEqualTo("[\"a\",\"b\"]").isEqualTo(canoniek(Set.of("a", "b")));
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("z", 1);
    m.put("a", 2);
    assertThat(canoniek(m)).isEqualTo("{\"a\"=2,\"z\"=1}");
    assertThat(canoniek(Personen.van(List.of("p2", "p1")))).isEqualTo("Personen{ids=[\"p1\",\"p2\"]}");
    assertThat(canoniek(new Stijging(Instrument.CSI, 5, OKTOBER, 8, PEILDATUM)))
        .isEqualTo("Stijging{instrument=CSI,van=5,vanDatum=2026-10-02,naar=8,naarDatum=2026-11-24}");
  }

  @Test
  void theIdsOfAFixedRecordArePinned() {
    // The same in every run, JVM and version of Java: a change here breaks every professional's stored feedback.
    Adviesrapport r = ENGINE.advise(csi(8), PEILDATUM);
    assertThat(r.met("BL-01")).singleElement().satisfies(a -> assertThat(a.id()).isEqualTo(PINNED_BL01));
  }

  /** The id of BL-01 for m1 with CSI 8 on 2026-10-02, network n1, as first computed. */
  private static final String PINNED_BL01 = "dfd4dc1c-d8ac4edf";

  @Test
  void anotherScoreGivesAnotherIdForTheSameCard() {
    String acht = id(ENGINE.advise(csi(8), PEILDATUM), "BL-01");
    String negen = id(ENGINE.advise(csi(9), PEILDATUM), "BL-01");
    assertThat(negen).isNotEqualTo(acht);
    assertThat(negen.substring(0, 8)).isEqualTo(acht.substring(0, 8));
  }

  @Test
  void theEvaluationDateAndTheWordsAreNotFacts() {
    Zorgnetwerk n = csi(8);
    String vandaag = id(ENGINE.advise(n, PEILDATUM), "BL-01");
    assertThat(id(ENGINE.advise(n, PEILDATUM.plusMonths(2)), "BL-01")).isEqualTo(vandaag);
    try (AdviesEngine en = AdviesEngine.builder().language(Language.EN).build()) {
      assertThat(id(en.advise(n, PEILDATUM), "BL-01")).isEqualTo(vandaag);
    }
    Zorgnetwerk hernoemd = n.withMantelzorgers(List.of(n.mantelzorgers().get(0).withNaam("Anders genoemd")));
    assertThat(id(ENGINE.advise(hernoemd, PEILDATUM), "BL-01")).isEqualTo(vandaag);
  }

  @Test
  void anotherSubjectOrNetworkGivesAnotherCard() {
    String m1 = id(ENGINE.advise(csi(8), PEILDATUM), "BL-01");
    Zorgnetwerk m2 = netwerk().mantelzorgers(List.of(mantelzorger("m2").addBelasting(Belastingmeting.csi(8, OKTOBER))
        .build())).build();
    assertThat(id(ENGINE.advise(m2, PEILDATUM), "BL-01").substring(0, 8)).isNotEqualTo(m1.substring(0, 8));
    String n2 = id(ENGINE.advise(csi(8).withId("n2"), PEILDATUM), "BL-01");
    assertThat(n2.substring(0, 8)).as("the same card").isEqualTo(m1.substring(0, 8));
    assertThat(n2).as("found in another network: other facts").isNotEqualTo(m1);
  }
}
