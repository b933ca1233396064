package io.github.mantelzorg.rules.ecomap;

import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Beroepskracht;
import io.github.mantelzorg.model.Drempels;
import io.github.mantelzorg.model.Ervaringsdeskundige;
import io.github.mantelzorg.model.InformeelContact;
import io.github.mantelzorg.model.Instrument;
import io.github.mantelzorg.model.Mantelzorger;
import io.github.mantelzorg.model.Organisatie;
import io.github.mantelzorg.model.RespijtVoorziening;
import io.github.mantelzorg.model.Vrijwilliger;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.model.Zorgvrager;
import io.github.mantelzorg.rules.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Draws the ecomap of one network: builds a node per person, organisation of a professional, respite arrangement
 * and (for a kind of person the record lists none of) a placeholder; lays them out around the zorgvrager in one
 * sector per kind, clockwise from the top: carers, respite, volunteers, professionals (their organisations further
 * out), experts by experience, informal contacts; and writes the SVG with a legend and a text description.
 *
 * <p>Everything is ordered by kind and id before it is placed, so the picture does not depend on the order of the
 * input lists; numbers are written in a fixed format and the trigonometry is {@link StrictMath}, so the same input
 * gives the same bytes on every machine.
 */
final class EcomapTekening {
  /** Kinds of node, with their colour (all at least 4.5:1 on white and on the light fills). */
  enum Soort {
    ZORGVRAGER("zorgvrager", "#1a1a1a"),
    MANTELZORGER("mantelzorger", "#6a1b9a"),
    RESPIJT("respijt", "#5d4037"),
    VRIJWILLIGER("vrijwilliger", "#00695c"),
    BEROEPSKRACHT("beroepskracht", "#1456a8"),
    ERVARINGSDESKUNDIGE("ervaringsdeskundige", "#ad1457"),
    INFORMEEL_CONTACT("informeel-contact", "#2e6219"),
    ORGANISATIE("organisatie", "#37474f");

    final String klasse;
    final String kleur;

    Soort(String klasse, String kleur) {
      this.klasse = klasse;
      this.kleur = kleur;
    }
  }

  /** How a line is drawn; its name (lower case, dashes) is its {@code data-stijl}. */
  enum LijnStijl {
    DIK(7, null, false),
    MIDDEL(4.5, null, false),
    DUN(2, null, false),
    GESTREEPT(2.2, "9 6", false),
    GESTIPPELD(2.4, "1 5", true),
    NIET_BEREID(1.4, "14 4 2 4", true),
    ORGANISATIE(1.6, null, true);

    final double dikte;
    final String streep;
    final boolean grijs;

    LijnStijl(double dikte, String streep, boolean grijs) {
      this.dikte = dikte;
      this.streep = streep;
      this.grijs = grijs;
    }

    String naam() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** The burden mark of a carer's node. */
  enum Belasting {
    GEEN, OVERBELAST, NIET, ONBEKEND
  }

  /** What a placeholder says. */
  enum Leeg {
    NEE, GEEN, ONBEKEND
  }

  /** Typography of a line of text in a node. */
  enum Opmaak {
    LABEL(10.5, true, 14), NAAM(13.5, true, 18), TEKST(12, false, 15), NADRUK(12, true, 15);

    final double grootte;
    final boolean vet;
    final double hoogte;

    Opmaak(double grootte, boolean vet, double hoogte) {
      this.grootte = grootte;
      this.vet = vet;
      this.hoogte = hoogte;
    }
  }

  record Regel(String tekst, Opmaak opmaak) {}

  /** A node: its content, its kind and marks, and (once placed) its box. */
  static final class Knoop {
    final String id;
    final Soort soort;
    final List<Regel> regels;
    final Belasting belasting;
    final Leeg leeg;
    final String beschrijving;
    final double b;
    final double h;
    Vlak.Doos doos;
    double hoek;
    int ring;

    Knoop(String id, Soort soort, List<Regel> regels, Belasting belasting, Leeg leeg, double maxBreedte) {
      this.id = id;
      this.soort = soort;
      this.belasting = belasting;
      this.leeg = leeg;
      List<Regel> passend = new ArrayList<>();
      double breed = 0;
      double hoog = 18;
      for (Regel r : regels) {
        // A label stays on one line; a name or text may take two before it is cut.
        Opmaak o = r.opmaak();
        List<String> delen = o == Opmaak.LABEL ? List.of(pas(r.tekst(), o, maxBreedte - 24))
            : Tekst.afbreken(r.tekst(), o.grootte, o.vet, maxBreedte - 24, 2);
        for (String t : delen) {
          passend.add(new Regel(t, o));
          breed = Math.max(breed, Tekst.breedte(t, o.grootte, o.vet));
          hoog += o.hoogte;
        }
      }
      this.regels = passend;
      this.beschrijving = beschrijf(soort, regels, leeg);
      this.b = Math.max(128, Math.ceil(breed + 28));
      this.h = hoog;
    }

