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
  /**
   * Identifier.
   *
   * @return the id
   */
  String id();

  /**
   * Name.
   *
   * @return the name
   */
  String naam();

  /**
   * Region, when it spans several municipalities.
   *
   * @return the region, or empty
   */
  Optional<String> regio();

  /**
   * Municipalities covered; a care network joins the partnership of its municipality.
   *
   * @return the municipalities
   */
  List<String> gemeenten();

  /**
   * Is this a lerende praktijk (at least three organisations, two years of guidance)?
   *
   * @return whether it is a lerende praktijk; empty when unknown
   */
  Optional<Boolean> lerendePraktijk();

  /**
   * End of the guidance, for a lerende praktijk.
   *
   * @return the end of the guidance, or empty
   */
  Optional<LocalDate> begeleidingTot();

  /**
   * Member organisations.
   *
   * @return the members
   */
  List<Organisatie> leden();

  /**
   * Organisations mapped as possible partners but not (yet) members (MantelzorgNL, Werkboek 1, partner mapping).
   *
   * @return the candidates
   */
  List<Organisatie> kandidaten();

  /**
   * Relations rated on the participatieladder. A non-empty list is taken as complete (a member without a relation is
   * not rated); absent means unknown unless {@link #geen()} says none is rated yet.
   *
   * @return the relations
   */
  List<SamenwerkingsRelatie> relaties();

  /**
   * Id of the initiatiefnemer (the lead); absent means unknown unless {@link #geen()} says there is none.
   *
   * @return the initiatiefnemer's id, or empty
   */
  Optional<String> initiatiefnemer();

  /**
   * Does the initiatiefnemer have time and energy to invest (Movisies 1, 2022)?
   *
   * @return whether the initiatiefnemer has time and energy; empty when unknown
   */
  Optional<Boolean> initiatiefnemerHeeftTijdEnEnergie();

  /**
   * The four aspects of collaboration.
   *
   * @return the aspects, or empty when unknown
   */
  Optional<SamenwerkingsAspecten> aspecten();

  /**
   * Steps of the six-step plan done; absent means unknown unless {@link #geen()} says none is done yet.
   *
   * @return the steps done
   */
  Set<SamenwerkingsStap> stappenAfgerond();

  /**
   * Outcome of step 3: was an existing network found? Empty until step 3 is done.
   *
   * @return whether an existing network was found; empty until step 3 is done
   */
  Optional<Boolean> bestaandNetwerkGevonden();

  /**
   * Day of the last evaluation (step 6); absent means unknown unless {@link #geen()} says there never was one.
   *
   * @return the day of the last evaluation, or empty
   */
  Optional<LocalDate> laatsteEvaluatie();

  /**
   * Goals; a non-empty list is taken as complete; absent means unknown unless {@link #geen()} says none is set.
   *
   * @return the goals
   */
  List<Doel> doelen();

  /**
   * Shared vision; absent means unknown unless {@link #geen()} says none is formulated.
   *
   * @return the vision, or empty
   */
  Optional<Visie> visie();

  /**
   * Does the municipality have a vision on carer support (MantelzorgNL, Werkboek 1: "soms is het er gewoon niet")?
   *
   * @return whether the municipality has a vision; empty when unknown
   */
  Optional<Boolean> gemeenteHeeftVisie();

  /**
   * Is there a shared sociale kaart?
   *
   * @return whether there is a shared sociale kaart; empty when unknown
   */
  Optional<Boolean> socialeKaart();

  /**
   * Is the route to respite mapped with the professionals?
   *
   * @return whether the route is mapped; empty when unknown
   */
  Optional<Boolean> routeRespijtzorgInBeeld();

  /**
   * Do the members signal overload the same way (e.g. a shared 10-minutencheck)?
   *
   * @return whether the members signal overload the same way; empty when unknown
   */
  Optional<Boolean> gedeeldeBelastingsignalering();

  /**
   * Does the partnership offer respite care in its region?
   *
   * @return whether it offers respite; empty when unknown
   */
  Optional<Boolean> biedtRespijt();

  /**
   * The mantelzorgakkoord; absent means unknown unless {@link #geen()} says there is none.
   *
   * @return the mantelzorgakkoord, or empty
   */
  Optional<Mantelzorgakkoord> mantelzorgakkoord();

  /**
   * Are carers' stories used (podcast, story in a team meeting)?
   *
   * @return whether carers' stories are used; empty when unknown
   */
  Optional<Boolean> ervaringsverhalenGebruikt();

  /**
   * Rung on the participatieladder at which carers take part in policy.
   *
   * @return the rung, or empty when unknown
   */
  Optional<ParticipatieTrede> mantelzorgersBetrokkenBijBeleid();

  /**
   * Positioning of the carer-support organisation, if described.
   *
   * @return the positioning, or empty
   */
  Optional<Positionering> positionering();

  /**
   * The lerend netwerk the partnership takes part in, if any.
   *
   * @return the lerend netwerk, or empty
   */
  Optional<LerendNetwerk> lerendNetwerk();

  /**
   * The parts this record states are absent ("there is none"), as opposed to parts it does not mention (unknown).
   *
   * @return the parts stated absent
   */
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

  /**
   * Is this part stated to be absent ({@link #geen()})?
   *
   * @param onderdeel the part
   * @return whether {@link #geen()} holds it
   */
  default boolean geen(Onderdeel onderdeel) {
    return geen().contains(onderdeel);
  }

  /**
   * A member or candidate by id.
   *
   * @param id the organisation's id
   * @return the organisation, or empty when no member or candidate has this id
   */
  default Optional<Organisatie> organisatie(String id) {
    for (Organisatie o : leden()) {
      if (o.id().equals(id)) {
        return Optional.of(o);
      }
    }
    return kandidaten().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * The initiatiefnemer's organisation, if appointed.
   *
   * @return the organisation, or empty
   */
  default Optional<Organisatie> initiatiefnemerOrganisatie() {
    return initiatiefnemer().flatMap(this::organisatie);
  }

  /**
   * Does any member deploy an expert by experience: yes when a member lists one, no when every member states it has
   * none, otherwise unknown.
   *
   * @return true, false, or empty when unknown
   */
  default Optional<Boolean> heeftErvaringsdeskundige() {
    return ThreeValued.any(leden(), o -> !o.ervaringsdeskundigen().isEmpty() ? Optional.of(true)
        : o.geen(Organisatie.Onderdeel.ERVARINGSDESKUNDIGEN) ? Optional.of(false) : Optional.empty());
  }

  /**
   * The first step of the six-step plan not yet done, when the steps done are known (listed, or none stated done);
   * empty when unknown or when all six are done.
   *
   * @return the next step, or empty
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

  /**
   * The success factors of the lerende praktijken (Movisies 2022) that the record states are in place.
   *
   * @return the success factors in place
   */
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

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Samenwerkingsverband}. */
  final class Builder extends ImmutableSamenwerkingsverband.Builder {}
}
