package io.github.mantelzorg.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Zorgnetwerk: the care network around one zorgvrager: the mantelzorgers, vrijwilligers, beroepskrachten,
 * informal contacts, experts by experience and organisations, the respite in use, and the network instruments
 * (MantelScan, Een Sterk Sociaal Netwerk).
 *
 * <p>Invariants, all reported at once: every id is unique among the persons and organisations of the network; a
 * beroepskracht's, vrijwilliger's or respite's organisation and the netwerkcoach resolve to a member.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableZorgnetwerk.class)
@JsonDeserialize(as = ImmutableZorgnetwerk.class)
public interface Zorgnetwerk extends WithZorgnetwerk {
  /** Identifier of the network (e.g. a case number). */
  String id();

  /** Municipality of the zorgvrager; joins the network to the partnership of that municipality. */
  Optional<String> gemeente();

  /** The person cared for. */
  Zorgvrager zorgvrager();

  /** Carers. */
  List<Mantelzorger> mantelzorgers();

  /** Volunteers. */
  List<Vrijwilliger> vrijwilligers();

  /** Professionals. */
  List<Beroepskracht> beroepskrachten();

  /** Relatives, friends and neighbours outside the care. */
  List<InformeelContact> informeleContacten();

  /** Experts by experience involved. */
  List<Ervaringsdeskundige> ervaringsdeskundigen();

  /** Organisations of the professionals, volunteers and respite. */
  List<Organisatie> organisaties();

  /** Respite arranged for this network. */
  List<RespijtVoorziening> respijt();

  /** The MantelScan, if one was (or is being) done. */
  Optional<MantelScan> mantelScan();

  /** The Een Sterk Sociaal Netwerk trajectory, if running. */
  Optional<NetwerkCoaching> netwerkCoaching();

  /** Is any respite in use? (Computed once per value; not part of equality or JSON.) */
  @Value.Lazy
  default boolean respijtInGebruik() {
    return respijt().stream().anyMatch(RespijtVoorziening::inGebruik);
  }

  /** Is there exactly one carer? */
  default boolean enigeMantelzorger() {
    return mantelzorgers().size() == 1;
  }

  /** Is there at least one volunteer? */
  default boolean heeftVrijwilliger() {
    return !vrijwilligers().isEmpty();
  }

  /** Number of informal helpers active in the care: carers plus informal contacts who were asked and are willing. */
  default int aantalActieveInformeleHelpers() {
    int n = mantelzorgers().size();
    for (InformeelContact c : informeleContacten()) {
      if (c.gevraagd() && c.bereidOmTeHelpen()) {
        n++;
      }
    }
    return n;
  }

  /** Ids of all persons and organisations. */
  default Set<String> ids() {
    Set<String> ids = new HashSet<>();
    ids.add(zorgvrager().id());
    mantelzorgers().forEach(p -> ids.add(p.id()));
    vrijwilligers().forEach(p -> ids.add(p.id()));
    beroepskrachten().forEach(p -> ids.add(p.id()));
    informeleContacten().forEach(p -> ids.add(p.id()));
    ervaringsdeskundigen().forEach(p -> ids.add(p.id()));
    organisaties().forEach(o -> ids.add(o.id()));
    return ids;
  }

  /** Checks unique ids and references, reporting every problem at once. */
  @Value.Check
  default void check() {
    Checks c = Checks.of("Zorgnetwerk").notBlank("id", id());
    List<String> ids = new ArrayList<>();
    List<String> paths = new ArrayList<>();
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
      c.resolves("beroepskrachten[" + i + "].organisatie", beroepskrachten().get(i).organisatie(), orgs, "an organisation");
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
    c.done();
  }

  private static void collect(List<String> ids, List<String> paths, String field, List<? extends Persoon> persons) {
    for (int i = 0; i < persons.size(); i++) {
      ids.add(persons.get(i).id());
      paths.add(field + "[" + i + "].id");
    }
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Zorgnetwerk}. */
  final class Builder extends ImmutableZorgnetwerk.Builder {}
}
