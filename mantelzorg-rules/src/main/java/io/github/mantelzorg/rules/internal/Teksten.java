package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.rules.Taal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The texts of the advice, in Dutch and English, from one resource bundle per topic:
 * {@code io/github/mantelzorg/rules/teksten/<topic>_nl.properties} and {@code _en.properties}. Keys per rule code:
 * {@code <code>.naam}, {@code .samenvatting} (at most 140 characters), {@code .toelichting}, {@code .stap.1}...
 * {@code .stap.n}, {@code .conditie} (the condition in plain words, for the catalogue) and {@code .uitleg} (the
 * explanation template; {@code {feit}} is replaced by the fact of that name).
 */
public final class Teksten {
  /** The topics, one bundle and one DRL file each. */
  public static final List<String> ONDERWERPEN = List.of("zelfregie", "sofa", "wifa", "belasting", "respijt", "netwerk",
      "samenwerking", "positionering", "ervaringsdeskundigheid", "zrm", "gecombineerd");
  private static final String BASIS = "io.github.mantelzorg.rules.teksten.";

  private final Taal taal;
  private final List<ResourceBundle> bundels = new ArrayList<>();
  private final ResourceBundle waarden;

  /** Loads the bundles of one language. */
  public Teksten(Taal taal) {
    this.taal = taal;
    ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    for (String o : ONDERWERPEN) {
      try {
        bundels.add(ResourceBundle.getBundle(BASIS + o, taal.locale(), Teksten.class.getClassLoader(), control));
      } catch (MissingResourceException e) {
        // A topic without texts yet is caught by the rule-base test; the engine reports the missing key.
      }
    }
    this.waarden = ResourceBundle.getBundle(BASIS + "waarden", taal.locale(), Teksten.class.getClassLoader(), control);
  }

  /** The language. */
  public Taal taal() {
    return taal;
  }

  /** The text for a key, or empty when absent. */
  public java.util.Optional<String> zoek(String sleutel) {
    for (ResourceBundle b : bundels) {
      if (b.containsKey(sleutel)) {
        return java.util.Optional.of(b.getString(sleutel).trim());
      }
    }
    return java.util.Optional.empty();
  }

  /** The text for a key; throws naming the key and language when absent. */
  public String tekst(String code, String veld) {
    return zoek(code + "." + veld).orElseThrow(() ->
        new IllegalStateException("no " + taal + " text '" + code + "." + veld + "' in the rule texts"));
  }

  /** The steps of a rule, {@code .stap.1} onwards. */
  public List<String> stappen(String code) {
    List<String> s = new ArrayList<>();
    for (int i = 1; ; i++) {
      java.util.Optional<String> t = zoek(code + ".stap." + i);
      if (t.isEmpty()) {
        break;
      }
      s.add(t.get());
    }
    return s;
  }

  /** Fills an explanation template ({@code {feit}} placeholders) with facts. */
  public static String vul(String sjabloon, Map<String, String> feiten) {
    StringBuilder b = new StringBuilder(sjabloon.length() + 32);
    int i = 0;
    while (i < sjabloon.length()) {
      char c = sjabloon.charAt(i);
      int end = c == '{' ? sjabloon.indexOf('}', i) : -1;
      if (end > i) {
        String naam = sjabloon.substring(i + 1, end);
        String waarde = feiten.get(naam);
        b.append(waarde != null ? waarde : "{" + naam + "}");
        i = end + 1;
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
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

  /** Formats a fact value for texts: dates as yyyy-MM-dd, whole numbers without decimals, model values as words, collections sorted and joined. */
  public String formatteer(Object waarde) {
    if (waarde == null) {
      return "-";
    }
    if (waarde instanceof Boolean bool) {
      return taal == Taal.NL ? (bool ? "ja" : "nee") : (bool ? "yes" : "no");
    }
    if (waarde instanceof Double d) {
      return d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
    }
    if (waarde instanceof LocalDate d) {
      return d.toString();
    }
    if (waarde instanceof java.util.Optional<?> o) {
      return o.map(this::formatteer).orElse("-");
    }
    if (waarde instanceof Enum<?> e) {
      return label(e);
    }
    if (waarde instanceof Collection<?> c) {
      // Sorted, so that the explanation does not depend on the order of the input lists: enums in their declared
      // order, text alphabetically.
      return gesorteerd(c).stream().map(this::formatteer).collect(Collectors.joining(", "));
    }
    return String.valueOf(waarde);
  }

  /**
   * The label of a model value in this language: {@code waarde.<Type>.<NAME>}, else {@code waarde.<NAME>} from the
   * {@code waarden} bundle, else the name in lower case with spaces (care workers read words, not codes).
   */
  public String label(Enum<?> waarde) {
    String type = "waarde." + waarde.getDeclaringClass().getSimpleName() + "." + waarde.name();
    if (waarden.containsKey(type)) {
      return waarden.getString(type);
    }
    String algemeen = "waarde." + waarde.name();
    if (waarden.containsKey(algemeen)) {
      return waarden.getString(algemeen);
    }
    return waarde.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
