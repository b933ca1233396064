package io.github.mantelzorg.examples;

import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.rules.Advies;
import io.github.mantelzorg.rules.Adviesrapport;
import io.github.mantelzorg.rules.Prioriteit;
import io.github.mantelzorg.rules.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * AdviesPrinter: formats an {@link Adviesrapport} the way a care worker reads it: grouped per person or
 * organisation (by name where the input gives one), the group with the most urgent advice first, and for each
 * advice its priority, summary, why it was given ({@code uitleg}), the steps and the source.
 *
 * <p>This is the one place that formats advice for people; the scenario programs and the command-line tool (text
 * and Markdown output) all use it. Labels follow the report's language. Lines end with {@code \n} on every
 * platform, so output can be compared and diffed.
 *
 * <p>Every text that comes from the input, directly (the title, names, ids) or quoted in an advice text, is made
 * {@link Inert} for the style: it cannot drive a terminal, break a line or, in Markdown, start a heading, link or
 * tag. Only the printer's own structure (headings, list items, labels) is written as is.
 */
public final class AdviesPrinter {
  /** Output style. */
  public enum Stijl {
    /** Plain text for a terminal. */
    TEKST,
    /** Markdown, e.g. for a ticket or a wiki page. */
    MARKDOWN
  }

  private final Stijl stijl;

  /** A printer in the given style. */
  public AdviesPrinter(Stijl stijl) {
    this.stijl = Objects.requireNonNull(stijl, "stijl");
  }

  /** A plain-text printer. */
  public static AdviesPrinter tekst() {
    return new AdviesPrinter(Stijl.TEKST);
  }

  /**
   * Formats one report.
   *
   * @param titel heading, e.g. the scenario title or the file name
   * @param casus the input, for the names of persons and organisations
   * @param rapport the advice
   * @return the formatted text, ending with a newline
   */
  public String format(String titel, Casus casus, Adviesrapport rapport) {
    Labels l = Labels.of(rapport.language(), this::inert);
    Namen namen = Namen.van(casus);
    StringBuilder b = new StringBuilder(4096);
    if (stijl == Stijl.MARKDOWN) {
      b.append("# ").append(inert(titel)).append("\n\n");
      b.append("_").append(l.kop(rapport)).append("_\n");
    } else {
      String kop = "=== " + inert(titel) + " ===";
      b.append(kop).append('\n').append(l.kop(rapport)).append('\n');
    }
    if (rapport.adviezen().isEmpty()) {
      b.append('\n').append(l.geenAdvies).append('\n');
    }
    // The report is sorted most urgent first, so first-seen order puts the group with the most urgent advice first.
    // One card per problem: a card found in several networks lists them all, so groups are per subject.
    Map<String, List<Advies>> groepen = new LinkedHashMap<>();
    for (Advies a : rapport.adviezen()) {
      groepen.computeIfAbsent(a.onderwerp(), k -> new ArrayList<>()).add(a);
    }
    // With several networks in one case (S6), name the networks a subject's advice was found in.
    boolean meerContexten = rapport.adviezen().stream().flatMap(a -> a.contexten().stream()).distinct().count() > 1;
    for (List<Advies> groep : groepen.values()) {
      Advies eerste = groep.get(0);
      java.util.Set<String> contexten = new java.util.TreeSet<>();
      groep.forEach(a -> a.contexten().stream().filter(c -> !c.equals(a.onderwerp())).forEach(contexten::add));
      String wie = l.wie(namen, eerste.context(), eerste.onderwerp())
          + (meerContexten && !contexten.isEmpty() ? " · " + inert(String.join(", ", contexten)) : "");
      if (stijl == Stijl.MARKDOWN) {
        b.append("\n## ").append(wie).append('\n');
      } else {
        b.append('\n').append(wie).append('\n').append("-".repeat(Math.min(wie.length(), 78))).append('\n');
      }
      for (Advies a : groep) {
        advies(b, a, l, namen);
      }
    }
    if (!rapport.openVragen().isEmpty()) {
      kop(b, l.openVragen);
      for (io.github.mantelzorg.rules.OpenVraag v : rapport.openVragen()) {
        regel(b, inert(v.vraag()) + " (" + String.join(", ", v.codes()) + ")");
      }
    }
    if (!rapport.waarschuwingen().isEmpty()) {
      kop(b, l.waarschuwingen);
      for (io.github.mantelzorg.rules.Waarschuwing w : rapport.waarschuwingen()) {
        regel(b, inert(w.pad()) + " (" + w.datum() + "): " + inert(w.reden()));
      }
    }
    if (!rapport.afgewezen().isEmpty()) {
      kop(b, l.afgewezen);
      for (Advies a : rapport.afgewezen()) {
        regel(b, inert(a.code()) + " " + inert(a.naam()) + " · " + l.kort(namen, a.context(), a.onderwerp()) + ": "
            + a.eerderAfgewezen().map(l::terugkoppeling).orElse("") + " (id " + inert(a.id()) + ")");
      }
    }
    return b.toString();
  }

