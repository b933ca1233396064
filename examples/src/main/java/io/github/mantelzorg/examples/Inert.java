package io.github.mantelzorg.examples;

/**
 * Inert: makes text from the input (names, ids, file names, and the advice texts that quote them) safe to print, so
 * that it can neither drive a terminal nor forge the structure of the output.
 *
 * <p>{@link #text} escapes, as <code>&#92;u001b</code>, every character that acts instead of being shown: C0 and C1 control
 * characters (ESC, BEL, NUL, line breaks, tab, DEL), format characters (bidirectional overrides and isolates
 * U+202A-U+202E and U+2066-U+2069, zero-width characters, the byte order mark, tag characters), the line and
 * paragraph separators U+2028 and U+2029, and lone surrogates. The result is one line. This is the same notation as
 * the model's error messages use. {@link #markdown} does that too and also puts a backslash before every character
 * that could start Markdown or HTML structure (a heading, quote, list, link, image, emphasis, code, table cell,
 * entity or tag), so that a value stays text inside the line where the printer put it.
 *
 * <p>JSON output does not need this: Jackson escapes what JSON requires.
 *
 * <p>Public only because the printers live in two packages ({@link AdviesPrinter} here, the command-line tool's batch
 * lines in {@code cli}); it is not part of any library API.
 */
public final class Inert {
  /** Markdown and HTML metacharacters, escaped wherever they stand. */
  private static final String MARKDOWN_OVERAL = "\\`*_[]()#!<>|&~";
  /** Characters that start a list, a heading underline or a thematic break only at the start of a line. */
  private static final String MARKDOWN_BEGIN = "-+=";

  private Inert() {}

  /**
   * The text with every character that could act on a terminal or break the line escaped as <code>&#92;uXXXX</code>.
   *
   * @param s any text, e.g. a name or id from the input
   * @return the same text where it is harmless, in one line; {@code s} itself when nothing needed escaping
   */
  public static String text(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean paar = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      int cp = paar ? Character.toCodePoint(c, s.charAt(i + 1)) : c;
      if (!acts(cp)) {
        if (b != null) {
          b.appendCodePoint(cp);
        }
      } else {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        escape(b, c);
        if (paar) {
          escape(b, s.charAt(i + 1));
        }
      }
      if (paar) {
        i++;
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * The text made inert for Markdown: as {@link #text}, and with a backslash before {@code \ ` * _ [ ] ( ) # ! < > |
   * & ~} anywhere and before a leading {@code - + =} or the {@code .} of a leading number ({@code 1.}), which could
   * start a list or a heading.
   *
   * @param s any text, e.g. a name or id from the input
   * @return text that Markdown renders as exactly these characters, in one line
   */
  public static String markdown(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    int cijfers = 0;
    while (cijfers < s.length() && s.charAt(cijfers) >= '0' && s.charAt(cijfers) <= '9') {
      cijfers++;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean begin = i == 0 && MARKDOWN_BEGIN.indexOf(c) >= 0;
      boolean lijst = i == cijfers && cijfers > 0 && c == '.';
      if (begin || lijst || MARKDOWN_OVERAL.indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return text(b.toString());
  }

  private static boolean acts(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SURROGATE:
        return true;
      default:
        return false;
    }
  }

  private static void escape(StringBuilder b, char c) {
    String hex = Integer.toHexString(c);
    b.append("\\u");
    for (int i = hex.length(); i < 4; i++) {
      b.append('0');
    }
    b.append(hex);
  }

  /** A link target from the library's source registry, safe inside Markdown's {@code (...)}: no blanks or brackets. */
  public static String url(String s) {
    return text(s).replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E");
  }
}
