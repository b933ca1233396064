package io.github.mantelzorg.rules.ecomap;

import io.github.mantelzorg.rules.Language;
import io.github.mantelzorg.rules.internal.Teksten;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The words of the pictures and the HTML report in one language: their own labels from
 * {@code io/github/mantelzorg/rules/teksten/ecomap_<lang>.properties} (UTF-8), and the labels of model values
 * (relations, forms of respite, rungs...) from the rule texts, so that a value is named the same in the advice and in
 * the picture. Both languages are loaded once.
 */
final class Labels {
  private static final String PAD = "/io/github/mantelzorg/rules/teksten/ecomap_";
  private static final Map<Language, Labels> PER_TAAL = new EnumMap<>(Language.class);

  static {
    for (Language l : Language.values()) {
      PER_TAAL.put(l, new Labels(l));
    }
  }

  private final Language taal;
  private final Properties teksten = new Properties();
  private final Teksten waarden;

  private Labels(Language taal) {
    this.taal = taal;
    String pad = PAD + taal.name().toLowerCase(java.util.Locale.ROOT) + ".properties";
    try (InputStream in = Labels.class.getResourceAsStream(pad)) {
      if (in == null) {
        throw new IllegalStateException("the text file " + pad + " is missing from the rules jar");
      }
      teksten.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + pad, e);
    }
    this.waarden = new Teksten(taal);
  }

  /** The labels of a language. */
  static Labels van(Language taal) {
    return PER_TAAL.get(taal);
  }

  /** The language. */
  Language taal() {
    return taal;
  }

  /** Every key, for the tests. */
  java.util.Set<String> sleutels() {
    return teksten.stringPropertyNames();
  }

  /**
   * The text for a key with {@code {0}}, {@code {1}}... replaced by the arguments (as given: escape them where they
   * are written); throws naming the key when it is missing.
   */
  String t(String sleutel, Object... args) {
    String s = teksten.getProperty(sleutel);
    if (s == null) {
      throw new IllegalStateException("no " + taal + " text '" + sleutel + "' in ecomap_" + taal.name().toLowerCase(java.util.Locale.ROOT) + ".properties");
    }
    s = s.strip();
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  /** The label of a model value, as the advice texts name it (e.g. {@code KIND}: "kind" or "child"). */
  String waarde(Enum<?> waarde) {
    return waarden.label(waarde);
  }

  /** Yes, no or unknown in words. */
  String janee(java.util.Optional<Boolean> waarde) {
    return waarde.map(b -> t(b ? "ja" : "nee")).orElse(t("onbekend"));
  }
}