  /**
   * Formats a why-not answer: per subject, whether the rule fired (and what replaced it), and each condition with
   * holds, fails or unknown and what the facts show.
   *
   * @param titel heading, e.g. the file name
   * @param w the answer
   * @param taal the language of the labels
   * @return the formatted text, ending with a newline
   */
  public String format(String titel, io.github.mantelzorg.rules.WhyNot w, Language taal) {
    boolean en = taal == Language.EN;
    StringBuilder b = new StringBuilder(2048);
    String kop = (en ? "Why (not) " : "Waarom (niet) ") + inert(w.code()) + " " + inert(w.naam()) + " · " + inert(titel);
    if (stijl == Stijl.MARKDOWN) {
      b.append("# ").append(kop).append('\n');
    } else {
      b.append("=== ").append(kop).append(" ===\n");
    }
    if (w.uitgeschakeld()) {
      b.append('\n').append(en ? "The rule is switched off." : "De regel staat uit.").append('\n');
      return b.toString();
    }
    if (w.onderwerpen().isEmpty()) {
      b.append('\n').append(en ? "No subject in this record that the rule can be about." : "Geen onderwerp in dit dossier"
          + " waar de regel over kan gaan.").append('\n');
      return b.toString();
    }
    for (io.github.mantelzorg.rules.WhyNot.Onderwerp o : w.onderwerpen()) {
      String uitkomst = o.gevuurd()
          ? o.vervangenDoor().map(c -> (en ? "fired, replaced by " : "gevuurd, vervangen door ") + c)
              .orElse(en ? "fired" : "gevuurd")
          : (en ? "did not fire" : "niet gevuurd");
      kop(b, inert(o.naam()) + " (" + inert(o.onderwerp()) + ", " + inert(o.context()) + "): " + uitkomst);
      for (io.github.mantelzorg.rules.WhyNot.Condition c : o.voorwaarden()) {
        String truth = switch (c.truth()) {
          case HOLDS -> en ? "holds" : "geldt";
          case FAILS -> en ? "fails" : "geldt niet";
          case UNKNOWN -> en ? "unknown" : "onbekend";
        };
        regel(b, "[" + truth + "] " + inert(c.tekst()) + ": " + inert(c.uitleg()));
      }
    }
    return b.toString();
  }

