package io.github.mantelzorg.rules.ecomap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A tiny SVG writer: numbers in a fixed format, escaped attributes and text, and the shared drawing bits. */
final class Svg {
  /** The fonts, widest first, so that the width estimates of {@link Tekst#breedte} hold. */
  static final String LETTERTYPE = "'DejaVu Sans', 'Liberation Sans', Verdana, Arial, Helvetica, sans-serif";
  /** Text colour: near black, 16:1 on white. */
  static final String INKT = "#1a1a1a";
  /** Grey for what is unknown: 4.6:1 on white, so lines and text still read (WCAG non-text contrast 3:1). */
  static final String ONBEKEND = "#6b6b6b";

  private final StringBuilder b = new StringBuilder(16_384);

  /** A number with at most one decimal, the same on every machine ({@code 12}, {@code -3.5}). */
  static String n(double v) {
    long t = Math.round(v * 10);
    long a = Math.abs(t);
    String s = (t < 0 ? "-" : "") + (a / 10);
    return a % 10 == 0 ? s : s + "." + (a % 10);
  }

  /** An id prefix for the elements of one picture, from a stable hash of {@code sleutel}. */
  static String voorvoegsel(String soort, String sleutel) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(sleutel.getBytes(StandardCharsets.UTF_8));
      return soort + "-" + HexFormat.of().formatHex(h, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Appends raw markup. */
  Svg raw(String s) {
    b.append(s);
    return this;
  }

  /** Appends {@code name="value"} with the value escaped, preceded by a space. */
  Svg attr(String naam, String waarde) {
    b.append(' ').append(naam).append("=\"").append(Tekst.xml(waarde)).append('"');
    return this;
  }

  /** Appends {@code name="number"}, preceded by a space. */
  Svg attr(String naam, double waarde) {
    b.append(' ').append(naam).append("=\"").append(n(waarde)).append('"');
    return this;
  }

  /** Appends escaped text. */
  Svg tekst(String s) {
    b.append(Tekst.xml(s));
    return this;
  }

  /**
   * A text element at (x, y) with the given size, weight, colour and anchor ({@code start}, {@code middle},
   * {@code end}).
   */
  Svg tekst(double x, double y, double grootte, boolean vet, String kleur, String anker, String inhoud) {
    b.append("<text");
    attr("x", x).attr("y", y).attr("font-size", grootte);
    if (vet) {
      attr("font-weight", "bold");
    }
    attr("fill", kleur);
    if (!"start".equals(anker)) {
      attr("text-anchor", anker);
    }
    b.append('>');
    tekst(inhoud);
    b.append("</text>\n");
    return this;
  }

  @Override
  public String toString() {
    return b.toString();
  }
}
