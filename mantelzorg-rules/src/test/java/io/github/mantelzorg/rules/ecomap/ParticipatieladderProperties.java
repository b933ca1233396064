package io.github.mantelzorg.rules.ecomap;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Organisatie;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.testing.ModelArbitraries;
import io.github.mantelzorg.rules.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The participatieladder of any valid partnership. */
class ParticipatieladderProperties {
  @Provide
  Arbitrary<Samenwerkingsverband> verbanden() {
    return ModelArbitraries.samenwerkingsverbanden();
  }

  @Property(tries = 200)
  void everyRelationOnItsRungsAndEveryOtherOrganisationApart(@ForAll("verbanden") Samenwerkingsverband v,
      @ForAll Language taal) {
    Document doc = SvgLezer.lees(Participatieladder.svg(v, taal));
    assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
    List<String> getekend = SvgLezer.met(doc, "g", "mz-relatie").stream()
        .map(e -> e.getAttribute("data-organisatie") + " " + e.getAttribute("data-huidig") + "->" + e.getAttribute("data-gewenst"))
        .sorted().toList();
    assertThat(getekend).isEqualTo(v.relaties().stream()
        .map(r -> r.organisatie() + " " + r.huidig().nummer() + "->" + r.gewenst().nummer()).sorted().toList());
    for (Element e : SvgLezer.met(doc, "g", "mz-relatie")) {
      boolean pijl = !e.getAttribute("data-huidig").equals(e.getAttribute("data-gewenst"));
      assertThat(SvgLezer.met(doc, "line", "mz-pijl").stream().anyMatch(p -> p.getParentNode() == e)).isEqualTo(pijl);
    }
    Set<String> beoordeeld = new HashSet<>();
    v.relaties().forEach(r -> beoordeeld.add(r.organisatie()));
    List<String> apart = SvgLezer.met(doc, "g", "mz-onbeoordeeld").stream().map(e -> e.getAttribute("data-id")).sorted()
        .toList();
    assertThat(apart).isEqualTo(Stream.concat(v.leden().stream(), v.kandidaten().stream()).map(Organisatie::id)
        .filter(id -> !beoordeeld.contains(id)).sorted().toList());
    List<Element> leeg = SvgLezer.met(doc, "g", "mz-leeg");
    if (v.relaties().isEmpty()) {
      assertThat(leeg).singleElement().satisfies(e -> assertThat(e.getAttribute("data-leeg"))
          .isEqualTo(v.geen(Samenwerkingsverband.Onderdeel.RELATIES) ? "geen" : "onbekend"));
    } else {
      assertThat(leeg).isEmpty();
    }
  }

  @Property(tries = 100)
  void sameBytesWhateverTheOrderOfTheLists(@ForAll("verbanden") Samenwerkingsverband v, @ForAll long seed) {
    Random r = new Random(seed);
    Samenwerkingsverband geschud = v.withRelaties(schud(v.relaties(), r)).withLeden(schud(v.leden(), r))
        .withKandidaten(schud(v.kandidaten(), r));
    assertThat(Participatieladder.svg(geschud, Language.NL)).isEqualTo(Participatieladder.svg(v, Language.NL));
  }

  private static <T> List<T> schud(List<T> l, Random r) {
    List<T> k = new ArrayList<>(l);
    Collections.shuffle(k, r);
    return k;
  }

}
