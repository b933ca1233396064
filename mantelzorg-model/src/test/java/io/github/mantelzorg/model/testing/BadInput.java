package io.github.mantelzorg.model.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The bad-input corpus: the files under {@code bad/} beside this class in the test-jar (resources of this package,
 * {@code io/github/mantelzorg/model/testing/bad/}) and the large inputs generated here, each with the one problem
 * that reading it with {@code Json.readCasus} must report. The index is {@code bad/cases.tsv}; see its header for the
 * columns.
 *
 * <p>Large inputs (huge arrays, long strings, deep nesting, an over-long document) are generated rather than
 * committed, so the corpus stays small on disk.
 *
 * <p>Documents with several problems, each of which must be reported, are under {@code bad/multi/} with their own
 * index, one row per problem ({@link #multi()}); every case of the main index has exactly one problem.
 */
public final class BadInput {
  private BadInput() {}

  /**
   * One case of the corpus.
   *
   * @param name the file name, {@code file#line} for one line of a JSON Lines file, or {@code gen:NAME}
   * @param path the expected JSON path, {@code ""} for the root (written {@code $} in the index)
   * @param value the expected value exactly; {@code VALID} when the input must be accepted
   * @param expected a substring of what the problem says was expected
   */
  public record Case(String name, String path, String value, String expected) {
    /** Must this input be accepted? */
    public boolean valid() {
      return value.equals("VALID");
    }

    /** The file of the corpus this case comes from, without {@code #line}; empty for a generated case. */
    public String file() {
      return generated() ? "" : name.contains("#") ? name.substring(0, name.indexOf('#')) : name;
    }

    /** The line of a JSON Lines file (1-based), or 0 for a whole file. */
    public int line() {
      return name.contains("#") ? Integer.parseInt(name.substring(name.indexOf('#') + 1)) : 0;
    }

    /** Is this case generated in code rather than stored as a file? */
    public boolean generated() {
      return name.startsWith("gen:");
    }

    /** The input as bytes: the file, the line of a JSON Lines file (without its line break), or the generated text. */
    public byte[] bytes() {
      if (generated()) {
        return generate(name.substring(4)).getBytes(StandardCharsets.UTF_8);
      }
      byte[] all = resource(file());
      if (line() == 0) {
        return all;
      }
      String[] lines = new String(all, StandardCharsets.UTF_8).split("\r?\n", -1);
      return lines[line() - 1].getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Every case of the index, in its order. */
  public static List<Case> cases() {
    return index("cases.tsv");
  }

  private static List<Case> index(String file) {
    String index = new String(resource(file), StandardCharsets.UTF_8);
    List<Case> cases = new ArrayList<>();
    for (String row : index.split("\n")) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] c = row.split("\t", -1);
      if (c.length != 4) {
        throw new IllegalStateException(file + ": not 4 columns: " + row);
      }
      cases.add(new Case(c[0], c[1].equals("$") ? "" : c[1], c[2], c[3]));
    }
    return cases;
  }

  /**
   * A document of {@code bad/multi/} with every problem that reading it must report, in order.
   *
   * @param file the file name under {@code bad/multi/}
   * @param problems the problems, as cases of this file (path, exact value, a substring of what was expected)
   */
  public record Document(String file, List<Case> problems) {
    /** The input as bytes. */
    public byte[] bytes() {
      return resource("multi/" + file);
    }

    @Override
    public String toString() {
      return file;
    }
  }

  /** Every document of {@code bad/multi/cases.tsv}, in the order of the index. */
  public static List<Document> multi() {
    java.util.Map<String, List<Case>> byFile = new java.util.LinkedHashMap<>();
    for (Case c : index("multi/cases.tsv")) {
      byFile.computeIfAbsent(c.name(), f -> new ArrayList<>()).add(c);
    }
    List<Document> documents = new ArrayList<>();
    byFile.forEach((file, problems) -> documents.add(new Document(file, List.copyOf(problems))));
    return documents;
  }

  /**
   * A care network whose zorgvrager has an unknown field {@code x} holding arrays nested {@code depth} deep, with
   * {@code innermost} elements in the deepest one: far deeper than the default {@code maxNestingDepth} allows, for
   * reading with that limit raised.
   */
  public static String deep(int depth, int innermost) {
    StringBuilder b = new StringBuilder(2 * depth + 2 * innermost + 100)
        .append("{\"id\":\"n1\",\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"Jan\",\"x\":");
    b.append("[".repeat(depth));
    for (int i = 0; i < innermost; i++) {
      b.append(i == 0 ? "0" : ",0");
    }
    return b.append("]".repeat(depth)).append("}}").toString();
  }

  /** The bytes of a corpus file. */
  public static byte[] resource(String file) {
    try (InputStream in = BadInput.class.getResourceAsStream("bad/" + file)) {
      return Objects.requireNonNull(in, "no corpus file " + file).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String ZV = "\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"Jan\"}";

  /** The generated inputs, by name. */
  static String generate(String name) {
    switch (name) {
      case "array-1001-mantelzorgers":
        return "{\"id\":\"n1\"," + ZV + ",\"mantelzorgers\":" + persons("mz", 1001, true) + "}";
      case "array-100000-aandoeningen":
        return "{\"id\":\"n1\",\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"Jan\",\"aandoeningen\":["
            + "\"LVB\",".repeat(99_999) + "\"LVB\"]}}";
      case "persons-1200":
        return netwerk1200();
      case "casus-network-persons-1200":
        return "{\"zorgnetwerken\":[" + netwerk1200() + "]}";
      case "organisations-1200":
        return "{\"id\":\"s1\",\"naam\":\"S\",\"leden\":" + organisations("l", 600) + ",\"kandidaten\":"
            + organisations("k", 600) + "}";
      case "string-10001":
        return "{\"id\":\"n1\",\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"" + "a".repeat(10_001) + "\"}}";
      case "string-1m-field-name":
        return "{\"id\":\"n1\",\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"Jan\",\"" + "f".repeat(1_000_000) + "\":1}}";
      case "field-name-5000":
        return "{\"id\":\"n1\",\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"Jan\",\"" + "f".repeat(5_000) + "\":1}}";
      case "nesting-33":
        return "{\"id\":\"n1\",\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"Jan\",\"x\":" + "[".repeat(31) + "]".repeat(31) + "}}";
      case "nesting-100000-open":
        return "{\"id\":" + "[".repeat(100_000);
      case "document-5000001": {
        String doc = "{\"id\":\"n1\"," + ZV + "}";
        return doc + " ".repeat(5_000_001 - doc.length());
      }
      case "number-1000-digits":
        return "{\"id\":\"n1\",\"zorgvrager\":{\"id\":\"zv\",\"naam\":\"Jan\",\"leeftijd\":1" + "0".repeat(999) + "}}";
      default:
        throw new IllegalArgumentException("no generated case " + name);
    }
  }

  private static String netwerk1200() {
    return "{\"id\":\"n1\"," + ZV + ",\"mantelzorgers\":" + persons("mz", 600, true) + ",\"vrijwilligers\":"
        + persons("vw", 600, false) + "}";
  }

  private static String persons(String prefix, int n, boolean mantelzorger) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append("{\"id\":\"").append(prefix).append(i).append("\",\"naam\":\"P\"");
      if (mantelzorger) {
        b.append(",\"relatie\":\"KIND\",\"urenPerWeek\":1,\"maanden\":1");
      }
      b.append('}');
    }
    return b.append(']').toString();
  }

  private static String organisations(String prefix, int n) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append("{\"id\":\"").append(prefix).append(i).append("\",\"naam\":\"O\",\"type\":\"OVERIG\"}");
    }
    return b.append(']').toString();
  }
}