  /**
   * Formats a comparison of two states of one record: the measured changes, then the advice resolved, new and
   * persisting (a persisting card whose facts changed says so), then the open questions closed and opened.
   *
   * @param oud the name of the earlier state, e.g. its file name
   * @param nieuw the name of the later state
   * @param v the comparison
   * @return the formatted text, ending with a newline
   */
  public String format(String oud, String nieuw, io.github.mantelzorg.rules.Vergelijking v) {
    boolean en = v.language() == Language.EN;
    Labels l = Labels.of(v.language(), this::inert);
    StringBuilder b = new StringBuilder(4096);
    String titel = (en ? "Comparison " : "Vergelijking ") + inert(oud) + " → " + inert(nieuw);
    String ondertitel = v.oudeDatum() + " → " + v.nieuweDatum() + " (" + (en ? "rule base " : "regelbasis ")
        + v.ruleBaseVersion() + "): " + v.opgelost().size() + (en ? " resolved, " : " opgelost, ") + v.nieuw().size()
        + (en ? " new, " : " nieuw, ") + v.blijvend().size() + (en ? " persisting" : " blijvend");
    if (stijl == Stijl.MARKDOWN) {
      b.append("# ").append(titel).append("\n\n_").append(ondertitel).append("_\n");
    } else {
      b.append("=== ").append(titel).append(" ===\n").append(ondertitel).append('\n');
    }
    if (v.ongewijzigd()) {
      b.append('\n').append(en ? "Nothing changed." : "Niets veranderd.").append('\n');
    }
    if (!v.veranderingen().isEmpty()) {
      kop(b, en ? "Measured changes" : "Gemeten veranderingen");
      for (io.github.mantelzorg.rules.Verandering c : v.veranderingen()) {
        regel(b, inert(c.tekst()));
      }
    }
    if (!v.opgelost().isEmpty()) {
      kop(b, (en ? "Resolved" : "Opgelost") + " (" + v.opgelost().size() + ")");
      for (Advies a : v.opgelost()) {
        String door = v.vervangenDoor(a).map(x -> (en ? " (replaced by " : " (vervangen door ") + inert(x.code()) + ")")
            .orElse("");
        regel(b, kaartregel(a, l) + door);
      }
    }
    if (!v.nieuw().isEmpty()) {
      kop(b, (en ? "New" : "Nieuw") + " (" + v.nieuw().size() + ")");
      for (Advies a : v.nieuw()) {
        regel(b, kaartregel(a, l) + "\n" + (stijl == Stijl.MARKDOWN ? "  " : "    ") + l.waarom + ": " + inert(a.uitleg()));
      }
    }
    if (!v.blijvend().isEmpty()) {
      kop(b, (en ? "Persisting" : "Blijvend") + " (" + v.blijvend().size() + ")");
      for (Advies a : v.blijvend()) {
        boolean anders = v.eerder(a).map(x -> !x.id().equals(a.id())).orElse(false);
        regel(b, kaartregel(a, l) + (anders ? (en ? " (facts changed)" : " (feiten veranderd)") : ""));
      }
    }
    if (!v.vervallenVragen().isEmpty()) {
      kop(b, en ? "Open questions no longer asked" : "Open vragen niet meer gesteld");
      for (io.github.mantelzorg.rules.OpenVraag q : v.vervallenVragen()) {
        regel(b, inert(q.vraag()));
      }
    }
    if (!v.nieuweVragen().isEmpty()) {
      kop(b, en ? "New open questions" : "Nieuwe open vragen");
      for (io.github.mantelzorg.rules.OpenVraag q : v.nieuweVragen()) {
        regel(b, inert(q.vraag()) + " (" + String.join(", ", q.codes()) + ")");
      }
    }
    // What each state's evaluation left out (dated after its evaluation date): without it, a card "resolved" or "new"
    // could look like a change of the facts when it is only a fact the earlier date did not count yet.
    waarschuwingen(b, (en ? "Warnings, old state (" : "Waarschuwingen, oude stand (") + v.oudeDatum() + ")",
        v.rapportOud().waarschuwingen());
    waarschuwingen(b, (en ? "Warnings, new state (" : "Waarschuwingen, nieuwe stand (") + v.nieuweDatum() + ")",
        v.rapportNieuw().waarschuwingen());
    return b.toString();
  }

  private void waarschuwingen(StringBuilder b, String kop, List<io.github.mantelzorg.rules.Waarschuwing> lijst) {
    if (lijst.isEmpty()) {
      return;
    }
    kop(b, kop);
    for (io.github.mantelzorg.rules.Waarschuwing w : lijst) {
      regel(b, inert(w.pad()) + " (" + w.datum() + "): " + inert(w.reden()));
    }
  }

  /** "[HOOG] BL-01 CSI overbelasting · Peter de Vries", on one line. */
  private String kaartregel(Advies a, Labels l) {
    String wie = a.namen().isEmpty() ? a.onderwerp() : a.namen().get(0);
    return "[" + l.prioriteit(a.prioriteit()) + "] " + inert(a.code()) + " " + inert(a.naam()) + " · " + inert(wie);
  }

  private void kop(StringBuilder b, String kop) {
    if (stijl == Stijl.MARKDOWN) {
      b.append("\n## ").append(kop).append("\n\n");
    } else {
      b.append('\n').append(kop).append('\n').append("-".repeat(kop.length())).append('\n');
    }
  }

  private void regel(StringBuilder b, String tekst) {
    b.append(stijl == Stijl.MARKDOWN ? "- " : "  - ").append(tekst).append('\n');
  }

