package io.github.mantelzorg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Zorgnetwerk: the care network around one zorgvrager: the mantelzorgers, vrijwilligers, beroepskrachten,
 * informal contacts, experts by experience and organisations, the respite in use, and the network instruments
 * (MantelScan, Een Sterk Sociaal Netwerk).
 *
 * <p>Invariants, all reported at once: the network's id and the ids of its persons and organisations are all
 * different; a beroepskracht's, vrijwilliger's or respite's organisation and the netwerkcoach resolve to a member.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableZorgnetwerk.class, using = JsonHost.Writer.class)
@JsonDeserialize(as = ImmutableZorgnetwerk.class, using = JsonHost.Reader.class)
public interface Zorgnetwerk extends WithZorgnetwerk {
  /**
   * Identifier of the network (e.g. a case number).
   *
   * @return the id
   */
  String id();

  /**
   * Municipality of the zorgvrager; joins the network to the partnership of that municipality.
   *
   * @return the municipality, or empty when unknown
   */
  Optional<String> gemeente();

  /**
   * The person cared for.
   *
   * @return the zorgvrager
   */
  Zorgvrager zorgvrager();

  /**
   * Carers: those the record lists (absent or empty: none recorded).
   *
   * @return the carers
   */
  List<Mantelzorger> mantelzorgers();

  /**
   * Volunteers. A listed volunteer means one is involved; absent means unknown unless {@link #geen()} says none.
   *
   * @return the volunteers
   */
  List<Vrijwilliger> vrijwilligers();

  /**
   * Professionals the record lists (absent or empty: none recorded).
   *
   * @return the professionals
   */
  List<Beroepskracht> beroepskrachten();

  /**
   * Relatives, friends and neighbours outside the care. A non-empty list is taken as complete; absent means unknown
   * unless {@link #geen()} says there are none.
   *
   * @return the informal contacts
   */
  List<InformeelContact> informeleContacten();

  /**
   * Experts by experience involved.
   *
   * @return the experts by experience
   */
  List<Ervaringsdeskundige> ervaringsdeskundigen();

  /**
   * Organisations of the professionals, volunteers and respite.
   *
   * @return the organisations
   */
  List<Organisatie> organisaties();

  /**
   * Respite arranged for this network; absent means unknown unless {@link #geen()} says none is arranged.
   *
   * @return the respite arranged
   */
  List<RespijtVoorziening> respijt();

  /**
   * The MantelScan, if one was (or is being) done; absent means unknown unless {@link #geen()} says none was done.
   *
   * @return the MantelScan, or empty
   */
  Optional<MantelScan> mantelScan();

  /**
   * The Een Sterk Sociaal Netwerk trajectory, if running; absent means unknown unless {@link #geen()} says none runs.
   *
   * @return the trajectory, or empty
   */
  Optional<NetwerkCoaching> netwerkCoaching();

  /**
   * The parts this record states are absent ("there is none"), as opposed to parts it does not mention (unknown).
   * In JSON an empty list given on purpose ({@code "vrijwilligers": []}) states the same and is read into this set.
   *
   * @return the parts stated absent
   */
  Set<Onderdeel> geen();

  /** Onderdeel: a part of a network that a record can state to be absent. */
  enum Onderdeel {
    /** No volunteer is involved. */
    @JsonProperty("vrijwilligers") VRIJWILLIGERS,
    /** No relative, friend or neighbour outside the care is known to help or be willing. */
    @JsonProperty("informeleContacten") INFORMELE_CONTACTEN,
    /** No respite is arranged. */
    @JsonProperty("respijt") RESPIJT,
    /** No MantelScan was done. */
    @JsonProperty("mantelScan") MANTEL_SCAN,
    /** No Een Sterk Sociaal Netwerk trajectory runs. */
    @JsonProperty("netwerkCoaching") NETWERK_COACHING
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
   * Is respite in use: yes when a listed respite is in use; no when the record states there is none, or every listed
   * respite is stated not in use; otherwise unknown. (Computed once per value; not part of equality or JSON.)
   *
   * @return true, false, or empty when unknown
   */
  @Value.Lazy
  default Optional<Boolean> respijtInGebruik() {
    if (respijt().isEmpty()) {
      return geen(Onderdeel.RESPIJT) ? Optional.of(false) : Optional.empty();
    }
    return ThreeValued.any(respijt(), RespijtVoorziening::inGebruik);
  }

  /**
   * Is a volunteer involved: yes when one is listed, no when the record states none, otherwise unknown.
   *
   * @return true, false, or empty when unknown
   */
  default Optional<Boolean> heeftVrijwilliger() {
    return !vrijwilligers().isEmpty() ? Optional.of(true)
        : geen(Onderdeel.VRIJWILLIGERS) ? Optional.of(false) : Optional.empty();
  }

