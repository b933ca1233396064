package io.github.mantelzorg.examples;

import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.rules.Advies;
import io.github.mantelzorg.rules.Adviesrapport;
import io.github.mantelzorg.rules.Prioriteit;
import io.github.mantelzorg.rules.Taal;
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
    Labels l = Labels.of(rapport.taal(), this::inert);
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
      return b.toString();
    }
    // The report is sorted most urgent first, so first-seen order puts the group with the most urgent advice first.
    Map<String, List<Advies>> groepen = new LinkedHashMap<>();
    for (Advies a : rapport.adviezen()) {
      groepen.computeIfAbsent(a.context() + '\u0000' + a.onderwerp(), k -> new ArrayList<>()).add(a);
    }
    // With several networks in one case (S6), the same kind of person occurs in each: name the network too.
    boolean meerContexten = rapport.adviezen().stream().map(Advies::context).distinct().count() > 1;
    for (List<Advies> groep : groepen.values()) {
      Advies eerste = groep.get(0);
      String wie = l.wie(namen, eerste.context(), eerste.onderwerp())
          + (meerContexten && !eerste.onderwerp().equals(eerste.context()) ? " · " + inert(eerste.context()) : "");
      if (stijl == Stijl.MARKDOWN) {
        b.append("\n## ").append(wie).append('\n');
      } else {
        b.append('\n').append(wie).append('\n').append("-".repeat(Math.min(wie.length(), 78))).append('\n');
      }
      for (Advies a : groep) {
        advies(b, a, l, namen);
      }
    }
    return b.toString();
  }

  private void advies(StringBuilder b, Advies a, Labels l, Namen namen) {
    String prio = l.prioriteit(a.prioriteit());
    String code = inert(a.code());
    String naam = inert(a.naam());
    String samenvatting = inert(a.samenvatting());
    String uitleg = inert(a.uitleg());
    String bron = inert(a.bron());
    List<String> ook = new ArrayList<>();
    for (String id : a.betreft().subList(1, a.betreft().size())) {
      ook.add(l.kort(namen, a.context(), id));
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
      b.append("- **").append(l.bron).append("**: ").append(bron).append('\n');
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
      b.append("    ").append(l.bron).append(": ").append(bron).append('\n');
    }
  }

  /** Text from the input or the engine, made inert for this printer's style. */
  private String inert(String s) {
    return stijl == Stijl.MARKDOWN ? Inert.markdown(s) : Inert.text(s);
  }

  /** The words around the advice texts; the advice texts themselves come from the engine in its language. */
  private static final class Labels {
    private final Taal taal;
    private final UnaryOperator<String> inert;
    private final String waarom;
    private final String stappen;
    private final String bron;
    private final String ook;
    private final String geenAdvies;

    private Labels(Taal taal, UnaryOperator<String> inert, String waarom, String stappen, String bron, String ook,
        String geenAdvies) {
      this.taal = taal;
      this.inert = inert;
      this.waarom = waarom;
      this.stappen = stappen;
      this.bron = bron;
      this.ook = ook;
      this.geenAdvies = geenAdvies;
    }

    static Labels of(Taal taal, UnaryOperator<String> inert) {
      return taal == Taal.EN
          ? new Labels(taal, inert, "Why", "Steps", "Source", "Also concerns", "No advice.")
          : new Labels(taal, inert, "Waarom", "Stappen", "Bron", "Betreft ook", "Geen advies.");
    }

    String kop(Adviesrapport r) {
      int n = r.adviezen().size();
      return taal == Taal.EN
          ? n + (n == 1 ? " piece" : " pieces") + " of advice on " + r.peildatum() + " (rule base " + r.regelbasisVersie() + ")"
          : n + (n == 1 ? " advies" : " adviezen") + " op " + r.peildatum() + " (regelbasis " + r.regelbasisVersie() + ")";
    }

    String prioriteit(Prioriteit p) {
      if (taal == Taal.NL) {
        return p.name();
      }
      switch (p) {
        case KRITIEK:
          return "CRITICAL";
        case HOOG:
          return "HIGH";
        case MIDDEL:
          return "MEDIUM";
        default:
          return "LOW";
      }
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

    String kort(Namen namen, String context, String id) {
      Namen.Naam n = namen.naam(context, id);
      return inert.apply(n == null ? id : n.naam());
    }

    private String soort(Namen.Soort s) {
      boolean en = taal == Taal.EN;
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