  private void advies(StringBuilder b, Advies a, Labels l, Namen namen) {
    String prio = l.prioriteit(a.prioriteit());
    String code = inert(a.code());
    String naam = inert(a.naam());
    String samenvatting = inert(a.samenvatting());
    String uitleg = inert(a.uitleg());
    List<String> bronnen = new ArrayList<>();
    for (io.github.mantelzorg.rules.Bron x : a.bronnen()) {
      String citaat = inert(x.citaat());
      bronnen.add(stijl == Stijl.MARKDOWN ? x.url().map(u -> "[" + citaat + "](" + Inert.url(u) + ")").orElse(citaat)
          : citaat + x.url().map(u -> " <" + Inert.text(u) + ">").orElse(""));
    }
    String bron = String.join("; ", bronnen);
    String vervangt = a.vervangt().isEmpty() ? null : inert(String.join(", ", a.vervangt()));
    // Feedback given on the card: taken up, or dismissed before when its facts were different.
    String status = a.terugkoppeling().map(t -> (a.opgepakt() ? l.opgepakt : l.eerderAfgewezen) + ": "
        + l.terugkoppeling(t)).orElse(null);
    List<String> ook = new ArrayList<>();
    for (String id : a.betreft().subList(1, a.betreft().size())) {
      ook.add(l.kort(namen, a.context(), id));
    }
    if (a.betreftMeer() > 0) {
      ook.add(l.meer(a.betreftMeer()));
    }
    if (stijl == Stijl.MARKDOWN) {
      b.append("\n### ").append(prio).append(" · ").append(code).append(" ").append(naam).append("\n\n");
      b.append(samenvatting).append("\n\n");
      b.append("- **").append(l.waarom).append("**: ").append(uitleg).append('\n');
      if (!ook.isEmpty()) {
        b.append("- **").append(l.ook).append("**: ").append(String.join(", ", ook)).append('\n');
      }
      b.append("- **").append(l.stappen).append("**:\n");
      for (int i = 0; i < a.stappen().size(); i++) {
        b.append("  ").append(i + 1).append(". ").append(inert(a.stappen().get(i))).append('\n');
      }
      if (vervangt != null) {
        b.append("- **").append(l.vervangt).append("**: ").append(vervangt).append('\n');
      }
      b.append("- **").append(l.bron).append("**: ").append(bron).append('\n');
      if (status != null) {
        b.append("- **").append(status).append("**\n");
      }
      b.append("- **Id**: ").append(inert(a.id())).append('\n');
    } else {
      b.append("  [").append(prio).append("] ").append(code).append(" ").append(naam).append('\n');
      b.append("    ").append(samenvatting).append('\n');
      b.append("    ").append(l.waarom).append(": ").append(uitleg).append('\n');
      if (!ook.isEmpty()) {
        b.append("    ").append(l.ook).append(": ").append(String.join(", ", ook)).append('\n');
      }
      b.append("    ").append(l.stappen).append(":\n");
      for (int i = 0; i < a.stappen().size(); i++) {
        b.append("      ").append(i + 1).append(". ").append(inert(a.stappen().get(i))).append('\n');
      }
      if (vervangt != null) {
        b.append("    ").append(l.vervangt).append(": ").append(vervangt).append('\n');
      }
      b.append("    ").append(l.bron).append(": ").append(bron).append('\n');
      if (status != null) {
        b.append("    ").append(status).append('\n');
      }
      b.append("    Id: ").append(inert(a.id())).append('\n');
    }
  }

  /** Text from the input or the engine, made inert for this printer's style. */
  private String inert(String s) {
    return stijl == Stijl.MARKDOWN ? Inert.markdown(s) : Inert.text(s);
  }

  /** The words around the advice texts; the advice texts themselves come from the engine in its language. */
  private static final class Labels {
    private final Language taal;
    private final UnaryOperator<String> inert;
    private final String waarom;
    private final String stappen;
    private final String bron;
    private final String ook;
    private final String geenAdvies;
    private final String vervangt;
    private final String openVragen;
    private final String waarschuwingen;
    private final String afgewezen;
    private final String opgepakt;
    private final String eerderAfgewezen;

    private Labels(Language taal, UnaryOperator<String> inert, String... w) {
      this.taal = taal;
      this.inert = inert;
      this.waarom = w[0];
      this.stappen = w[1];
      this.bron = w[2];
      this.ook = w[3];
      this.geenAdvies = w[4];
      this.vervangt = w[5];
      this.openVragen = w[6];
      this.waarschuwingen = w[7];
      this.afgewezen = w[8];
      this.opgepakt = w[9];
      this.eerderAfgewezen = w[10];
    }

