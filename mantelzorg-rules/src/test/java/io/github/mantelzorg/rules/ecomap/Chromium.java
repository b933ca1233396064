package io.github.mantelzorg.rules.ecomap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A headless Chromium for tests, driven over the DevTools protocol with the JDK's own WebSocket client: one browser
 * process, one page target, commands with a time limit, and the events it sends kept for inspection. Started with a
 * fresh profile and without sandbox, GPU, QUIC, first-run, background networking, component updates or sync, as the
 * environment asks; {@link #close()} ends the process (and its children) and deletes the profile.
 */
final class Chromium implements AutoCloseable {
  private static final Duration GRENS = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process proces;
  private final Path profiel;
  private final WebSocket socket;
  private final AtomicInteger volgnummer = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> wachtend = new ConcurrentHashMap<>();
  private final List<JsonNode> gebeurtenissen = new CopyOnWriteArrayList<>();
  private final String sessie;

  /** The Chromium binary: {@code $CHROMIUM}, or chromium, chromium-browser or google-chrome on the PATH. */
  static Optional<Path> binary() {
    String env = System.getenv("CHROMIUM");
    if (env != null && Files.isExecutable(Path.of(env))) {
      return Optional.of(Path.of(env));
    }
    String pad = System.getenv().getOrDefault("PATH", "");
    for (String naam : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String map : pad.split(java.io.File.pathSeparator)) {
        Path p = Path.of(map.isEmpty() ? "." : map, naam);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** Starts the browser with a page of {@code breedte} x {@code hoogte} CSS pixels. */
  Chromium(Path binary, int breedte, int hoogte) throws IOException, InterruptedException {
    profiel = Files.createTempDirectory("mz-chromium-");
    proces = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--user-data-dir=" + profiel, "--remote-debugging-port=0", "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(GRENS)
          .buildAsync(URI.create(adres()), new Luisteraar()).get(GRENS.toSeconds(), TimeUnit.SECONDS);
      String doel = stuur("Target.createTarget", JSON.createObjectNode().put("url", "about:blank"), null)
          .get("targetId").asText();
      sessie = stuur("Target.attachToTarget", JSON.createObjectNode().put("targetId", doel).put("flatten", true), null)
          .get("sessionId").asText();
      for (String domein : List.of("Page", "Runtime", "Log", "Network")) {
        stuur(domein + ".enable", JSON.createObjectNode());
      }
      stuur("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", breedte).put("height", hoogte)
          .put("deviceScaleFactor", 1).put("mobile", false));
    } catch (Exception e) {
      close();
      throw new IOException("cannot drive Chromium: " + e, e);
    }
  }

  /** Reads the DevTools address from the browser's standard error (it prints it once it listens). */
  private String adres() throws IOException, InterruptedException {
    CompletableFuture<String> adres = new CompletableFuture<>();
    List<String> regels = new CopyOnWriteArrayList<>();
    Thread lezer = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(proces.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String regel; (regel = r.readLine()) != null; ) {
          regels.add(regel);
          int i = regel.indexOf("ws://");
          if (regel.startsWith("DevTools listening on") && i >= 0) {
            adres.complete(regel.substring(i).trim());
          }
        }
        adres.completeExceptionally(new IOException("Chromium ended: " + regels));
      } catch (IOException e) {
        adres.completeExceptionally(e);
      }
    }, "chromium-stderr");
    lezer.setDaemon(true);
    lezer.start();
    try {
      return adres.get(GRENS.toSeconds(), TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException("Chromium did not start: " + regels, e);
    }
  }

  private final class Luisteraar implements WebSocket.Listener {
    private final StringBuilder deel = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean laatste) {
      deel.append(data);
      if (laatste) {
        String tekst = deel.toString();
        deel.setLength(0);
        try {
          JsonNode bericht = JSON.readTree(tekst);
          if (bericht.has("id")) {
            CompletableFuture<JsonNode> f = wachtend.remove(bericht.get("id").asInt());
            if (f != null) {
              if (bericht.has("error")) {
                f.completeExceptionally(new IOException("DevTools: " + bericht.get("error")));
              } else {
                f.complete(bericht.get("result"));
              }
            }
          } else {
            gebeurtenissen.add(bericht);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      ws.request(1);
      return null;
    }
  }

  /** Sends a command to the page and waits for its result. */
  JsonNode stuur(String methode, ObjectNode parameters) throws Exception {
    return stuur(methode, parameters, sessie);
  }

  private JsonNode stuur(String methode, ObjectNode parameters, String sessieId) throws Exception {
    int id = volgnummer.incrementAndGet();
    ObjectNode bericht = JSON.createObjectNode().put("id", id).put("method", methode);
    bericht.set("params", parameters);
    if (sessieId != null) {
      bericht.put("sessionId", sessieId);
    }
    CompletableFuture<JsonNode> antwoord = new CompletableFuture<>();
    wachtend.put(id, antwoord);
    socket.sendText(JSON.writeValueAsString(bericht), true).get(GRENS.toSeconds(), TimeUnit.SECONDS);
    return antwoord.get(GRENS.toSeconds(), TimeUnit.SECONDS);
  }

  /** Forgets the events so far. */
  void vergeet() {
    gebeurtenissen.clear();
  }

  /** The events of the page so far with this method. */
  List<JsonNode> gebeurtenissen(String methode) {
    List<JsonNode> uit = new ArrayList<>();
    for (JsonNode g : gebeurtenissen) {
      if (g.path("method").asText().equals(methode) && sessie.equals(g.path("sessionId").asText())) {
        uit.add(g.get("params"));
      }
    }
    return uit;
  }

  /** Waits until the page has sent an event with this method that matches. */
  JsonNode wacht(String methode, Predicate<JsonNode> past) throws InterruptedException {
    long eind = System.nanoTime() + GRENS.toNanos();
    while (System.nanoTime() < eind) {
      for (JsonNode g : gebeurtenissen(methode)) {
        if (past.test(g)) {
          return g;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no " + methode + " within " + GRENS);
  }

  /** Opens an address and waits for its load event. */
  void open(String url) throws Exception {
    vergeet();
    stuur("Page.navigate", JSON.createObjectNode().put("url", url));
    wacht("Page.loadEventFired", g -> true);
  }

  /** Evaluates a script expression in the page and returns its value as JSON. */
  JsonNode evalueer(String expressie) throws Exception {
    JsonNode r = stuur("Runtime.evaluate", JSON.createObjectNode().put("expression", expressie)
        .put("returnByValue", true).put("awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new AssertionError("script failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /** A PNG of the whole page (beyond the viewport). */
  byte[] schermafdruk() throws Exception {
    JsonNode maat = stuur("Page.getLayoutMetrics", JSON.createObjectNode()).get("cssContentSize");
    ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0).put("width", maat.get("width").asDouble())
        .put("height", maat.get("height").asDouble()).put("scale", 1);
    ObjectNode p = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
    p.set("clip", clip);
    return java.util.Base64.getDecoder().decode(stuur("Page.captureScreenshot", p).get("data").asText());
  }

  /** The page printed on A4 as PDF, with backgrounds. */
  byte[] pdf() throws Exception {
    ObjectNode p = JSON.createObjectNode().put("paperWidth", 8.27).put("paperHeight", 11.69)
        .put("printBackground", true).put("preferCSSPageSize", true);
    return java.util.Base64.getDecoder().decode(stuur("Page.printToPDF", p).get("data").asText());
  }

  @Override
  public void close() {
    try {
      if (socket != null) {
        stuur("Browser.close", JSON.createObjectNode(), null);
      }
    } catch (Exception e) {
      // The browser may already be gone; it is ended below either way.
    }
    if (socket != null) {
      socket.abort();
    }
    try {
      if (!proces.waitFor(5, TimeUnit.SECONDS)) {
        proces.descendants().forEach(ProcessHandle::destroyForcibly);
        proces.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> s = Files.walk(profiel)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary profile left behind is harmless.
    }
  }
}
