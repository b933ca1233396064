package io.github.mantelzorg.rules.ecomap;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Beroepskracht;
import io.github.mantelzorg.model.InformeelContact;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.Persoon;
import io.github.mantelzorg.model.RespijtVoorziening;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.testing.ModelArbitraries;
import io.github.mantelzorg.rules.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The ecomap of any valid network, on any evaluation date, in either language. */
class EcomapProperties {
  private static final Set<String> PERSOONSOORTEN = Set.of("zorgvrager", "mantelzorger", "vrijwilliger",
      "beroepskracht", "informeel-contact", "ervaringsdeskundige");

  @Provide
  Arbitrary<Zorgnetwerk> netwerken() {
    return ModelArbitraries.zorgnetwerken();
  }

  @Provide
  Arbitrary<LocalDate> datums() {
    return ModelArbitraries.datums();
  }

  @Provide
  Arbitrary<Language> talen() {
    return Arbitraries.of(Language.class);
  }

  private static List<Element> personen(Document d) {
    return SvgLezer.met(d, "g", "mz-knoop").stream()
        .filter(e -> PERSOONSOORTEN.contains(e.getAttribute("data-soort")) && e.getAttribute("data-leeg").isEmpty())
        .toList();
  }

  @Property(tries = 200)
  void oneNodePerPersonAndOneLinePerRelation(@ForAll("netwerken") Zorgnetwerk n, @ForAll("datums") LocalDate d,
      @ForAll("talen") Language taal) {
    Document doc = SvgLezer.lees(Ecomap.svg(n, d, taal));

    List<String> knopen = personen(doc).stream().map(e -> e.getAttribute("data-id")).sorted().toList();
    assertThat(knopen).isEqualTo(n.personen().stream().map(Persoon::id).sorted().toList());

    List<String> orgs = SvgLezer.met(doc, "g", "mz-organisatie").stream().map(e -> e.getAttribute("data-id")).sorted()
        .toList();
    assertThat(orgs).isEqualTo(n.beroepskrachten().stream().map(Beroepskracht::organisatie).flatMap(Optional::stream)
        .distinct().sorted().toList());
    assertThat(SvgLezer.met(doc, "g", "mz-respijt").stream().filter(e -> e.getAttribute("data-leeg").isEmpty()))
        .hasSize(n.respijt().size());

    List<Element> relaties = SvgLezer.met(doc, "line", "mz-relatie");
    assertThat(relaties).allMatch(l -> l.getAttribute("data-van").equals(n.zorgvrager().id()));
    List<String> naar = relaties.stream().map(l -> l.getAttribute("data-naar")).filter(id -> !id.startsWith("respijt-"))
        .sorted().toList();
    assertThat(naar).isEqualTo(n.personen().stream().skip(1).map(Persoon::id).sorted().toList());
    assertThat(relaties).filteredOn(l -> l.getAttribute("data-naar").startsWith("respijt-")).hasSize(n.respijt().size());

    List<String> werktBij = SvgLezer.met(doc, "line", "mz-werkt-bij").stream()
        .map(l -> l.getAttribute("data-van") + " -> " + l.getAttribute("data-naar")).sorted().toList();
    assertThat(werktBij).isEqualTo(n.beroepskrachten().stream().filter(b -> b.organisatie().isPresent())
        .map(b -> b.id() + " -> " + b.organisatie().get()).sorted().toList());
  }

  @Property(tries = 200)
  void isAccessibleWellFormedSvgWithATextLabelOnEveryNode(@ForAll("netwerken") Zorgnetwerk n,
      @ForAll("datums") LocalDate d, @ForAll("talen") Language taal) {
    Document doc = SvgLezer.lees(Ecomap.svg(n, d, taal));
    Element svg = doc.getDocumentElement();
    assertThat(svg.getLocalName()).isEqualTo("svg");
    assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(svg.getAttribute("role")).isEqualTo("img");
    List<Element> benoemd = new ArrayList<>(SvgLezer.alle(doc, "title"));
    benoemd.addAll(SvgLezer.alle(doc, "desc"));
    for (String id : svg.getAttribute("aria-labelledby").split(" ")) {
      assertThat(benoemd).as("element " + id).filteredOn(e -> e.getAttribute("id").equals(id)).singleElement()
          .satisfies(e -> assertThat(e.getTextContent()).isNotBlank());
    }
    assertThat(SvgLezer.alle(doc, "desc").get(0).getTextContent()).contains(n.zorgvrager().naam());
    for (Element k : SvgLezer.met(doc, "g", "mz-knoop")) {
      assertThat(SvgLezer.tekst(k)).as("text of node " + k.getAttribute("data-id")).isNotBlank();
    }
  }

