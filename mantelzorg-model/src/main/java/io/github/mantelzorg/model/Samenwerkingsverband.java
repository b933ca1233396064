package io.github.mantelzorg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Samenwerkingsverband: a local partnership for carers, possibly a lerende praktijk of In voor mantelzorg-thuis
 * (Movisies 2, 2019; Movisies 1, 2022): its member organisations and the organisations mapped as candidates, the
 * relations rated on the participatieladder, the four collaboration aspects, the initiatiefnemer, the six-step plan,
 * goals, vision, sociale kaart, route to respite, shared overload signalling, mantelzorgakkoord, carers' stories and
 * participation in policy, positioning and the lerend netwerk.
 *
 * <p>Invariants, all reported at once: the partnership's id and the ids of its members and candidates are all
 * different; the initiatiefnemer,
 * the positioning organisation, every relation and every signatory resolve to one of them.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSamenwerkingsverband.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableSamenwerkingsverband.class, using = JsonHost.Reader.class)
public interface Samenwerkingsverband extends WithSamenwerkingsverband {
  /** Identifier. */
  String id();

  /** Name. */
  String naam();

  /** Region, when it spans several municipalities. */
  Optional<String> regio();

  /** Municipalities covered; a care network joins the partnership of its municipality. */
  List<String> gemeenten();

  /** Is this a lerende praktijk (at least three organisations, two years of guidance)? */
  Optional<Boolean> lerendePraktijk();

  /** End of the guidance, for a lerende praktijk. */
  Optional<LocalDate> begeleidingTot();

  /** Member organisations. */
  List<Organisatie> leden();

  /** Organisations mapped as possible partners but not (yet) members (MantelzorgNL, Werkboek 1, partner mapping). */
  List<Organisatie> kandidaten();

  /**
   * Relations rated on the participatieladder. A non-empty list is taken as complete (a member without a relation is
   * not rated); absent means unknown unless {@link #geen()} says none is rated yet.
   */
  List<SamenwerkingsRelatie> relaties();

  /** Id of the initiatiefnemer (the lead); absent means unknown unless {@link #geen()} says there is none. */
  Optional<String> initiatiefnemer();

  /** Does the initiatiefnemer have time and energy to invest (Movisies 1, 2022)? */
  Optional<Boolean> initiatiefnemerHeeftTijdEnEnergie();

  /** The four aspects of collaboration. */
  Optional<SamenwerkingsAspecten> aspecten();

  /** Steps of the six-step plan done; absent means unknown unless {@link #geen()} says none is done yet. */
  Set<SamenwerkingsStap> stappenAfgerond();

  /** Outcome of step 3: was an existing network found? Empty until step 3 is done. */
  Optional<Boolean> bestaandNetwerkGevonden();

  /** Day of the last evaluation (step 6); absent means unknown unless {@link #geen()} says there never was one. */
  Optional<LocalDate> laatsteEvaluatie();

  /** Goals; a non-empty list is taken as complete; absent means unknown unless {@link #geen()} says none is set. */
  List<Doel> doelen();

  /** Shared vision; absent means unknown unless {@link #geen()} says none is formulated. */
  Optional<Visie> visie();

  /** Does the municipality have a vision on carer support (MantelzorgNL, Werkboek 1: "soms is het er gewoon niet")? */
  Optional<Boolean> gemeenteHeeftVisie();

  /** Is there a shared sociale kaart? */
  Optional<Boolean> socialeKaart();

  /** Is the route to respite mapped with the professionals? */
  Optional<Boolean> routeRespijtzorgInBeeld();

  /** Do the members signal overload the same way (e.g. a shared 10-minutencheck)? */
  Optional<Boolean> gedeeldeBelastingsignalering();

  /** Does the partnership offer respite care in its region? */
  Optional<Boolean> biedtRespijt();

  /** The mantelzorgakkoord; absent means unknown unless {@link #geen()} says there is none. */
  Optional<Mantelzorgakkoord> mantelzorgakkoord();

  /** Are carers' stories used (podcast, story in a team meeting)? */
  Optional<Boolean> ervaringsverhalenGebruikt();

  /** Rung on the participatieladder at which carers take part in policy. */
  Optional<ParticipatieTrede> mantelzorgersBetrokkenBijBeleid();

  /** Positioning of the carer-support organisation, if described. */
  Optional<Positionering> positionering();

  /** The lerend netwerk the partnership takes part in, if any. */
  Optional<LerendNetwerk> lerendNetwerk();

  /** The parts this record states are absent ("there is none"), as opposed to parts it does not mention (unknown). */
  Set<Onderdeel> geen();

  /** Onderdeel: a part of a partnership that a record can state to be absent. */
  enum Onderdeel {
    /** No initiatiefnemer (lead) is appointed. */
    @JsonProperty("initiatiefnemer") INITIATIEFNEMER,
    /** No relation is rated on the participatieladder yet. */
    @JsonProperty("relaties") RELATIES,
    /** No step of the six-step plan is done yet. */
    @JsonProperty("stappenAfgerond") STAPPEN_AFGEROND,
    /** There never was an evaluation (step 6). */
    @JsonProperty("laatsteEvaluatie") LAATSTE_EVALUATIE,
    /** No goal is set. */
    @JsonProperty("doelen") DOELEN,
    /** No shared vision is formulated. */
    @JsonProperty("visie") VISIE,
    /** There is no mantelzorgakkoord. */
    @JsonProperty("mantelzorgakkoord") MANTELZORGAKKOORD
  }

