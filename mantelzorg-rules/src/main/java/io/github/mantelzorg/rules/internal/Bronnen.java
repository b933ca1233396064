package io.github.mantelzorg.rules.internal;

import io.github.mantelzorg.rules.Bron;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The source registry: every publication the rules cite, read once from
 * {@code io/github/mantelzorg/rules/bronnen/bronnen.properties} (fields {@code <id>.titel}, {@code .uitgever},
 * {@code .jaar}, optional {@code .auteurs}, {@code .url}, {@code .opmerking}). Rules refer to an id with an optional
 * locator in their {@code @bron}.
 */
public final class Bronnen {
  private static final String BESTAND = "/io/github/mantelzorg/rules/bronnen/bronnen.properties";
  private static final Bronnen INSTANCE = laad();

  private final Properties p;
  private final Map<String, String> titels = new TreeMap<>();

  private Bronnen(Properties p) {
    this.p = p;
    for (String k : p.stringPropertyNames()) {
      if (k.endsWith(".titel")) {
        titels.put(k.substring(0, k.length() - ".titel".length()), p.getProperty(k));
      }
    }
  }

  /** The registry. */
  public static Bronnen get() {
    return INSTANCE;
  }

  /** Is this id in the registry? */
  public boolean bekend(String id) {
    return titels.containsKey(id);
  }

  /** The ids of all publications, sorted. */
  public java.util.Set<String> ids() {
    return titels.keySet();
  }

  /** The source for a reference: the publication with the reference's locator. */
  public Bron bron(RegelInfo.BronVerwijzing v) {
    String id = v.id();
    if (!bekend(id)) {
      throw new IllegalStateException("source '" + id + "' is not in " + BESTAND);
    }
    return new Bron(p.getProperty(id + ".titel").trim(), p.getProperty(id + ".uitgever", "").trim(),
        p.getProperty(id + ".jaar", "z.j.").trim(), opt(id + ".auteurs"),
        v.vindplaats().isBlank() ? Optional.empty() : Optional.of(v.vindplaats()), opt(id + ".url"), opt(id + ".opmerking"));
  }

  private Optional<String> opt(String key) {
    String s = p.getProperty(key);
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
  }

  private static Bronnen laad() {
    Properties p = new Properties();
    try (InputStream in = Bronnen.class.getResourceAsStream(BESTAND)) {
      if (in == null) {
        throw new IllegalStateException("the source registry " + BESTAND + " is missing from the rules jar");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + BESTAND, e);
    }
    return new Bronnen(p);
  }
}
