package io.github.mantelzorg.model;

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
 * (seed 000, 001): its member organisations and the organisations mapped as candidates, the relations rated on the
 * participatieladder, the four collaboration aspects, the initiatiefnemer, the six-step plan, goals, vision, sociale
 * kaart, route to respite, shared overload signalling, mantelzorgakkoord, carers' stories and participation in
 * policy, positioning and the lerend netwerk.
 *
 * <p>Invariants, all reported at once: organisation ids are unique among members and candidates; the initiatiefnemer,
 * the positioning organisation, every relation and every signatory resolve to one of them.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSamenwerkingsverband.class)
@JsonDeserialize(as = ImmutableSamenwerkingsverband.class)
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
  @Value.Default
  default boolean lerendePraktijk() {
    return false;
  }

  /** End of the guidance, for a lerende praktijk. */
  Optional<LocalDate> begeleidingTot();

  /** Member organisations. */
  List<Organisatie> leden();

  /** Organisations mapped as possible partners but not (yet) members (seed 004, partner mapping). */
  List<Organisatie> kandidaten();

  /** Relations rated on the participatieladder. */
  List<SamenwerkingsRelatie> relaties();

  /** Id of the initiatiefnemer (the lead), if one was appointed. */
  Optional<String> initiatiefnemer();

  /** Does the initiatiefnemer have time and energy to invest (seed 001)? */
  @Value.Default
  default boolean initiatiefnemerHeeftTijdEnEnergie() {
    return false;
  }

  /** The four aspects of collaboration. */
  @Value.Default
  default SamenwerkingsAspecten aspecten() {
    return SamenwerkingsAspecten.builder().build();
  }

  /** Steps of the six-step plan done. */
  Set<SamenwerkingsStap> stappenAfgerond();

  /** Outcome of step 3: was an existing network found? Empty until step 3 is done. */
  Optional<Boolean> bestaandNetwerkGevonden();

  /** Day of the last evaluation (step 6), if any. */
  Optional<LocalDate> laatsteEvaluatie();

  /** Goals. */
  List<Doel> doelen();

  /** Shared vision, if formulated. */
  Optional<Visie> visie();

  /** Does the municipality have a vision on carer support (seed 004: "soms is het er gewoon niet")? */
  @Value.Default
  default boolean gemeenteHeeftVisie() {
    return false;
  }

  /** Is there a shared sociale kaart? */
  @Value.Default
  default boolean socialeKaart() {
    return false;
  }

  /** Is the route to respite mapped with the professionals? */
  @Value.Default
  default boolean routeRespijtzorgInBeeld() {
    return false;
  }

  /** Do the members signal overload the same way (e.g. a shared 10-minutencheck)? */
  @Value.Default
  default boolean gedeeldeBelastingsignalering() {
    return false;
  }

  /** Does the partnership offer respite care in its region? */
  @Value.Default
  default boolean biedtRespijt() {
    return false;
  }

  /** The mantelzorgakkoord, if any. */
  Optional<Mantelzorgakkoord> mantelzorgakkoord();

  /** Are carers' stories used (podcast, story in a team meeting)? */
  @Value.Default
  default boolean ervaringsverhalenGebruikt() {
    return false;
  }

  /** Rung on the participatieladder at which carers take part in policy. */
  @Value.Default
  default ParticipatieTrede mantelzorgersBetrokkenBijBeleid() {
    return ParticipatieTrede.GEEN_CONTACT;
  }

  /** Positioning of the carer-support organisation, if described. */
  Optional<Positionering> positionering();

  /** The lerend netwerk the partnership takes part in, if any. */
  Optional<LerendNetwerk> lerendNetwerk();

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

  /** Does any member deploy an expert by experience? */
  default boolean heeftErvaringsdeskundige() {
    return leden().stream().anyMatch(o -> !o.ervaringsdeskundigen().isEmpty());
  }

  /** The first step of the six-step plan not yet done, if any. */
  default Optional<SamenwerkingsStap> volgendeStap() {
    for (SamenwerkingsStap s : SamenwerkingsStap.values()) {
      if (!stappenAfgerond().contains(s)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The success factors of seed 001 that are in place, derived from the state. */
  default Set<SuccesFactor> succesfactoren() {
    Set<SuccesFactor> s = EnumSet.noneOf(SuccesFactor.class);
    if (initiatiefnemerHeeftTijdEnEnergie() && leden().stream().allMatch(Organisatie::medewerkersHebbenTijd)) {
      s.add(SuccesFactor.INVESTEREN);
    }
    if (doelen().stream().anyMatch(d -> d.omvang() == DoelOmvang.KLEIN)) {
      s.add(SuccesFactor.KLEIN_BEGINNEN);
    }
    if (ervaringsverhalenGebruikt()) {
      s.add(SuccesFactor.VERHALEN_MANTELZORGERS_BENUTTEN);
    }
    return s;
  }

  /** Checks unique organisation ids and references, reporting every problem at once. */
  @Value.Check
  default void check() {
    Checks c = Checks.of("Samenwerkingsverband").notBlank("id", id());
    List<String> ids = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < leden().size(); i++) {
      ids.add(leden().get(i).id());
      paths.add("leden[" + i + "].id");
    }
    for (int i = 0; i < kandidaten().size(); i++) {
      ids.add(kandidaten().get(i).id());
      paths.add("kandidaten[" + i + "].id");
    }
    c.unique(ids, paths, Checks.newSeen());
    Set<String> known = new HashSet<>(ids);
    Set<String> members = new HashSet<>();
    leden().forEach(o -> members.add(o.id()));
    initiatiefnemer().ifPresent(i -> c.resolves("initiatiefnemer", i, members, "a member organisation (leden)"));
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
    c.done();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Samenwerkingsverband}. */
  final class Builder extends ImmutableSamenwerkingsverband.Builder {}
}
