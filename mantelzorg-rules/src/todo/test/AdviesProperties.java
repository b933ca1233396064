package io.github.mantelzorg.rules;

import static io.github.mantelzorg.rules.Fixtures.ENGINE;
import static io.github.mantelzorg.rules.Fixtures.PEILDATUM;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.RespijtFrequentie;
import io.github.mantelzorg.model.RespijtVoorziening;
import io.github.mantelzorg.model.RespijtVorm;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Uitvoerder;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.Zorgvrager;
import io.github.mantelzorg.model.testing.ModelArbitraries;
import io.github.mantelzorg.rules.internal.Teksten;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the whole rule base over generated networks, partnerships and cases. */
class AdviesProperties {
  private static final Pattern PLAATSHOUDER = Pattern.compile("\\{(\\w+)\\}");
  private static final Teksten TEKSTEN = new Teksten(Taal.NL);
  private static final Comparator<Advies> ORDE = Comparator.comparing(Advies::prioriteit).thenComparing(Advies::code);

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

  @Property(tries = 300)
  void everyValidNetworkGivesAWellFormedSortedReport(@ForAll("netwerken") Zorgnetwerk n) {
    wellFormed(ENGINE.advise(n, PEILDATUM));
  }

  @Property(tries = 300)
  void everyValidPartnershipGivesAWellFormedSortedReport(@ForAll("verbanden") Samenwerkingsverband v) {
    wellFormed(ENGINE.advise(v, PEILDATUM));
  }

  @Property(tries = 150)
  void everyValidCaseGivesAWellFormedSortedReport(@ForAll("casussen") Casus c) {
    wellFormed(ENGINE.advise(c, PEILDATUM));
  }

  @Property(tries = 200)
  void networkAdviceDoesNotDependOnTheOrderOfItsLists(@ForAll("netwerken") Zorgnetwerk n, @ForAll Random random) {
    Zorgnetwerk geschud = n
        .withMantelzorgers(schud(n.mantelzorgers().stream().map(m -> m.withBelasting(schud(m.belasting(), random)))
            .collect(Collectors.toList()), random))
        .withVrijwilligers(schud(n.vrijwilligers(), random))
        .withBeroepskrachten(schud(n.beroepskrachten(), random))
        .withInformeleContacten(schud(n.informeleContacten(), random))
        .withErvaringsdeskundigen(schud(n.ervaringsdeskundigen(), random))
        .withOrganisaties(schud(n.organisaties(), random))
        .withRespijt(schud(n.respijt(), random))
        .withZorgvrager(n.zorgvrager().withZrm(schud(n.zorgvrager().zrm(), random)));
    assertThat(ENGINE.advise(geschud, PEILDATUM).adviezen()).isEqualTo(ENGINE.advise(n, PEILDATUM).adviezen());
  }

  @Property(tries = 200)
  void partnershipAdviceDoesNotDependOnTheOrderOfItsLists(@ForAll("verbanden") Samenwerkingsverband v, @ForAll Random random) {
    Samenwerkingsverband geschud = v
        .withLeden(schud(v.leden(), random))
        .withKandidaten(schud(v.kandidaten(), random))
        .withRelaties(schud(v.relaties(), random))
        .withDoelen(schud(v.doelen(), random));
    assertThat(ENGINE.advise(geschud, PEILDATUM).adviezen()).isEqualTo(ENGINE.advise(v, PEILDATUM).adviezen());
  }

  @Property(tries = 100)
  void caseAdviceDoesNotDependOnTheOrderOfItsNetworks(@ForAll("casussen") Casus c, @ForAll Random random) {
    Casus geschud = c.withZorgnetwerken(schud(c.zorgnetwerken(), random));
    assertThat(ENGINE.advise(geschud, PEILDATUM).adviezen()).isEqualTo(ENGINE.advise(c, PEILDATUM).adviezen());
  }

  @Property(tries = 200)
  void structuralRespiteRemovesRespiteAdviceAndAddsNone(@ForAll("netwerken") Zorgnetwerk n) {
    Zorgnetwerk zonder = n.withRespijt(List.of());
    Zorgnetwerk met = zonder.withRespijt(RespijtVoorziening.builder().vorm(RespijtVorm.DAGOPVANG)
        .uitvoerder(Uitvoerder.BEROEPSKRACHT).frequentie(RespijtFrequentie.STRUCTUREEL).build());
    List<Advies> voor = ENGINE.advise(zonder, PEILDATUM).adviezen();
    List<Advies> na = ENGINE.advise(met, PEILDATUM).adviezen();
    for (Mantelzorger m : zonder.mantelzorgers()) {
      if (m.overbelast()) {
        assertThat(na).noneMatch(a -> a.code().equals("RZ-01") && a.betreft().contains(m.id()));
      }
    }
    assertThat(voor).containsAll(na);
  }

  @Property(tries = 200)
  void removingAllZelfregieScoresNeverAddsZelfregieAdvice(@ForAll("netwerken") Zorgnetwerk n) {
    Zorgvrager zv = Zorgvrager.builder().from(n.zorgvrager()).zelfregie(java.util.Optional.empty()).build();
    Zorgnetwerk zonder = n.withZorgvrager(zv).withMantelzorgers(n.mantelzorgers().stream()
        .map(m -> Mantelzorger.builder().from(m).zelfregie(java.util.Optional.empty()).build()).collect(Collectors.toList()));
    assertThat(ENGINE.advise(zonder, PEILDATUM).adviezen()).noneMatch(a -> a.model() == Adviesmodel.ZELFREGIE);
  }

  private static void wellFormed(Adviesrapport r) {
    assertThat(r.adviezen()).isSortedAccordingTo(ORDE);
    for (Advies a : r.adviezen()) {
      assertThat(a.samenvatting()).isNotBlank().hasSizeLessThanOrEqualTo(140);
      assertThat(a.stappen()).isNotEmpty();
      assertThat(a.betreft()).isNotEmpty();
      assertThat(a.uitleg()).isNotBlank();
      Matcher m = PLAATSHOUDER.matcher(TEKSTEN.tekst(a.code(), "uitleg"));
      while (m.find()) {
        assertThat(a.feiten()).as("fact {" + m.group(1) + "} of the explanation of " + a.code()).containsKey(m.group(1));
      }
    }
    assertThat(r.adviezen()).doesNotHaveDuplicates();
  }

  private static <T> List<T> schud(List<T> lijst, Random random) {
    List<T> kopie = new ArrayList<>(lijst);
    Collections.shuffle(kopie, random);
    return kopie;
  }
}