  @Property(tries = 150)
  void sameBytesWhateverTheOrderOfTheLists(@ForAll("netwerken") Zorgnetwerk n, @ForAll("datums") LocalDate d,
      @ForAll long seed) {
    Random r = new Random(seed);
    Zorgnetwerk geschud = n
        .withMantelzorgers(schud(n.mantelzorgers().stream().map(m -> m.withBelasting(schud(m.belasting(), r))).toList(), r))
        .withVrijwilligers(schud(n.vrijwilligers(), r))
        .withBeroepskrachten(schud(n.beroepskrachten(), r))
        .withInformeleContacten(schud(n.informeleContacten(), r))
        .withErvaringsdeskundigen(schud(n.ervaringsdeskundigen(), r))
        .withOrganisaties(schud(n.organisaties(), r))
        .withRespijt(schud(n.respijt(), r));
    assertThat(Ecomap.svg(geschud, d, Language.NL)).isEqualTo(Ecomap.svg(n, d, Language.NL));
  }

  private static <T> List<T> schud(List<T> l, Random r) {
    List<T> k = new ArrayList<>(l);
    Collections.shuffle(k, r);
    return k;
  }

  @Property(tries = 200)
  void unknownIsDrawnAsUnknownNeverAsNo(@ForAll("netwerken") Zorgnetwerk n, @ForAll("datums") LocalDate d) {
    Document doc = SvgLezer.lees(Ecomap.svg(n, d, Language.NL));
    Map<String, Element> knoop = SvgLezer.met(doc, "g", "mz-knoop").stream()
        .collect(Collectors.toMap(e -> e.getAttribute("data-id"), e -> e, (a, b) -> a));
    Map<String, String> lijn = SvgLezer.met(doc, "line", "mz-relatie").stream()
        .collect(Collectors.toMap(e -> e.getAttribute("data-naar"), e -> e.getAttribute("data-stijl"), (a, b) -> a));

    for (Mantelzorger m : n.mantelzorgers()) {
      Optional<Boolean> overbelast = Overbelasting.van(m, d).overbelast();
      String verwacht = overbelast.map(b -> b ? "overbelast" : "niet").orElse("onbekend");
      assertThat(knoop.get(m.id()).getAttribute("data-belasting")).as(m.id()).isEqualTo(verwacht);
      if (overbelast.isEmpty()) {
        assertThat(SvgLezer.tekst(knoop.get(m.id()))).contains("?");
      }
      if (m.urenPerWeek().isEmpty()) {
        assertThat(lijn.get(m.id())).isIn("gestippeld", "dik");
        assertThat(lijn.get(m.id()).equals("dik")).isEqualTo(m.langdurigEnIntensief().orElse(false));
      }
    }
    for (InformeelContact c : n.informeleContacten()) {
      boolean onbekend = c.bereidOmTeHelpen().isEmpty() && !c.gevraagd().orElse(false)
          || c.bereidOmTeHelpen().orElse(false) && c.gevraagd().isEmpty();
      assertThat(lijn.get(c.id()).equals("gestippeld")).as(c.toString()).isEqualTo(onbekend);
    }
    List<RespijtVoorziening> respijt = n.respijt();
    assertThat(SvgLezer.met(doc, "line", "mz-relatie").stream()
        .filter(l -> l.getAttribute("data-naar").startsWith("respijt-") && l.getAttribute("data-stijl").equals("gestippeld")))
        .hasSize((int) respijt.stream().filter(r -> r.inGebruik().isEmpty()).count());

    assertLeeg(doc, "vrijwilliger", n.vrijwilligers().isEmpty(), n.geen(Zorgnetwerk.Onderdeel.VRIJWILLIGERS));
    assertLeeg(doc, "informeel-contact", n.informeleContacten().isEmpty(),
        n.geen(Zorgnetwerk.Onderdeel.INFORMELE_CONTACTEN));
    assertLeeg(doc, "respijt", n.respijt().isEmpty(), n.geen(Zorgnetwerk.Onderdeel.RESPIJT));
    assertLeeg(doc, "mantelzorger", n.mantelzorgers().isEmpty(), false);
  }

  private static void assertLeeg(Document doc, String soort, boolean leeg, boolean geen) {
    List<Element> l = SvgLezer.met(doc, "g", "mz-leeg").stream().filter(e -> e.getAttribute("data-soort").equals(soort))
        .toList();
    if (!leeg) {
      assertThat(l).as(soort).isEmpty();
    } else {
      assertThat(l).as(soort).singleElement().satisfies(e ->
          assertThat(e.getAttribute("data-leeg")).isEqualTo(geen ? "geen" : "onbekend"));
    }
  }
}
