package io.github.mantelzorg.rules.ecomap;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.testing.ModelArbitraries;
import io.github.mantelzorg.rules.Adviesrapport;
import io.github.mantelzorg.rules.Fixtures;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Document;

/** The HTML page of any valid case. */
class HtmlRapportProperties {
  @Provide
  Arbitrary<Casus> casussen() {
    return ModelArbitraries.casussen();
  }

  @Provide
  Arbitrary<LocalDate> datums() {
    return ModelArbitraries.datums();
  }

  @Property(tries = 60)
  void everyCaseIsAWellFormedPageWithEveryCardAndPicture(@ForAll("casussen") Casus c, @ForAll("datums") LocalDate d) {
    Adviesrapport r = Fixtures.ENGINE.advise(c, d);
    Document doc = SvgLezer.lees(HtmlRapport.html(r, c));
    assertThat(SvgLezer.met(doc, "article", "advies")).hasSize(r.adviezen().size());
    assertThat(SvgLezer.alle(doc, "svg").stream().filter(s -> s.getAttribute("class").equals("mz-ecomap")))
        .hasSize(c.zorgnetwerken().size());
    assertThat(doc.getElementsByTagName("h1").getLength()).isEqualTo(1);
  }
}
