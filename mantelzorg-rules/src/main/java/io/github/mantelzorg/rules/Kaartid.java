package io.github.mantelzorg.rules;

import io.github.mantelzorg.rules.feiten.Conditie;
import io.github.mantelzorg.rules.internal.Bevinding;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stable id of a card ({@link Advies#id()}): two halves of 8 lower-case hex digits, {@code kaart-feiten}, e.g.
 * {@code 3fa2c9d1-7be0a415}. Each half is the first 4 bytes of the SHA-256 of a UTF-8 text:
 *
 * <ol>
 *   <li><b>kaart</b>, which card: {@code code + "\n" + onderwerp} (the rule code and the card's subject, the first of
 *       {@code betreft}). It is the card's identity across evaluations: a report has one card per code and subject.
 *   <li><b>feiten</b>, which facts: {@code code + "\n" + betreft + "\n" + contexten + "\n" + lines}, where
 *       {@code betreft} is the card's ids as in the card (subject first, then the others sorted) and {@code contexten}
 *       its sorted contexts, each joined with {@code ","}; the lines are one per named condition of every finding
 *       behind the card, {@code naam(subject)}, and one per typed fact of it, {@code naam(subject).feit=value}, sorted
 *       (by UTF-16 code units) without repeats and joined with {@code "\n"}.
 * </ol>
 *
 * <p>A value is written in a canonical form that does not depend on language, list order, JVM or run: text in double
 * quotes with {@code \}, {@code "} and characters below U+0020 escaped as {@code \\uXXXX}; numbers in decimal (a whole
 * floating-point number without decimals, another one as its exact decimal value); booleans {@code true}/{@code false};
 * dates {@code yyyy-MM-dd}; enums by name; an absent optional {@code ?}; {@code null} as {@code null}; records as
 * {@code Name{component=value,...}} in declaration order; collections as {@code [..]} and maps as <code>{k=v,..}</code>,
 * their elements sorted. The facts that only restate the evaluation date ({@link #PEILDATUMFEITEN}: the date itself,
 * days until an event) are left out, so a card keeps its id from one day to the next while the record is unchanged.
 * The words of the card (names, texts) are not part of it, so the id is the same in Dutch and English.
 */
final class Kaartid {
  /** Facts that say what the evaluation date is, or count from it: not facts of the record. */
  static final Set<String> PEILDATUMFEITEN = Set.of("peildatum", "dagen");

  private static final char[] HEX = "0123456789abcdef".toCharArray();
  /** One digest per thread, reset by each use: cloning or creating one per card costs about 1 KB a card. */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform has SHA-256 (java.security.MessageDigest's list of required algorithms).
      throw new IllegalStateException(e);
    }
  });

  private Kaartid() {}

  /** The id of a card: the rule, its ids as in the card, its sorted contexts, and the findings behind it. */
  static String van(String code, List<String> betreft, Collection<String> contexten, List<Bevinding> bevindingen) {
    Set<String> regels = new TreeSet<>();
    StringBuilder b = new StringBuilder(64);
    for (Bevinding f : bevindingen) {
      for (Conditie c : f.voorwaarden()) {
        b.setLength(0);
        b.append(c.naam()).append('(').append(c.subject()).append(')');
        regels.add(b.toString());
        int kop = b.length();
        for (Map.Entry<String, Object> e : c.feiten().entrySet()) {
          if (PEILDATUMFEITEN.contains(e.getKey())) {
            continue;
          }
          b.setLength(kop);
          b.append('.').append(e.getKey()).append('=');
          canoniek(b, e.getValue());
          regels.add(b.toString());
        }
      }
    }
    MessageDigest md = SHA256.get();
    md.reset();
    md.update((code + "\n" + betreft.get(0)).getBytes(StandardCharsets.UTF_8));
    String kaart = hex(md.digest());
    // The facts text line by line, without building it whole: the same digest, a fraction of the garbage.
    md.update((code + "\n" + String.join(",", betreft) + "\n" + String.join(",", contexten))
        .getBytes(StandardCharsets.UTF_8));
    for (String r : regels) {
      md.update((byte) '\n');
      md.update(r.getBytes(StandardCharsets.UTF_8));
    }
    return kaart + "-" + hex(md.digest());
  }

  private static String hex(byte[] hash) {
    char[] c = new char[8];
    for (int i = 0; i < 4; i++) {
      c[2 * i] = HEX[(hash[i] >> 4) & 0xf];
      c[2 * i + 1] = HEX[hash[i] & 0xf];
    }
    return new String(c);
  }

  /** Appends the canonical form of a fact value (see the class comment). */
  static void canoniek(StringBuilder b, Object v) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof String s) {
      tekst(b, s);
    } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short
        || v instanceof Byte) {
      b.append(v);
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        b.append(d);
      } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        b.append((long) d);
      } else {
        b.append(new BigDecimal(d).stripTrailingZeros().toPlainString());
      }
    } else if (v instanceof LocalDate d) {
      b.append(d);
    } else if (v instanceof Optional<?> o) {
      if (o.isEmpty()) {
        b.append('?');
      } else {
        canoniek(b, o.get());
      }
    } else if (v instanceof Enum<?> e) {
      b.append(e.name());
    } else if (v instanceof Record r) {
      record(b, r);
    } else if (v instanceof Collection<?> c) {
      List<String> l = new ArrayList<>(c.size());
      c.forEach(x -> l.add(los(x)));
      lijst(b, '[', l, ']');
    } else if (v instanceof Map<?, ?> m) {
      List<String> l = new ArrayList<>(m.size());
      m.forEach((k, x) -> l.add(los(k) + "=" + los(x)));
      lijst(b, '{', l, '}');
    } else {
      tekst(b, String.valueOf(v));
    }
  }

  private static String los(Object v) {
    StringBuilder b = new StringBuilder();
    canoniek(b, v);
    return b.toString();
  }

  private static void lijst(StringBuilder b, char open, List<String> l, char dicht) {
    l.sort(null);
    b.append(open).append(String.join(",", l)).append(dicht);
  }

  private static void record(StringBuilder b, Record r) {
    b.append(r.getClass().getSimpleName()).append('{');
    RecordComponent[] delen = r.getClass().getRecordComponents();
    for (int i = 0; i < delen.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(delen[i].getName()).append('=');
      try {
        canoniek(b, delen[i].getAccessor().invoke(r));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + r.getClass().getSimpleName() + "." + delen[i].getName(), e);
      }
    }
    b.append('}');
  }

  private static void tekst(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' || c == '"') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    b.append('"');
  }
}