    static Labels of(Language taal, UnaryOperator<String> inert) {
      return taal == Language.EN
          ? new Labels(taal, inert, "Why", "Steps", "Source", "Also concerns", "No advice.", "Replaces",
              "Open questions (not advice: what the record does not say)", "Warnings (left out of this evaluation)",
              "Dismissed (left out while their facts are unchanged)", "Taken up",
              "Dismissed before, when the facts were different")
          : new Labels(taal, inert, "Waarom", "Stappen", "Bron", "Betreft ook", "Geen advies.", "Vervangt",
              "Open vragen (geen advies: wat het dossier niet zegt)", "Waarschuwingen (niet meegenomen)",
              "Afgewezen (weggelaten zolang de feiten niet veranderen)", "Opgepakt",
              "Eerder afgewezen, toen de feiten anders waren");
    }

    String kop(Adviesrapport r) {
      int n = r.adviezen().size();
      int v = r.openVragen().size();
      int a = r.afgewezen().size();
      return taal == Language.EN
          ? n + (n == 1 ? " piece" : " pieces") + " of advice and " + v + (v == 1 ? " open question" : " open questions")
              + (a == 0 ? "" : " (" + a + " dismissed, left out)") + " on " + r.peildatum() + " (rule base "
              + r.ruleBaseVersion() + ")"
          : n + (n == 1 ? " advies" : " adviezen") + " en " + v + (v == 1 ? " open vraag" : " open vragen")
              + (a == 0 ? "" : " (" + a + " afgewezen, weggelaten)") + " op " + r.peildatum() + " (regelbasis "
              + r.ruleBaseVersion() + ")";
    }

    /** "2026-11-20, al besproken: 'toelichting', door Els": the date, the reason and who, from the feedback. */
    String terugkoppeling(io.github.mantelzorg.rules.Terugkoppeling t) {
      StringBuilder b = new StringBuilder().append(t.datum());
      t.reden().ifPresent(r -> b.append(", ").append(r.label(taal)));
      t.toelichting().ifPresent(x -> b.append(": '").append(inert.apply(x)).append('\''));
      t.door().ifPresent(x -> b.append(taal == Language.EN ? ", by " : ", door ").append(inert.apply(x)));
      return b.toString();
    }

    String prioriteit(Prioriteit p) {
      return p.label(taal);
    }

    /** "Peter de Vries (mantelzorger)", or the bare id when the input has no name for it. */
    String wie(Namen namen, String context, String id) {
      Namen.Naam n = namen.naam(context, id);
      if (n == null) {
        return inert.apply(id);
      }
      // A network is named after its zorgvrager; its id tells two networks of the same person apart.
      return inert.apply(n.naam()) + " (" + soort(n.soort())
          + (n.soort() == Namen.Soort.ZORGNETWERK ? " " + inert.apply(id) : "") + ")";
    }

    /** "en 443 meer" / "and 443 more". */
    String meer(int n) {
      return (taal == Language.EN ? "and " : "en ") + n + (taal == Language.EN ? " more" : " meer");
    }

    String kort(Namen namen, String context, String id) {
      Namen.Naam n = namen.naam(context, id);
      return inert.apply(n == null ? id : n.naam());
    }

    private String soort(Namen.Soort s) {
      boolean en = taal == Language.EN;
      switch (s) {
        case ZORGVRAGER:
          return en ? "person cared for" : "zorgvrager";
        case MANTELZORGER:
          return en ? "carer" : "mantelzorger";
        case VRIJWILLIGER:
          return en ? "volunteer" : "vrijwilliger";
        case BEROEPSKRACHT:
          return en ? "professional" : "beroepskracht";
        case INFORMEEL_CONTACT:
          return en ? "informal contact" : "informeel contact";
        case ERVARINGSDESKUNDIGE:
          return en ? "expert by experience" : "ervaringsdeskundige";
        case ORGANISATIE:
          return en ? "organisation" : "organisatie";
        case ZORGNETWERK:
          return en ? "care network" : "zorgnetwerk";
        default:
          return en ? "partnership" : "samenwerkingsverband";
      }
    }
  }
}