    /**
     * The node in words, for its tooltip and the picture's description: "Peter de Vries (hoofdmantelzorger), kind,
     * ..."; a placeholder as "Vrijwilligers: geen". Labels are lower case here, so a screen reader reads words.
     */
    private static String beschrijf(Soort soort, List<Regel> regels, Leeg leeg) {
      List<String> labels = new ArrayList<>();
      List<String> namen = new ArrayList<>();
      List<String> rest = new ArrayList<>();
      for (Regel r : regels) {
        String t = Tekst.inert(r.tekst());
        (r.opmaak() == Opmaak.LABEL ? labels : r.opmaak() == Opmaak.NAAM ? namen : rest).add(t);
      }
      String label = String.join(" ", labels).toLowerCase(java.util.Locale.ROOT);
      if (leeg != Leeg.NEE) {
        return hoofdletter(label) + ": " + String.join(", ", rest);
      }
      StringBuilder b = new StringBuilder(String.join(" ", namen));
      if (soort != Soort.ZORGVRAGER && soort != Soort.ORGANISATIE && !label.isEmpty()) {
        b.append(" (").append(label).append(')');
      }
      for (String r : rest) {
        b.append(", ").append(r);
      }
      return b.toString();
    }

    private static String pas(String tekst, Opmaak o, double max) {
      String t = Tekst.inert(tekst);
      int n = t.codePointCount(0, t.length());
      while (n > 1 && Tekst.breedte(t, o.grootte, o.vet) > max) {
        n--;
        t = Tekst.kort(tekst, n);
      }
      return t;
    }
  }

  /** A line of the picture between two nodes. */
  record Verbinding(Knoop van, Knoop naar, LijnStijl stijl) {}

  /** The sectors, clockwise from the top. */
  private static final List<Soort> SECTOREN = List.of(Soort.MANTELZORGER, Soort.RESPIJT, Soort.VRIJWILLIGER,
      Soort.BEROEPSKRACHT, Soort.ERVARINGSDESKUNDIGE, Soort.INFORMEEL_CONTACT);
  private static final double RX = 300;
  private static final double RY = 205;
  private static final double DX = 215;
  private static final double DY = 108;
  private static final double MAX_BREEDTE = 224;
  static final String OVERBELAST_VUL = "#fbe1de";
  static final String OVERBELAST_RAND = "#b3261e";
  static final String NIET_VUL = "#e3f2e5";
  static final String NIET_RAND = "#1e6b30";
  static final String ONBEKEND_VUL = "#efefef";

  private final Zorgnetwerk netwerk;
  private final LocalDate peildatum;
  private final Labels l;
  private final String pre;
  private final Knoop midden;
  private final Map<Soort, List<Knoop>> perSoort = new EnumMap<>(Soort.class);
  private final List<Knoop> organisaties = new ArrayList<>();
  private final List<Verbinding> verbindingen = new ArrayList<>();
  private final Map<Knoop, List<Knoop>> beroepskrachtenPerOrganisatie = new LinkedHashMap<>();

  private EcomapTekening(Zorgnetwerk netwerk, LocalDate peildatum, Language taal, String voorvoegsel) {
    this.netwerk = netwerk;
    this.peildatum = peildatum;
    this.l = Labels.van(taal);
    this.pre = voorvoegsel;
    this.midden = zorgvrager(netwerk.zorgvrager());
    bouw();
  }

