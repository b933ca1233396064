package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.rules.Language;
import io.github.mantelzorg.rules.feiten.Netwerkaandeel;
import io.github.mantelzorg.rules.feiten.Personen;
import io.github.mantelzorg.rules.feiten.Stijging;
import io.github.mantelzorg.rules.feiten.ZrmDaling;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one place where typed facts become words, per language, from one text file per topic:
 * {@code io/github/mantelzorg/rules/teksten/<topic>_nl.properties} and {@code _en.properties} (UTF-8). Keys:
 *
 * <ul>
 *   <li>per rule code: {@code <code>.naam}, {@code .samenvatting} (at most 140 characters), {@code .toelichting},
 *       {@code .stap.1}... {@code .stap.n}, {@code .conditie} (the condition in plain words, for the catalogue) and
 *       optionally {@code .ontwerpkeuze};
 *   <li>per named condition: {@code voorwaarde.<naam>} (the condition in words), {@code voorwaarde.<naam>.geldt} (what
 *       the facts show when it holds: a template where {@code {feit}} is replaced by the condition's fact of that name
 *       and {@code {naam}} by the subject's name) and optionally {@code voorwaarde.<naam>.faalt};
 *   <li>per question: {@code vraag.<sleutel>} (what to find out; {@code {naam}} is the subject's name);
 *   <li>labels of model values in {@code waarden_<lang>.properties}: {@code waarde.<Type>.<NAME>} or
 *       {@code waarde.<NAME>};
 *   <li>the words of a comparison of two states in {@code vergelijking_<lang>.properties}: {@code verandering.<kind>...}
 *       and {@code meting.*}.
 * </ul>
 *
 * <p>Read with {@code Class.getResourceAsStream}, so it works on the class path and in a named module.
 */
public final class Teksten {
  /** The topics, one text file and one DRL file each; {@code basis} holds the conditions several topics share. */
  public static final List<String> ONDERWERPEN = List.of("basis", "zelfregie", "sofa", "wifa", "belasting", "respijt",
      "netwerk", "samenwerking", "positionering", "ervaringsdeskundigheid", "zrm", "gecombineerd");
  private static final String BASIS = "/io/github/mantelzorg/rules/teksten/";
  /** Collections in explanations list at most this many items, then "and n more". */
  public static final int MAX_OPGESOMD = 10;

  private final Language taal;
  private final Properties teksten = new Properties();
  private final Properties waarden = new Properties();
  /** Templates split once (see {@link Sjabloon}); the texts are fixed, so this holds at most one per template. */
  private final Map<String, Sjabloon> sjablonen = new ConcurrentHashMap<>();
  /** The label of each model value, looked up once. */
  private final Map<Enum<?>, String> labels = new ConcurrentHashMap<>();

  /** Loads the texts of one language. */
  public Teksten(Language taal) {
    this.taal = taal;
    String achter = "_" + taal.name().toLowerCase(java.util.Locale.ROOT) + ".properties";
    for (String o : ONDERWERPEN) {
      laad(teksten, BASIS + o + achter, false);
    }
    laad(waarden, BASIS + "waarden" + achter, true);
    laad(teksten, BASIS + "vergelijking" + achter, true);
  }

  private static void laad(Properties doel, String pad, boolean verplicht) {
    try (InputStream in = Teksten.class.getResourceAsStream(pad)) {
      if (in == null) {
        if (verplicht) {
          throw new IllegalStateException("the text file " + pad + " is missing from the rules jar");
        }
        return;
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String k : p.stringPropertyNames()) {
        if (doel.containsKey(k)) {
          throw new IllegalStateException("text key '" + k + "' is defined twice (" + pad + ")");
        }
        doel.setProperty(k, p.getProperty(k).trim());
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + pad, e);
    }
  }

  /** The language. */
  public Language taal() {
    return taal;
  }

  /** The text for a key, or empty when absent. */
  public Optional<String> zoek(String sleutel) {
    return Optional.ofNullable(teksten.getProperty(sleutel));
  }

  /** The text for a key; throws naming the key and language when absent. */
  public String tekst(String sleutel) {
    String s = teksten.getProperty(sleutel);
    if (s == null) {
      throw new IllegalStateException("no " + taal + " text '" + sleutel + "' in the rule texts");
    }
    return s;
  }

  /** The text {@code <code>.<veld>} of a rule; throws when absent. */
  public String tekst(String code, String veld) {
    return tekst(code + "." + veld);
  }

  /** The steps of a rule, {@code .stap.1} onwards. */
  public List<String> stappen(String code) {
    List<String> s = new ArrayList<>();
    for (int i = 1; ; i++) {
      String t = teksten.getProperty(code + ".stap." + i);
      if (t == null) {
        break;
      }
      s.add(t);
    }
    return s;
  }

  /** Every key, for the meta-tests. */
  public java.util.Set<String> sleutels() {
    return teksten.stringPropertyNames();
  }

  /**
   * Fills a template: {@code {feit}} by the formatted fact of that name, {@code {naam}} by {@code naam} unless a fact
   * of that name exists. An unknown placeholder stays as it is (the meta-test finds it).
   */
  public String vul(String sjabloon, Map<String, Object> feiten, String naam, Function<String, String> namen) {
    return vul(sjabloon, feiten, null, naam, namen);
  }

  /**
   * As {@link #vul(String, Map, String, Function)}, with the facts already formatted: {@code opgemaakt} holds
   * {@link #formatteer} of every value of {@code feiten} under the same key, so that a caller that needs the formatted
   * facts anyway formats each once.
   */
  public String vul(String sjabloon, Map<String, Object> feiten, Map<String, String> opgemaakt, String naam,
      Function<String, String> namen) {
    // An optional part [[...]] is shown only when every fact it names is there: an OR condition records the facts of
    // the parts that hold, so its explanation shows what made it true and nothing else.
    int open = sjabloon.indexOf("[[");
    if (open >= 0) {
      int dicht = sjabloon.indexOf("]]", open);
      if (dicht > open) {
        String deel = sjabloon.substring(open + 2, dicht);
        boolean compleet = true;
        for (int i = deel.indexOf('{'); i >= 0; i = deel.indexOf('{', i + 1)) {
          int e = deel.indexOf('}', i);
          String sleutel = e > i ? deel.substring(i + 1, e) : "";
          if (!sleutel.equals("naam") && feiten.get(sleutel) == null) {
            compleet = false;
          }
        }
        String rest = vul(sjabloon.substring(0, open) + (compleet ? deel : "") + sjabloon.substring(dicht + 2), feiten,
            opgemaakt, naam, namen);
        // A left-out part takes its separator with it: "naam: ; x" becomes "naam: x".
        return EINDE_SCHEIDING.matcher(LEGE_SCHEIDING.matcher(rest).replaceAll(": ")).replaceAll("");
      }
    }
    Sjabloon s = sjablonen.computeIfAbsent(sjabloon, Sjabloon::new);
    StringBuilder b = new StringBuilder(sjabloon.length() + 32);
    for (int i = 0; i < s.sleutels.length; i++) {
      b.append(s.tekst[i]);
      String sleutel = s.sleutels[i];
      if (feiten.containsKey(sleutel)) {
        b.append(opgemaakt != null ? opgemaakt.get(sleutel) : formatteer(feiten.get(sleutel), namen));
      } else if (sleutel.equals("naam")) {
        b.append(naam);
      } else {
        b.append('{').append(sleutel).append('}');
      }
    }
    return b.append(s.tekst[s.sleutels.length]).toString();
  }

  /** "naam: ; x": a separator left behind by an optional part that was left out. */
  private static final Pattern LEGE_SCHEIDING = Pattern.compile(":\\s*[;,]\\s*");
  /** A separator left at the end. */
  private static final Pattern EINDE_SCHEIDING = Pattern.compile("\\s*[;,]\\s*$");

  /**
   * A template without optional parts, split once into its text and its placeholders ({@code {x}}: from a brace to
   * the next closing brace), so that filling it copies text and looks up facts, nothing more.
   */
  private static final class Sjabloon {
    /** The text before each placeholder, and after the last: one more than {@link #sleutels}. */
    final String[] tekst;
    final String[] sleutels;

    Sjabloon(String sjabloon) {
      List<String> tekst = new ArrayList<>();
      List<String> sleutels = new ArrayList<>();
      StringBuilder b = new StringBuilder();
      int i = 0;
      while (i < sjabloon.length()) {
        char c = sjabloon.charAt(i);
        int end = c == '{' ? sjabloon.indexOf('}', i) : -1;
        if (end > i) {
          tekst.add(b.toString());
          b.setLength(0);
          sleutels.add(sjabloon.substring(i + 1, end));
          i = end + 1;
        } else {
          b.append(c);
          i++;
        }
      }
      tekst.add(b.toString());
      this.tekst = tekst.toArray(new String[0]);
      this.sleutels = sleutels.toArray(new String[0]);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Object> gesorteerd(Collection<?> c) {
    List<Object> l = new ArrayList<>(c);
    boolean vergelijkbaar = !l.isEmpty() && l.stream().allMatch(o -> o instanceof Comparable && o.getClass() == l.get(0).getClass());
    if (vergelijkbaar) {
      l.sort((a, b) -> ((Comparable) a).compareTo(b));
    } else {
      l.sort(java.util.Comparator.comparing(String::valueOf));
    }
    return l;
  }

  /**
   * Formats a fact value for texts: dates as yyyy-MM-dd, whole numbers without decimals, yes/no in the language,
   * a measurement as instrument, score (or outcome) and date,
   * model values as words, ZRM domains with their levels or network share, persons by name, collections sorted and joined, at most {@link #MAX_OPGESOMD} items and
   * then "and n more".
   */
  public String formatteer(Object waarde, Function<String, String> namen) {
    if (waarde == null) {
      return "-";
    }
    if (waarde instanceof Boolean bool) {
      return tekst(bool ? "tekst.ja" : "tekst.nee");
    }
    if (waarde instanceof Double d) {
      return d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
    }
    if (waarde instanceof LocalDate d) {
      return d.toString();
    }
    if (waarde instanceof Optional<?> o) {
      return o.map(x -> formatteer(x, namen)).orElse(tekst("tekst.onbekend"));
    }
    if (waarde instanceof Enum<?> e) {
      return label(e);
    }
    if (waarde instanceof io.github.mantelzorg.model.Belastingmeting m) {
      String uitkomst = m.instrument() == io.github.mantelzorg.model.Instrument.TIEN_MINUTENCHECK
          ? tekst(m.signaalOverbelasting().orElse(false) ? "meting.signaal" : "meting.geenSignaal")
          : score(m.instrument(), m.score());
      return label(m.instrument()) + " " + uitkomst + " (" + m.datum() + ")";
    }
    if (waarde instanceof Stijging st) {
      return label(st.instrument()) + " " + score(st.instrument(), st.van()) + " (" + st.vanDatum() + ") \u2192 "
          + score(st.instrument(), st.naar()) + " (" + st.naarDatum() + ")";
    }
    if (waarde instanceof ZrmDaling z) {
      return label(z.domein()) + " " + z.van().score() + " \u2192 " + z.naar().score();
    }
    if (waarde instanceof Netwerkaandeel a) {
      return label(a.domein()) + " " + a.procent() + "%";
    }
    if (waarde instanceof Personen p) {
      List<String> n = new ArrayList<>(p.ids().size());
      p.ids().forEach(id -> n.add(namen.apply(id)));
      return opsomming(gesorteerd(n), namen);
    }
    if (waarde instanceof Collection<?> c) {
      // Sorted, so that the explanation does not depend on the order of the input lists.
      return opsomming(gesorteerd(c), namen);
    }
    return String.valueOf(waarde);
  }

  /** A score, with its band for the EDIZ-plus (e.g. "4 matig"). */
  private String score(io.github.mantelzorg.model.Instrument instrument, int score) {
    if (instrument != io.github.mantelzorg.model.Instrument.EDIZ_PLUS) {
      return Integer.toString(score);
    }
    io.github.mantelzorg.model.EdizPlusBand band = score >= io.github.mantelzorg.model.Drempels.EDIZ_PLUS_ZWAAR
        ? io.github.mantelzorg.model.EdizPlusBand.ZWAAR
        : score >= io.github.mantelzorg.model.Drempels.EDIZ_PLUS_MATIG ? io.github.mantelzorg.model.EdizPlusBand.MATIG
        : score >= io.github.mantelzorg.model.Drempels.EDIZ_PLUS_LICHT ? io.github.mantelzorg.model.EdizPlusBand.LICHT
        : io.github.mantelzorg.model.EdizPlusBand.GEEN;
    return score + " " + label(band);
  }

  private String opsomming(List<Object> items, Function<String, String> namen) {
    if (items.isEmpty()) {
      return "-";
    }
    StringBuilder b = new StringBuilder();
    int n = Math.min(items.size(), MAX_OPGESOMD);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append(formatteer(items.get(i), namen));
    }
    if (items.size() > n) {
      b.append(' ').append(tekst("tekst.enMeer").replace("{aantal}", Integer.toString(items.size() - n)));
    }
    return b.toString();
  }

  /**
   * The label of a model value in this language: {@code waarde.<Type>.<NAME>}, else {@code waarde.<NAME>}, else the
   * name in lower case with spaces (care workers read words, not codes).
   */
  public String label(Enum<?> waarde) {
    return labels.computeIfAbsent(waarde, this::zoekLabel);
  }

  private String zoekLabel(Enum<?> waarde) {
    String type = "waarde." + waarde.getDeclaringClass().getSimpleName() + "." + waarde.name();
    String s = waarden.getProperty(type);
    if (s != null) {
      return s.trim();
    }
    s = waarden.getProperty("waarde." + waarde.name());
    if (s != null) {
      return s.trim();
    }
    return waarde.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
