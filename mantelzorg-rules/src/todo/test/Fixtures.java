package io.github.mantelzorg.rules;

import io.github.mantelzorg.model.Aandoening;
import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.Organisatie;
import io.github.mantelzorg.model.OrganisatieType;
import io.github.mantelzorg.model.Relatie;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.Zorgvrager;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Shared starting points for rule tests: a quiet network and a quiet partnership that fire as little as possible,
 * so that each test changes one fact and checks one rule at its boundary.
 */
public final class Fixtures {
  /** The evaluation date of all rule tests. */
  public static final LocalDate PEILDATUM = LocalDate.of(2026, 11, 24);
  /** One engine for all tests (the rule base loads once per JVM). */
  public static final AdviesEngine ENGINE = AdviesEngine.create();

  private Fixtures() {}

  /** A zorgvrager "z1" with no condition recorded. */
  public static Zorgvrager.Builder zorgvrager() {
    return Zorgvrager.builder().id("z1").naam("Jan").leeftijd(80).addAandoeningen(Aandoening.OUDERDOM_KWETSBAARHEID);
  }

  /** A light-duty carer: partner, 4 hours a week for 2 months, recognises themselves, no measurements. */
  public static Mantelzorger.Builder mantelzorger(String id) {
    return Mantelzorger.builder().id(id).naam("Mantelzorger " + id).relatie(Relatie.PARTNER).urenPerWeek(4).maanden(2)
        .hoofdmantelzorger(true).herkentZichAlsMantelzorger(true);
  }

  /** A network "n1" around {@link #zorgvrager()} with one light-duty carer "m1" and nothing else. */
  public static Zorgnetwerk.Builder netwerk() {
    return Zorgnetwerk.builder().id("n1").gemeente("Leiden").zorgvrager(zorgvrager().build())
        .addMantelzorgers(mantelzorger("m1").build());
  }

  /** An organisation with the given id and type that has a vision and time for collaboration. */
  public static Organisatie.Builder organisatie(String id, OrganisatieType type) {
    return Organisatie.builder().id(id).naam("Organisatie " + id).type(type).heeftVisie(true).medewerkersHebbenTijd(true);
  }

  /** A partnership "v1" in Leiden; three members, no relations, no goals. */
  public static Samenwerkingsverband.Builder verband() {
    return Samenwerkingsverband.builder().id("v1").naam("Samen voor mantelzorg Leiden").addGemeenten("Leiden")
        .addLeden(organisatie("o1", OrganisatieType.WELZIJNSORGANISATIE).build())
        .addLeden(organisatie("o2", OrganisatieType.THUISZORG).build())
        .addLeden(organisatie("o3", OrganisatieType.GEMEENTE).build());
  }

  /** Evaluates a network on {@link #PEILDATUM}. */
  public static Adviesrapport advies(Zorgnetwerk n) {
    return ENGINE.advise(n, PEILDATUM);
  }

  /** Evaluates a partnership on {@link #PEILDATUM}. */
  public static Adviesrapport advies(Samenwerkingsverband v) {
    return ENGINE.advise(v, PEILDATUM);
  }

  /** Evaluates a case on {@link #PEILDATUM}. */
  public static Adviesrapport advies(Casus c) {
    return ENGINE.advise(c, PEILDATUM);
  }

  /** The subjects ({@code betreft}) of every advice with this code, e.g. {@code [m1]}. */
  public static List<List<String>> onderwerpen(Adviesrapport r, String code) {
    return r.met(code).stream().map(Advies::betreft).collect(Collectors.toList());
  }

  /** Does an advice with this code concern this id? */
  public static boolean vuurt(Adviesrapport r, String code, String id) {
    return r.met(code).stream().anyMatch(a -> a.betreft().contains(id));
  }
}
