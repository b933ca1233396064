package io.github.mantelzorg.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The compiled rule base: the Drools executable model generated at build time by kie-maven-plugin, loaded without
 * kmodule.xml or KieContainer, and the metadata of every rule. Built once per JVM and shared; a KieBase is
 * thread-safe.
 */
public final class Kennisbank {
  /** Resource that lists the generated model classes (one per line after a version line). */
  static final String MODEL_RESOURCE = "META-INF/kie/io.github.mantelzorg/mantelzorg-rules/drools-model";
  /**
   * Read with {@code Class.getResourceAsStream}: in a named module the class loader does not give out a resource of a
   * package that is not opened, the module's own classes do.
   */
  private static final String VERSIE_RESOURCE = "/io/github/mantelzorg/rules/versie.properties";

  /** At most this many rule bases with rules switched off are kept for sharing between engines. */
  static final int MAX_DEELBASES = 16;

  private final KieBase kieBase;
  private final List<Model> models;
  private final Map<String, RegelInfo> regels;
  private final int inferentieregels;
  private final String versie;
  private final Inferentiegraaf graaf;
  /** Shared rule bases per set of switched-off rule names, with the number of engines that use each. */
  private final Map<Sleutel, Gedeeld> deelbases = new java.util.HashMap<>();

  /** A shared rule base: the decision rules switched off, and whether unneeded inference rules are left out too. */
  private record Sleutel(Set<String> uit, boolean snoei) {}

  private record Gedeeld(KieBase kieBase, int gebruikers) {}

  private Kennisbank(KieBase kieBase, List<Model> models, Map<String, RegelInfo> regels, int inferentieregels, String versie,
      Inferentiegraaf graaf) {
    this.kieBase = kieBase;
    this.graaf = graaf;
    this.models = models;
    this.regels = regels;
    this.inferentieregels = inferentieregels;
    this.versie = versie;
  }

  /**
   * The KieBase without the rules with these DRL names, for one engine: the full one when the set is empty; else a
   * KieBase built from the same generated model minus those rules, and minus the inference rules that no rule left
   * on needs ({@link Inferentiegraaf#onnodig}). Switched-off rules are then not evaluated at all (an agenda filter
   * would still evaluate their conditions on every call), nor are the conditions only they would read. Engines with the same set share one
   * KieBase while any of them is open ({@link #geefVrij(Set)} when an engine closes); at most {@link #MAX_DEELBASES}
   * sets are shared at a time, beyond that an engine gets a KieBase of its own, released with it.
   */
  public synchronized KieBase kieBaseZonder(Set<String> regelnamen) {
    return kieBaseZonder(regelnamen, true);
  }

  /**
   * As {@link #kieBaseZonder(Set)}; with {@code snoei} false the inference rules all stay (to check, in tests, that
   * leaving them out changes nothing).
   */
  public synchronized KieBase kieBaseZonder(Set<String> regelnamen, boolean snoei) {
    if (regelnamen.isEmpty()) {
      return kieBase;
    }
    Sleutel uit = new Sleutel(Set.copyOf(regelnamen), snoei);
    Gedeeld g = deelbases.get(uit);
    if (g != null) {
      deelbases.put(uit, new Gedeeld(g.kieBase(), g.gebruikers() + 1));
      return g.kieBase();
    }
    KieBase nieuw = bouwZonder(uit.uit(), snoei);
    if (deelbases.size() < MAX_DEELBASES) {
      deelbases.put(uit, new Gedeeld(nieuw, 1));
    }
    return nieuw;
  }

  /** An engine that used {@link #kieBaseZonder(Set)} with this set is closed: the last one releases the shared base. */
  public synchronized void geefVrij(Set<String> regelnamen) {
    geefVrij(regelnamen, true);
  }

  /** As {@link #geefVrij(Set)} for a rule base of {@link #kieBaseZonder(Set, boolean)}. */
  public synchronized void geefVrij(Set<String> regelnamen, boolean snoei) {
    if (regelnamen.isEmpty()) {
      return;
    }
    Sleutel uit = new Sleutel(Set.copyOf(regelnamen), snoei);
    Gedeeld g = deelbases.get(uit);
    if (g != null) {
      if (g.gebruikers() <= 1) {
        deelbases.remove(uit);
      } else {
        deelbases.put(uit, new Gedeeld(g.kieBase(), g.gebruikers() - 1));
      }
    }
  }

  /** Which inference rule makes and reads which condition (for tests). */
  public Inferentiegraaf graaf() {
    return graaf;
  }

