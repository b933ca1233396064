package io.github.mantelzorg.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Instrument;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.testing.ModelArbitraries;
import io.github.mantelzorg.rules.ecomap.Overbelasting;
import io.github.mantelzorg.rules.feiten.Belastingstand;
import io.github.mantelzorg.rules.feiten.Peildatum;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The ecomap's {@link Overbelasting} answers as the rules do: measurements after the evaluation date dropped (as
 * {@code Tijdgrens}), the newest of the rest ({@code Invoer.belasting}), overload unknown without one, when it is
 * outdated or an EDIZ, and otherwise the measurement's own verdict (basis.drl, "voorwaarde overbelast").
 */
class OverbelastingTest {
  @Provide
  Arbitrary<Mantelzorger> mantelzorgers() {
    return ModelArbitraries.mantelzorgers();
  }

  @Provide
  Arbitrary<LocalDate> datums() {
    return ModelArbitraries.datums();
  }

  @Property(tries = 500)
  void agreesWithTheFactsTheRulesAreFed(@ForAll("mantelzorgers") Mantelzorger m, @ForAll("datums") LocalDate d) {
    Mantelzorger tot = m.withBelasting(m.belasting().stream().filter(b -> !b.datum().isAfter(d)).toList());
    Belastingstand stand = Invoer.belasting(tot, new Peildatum(d));
    Optional<Boolean> regels = stand.aantal() == 0 || !stand.actueel()
        || stand.nieuwste().get().instrument() == Instrument.EDIZ ? Optional.empty()
        : Optional.of(stand.nieuwste().get().overbelast());
    Overbelasting o = Overbelasting.van(m, d);
    assertThat(o.overbelast()).isEqualTo(regels);
    assertThat(o.meting()).isEqualTo(stand.nieuwste());
    assertThat(o.meting().map(Belastingmeting::datum).orElse(d)).isBeforeOrEqualTo(d);
  }
}
