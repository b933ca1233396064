package io.github.mantelzorg.rules.ecomap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text from the input made safe and fitted: inert (nothing that can drive a terminal, reorder text or break XML),
 * escaped for XML and HTML, wrapped and shortened to a box, and its width estimated without a font engine (so the
 * output is the same on every machine).
 */
final class Tekst {
  /** The ellipsis that ends a shortened text. */
  static final String WEGLATING = "\u2026";

  private Tekst() {}

  /**
   * The text with every character that is not plain printable text shown as {@code \\uXXXX}: control characters
   * (tabs and line breaks become a space), format characters such as bidirectional overrides and zero-width spaces,
   * line and paragraph separators, lone surrogates and the non-characters U+FFFE and U+FFFF. Names and ids are
   * already printable (the model checks them); free texts such as a discipline or a task are not.
   */
  static String inert(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      boolean gewoon = type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
          && type != Character.PARAGRAPH_SEPARATOR && type != Character.SURROGATE && (cp & 0xFFFE) != 0xFFFE;
      if (gewoon) {
        b.appendCodePoint(cp);
      } else if (cp == '\t' || cp == '\n' || cp == '\r') {
        b.append(' ');
      } else {
        for (char c : Character.toChars(cp)) {
          b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
      }
    }
    return b.toString();
  }

  /** The text made inert and escaped for XML or HTML text and attribute values (both quotes escaped). */
  static String xml(String s) {
    String t = inert(s);
    StringBuilder b = new StringBuilder(t.length() + 16);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** At most {@code max} code points of the inert text; a longer text ends with an ellipsis. */
  static String kort(String s, int max) {
    String t = inert(s).strip();
    if (t.codePointCount(0, t.length()) <= max) {
      return t;
    }
    int eind = t.offsetByCodePoints(0, Math.max(0, max - 1));
    return t.substring(0, eind).stripTrailing() + WEGLATING;
  }

  /**
   * The inert text wrapped at spaces into lines of at most {@code perRegel} code points, at most {@code regels}
   * lines; a word longer than a line is cut, and what does not fit ends the last line with an ellipsis.
   */
  static List<String> afbreken(String s, int perRegel, int regels) {
    String t = inert(s).strip();
    List<String> uit = new ArrayList<>();
    StringBuilder regel = new StringBuilder();
    String[] woorden = t.split(" +");
    boolean afgekapt = false;
    for (int w = 0; w < woorden.length; w++) {
      String woord = woorden[w];
      if (woord.isEmpty()) {
        continue;
      }
      int lengte = lengte(regel) + (regel.length() == 0 ? 0 : 1) + woord.codePointCount(0, woord.length());
      if (lengte <= perRegel) {
        if (regel.length() > 0) {
          regel.append(' ');
        }
        regel.append(woord);
        continue;
      }
      if (regel.length() > 0) {
        uit.add(regel.toString());
        regel.setLength(0);
        if (uit.size() == regels) {
          afgekapt = true;
          break;
        }
      }
      if (woord.codePointCount(0, woord.length()) > perRegel) {
        regel.append(kort(woord, perRegel));
        if (w < woorden.length - 1) {
          uit.add(regel.toString());
          regel.setLength(0);
          if (uit.size() == regels) {
            afgekapt = true;
            break;
          }
        }
      } else {
        regel.append(woord);
      }
    }
    if (!afgekapt && regel.length() > 0) {
      uit.add(regel.toString());
    }
    if (afgekapt && !uit.isEmpty()) {
      int laatste = uit.size() - 1;
      String l = uit.get(laatste);
      if (!l.endsWith(WEGLATING)) {
        String basis = lengte(l) >= perRegel ? l.substring(0, l.offsetByCodePoints(0, Math.max(0, perRegel - 1))) : l;
        uit.set(laatste, basis.stripTrailing() + WEGLATING);
      }
    }
    if (uit.isEmpty()) {
      uit.add("");
    }
    return uit;
  }

  /**
   * The inert text wrapped at spaces into lines whose estimated width ({@link #breedte}) is at most {@code maxPx},
   * at most {@code regels} lines; what does not fit is cut with an ellipsis.
   */
  static List<String> afbreken(String s, double grootte, boolean vet, double maxPx, int regels) {
    String t = inert(s).strip();
    int perRegel = Math.max(1, t.codePointCount(0, t.length()));
    List<String> uit = afbreken(t, perRegel, regels);
    while (perRegel > 1 && uit.stream().anyMatch(r -> breedte(r, grootte, vet) > maxPx)) {
      perRegel--;
      uit = afbreken(t, perRegel, regels);
    }
    return uit;
  }

  private static int lengte(CharSequence s) {
    return Character.codePointCount(s, 0, s.length());
  }

  /**
   * The estimated width in pixels of the text in a sans-serif font (DejaVu Sans, the widest of the usual ones) of
   * {@code grootte} pixels; bold text is about 10% wider. An estimate from character classes, never below the real
   * width for ordinary Latin text.
   */
  static double breedte(String s, double grootte, boolean vet) {
    double em = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ') {
        em += 0.32;
      } else if ("iljI.,:;'!|()[]{}".indexOf(cp) >= 0) {
        em += 0.34;
      } else if ("ftr".indexOf(cp) >= 0) {
        em += 0.44;
      } else if ("mwMW@".indexOf(cp) >= 0 || cp == 0x2026) {
        em += 0.98;
      } else if (Character.isUpperCase(cp)) {
        em += 0.74;
      } else {
        em += 0.63;
      }
    }
    return em * grootte * (vet ? 1.1 : 1.0);
  }
}