  /** Number of rule bases with rules switched off that are shared now (for tests of the cache policy). */
  public synchronized int gedeeldeBases() {
    return deelbases.size();
  }

  private KieBase bouwZonder(Set<String> beslisregels, boolean snoei) {
    List<RegelInfo> actief = new ArrayList<>();
    for (RegelInfo r : regels.values()) {
      if (!beslisregels.contains(r.regelnaam())) {
        actief.add(r);
      }
    }
    Set<String> uit = new java.util.HashSet<>(beslisregels);
    if (snoei) {
      uit.addAll(graaf.onnodig(actief));
    }
    List<Model> deel = new ArrayList<>(models.size());
    for (Model m : models) {
      deel.add(new ZonderRegels(m, uit));
    }
    return KieBaseBuilder.createKieBaseFromModel(deel);
  }

  /** A generated model minus some rules. */
  private static final class ZonderRegels implements Model {
    private final Model m;
    private final List<org.drools.model.Rule> rules;

    ZonderRegels(Model m, Set<String> uit) {
      this.m = m;
      this.rules = m.getRules().stream().filter(r -> !uit.contains(r.getName())).toList();
    }

    @Override
    public String getName() {
      return m.getName();
    }

    @Override
    public String getPackageName() {
      return m.getPackageName();
    }

    @Override
    @SuppressWarnings("rawtypes") // the Drools Model interface declares the raw type
    public List<org.drools.model.Global> getGlobals() {
      return m.getGlobals();
    }

    @Override
    public List<org.drools.model.Rule> getRules() {
      return rules;
    }

    @Override
    public List<org.drools.model.Query> getQueries() {
      return m.getQueries();
    }

    @Override
    public List<org.drools.model.TypeMetaData> getTypeMetaDatas() {
      return m.getTypeMetaDatas();
    }

    @Override
    public List<org.drools.model.EntryPoint> getEntryPoints() {
      return m.getEntryPoints();
    }
  }

  private static final class Holder {
    static final Kennisbank INSTANCE = laad();
  }

  /** The shared rule base, loaded on first use. */
  public static Kennisbank get() {
    return Holder.INSTANCE;
  }

  /** The KieBase. */
  public KieBase kieBase() {
    return kieBase;
  }

  /** Number of inference rules (rules without a code that derive named conditions). */
  public int inferentieregels() {
    return inferentieregels;
  }

  /** Metadata of every decision rule per DRL rule name, in a stable order (by code). */
  public Map<String, RegelInfo> regels() {
    return regels;
  }

  /** Version of the rule base: the library version and the number of rules. */
  public String versie() {
    return versie;
  }

  static Kennisbank laad() {
    ClassLoader cl = Kennisbank.class.getClassLoader();
    List<Model> models = new ArrayList<>();
    try (InputStream in = cl.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the compiled rule model is missing from the classpath (" + MODEL_RESOURCE
            + "): mantelzorg-rules was built without kie-maven-plugin or its jar is incomplete");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String name = line.trim();
        if (name.isEmpty() || name.startsWith("Drools-Model-Version")) {
          continue;
        }
        models.add((Model) Class.forName(name, true, cl).getDeclaredConstructor().newInstance());
      }
    } catch (IOException | ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load the compiled rule model: " + e, e);
    }
    if (models.isEmpty()) {
      throw new IllegalStateException("the compiled rule model lists no model class (" + MODEL_RESOURCE + ")");
    }
    KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models);
    List<RegelInfo> infos = new ArrayList<>();
    int inferentie = 0;
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule rule : p.getRules()) {
        Map<String, Object> meta = rule.getMetaData();
        if (RegelInfo.isBeslisregel(meta)) {
          infos.add(RegelInfo.of(rule.getName(), meta));
        } else {
          inferentie++;
        }
      }
    }
    infos.sort((a, b) -> a.code().compareTo(b.code()) != 0 ? a.code().compareTo(b.code()) : a.regelnaam().compareTo(b.regelnaam()));
    Map<String, RegelInfo> regels = new LinkedHashMap<>();
    infos.forEach(i -> regels.put(i.regelnaam(), i));
    return new Kennisbank(kieBase, List.copyOf(models), Collections.unmodifiableMap(regels), inferentie,
        leesVersie() + " (" + regels.size() + " rules)", Inferentiegraaf.laad());
  }

  private static String leesVersie() {
    try (InputStream in = Kennisbank.class.getResourceAsStream(VERSIE_RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("versie", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
