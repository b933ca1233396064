package io.github.mantelzorg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mantelzorg.model.testing.ModelArbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * In a {@link Casus} an id denotes one thing: network ids are unique, the partnership's id is used by nothing else,
 * and a recurring id names the same person (same name) or the same organisation (same name, same type where both
 * state one). Every clash is reported at once, with the path of the id's first use.
 */
class CasusIdsTest {
  private static final String UNIQUE = "an id not used elsewhere in this value";

  private static Zorgvrager zv(String id, String naam) {
    return Zorgvrager.builder().id(id).naam(naam).build();
  }

  private static Vrijwilliger vw(String id, String naam) {
    return Vrijwilliger.builder().id(id).naam(naam).build();
  }

  private static Organisatie org(String id, String naam, OrganisatieType type) {
    Organisatie.Builder b = Organisatie.builder().id(id).naam(naam);
    return (type == null ? b : b.type(type)).build();
  }

  private static InvalidModelException thrown(Casus.Builder casus) {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class, casus::build);
    assertThat(e).as("an InvalidModelException").isNotNull();
    return e;
  }

  @Test
  void theSameVolunteerAndOrganisationMayServeSeveralNetworksAndThePartnership() {
    Casus c = Casus.builder()
        .addZorgnetwerken(Zorgnetwerk.builder().id("n1").zorgvrager(zv("zv1", "Jan")).addVrijwilligers(vw("vw", "Vera"))
            .addOrganisaties(org("o1", "Thuiszorg", OrganisatieType.THUISZORG)).build())
        .addZorgnetwerken(Zorgnetwerk.builder().id("n2").zorgvrager(zv("zv2", "Riek")).addVrijwilligers(vw("vw", "Vera"))
            .addOrganisaties(org("o1", "Thuiszorg", null)).build())
        .samenwerkingsverband(Samenwerkingsverband.builder().id("s").naam("S")
            .addLeden(org("o1", "Thuiszorg", OrganisatieType.THUISZORG)).build())
        .build();
    assertThat(c.zorgnetwerken()).hasSize(2);
  }

  @Test
  void aCarerInOneNetworkMayBeTheZorgvragerOfAnother() {
    Zorgnetwerk n1 = Zorgnetwerk.builder().id("n1").zorgvrager(zv("piet", "Piet"))
        .addMantelzorgers(Mantelzorger.builder().id("els").naam("Els").build()).build();
    Zorgnetwerk n2 = Zorgnetwerk.builder().id("n2").zorgvrager(zv("els", "Els"))
        .addMantelzorgers(Mantelzorger.builder().id("piet").naam("Piet").build()).build();
    assertThat(Casus.builder().addZorgnetwerken(n1, n2).build().zorgnetwerken()).hasSize(2);
  }

  @Test
  void everyClashIsReportedWithThePathOfTheFirstUse() {
    InvalidModelException e = thrown(Casus.builder()
        .addZorgnetwerken(Zorgnetwerk.builder().id("n1").zorgvrager(zv("zv", "Jan")).addVrijwilligers(vw("vw", "Vera"))
            .addOrganisaties(org("o1", "Thuiszorg", OrganisatieType.THUISZORG)).build())
        .addZorgnetwerken(Zorgnetwerk.builder().id("n2").zorgvrager(zv("n1", "Kees")).addVrijwilligers(vw("vw", "Vincent"))
            .build())
        .samenwerkingsverband(Samenwerkingsverband.builder().id("n2").naam("S")
            .addLeden(org("o1", "Thuiszorg", OrganisatieType.GGZ), org("vw", "Vera", null)).build()));
    assertThat(e.problems()).containsExactly(
        new Problem("zorgnetwerken[1].zorgvrager.id", "\"n1\"", UNIQUE + ": zorgnetwerken[0].id uses it for a care network"),
        new Problem("zorgnetwerken[1].vrijwilligers[0].id", "\"vw\"", UNIQUE
            + ", or one for the same person (same name): zorgnetwerken[0].vrijwilligers[0].id uses it for the person \"Vera\""),
        new Problem("samenwerkingsverband.id", "\"n2\"", UNIQUE + ": zorgnetwerken[1].id uses it for a care network"),
        new Problem("samenwerkingsverband.leden[0].id", "\"o1\"", UNIQUE + ", or one for the same organisation (same name "
            + "and type): zorgnetwerken[0].organisaties[0].id uses it for the organisation \"Thuiszorg\" (THUISZORG)"),
        new Problem("samenwerkingsverband.leden[1].id", "\"vw\"",
            UNIQUE + ": zorgnetwerken[0].vrijwilligers[0].id uses it for the person \"Vera\""));
  }

  @Test
  void aTypeStatedLaterIsComparedWithTheNextOne() {
    InvalidModelException e = thrown(Casus.builder()
        .addZorgnetwerken(Zorgnetwerk.builder().id("n1").zorgvrager(zv("zv1", "Jan")).addOrganisaties(org("o1", "T", null)).build())
        .addZorgnetwerken(Zorgnetwerk.builder().id("n2").zorgvrager(zv("zv2", "Riek"))
            .addOrganisaties(org("o1", "T", OrganisatieType.THUISZORG)).build())
        .samenwerkingsverband(Samenwerkingsverband.builder().id("s").naam("S").addLeden(org("o1", "T", OrganisatieType.GGZ))
            .build()));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("samenwerkingsverband.leden[0].id");
      assertThat(p.expected()).endsWith(": zorgnetwerken[1].organisaties[0].id uses it for the organisation \"T\" (THUISZORG)");
    });
  }

  @Test
  void anExpertOfAnOrganisationWithAnotherNamesIdClashes() {
    Organisatie o = Organisatie.builder().id("o1").naam("T")
        .addErvaringsdeskundigen(Ervaringsdeskundige.builder().id("zv").naam("Ans").build()).build();
    InvalidModelException e = thrown(Casus.builder()
        .addZorgnetwerken(Zorgnetwerk.builder().id("n1").zorgvrager(zv("zv", "Jan")).addOrganisaties(o).build()));
    assertThat(e.problems()).extracting(Problem::path).containsExactly("zorgnetwerken[0].organisaties[0].ervaringsdeskundigen[0].id");
  }

  @Test
  void aNetworkOrPartnershipSharingAnIdWithItsOwnPartsIsRejectedOnItsOwn() {
    InvalidModelException n = catchThrowableOfType(InvalidModelException.class, () -> Zorgnetwerk.builder().id("zv")
        .zorgvrager(zv("zv", "Jan")).build());
    assertThat(n.problems()).containsExactly(new Problem("zorgvrager.id", "\"zv\"", UNIQUE));
    InvalidModelException v = catchThrowableOfType(InvalidModelException.class, () -> Samenwerkingsverband.builder()
        .id("o1").naam("S").addKandidaten(org("o1", "O", null)).build());
    assertThat(v.problems()).containsExactly(new Problem("kandidaten[0].id", "\"o1\"", UNIQUE));
  }

  @Test
  void aBareNetworkReadAsACaseNamesThePathsOfTheDocument() {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class, () -> Json.create().readCasus(
        "{\"id\":\"n1\",\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"Jan\"},\"organisaties\":[{\"id\":\"o1\",\"naam\":\"T\","
            + "\"ervaringsdeskundigen\":[{\"id\":\"zv\",\"naam\":\"Ans\"}]}]}"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("organisaties[0].ervaringsdeskundigen[0].id");
      assertThat(p.expected()).endsWith(": zorgvrager.id uses it for the person \"Jan\"");
    });
  }

  @Property(tries = 50)
  void generatedCasesAreValidAndANetworkNamedAfterOneOfTheirPersonsIsNot(@ForAll("casussen") Casus c) {
    Casus.builder().from(c).build();
    java.util.Optional<Zorgnetwerk> eerste = c.zorgnetwerken().stream().findFirst();
    if (eerste.isEmpty()) {
      return;
    }
    String persoon = eerste.get().zorgvrager().id();
    Zorgnetwerk andere = ModelArbitraries.metPrefix(eerste.get(), "ander/").withId(persoon);
    InvalidModelException e = thrown(Casus.builder().from(c).addZorgnetwerken(andere));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("zorgnetwerken[" + c.zorgnetwerken().size() + "].id");
      assertThat(p.expected()).endsWith(": zorgnetwerken[0].zorgvrager.id uses it for the person "
          + Checks.quote(eerste.get().zorgvrager().naam()));
    });
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Casus> casussen() {
    return ModelArbitraries.casussen();
  }
}