  /** Is this part stated to be absent ({@link #geen()})? */
  default boolean geen(Onderdeel onderdeel) {
    return geen().contains(onderdeel);
  }

  /** A member or candidate by id. */
  default Optional<Organisatie> organisatie(String id) {
    for (Organisatie o : leden()) {
      if (o.id().equals(id)) {
        return Optional.of(o);
      }
    }
    return kandidaten().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** The initiatiefnemer's organisation, if appointed. */
  default Optional<Organisatie> initiatiefnemerOrganisatie() {
    return initiatiefnemer().flatMap(this::organisatie);
  }

  /**
   * Does any member deploy an expert by experience: yes when a member lists one, no when every member states it has
   * none, otherwise unknown.
   */
  default Optional<Boolean> heeftErvaringsdeskundige() {
    return ThreeValued.any(leden(), o -> !o.ervaringsdeskundigen().isEmpty() ? Optional.of(true)
        : o.geen(Organisatie.Onderdeel.ERVARINGSDESKUNDIGEN) ? Optional.of(false) : Optional.empty());
  }

  /**
   * The first step of the six-step plan not yet done, when the steps done are known (listed, or none stated done);
   * empty when unknown or when all six are done.
   */
  default Optional<SamenwerkingsStap> volgendeStap() {
    if (stappenAfgerond().isEmpty() && !geen(Onderdeel.STAPPEN_AFGEROND)) {
      return Optional.empty();
    }
    for (SamenwerkingsStap s : SamenwerkingsStap.values()) {
      if (!stappenAfgerond().contains(s)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The success factors of the lerende praktijken (Movisies 2022) that the record states are in place. */
  default Set<SuccesFactor> succesfactoren() {
    Set<SuccesFactor> s = EnumSet.noneOf(SuccesFactor.class);
    if (initiatiefnemerHeeftTijdEnEnergie().orElse(false)
        && ThreeValued.all(leden(), Organisatie::medewerkersHebbenTijd).orElse(false)) {
      s.add(SuccesFactor.INVESTEREN);
    }
    if (doelen().stream().anyMatch(d -> d.omvang().equals(Optional.of(DoelOmvang.KLEIN)))) {
      s.add(SuccesFactor.KLEIN_BEGINNEN);
    }
    if (ervaringsverhalenGebruikt().orElse(false)) {
      s.add(SuccesFactor.VERHALEN_MANTELZORGERS_BENUTTEN);
    }
    return s;
  }

  /** Checks unique organisation ids and references, reporting every problem at once. */
  @Value.Check
  default void check() {
    Checks c = Checks.of("Samenwerkingsverband").printable("id", id()).printable("naam", naam())
        .printable("initiatiefnemer", initiatiefnemer());
    List<String> ids = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    // The partnership's own id too: advice given under an id must be about one thing.
    ids.add(id());
    paths.add("id");
    for (int i = 0; i < leden().size(); i++) {
      ids.add(leden().get(i).id());
      paths.add("leden[" + i + "].id");
    }
    for (int i = 0; i < kandidaten().size(); i++) {
      ids.add(kandidaten().get(i).id());
      paths.add("kandidaten[" + i + "].id");
    }
    c.unique(ids, paths, Checks.newSeen());
    Set<String> known = new HashSet<>(ids.subList(1, ids.size()));
    Set<String> members = new HashSet<>();
    leden().forEach(o -> members.add(o.id()));
    initiatiefnemer().filter(Checks::isPrintable).ifPresent(i -> c.resolves("initiatiefnemer", i, members, "a member organisation (leden)"));
    for (int i = 0; i < relaties().size(); i++) {
      c.resolves("relaties[" + i + "].organisatie", relaties().get(i).organisatie(), known, "an organisation (leden or kandidaten)");
    }
    mantelzorgakkoord().ifPresent(a -> {
      for (int i = 0; i < a.ondertekenaars().size(); i++) {
        c.resolves("mantelzorgakkoord.ondertekenaars[" + i + "]", a.ondertekenaars().get(i), known,
            "an organisation (leden or kandidaten)");
      }
    });
    positionering().ifPresent(p -> c.resolves("positionering.organisatie", p.organisatie(), members, "a member organisation (leden)"));
    Checks.geen(c, geen(), java.util.Map.of(
        Onderdeel.INITIATIEFNEMER, initiatiefnemer().isPresent(),
        Onderdeel.RELATIES, !relaties().isEmpty(),
        Onderdeel.STAPPEN_AFGEROND, !stappenAfgerond().isEmpty(),
        Onderdeel.LAATSTE_EVALUATIE, laatsteEvaluatie().isPresent(),
        Onderdeel.DOELEN, !doelen().isEmpty(),
        Onderdeel.VISIE, visie().isPresent(),
        Onderdeel.MANTELZORGAKKOORD, mantelzorgakkoord().isPresent()));
    c.done();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Samenwerkingsverband}. */
  final class Builder extends ImmutableSamenwerkingsverband.Builder {}
}