  /**
   * Every person of the network: the zorgvrager first, then carers, volunteers, professionals, contacts, experts.
   *
   * @return every person, the zorgvrager first
   */
  @Value.Lazy
  default List<Persoon> personen() {
    List<Persoon> p = new ArrayList<>(1 + mantelzorgers().size() + vrijwilligers().size() + beroepskrachten().size()
        + informeleContacten().size() + ervaringsdeskundigen().size());
    p.add(zorgvrager());
    p.addAll(mantelzorgers());
    p.addAll(vrijwilligers());
    p.addAll(beroepskrachten());
    p.addAll(informeleContacten());
    p.addAll(ervaringsdeskundigen());
    return java.util.Collections.unmodifiableList(p);
  }

  /**
   * Ids of all persons and organisations.
   *
   * @return the ids
   */
  default Set<String> ids() {
    Set<String> ids = new HashSet<>();
    personen().forEach(p -> ids.add(p.id()));
    organisaties().forEach(o -> ids.add(o.id()));
    return ids;
  }

  /** Checks unique ids and references, reporting every problem at once. */
  @Value.Check
  default void check() {
    Checks c = Checks.of("Zorgnetwerk").printable("id", id());
    List<String> ids = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    // The network's own id too: advice given under an id must be about one thing.
    ids.add(id());
    paths.add("id");
    ids.add(zorgvrager().id());
    paths.add("zorgvrager.id");
    collect(ids, paths, "mantelzorgers", mantelzorgers());
    collect(ids, paths, "vrijwilligers", vrijwilligers());
    collect(ids, paths, "beroepskrachten", beroepskrachten());
    collect(ids, paths, "informeleContacten", informeleContacten());
    collect(ids, paths, "ervaringsdeskundigen", ervaringsdeskundigen());
    for (int i = 0; i < organisaties().size(); i++) {
      ids.add(organisaties().get(i).id());
      paths.add("organisaties[" + i + "].id");
    }
    c.unique(ids, paths, Checks.newSeen());
    Set<String> orgs = new HashSet<>();
    organisaties().forEach(o -> orgs.add(o.id()));
    for (int i = 0; i < beroepskrachten().size(); i++) {
      int j = i;
      beroepskrachten().get(i).organisatie().ifPresent(o -> c.resolves("beroepskrachten[" + j + "].organisatie", o, orgs, "an organisation"));
    }
    for (int i = 0; i < vrijwilligers().size(); i++) {
      int j = i;
      vrijwilligers().get(i).organisatie().ifPresent(o -> c.resolves("vrijwilligers[" + j + "].organisatie", o, orgs, "an organisation"));
    }
    for (int i = 0; i < respijt().size(); i++) {
      int j = i;
      respijt().get(i).organisatie().ifPresent(o -> c.resolves("respijt[" + j + "].organisatie", o, orgs, "an organisation"));
    }
    Set<String> vrijwilligerIds = new HashSet<>();
    vrijwilligers().forEach(v -> vrijwilligerIds.add(v.id()));
    netwerkCoaching().flatMap(NetwerkCoaching::netwerkcoach)
        .ifPresent(n -> c.resolves("netwerkCoaching.netwerkcoach", n, vrijwilligerIds, "a vrijwilliger"));
    for (int i = 0; i < mantelzorgers().size(); i++) {
      List<Belastingmeting> metingen = mantelzorgers().get(i).belasting();
      for (int k = 0; k < metingen.size(); k++) {
        int m = i;
        int n = k;
        metingen.get(k).afgenomenDoor().ifPresent(o -> c.resolves(
            "mantelzorgers[" + m + "].belasting[" + n + "].afgenomenDoor", o, orgs, "an organisation"));
      }
    }
    Checks.geen(c, geen(), Map.of(
        Onderdeel.VRIJWILLIGERS, !vrijwilligers().isEmpty(),
        Onderdeel.INFORMELE_CONTACTEN, !informeleContacten().isEmpty(),
        Onderdeel.RESPIJT, !respijt().isEmpty(),
        Onderdeel.MANTEL_SCAN, mantelScan().isPresent(),
        Onderdeel.NETWERK_COACHING, netwerkCoaching().isPresent()));
    c.done();
  }

  private static void collect(List<String> ids, List<String> paths, String field, List<? extends Persoon> persons) {
    for (int i = 0; i < persons.size(); i++) {
      ids.add(persons.get(i).id());
      paths.add(field + "[" + i + "].id");
    }
  }

  /**
   * A new builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Zorgnetwerk}. */
  final class Builder extends ImmutableZorgnetwerk.Builder {}
}
