package io.github.mantelzorg.examples;

import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Json;
import io.github.mantelzorg.rules.AdviesEngine;
import io.github.mantelzorg.rules.Adviesrapport;
import io.github.mantelzorg.rules.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Voorbeeld: the seven scenarios of {@code scenarios.md} as runnable examples. Each reads its JSON from the
 * classpath ({@code /scenarios/...}, copies of the model's golden files), asks the {@link AdviesEngine} for advice on
 * {@link #PEILDATUM} and prints it with the {@link AdviesPrinter}.
 *
 * <p>The per-scenario programs ({@link S1ZoonVaderDementie} and so on) and the launcher {@link Voorbeelden} are thin
 * wrappers around this enum, so that all of them print the same way.
 */
public enum Voorbeeld {
  /** S1: a son caring for his father with dementia; his CSI is 8, so BL-01 fires. */
  S1("s1-zoon-vader-dementie.json",
      "Zoon zorgt voor zijn vader met dementie", "Son caring for his father with dementia"),
  /** S2: a mother caring for her daughter with an intellectual disability. */
  S2("s2-moeder-dochter-verstandelijke-beperking.json",
      "Moeder zorgt voor haar dochter met een verstandelijke beperking",
      "Mother caring for her daughter with an intellectual disability"),
  /** S3: a woman caring for her husband with acquired brain injury. */
  S3("s3-partner-nah.json",
      "Vrouw zorgt voor haar man met niet-aangeboren hersenletsel",
      "Woman caring for her husband with acquired brain injury"),
  /** S5: a lerende praktijk with fewer than three organisations. */
  S5("s5-lerende-praktijk-twee-organisaties.json",
      "Lerende praktijk met twee organisaties", "A learning practice with two organisations"),
  /** S6: a volunteer group that nobody informs (four care networks in one case). */
  S6("s6-vrijwilligers-niet-geinformeerd.json",
      "Vrijwilligersgroep die niemand informeert", "A volunteer group nobody informs"),
  /** S8: a carer-support centre without a position. */
  S8("s8-steunpunt-zonder-positie.json",
      "Steunpunt mantelzorg zonder positie", "Carer-support centre without a position"),
  /** S9: an expert by experience welcomed by management only. */
  S9("s9-ervaringsdeskundige-alleen-management.json",
      "Ervaringsdeskundige alleen door het management omarmd", "Expert by experience welcomed by management only");

  /**
   * The evaluation date of the examples. Fixed, because rules about the age of a measurement or an appreciation
   * depend on it and the examples (and their README excerpts) must not change with the calendar.
   */
  public static final LocalDate PEILDATUM = LocalDate.of(2026, 11, 24);

  private static final Map<Language, AdviesEngine> ENGINES = new EnumMap<>(Language.class);

  private final String bestand;
  private final String titelNl;
  private final String titelEn;

  Voorbeeld(String bestand, String titelNl, String titelEn) {
    this.bestand = bestand;
    this.titelNl = titelNl;
    this.titelEn = titelEn;
  }

  /** The classpath resource of the scenario, e.g. {@code /scenarios/s1-zoon-vader-dementie.json}. */
  public String resource() {
    return "/scenarios/" + bestand;
  }

  /** The file name of the scenario. */
  public String bestand() {
    return bestand;
  }

  /** The title in a language, prefixed with the scenario id, e.g. {@code S1 · Son caring for ...}. */
  public String titel(Language taal) {
    return name() + " · " + (taal == Language.EN ? titelEn : titelNl);
  }

  /** Reads the scenario's input. */
  public Casus casus() {
    try (InputStream in = Voorbeeld.class.getResourceAsStream(resource())) {
      if (in == null) {
        throw new IllegalStateException("scenario resource missing from the classpath: " + resource());
      }
      return Json.create().readCasus(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Advises on the scenario on {@link #PEILDATUM}. */
  public Adviesrapport advies(Language taal) {
    return engine(taal).advise(casus(), PEILDATUM);
  }

  /** The scenario's advice as a care worker reads it. */
  public String tekst(Language taal) {
    Casus casus = casus();
    return AdviesPrinter.tekst().format(titel(taal), casus, engine(taal).advise(casus, PEILDATUM));
  }

  /** Prints the scenario's advice. */
  public void print(Language taal, PrintStream out) {
    out.print(tekst(taal));
    out.flush();
  }

  /**
   * Runs the scenario as a program: {@code [--language NL|EN]} (or {@code --lang nl|en}); prints a usage line and
   * exits with 2 on other arguments.
   */
  public void main(String[] args) {
    print(language(args, name()), System.out);
  }

  /** One engine per language, built on first use and shared for the life of the JVM: engines are thread-safe. */
  static synchronized AdviesEngine engine(Language taal) {
    return ENGINES.computeIfAbsent(taal, t -> AdviesEngine.builder().language(t).build());
  }

  /**
   * Reads the language from program arguments: {@code --taal EN}, {@code --lang en}, {@code --taal=EN}; Dutch when
   * absent. On anything else prints usage to stderr and exits with 2 (these are command-line programs).
   */
  static Language language(String[] args, String programma) {
    Language taal = Language.NL;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String waarde = null;
      if (a.equals("--language") || a.equals("--lang") || a.equals("--taal")) {
        waarde = i + 1 < args.length ? args[++i] : "";
      } else if (a.startsWith("--language=") || a.startsWith("--lang=") || a.startsWith("--taal=")) {
        waarde = a.substring(a.indexOf('=') + 1);
      }
      Language t = waarde == null ? null : parse(waarde);
      if (t == null) {
        System.err.println("usage: " + programma + " [--language NL|EN] (or --lang nl|en)");
        System.exit(2);
      }
      taal = t;
    }
    return taal;
  }

  private static Language parse(String s) {
    try {
      return Language.valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