  /** The SVG of the network's ecomap; {@code voorvoegsel} starts every id in it. */
  static String svg(Zorgnetwerk netwerk, LocalDate peildatum, Language taal, String voorvoegsel) {
    EcomapTekening t = new EcomapTekening(netwerk, peildatum, taal, voorvoegsel);
    t.leg();
    return t.schrijf();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Nodes and lines
  // ---------------------------------------------------------------------------------------------------------------

  private void bouw() {
    for (Soort s : SECTOREN) {
      perSoort.put(s, new ArrayList<>());
    }
    Map<String, Organisatie> orgs = new TreeMap<>();
    netwerk.organisaties().forEach(o -> orgs.put(o.id(), o));
    Function<Optional<String>, Optional<String>> orgNaam = id -> id.map(i -> orgs.containsKey(i) ? orgs.get(i).naam() : i);

    for (Mantelzorger m : gesorteerd(netwerk.mantelzorgers(), Mantelzorger::id)) {
      Overbelasting o = Overbelasting.van(m, peildatum);
      Knoop k = persoon(m.id(), Soort.MANTELZORGER, mantelzorgerRegels(m, o), belasting(o));
      verbind(midden, k, lijn(m));
    }
    List<RespijtVoorziening> respijt = new ArrayList<>(netwerk.respijt());
    respijt.sort(Comparator.comparing((RespijtVoorziening r) -> r.vorm().ordinal())
        .thenComparing(r -> r.organisatie().orElse(""))
        .thenComparing(r -> r.inGebruik().map(b -> b ? 0 : 1).orElse(2))
        .thenComparing(r -> r.uitvoerder().map(Enum::ordinal).orElse(-1))
        .thenComparing(r -> r.frequentie().map(Enum::ordinal).orElse(-1)));
    for (int i = 0; i < respijt.size(); i++) {
      RespijtVoorziening r = respijt.get(i);
      List<Regel> regels = new ArrayList<>();
      regels.add(new Regel(l.t("soort.respijt"), Opmaak.LABEL));
      regels.add(new Regel(hoofdletter(l.waarde(r.vorm())), Opmaak.NAAM));
      regels.add(new Regel(r.inGebruik().map(b -> l.t(b ? "respijt.inGebruik" : "respijt.nietInGebruik"))
          .orElse(l.t("respijt.gebruikOnbekend")), Opmaak.NADRUK));
      List<String> details = new ArrayList<>();
      r.frequentie().ifPresent(f -> details.add(l.waarde(f)));
      r.uitvoerder().ifPresent(u -> details.add(l.t("respijt.door", l.waarde(u))));
      if (!details.isEmpty()) {
        regels.add(new Regel(String.join(" \u00b7 ", details), Opmaak.TEKST));
      }
      orgNaam.apply(r.organisatie()).ifPresent(n -> regels.add(new Regel(l.t("via", n), Opmaak.TEKST)));
      Knoop k = persoon("respijt-" + (i + 1), Soort.RESPIJT, regels, Belasting.GEEN);
      verbind(midden, k, r.inGebruik().map(b -> b ? LijnStijl.DUN : LijnStijl.GESTREEPT).orElse(LijnStijl.GESTIPPELD));
    }
    for (Vrijwilliger v : gesorteerd(netwerk.vrijwilligers(), Vrijwilliger::id)) {
      List<Regel> regels = new ArrayList<>();
      regels.add(new Regel(l.t(v.netwerkcoach().orElse(false) ? "soort.netwerkcoach" : "soort.vrijwilliger"), Opmaak.LABEL));
      regels.add(new Regel(v.naam(), Opmaak.NAAM));
      orgNaam.apply(v.organisatie()).ifPresent(n -> regels.add(new Regel(l.t("via", n), Opmaak.TEKST)));
      if (!v.taken().isEmpty()) {
        regels.add(new Regel(String.join(", ", new TreeSet<>(v.taken())), Opmaak.TEKST));
      }
      verbind(midden, persoon(v.id(), Soort.VRIJWILLIGER, regels, Belasting.GEEN), LijnStijl.DUN);
    }
    Map<String, Knoop> orgKnopen = new TreeMap<>();
    List<Beroepskracht> beroeps = gesorteerd(netwerk.beroepskrachten(), Beroepskracht::id);
    // Colleagues of one organisation side by side, so that their organisation can sit just beyond them.
    beroeps.sort(Comparator.comparing((Beroepskracht b) -> b.organisatie().orElse("\uffff")).thenComparing(Beroepskracht::id));
    for (Beroepskracht bk : beroeps) {
      List<Regel> regels = new ArrayList<>();
      regels.add(new Regel(l.t("soort.beroepskracht"), Opmaak.LABEL));
      regels.add(new Regel(bk.naam(), Opmaak.NAAM));
      regels.add(new Regel(bk.discipline().filter(d -> !d.isBlank()).orElse(l.t("discipline.onbekend")), Opmaak.TEKST));
      if (bk.aanspreekpunt().orElse(false)) {
        regels.add(new Regel(l.t("aanspreekpunt"), Opmaak.NADRUK));
      }
      if (bk.organisatie().isEmpty()) {
        regels.add(new Regel(l.t("organisatie.onbekend"), Opmaak.TEKST));
      }
      Knoop k = persoon(bk.id(), Soort.BEROEPSKRACHT, regels, Belasting.GEEN);
      verbind(midden, k, LijnStijl.DUN);
      bk.organisatie().filter(orgs::containsKey).ifPresent(id -> {
        Knoop o = orgKnopen.computeIfAbsent(id, i -> organisatie(orgs.get(i)));
        beroepskrachtenPerOrganisatie.computeIfAbsent(o, x -> new ArrayList<>()).add(k);
      });
    }
    organisaties.addAll(orgKnopen.values());
    for (Map.Entry<Knoop, List<Knoop>> e : beroepskrachtenPerOrganisatie.entrySet()) {
      for (Knoop bk : e.getValue()) {
        verbindingen.add(new Verbinding(bk, e.getKey(), LijnStijl.ORGANISATIE));
      }
    }
    for (Ervaringsdeskundige ed : gesorteerd(netwerk.ervaringsdeskundigen(), Ervaringsdeskundige::id)) {
      List<Regel> regels = new ArrayList<>();
      regels.add(new Regel(l.t("soort.ervaringsdeskundige"), Opmaak.LABEL));
      regels.add(new Regel(ed.naam(), Opmaak.NAAM));
      ed.thema().filter(t -> !t.isBlank()).ifPresent(t -> regels.add(new Regel(l.t("thema", t), Opmaak.TEKST)));
      verbind(midden, persoon(ed.id(), Soort.ERVARINGSDESKUNDIGE, regels, Belasting.GEEN), LijnStijl.DUN);
    }
    for (InformeelContact c : gesorteerd(netwerk.informeleContacten(), InformeelContact::id)) {
      List<Regel> regels = new ArrayList<>();
      regels.add(new Regel(l.t("soort.informeelContact"), Opmaak.LABEL));
      regels.add(new Regel(c.naam(), Opmaak.NAAM));
      regels.add(new Regel(c.relatie().map(l::waarde).orElse(l.t("relatie.onbekend")), Opmaak.TEKST));
      LijnStijl stijl = contactStijl(c);
      regels.add(new Regel(contactTekst(c), stijl == LijnStijl.GESTIPPELD ? Opmaak.TEKST : Opmaak.NADRUK));
      verbind(midden, persoon(c.id(), Soort.INFORMEEL_CONTACT, regels, Belasting.GEEN), stijl);
    }
    leeg(Soort.MANTELZORGER, "leeg.mantelzorgers", Leeg.ONBEKEND, "leeg.nietVastgelegd");
    leeg(Soort.BEROEPSKRACHT, "leeg.beroepskrachten", Leeg.ONBEKEND, "leeg.nietVastgelegd");
    leegOfGeen(Soort.VRIJWILLIGER, "leeg.vrijwilligers", netwerk.geen(Zorgnetwerk.Onderdeel.VRIJWILLIGERS));
    leegOfGeen(Soort.INFORMEEL_CONTACT, "leeg.informeleContacten", netwerk.geen(Zorgnetwerk.Onderdeel.INFORMELE_CONTACTEN));
    leegOfGeen(Soort.RESPIJT, "leeg.respijt", netwerk.geen(Zorgnetwerk.Onderdeel.RESPIJT));
  }

  private static <T> List<T> gesorteerd(List<T> lijst, Function<T, String> id) {
    List<T> l = new ArrayList<>(lijst);
    l.sort(Comparator.comparing(id));
    return l;
  }

  private Knoop zorgvrager(Zorgvrager z) {
    List<Regel> regels = new ArrayList<>();
    regels.add(new Regel(l.t("soort.zorgvrager"), Opmaak.LABEL));
    regels.add(new Regel(z.naam(), Opmaak.NAAM));
    List<String> over = new ArrayList<>();
    z.leeftijd().ifPresent(a -> over.add(l.t("leeftijd", a)));
    z.aandoeningen().stream().sorted().forEach(a -> over.add(l.waarde(a)));
    if (!over.isEmpty()) {
      regels.add(new Regel(String.join(", ", over), Opmaak.TEKST));
    }
    regels.add(new Regel(z.woontThuis().map(b -> l.t(b ? "woontThuis" : "woontNietThuis")).orElse(l.t("woontOnbekend")),
        Opmaak.TEKST));
    return new Knoop(z.id(), Soort.ZORGVRAGER, regels, Belasting.GEEN, Leeg.NEE, 250);
  }

  private List<Regel> mantelzorgerRegels(Mantelzorger m, Overbelasting o) {
    List<Regel> regels = new ArrayList<>();
    regels.add(new Regel(l.t(m.hoofdmantelzorger().orElse(false) ? "soort.hoofdmantelzorger" : "soort.mantelzorger"),
        Opmaak.LABEL));
    regels.add(new Regel(m.naam(), Opmaak.NAAM));
    String relatie = m.relatie().map(l::waarde).orElse(l.t("relatie.onbekend"));
    if (m.jong().orElse(false)) {
      relatie += " \u00b7 " + l.t("jong");
    }
    regels.add(new Regel(relatie, Opmaak.TEKST));
    String uren = m.urenPerWeek().map(Svg::n).orElse("?");
    String maanden = m.maanden().map(String::valueOf).orElse("?");
    regels.add(new Regel(l.t("uren", uren, maanden), Opmaak.TEKST));
    if (m.langdurigEnIntensief().orElse(false)) {
      regels.add(new Regel(l.t("langdurigEnIntensief"), Opmaak.TEKST));
    }
    switch (o.grond()) {
      case GEMETEN -> {
        regels.add(new Regel(l.t(o.overbelast().get() ? "belasting.overbelast" : "belasting.niet"), Opmaak.NADRUK));
        regels.add(new Regel(meting(o.meting().get()), Opmaak.TEKST));
      }
      case GEEN_METING -> {
        regels.add(new Regel(l.t("belasting.onbekend"), Opmaak.NADRUK));
        regels.add(new Regel(l.t("belasting.nooit"), Opmaak.TEKST));
      }
      case METING_TE_OUD -> {
        regels.add(new Regel(l.t("belasting.onbekend"), Opmaak.NADRUK));
        regels.add(new Regel(l.t("belasting.teOud", o.meting().get().datum()), Opmaak.TEKST));
      }
      case GEEN_AFKAPPUNT -> {
        regels.add(new Regel(l.t("belasting.onbekend"), Opmaak.NADRUK));
        regels.add(new Regel(l.t("belasting.geenAfkappunt", o.meting().get().score()), Opmaak.TEKST));
      }
      default -> throw new IllegalStateException(o.grond().name());
    }
    return regels;
  }

  private String meting(Belastingmeting b) {
    String score = b.instrument() == Instrument.TIEN_MINUTENCHECK
        ? l.t(b.signaalOverbelasting().orElse(false) ? "belasting.signaal" : "belasting.geenSignaal")
        : String.valueOf(b.score());
    return l.waarde(b.instrument()) + " " + score + " \u00b7 " + b.datum();
  }

  private static Belasting belasting(Overbelasting o) {
    return o.overbelast().map(b -> b ? Belasting.OVERBELAST : Belasting.NIET).orElse(Belasting.ONBEKEND);
  }

  /** Thick for long-term and intensive care; by hours otherwise; dotted when the hours are unknown. */
  static LijnStijl lijn(Mantelzorger m) {
    if (m.langdurigEnIntensief().orElse(false)) {
      return LijnStijl.DIK;
    }
    if (m.urenPerWeek().isEmpty()) {
      return LijnStijl.GESTIPPELD;
    }
    return m.urenPerWeek().get() > Drempels.INTENSIEF_UREN_PER_WEEK ? LijnStijl.MIDDEL : LijnStijl.DUN;
  }

  /** Not willing: grey; asked: solid; willing but not asked: dashed; otherwise unknown: dotted. */
  static LijnStijl contactStijl(InformeelContact c) {
    if (c.bereidOmTeHelpen().equals(Optional.of(false))) {
      return LijnStijl.NIET_BEREID;
    }
    if (c.gevraagd().equals(Optional.of(true))) {
      return LijnStijl.DUN;
    }
    if (c.bereidOmTeHelpen().equals(Optional.of(true)) && c.gevraagd().equals(Optional.of(false))) {
      return LijnStijl.GESTREEPT;
    }
    return LijnStijl.GESTIPPELD;
  }

  private String contactTekst(InformeelContact c) {
    return switch (contactStijl(c)) {
      case NIET_BEREID -> l.t(c.gevraagd().orElse(false) ? "contact.gevraagdNietBereid" : "contact.nietBereid");
      case DUN -> l.t(c.bereidOmTeHelpen().isPresent() ? "contact.gevraagdBereid" : "contact.gevraagd");
      case GESTREEPT -> l.t("contact.bereidNietGevraagd");
      default -> l.t("contact.onbekend", l.janee(c.bereidOmTeHelpen()), l.janee(c.gevraagd()));
    };
  }

  private Knoop persoon(String id, Soort soort, List<Regel> regels, Belasting belasting) {
    Knoop k = new Knoop(id, soort, regels, belasting, Leeg.NEE, MAX_BREEDTE);
    perSoort.get(soort).add(k);
    return k;
  }

  private Knoop organisatie(Organisatie o) {
    List<Regel> regels = new ArrayList<>();
    regels.add(new Regel(l.t("soort.organisatie"), Opmaak.LABEL));
    regels.add(new Regel(o.naam(), Opmaak.NAAM));
    o.type().ifPresent(t -> regels.add(new Regel(l.waarde(t), Opmaak.TEKST)));
    return new Knoop(o.id(), Soort.ORGANISATIE, regels, Belasting.GEEN, Leeg.NEE, MAX_BREEDTE);
  }

  private void verbind(Knoop van, Knoop naar, LijnStijl stijl) {
    verbindingen.add(new Verbinding(van, naar, stijl));
  }

  private void leeg(Soort soort, String kop, Leeg leeg, String tekst) {
    if (perSoort.get(soort).isEmpty()) {
      List<Regel> regels = List.of(new Regel(l.t(kop), Opmaak.LABEL), new Regel(l.t(tekst), Opmaak.NADRUK));
      perSoort.get(soort).add(new Knoop("leeg-" + soort.klasse, soort, regels, Belasting.GEEN, leeg, MAX_BREEDTE));
    }
  }

  private void leegOfGeen(Soort soort, String kop, boolean geen) {
    leeg(soort, kop, geen ? Leeg.GEEN : Leeg.ONBEKEND, geen ? "leeg.geen" : "leeg.onbekend");
  }

  private static String hoofdletter(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Layout
  // ---------------------------------------------------------------------------------------------------------------

  private void leg() {
    Vlak vlak = new Vlak();
    midden.doos = new Vlak.Doos(0, 0, midden.b, midden.h);
    vlak.plaats(midden.doos);
    for (Map.Entry<Soort, double[]> e : sectoren().entrySet()) {
      List<Knoop> knopen = perSoort.get(e.getKey());
      if (!knopen.isEmpty()) {
        legSector(vlak, knopen, e.getValue()[0], e.getValue()[1]);
      }
    }
    for (Knoop o : organisaties) {
      legOrganisatie(vlak, o, beroepskrachtenPerOrganisatie.get(o));
    }
  }

  /**
   * The sectors as {start angle, span} in degrees (clockwise, 0 is to the right): the carers centred at the top, the
   * professionals centred at the bottom, each with a share by its number of nodes (60 to 150 degrees); the right half
   * between them for respite and volunteers, the left half for experts by experience and informal contacts, each
   * shared by number. So every kind keeps its place from one network to the next.
   */
  private Map<Soort, double[]> sectoren() {
    Map<Soort, Double> gewicht = new EnumMap<>(Soort.class);
    double totaal = 0;
    for (Soort s : SECTOREN) {
      gewicht.put(s, (double) perSoort.get(s).size());
      totaal += perSoort.get(s).size();
    }
    double boven = Math.max(60, Math.min(150, 360 * gewicht.get(Soort.MANTELZORGER) / totaal));
    double onder = Math.max(60, Math.min(150, 360 * gewicht.get(Soort.BEROEPSKRACHT) / totaal));
    Map<Soort, double[]> uit = new LinkedHashMap<>();
    uit.put(Soort.MANTELZORGER, new double[] {-90 - boven / 2, boven});
    verdeel(uit, -90 + boven / 2, 90 - onder / 2, List.of(Soort.RESPIJT, Soort.VRIJWILLIGER), gewicht);
    uit.put(Soort.BEROEPSKRACHT, new double[] {90 - onder / 2, onder});
    verdeel(uit, 90 + onder / 2, 270 - boven / 2, List.of(Soort.ERVARINGSDESKUNDIGE, Soort.INFORMEEL_CONTACT), gewicht);
    return uit;
  }

  private static void verdeel(Map<Soort, double[]> uit, double van, double tot, List<Soort> soorten, Map<Soort, Double> gewicht) {
    double som = soorten.stream().mapToDouble(gewicht::get).sum();
    double hoek = van;
    for (Soort s : soorten) {
      double span = som == 0 ? 0 : (tot - van) * gewicht.get(s) / som;
      uit.put(s, new double[] {hoek, span});
      hoek += span;
    }
  }

  private static double[] punt(double hoek, double ring) {
    double a = StrictMath.toRadians(hoek);
    return new double[] {(RX + ring * DX) * StrictMath.cos(a), (RY + ring * DY) * StrictMath.sin(a)};
  }

  /**
   * Places a sector's nodes evenly over its angle, on as few rings as fit: with m rings, node i goes on ring i mod m,
   * so neighbours alternate between rings and the lines to the outer ones pass between the inner ones.
   */
  private void legSector(Vlak vlak, List<Knoop> knopen, double begin, double span) {
    int n = knopen.size();
    double gemiddeld = knopen.stream().mapToDouble(k -> k.b).average().orElse(150);
    double boog = StrictMath.toRadians(span) * (RX + RY) / 2;
    int mMin = Math.max(1, Math.min(n, (int) Math.ceil(n * (gemiddeld * 0.75) / Math.max(1, boog))));
    for (int m = mMin; m <= Math.min(n, mMin + 6); m++) {
      for (int verschuiving = 0; verschuiving <= 2; verschuiving++) {
        Vlak poging = vlak.kopie();
        if (probeer(poging, knopen, begin, span, m, verschuiving, false)) {
          vlak.neem(poging);
          return;
        }
      }
    }
    // Very large sectors: take the last try even where boxes touch (better a crowded picture than none).
    Vlak poging = vlak.kopie();
    probeer(poging, knopen, begin, span, Math.min(n, mMin + 6), 0, true);
    vlak.neem(poging);
  }

  private boolean probeer(Vlak vlak, List<Knoop> knopen, double begin, double span, int m, int verschuiving, boolean altijd) {
    int n = knopen.size();
    for (int i = 0; i < n; i++) {
      Knoop k = knopen.get(i);
      double hoek = begin + (i + 0.5) * span / n;
      int ring = verschuiving + (i % m);
      double[] p = punt(hoek, ring);
      Vlak.Doos d = new Vlak.Doos(p[0], p[1], k.b, k.h);
      if (!vlak.past(d) && !altijd) {
        return false;
      }
      vlak.plaats(d);
      k.doos = d;
      k.hoek = hoek;
      k.ring = ring;
      if (k.leeg == Leeg.NEE) {
        Vlak.Lijn lijn = new Vlak.Lijn(0, 0, p[0], p[1], midden.doos, d);
        if (!vlak.past(lijn) && !altijd) {
          return false;
        }
        vlak.plaats(lijn);
      }
    }
    return true;
  }

  /** An organisation goes beyond its professionals, at their mean angle, on the first free spot nearby. */
  private void legOrganisatie(Vlak vlak, Knoop org, List<Knoop> mensen) {
    double sx = 0;
    double sy = 0;
    int ring = 0;
    for (Knoop k : mensen) {
      sx += StrictMath.cos(StrictMath.toRadians(k.hoek));
      sy += StrictMath.sin(StrictMath.toRadians(k.hoek));
      ring = Math.max(ring, k.ring);
    }
    double hoek = StrictMath.toDegrees(StrictMath.atan2(sy, sx));
    for (int r = ring + 1; r <= ring + 6; r++) {
      for (int j = 0; j <= 12; j++) {
        double h = hoek + (j % 2 == 0 ? 1 : -1) * ((j + 1) / 2) * 7.5;
        if (plaatsOrganisatie(vlak, org, mensen, h, r, false)) {
          return;
        }
      }
    }
    plaatsOrganisatie(vlak, org, mensen, hoek, ring + 1, true);
  }

  private boolean plaatsOrganisatie(Vlak vlak, Knoop org, List<Knoop> mensen, double hoek, int ring, boolean altijd) {
    double[] p = punt(hoek, ring);
    Vlak.Doos d = new Vlak.Doos(p[0], p[1], org.b, org.h);
    Vlak poging = vlak.kopie();
    if (!poging.past(d) && !altijd) {
      return false;
    }
    poging.plaats(d);
    for (Knoop k : mensen) {
      Vlak.Lijn lijn = new Vlak.Lijn(k.doos.x(), k.doos.y(), p[0], p[1], k.doos, d);
      if (!poging.past(lijn) && !altijd) {
        return false;
      }
      poging.plaats(lijn);
    }
    vlak.neem(poging);
    org.doos = d;
    org.hoek = hoek;
    org.ring = ring;
    return true;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Writing
  // ---------------------------------------------------------------------------------------------------------------

  private List<Knoop> alleKnopen() {
    List<Knoop> alle = new ArrayList<>();
    alle.add(midden);
    for (Soort s : SECTOREN) {
      alle.addAll(perSoort.get(s));
    }
    alle.addAll(organisaties);
    return alle;
  }

  private String schrijf() {
    List<Knoop> alle = alleKnopen();
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Knoop k : alle) {
      minX = Math.min(minX, k.doos.links());
      maxX = Math.max(maxX, k.doos.rechts() + 8);
      minY = Math.min(minY, k.doos.boven() - 8);
      maxY = Math.max(maxY, k.doos.onder());
    }
    Legenda legenda = new Legenda(l);
    double kaartBreedte = maxX - minX + 40;
    double breedte = Math.max(kaartBreedte, Legenda.MIN_BREEDTE);
    double kop = 64;
    double dx = (breedte - (maxX - minX)) / 2 - minX;
    double dy = kop + 16 - minY;
    double legendaY = dy + maxY + 28;
    double hoogte = legendaY + legenda.hoogte(breedte - 40) + 16;

    String naam = Tekst.kort(netwerk.zorgvrager().naam(), 80);
    String titel = l.t("ecomap.titel", naam, Tekst.kort(netwerk.id(), 80), peildatum);
    Svg s = new Svg();
    s.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"").attr("id", pre)
        .attr("class", "mz-ecomap").attr("width", breedte).attr("height", hoogte)
        .raw(" viewBox=\"0 0 " + Svg.n(breedte) + " " + Svg.n(hoogte) + "\"")
        .attr("role", "img").attr("aria-labelledby", pre + "-titel " + pre + "-beschrijving")
        .attr("font-family", Svg.LETTERTYPE).raw(">\n");
    s.raw("<title").attr("id", pre + "-titel").raw(">").tekst(titel).raw("</title>\n");
    s.raw("<desc").attr("id", pre + "-beschrijving").raw(">").tekst(beschrijving()).raw("</desc>\n");
    s.raw("<defs>\n<pattern").attr("id", pre + "-arcering").raw(" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\""
        + " patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"" + OVERBELAST_VUL + "\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#e8a29b\" stroke-width=\"3\"/></pattern>\n</defs>\n");
    s.raw("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    s.tekst(20, 30, 20, true, Svg.INKT, "start", l.t("ecomap.kop", naam));
    s.tekst(20, 52, 13, false, Svg.INKT, "start", l.t("ecomap.onderkop", Tekst.kort(netwerk.id(), 80), peildatum));

    s.raw("<g class=\"mz-lijnen\">\n");
    for (Verbinding v : verbindingen) {
      lijn(s, v, dx, dy);
    }
    s.raw("</g>\n<g class=\"mz-knopen\">\n");
    for (Knoop k : alle) {
      knoop(s, k, dx, dy);
    }
    s.raw("</g>\n");
    legenda.schrijf(s, pre, 20, legendaY, breedte - 40);
    s.raw("</svg>\n");
    return s.toString();
  }

  private void lijn(Svg s, Verbinding v, double dx, double dy) {
    LijnStijl st = v.stijl();
    String kleur = st.grijs ? Svg.ONBEKEND : v.naar().soort.kleur;
    s.raw("<line").attr("class", "mz-lijn" + (st == LijnStijl.ORGANISATIE ? " mz-werkt-bij" : " mz-relatie"))
        .attr("data-van", v.van().id).attr("data-naar", v.naar().id).attr("data-stijl", st.naam())
        .attr("x1", v.van().doos.x() + dx).attr("y1", v.van().doos.y() + dy)
        .attr("x2", v.naar().doos.x() + dx).attr("y2", v.naar().doos.y() + dy)
        .attr("stroke", kleur).attr("stroke-width", st.dikte);
    if (st.streep != null) {
      s.attr("stroke-dasharray", st.streep);
    }
    if (st == LijnStijl.GESTIPPELD) {
      s.attr("stroke-linecap", "round");
    }
    s.raw("/>\n");
  }

  private void knoop(Svg s, Knoop k, double dx, double dy) {
    double x = k.doos.links() + dx;
    double y = k.doos.boven() + dy;
    String klasse = "mz-knoop mz-" + k.soort.klasse + (k.leeg != Leeg.NEE ? " mz-leeg" : "");
    s.raw("<g").attr("class", klasse).attr("data-id", k.id).attr("data-soort", k.soort.klasse);
    if (k.belasting != Belasting.GEEN) {
      s.attr("data-belasting", k.belasting.name().toLowerCase(java.util.Locale.ROOT));
    }
    if (k.leeg != Leeg.NEE) {
      s.attr("data-leeg", k.leeg.name().toLowerCase(java.util.Locale.ROOT));
    }
    s.raw(">\n<title>").tekst(k.beschrijving).raw("</title>\n");
    String vul = "#ffffff";
    String rand = k.soort.kleur;
    double randDikte = k.soort == Soort.ZORGVRAGER ? 3 : 2;
    String streep = null;
    switch (k.belasting) {
      case OVERBELAST -> {
        vul = "url(#" + pre + "-arcering)";
        rand = OVERBELAST_RAND;
        randDikte = 3.5;
      }
      case NIET -> vul = NIET_VUL;
      case ONBEKEND -> vul = ONBEKEND_VUL;
      default -> {
      }
    }
    if (k.soort == Soort.ZORGVRAGER) {
      vul = "#fff6d9";
    }
    if (k.leeg == Leeg.ONBEKEND) {
      vul = "#f5f5f5";
      rand = Svg.ONBEKEND;
      streep = "6 4";
    } else if (k.leeg == Leeg.GEEN) {
      vul = "#f5f5f5";
      rand = Svg.ONBEKEND;
      randDikte = 1.2;
    }
    s.raw("<rect").attr("x", x).attr("y", y).attr("width", k.doos.b()).attr("height", k.doos.h())
        .attr("rx", k.soort == Soort.ORGANISATIE ? 2 : 10).attr("fill", vul).attr("stroke", rand)
        .attr("stroke-width", randDikte);
    if (streep != null) {
      s.attr("stroke-dasharray", streep);
    }
    s.raw("/>\n");
    if (k.belasting == Belasting.OVERBELAST) {
      // The hatching is under the text; a white band behind the text keeps it readable (contrast).
      double ty = y + 8;
      s.raw("<rect").attr("x", x + 6).attr("y", ty).attr("width", k.doos.b() - 12).attr("height", k.doos.h() - 14)
          .attr("rx", 6).attr("fill", "#ffffff").attr("fill-opacity", 0.82).raw("/>\n");
    }
    double ty = y + 10;
    boolean midden = k.soort == Soort.ZORGVRAGER || k.leeg != Leeg.NEE;
    for (Regel r : k.regels) {
      ty += r.opmaak().hoogte;
      String kleur = r.opmaak() == Opmaak.LABEL ? (k.leeg != Leeg.NEE ? Svg.ONBEKEND : rand) : Svg.INKT;
      if (r.opmaak() == Opmaak.LABEL && k.belasting == Belasting.OVERBELAST) {
        kleur = k.soort.kleur;
      }
      s.tekst(midden ? x + k.doos.b() / 2 : x + 12, ty - 4, r.opmaak().grootte, r.opmaak().vet, kleur,
          midden ? "middle" : "start", r.tekst());
    }
    String teken = switch (k.belasting) {
      case OVERBELAST -> "!";
      case NIET -> "\u2713";
      case ONBEKEND -> "?";
      default -> k.leeg == Leeg.ONBEKEND ? "?" : null;
    };
    if (teken != null) {
      String kleur = switch (k.belasting) {
        case OVERBELAST -> OVERBELAST_RAND;
        case NIET -> NIET_RAND;
        default -> Svg.ONBEKEND;
      };
      double cx = x + k.doos.b() - 6;
      double cy = y + 4;
      s.raw("<circle").attr("cx", cx).attr("cy", cy).attr("r", 11).attr("fill", kleur).attr("stroke", "#ffffff")
          .attr("stroke-width", 2).raw("/>\n");
      s.tekst(cx, cy + 5, 14, true, "#ffffff", "middle", teken);
    }
    s.raw("</g>\n");
  }

  /** The picture in words, for screen readers and for whoever cannot see it: one sentence per kind. */
  private String beschrijving() {
    List<String> zinnen = new ArrayList<>();
    zinnen.add(l.t("beschrijving.midden", midden.beschrijving));
    Map<Knoop, Knoop> orgVan = new LinkedHashMap<>();
    beroepskrachtenPerOrganisatie.forEach((o, mensen) -> mensen.forEach(m -> orgVan.put(m, o)));
    for (Soort s : SECTOREN) {
      List<Knoop> knopen = perSoort.get(s);
      if (knopen.isEmpty()) {
        continue;
      }
      if (knopen.get(0).leeg != Leeg.NEE) {
        zinnen.add(knopen.get(0).beschrijving + ".");
        continue;
      }
      List<String> delen = new ArrayList<>();
      for (Knoop k : knopen) {
        Knoop org = orgVan.get(k);
        delen.add(org == null ? k.beschrijving : k.beschrijving + ", " + l.t("beschrijving.bij", org.beschrijving));
      }
      zinnen.add(l.t("beschrijving.soort." + s.klasse, knopen.size()) + ": " + String.join("; ", delen) + ".");
    }
    return String.join(" ", zinnen);
  }
}
