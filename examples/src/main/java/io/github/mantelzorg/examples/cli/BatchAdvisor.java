package io.github.mantelzorg.examples.cli;

import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.InvalidModelException;
import io.github.mantelzorg.model.Json;
import io.github.mantelzorg.model.Problem;
import io.github.mantelzorg.rules.Advies;
import io.github.mantelzorg.rules.AdviesEngine;
import io.github.mantelzorg.rules.Adviesrapport;
import io.github.mantelzorg.rules.Prioriteit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * BatchAdvisor: advises on a JSON Lines stream with all cores, writing exactly one output line per input line, in
 * input order.
 *
 * <p>Design: one reader thread reads lines and submits each to a fixed pool of workers (parse, advise and format all
 * happen on the worker); the future of each line goes into a bounded queue in input order; the calling thread takes
 * the futures from that queue one by one, waits for each and writes its line. The bounded queue is the in-flight
 * window: when the writer falls behind, the reader blocks, so memory stays flat however long the input is, and no
 * list of all records is ever built. Order comes for free from the queue, with no reordering buffer.
 */
final class BatchAdvisor {
  /** In-flight records per worker: enough to keep every core busy while the writer waits on a slow record. */
  private static final int WINDOW_PER_THREAD = 64;

  private final Json json;
  private final AdviesEngine engine;
  private final LocalDate peildatum;
  private final Formaat formaat;
  private final int threads;

  BatchAdvisor(Json json, AdviesEngine engine, LocalDate peildatum, Formaat formaat, int threads) {
    this.json = Objects.requireNonNull(json);
    this.engine = Objects.requireNonNull(engine);
    this.peildatum = Objects.requireNonNull(peildatum);
    this.formaat = Objects.requireNonNull(formaat);
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    this.threads = threads;
  }

  /** The outcome of one line: its output text and, when advised, the codes and priorities for the summary. */
  private record Uitslag(String regel, boolean afgewezen, String[] codes, Prioriteit[] prioriteiten) {}

  /** Counts for the closing summary; only the writer thread touches it. */
  static final class Samenvatting {
    long records;
    long afgewezen;
    long adviezen;
    final Map<String, Long> perCode = new TreeMap<>();
    final Map<Prioriteit, Long> perPrioriteit = new EnumMap<>(Prioriteit.class);

    Samenvatting() {
      for (Prioriteit p : Prioriteit.values()) {
        perPrioriteit.put(p, 0L);
      }
    }

    private void tel(Uitslag u) {
      records++;
      if (u.afgewezen()) {
        afgewezen++;
        return;
      }
      adviezen += u.codes().length;
      for (int i = 0; i < u.codes().length; i++) {
        perCode.merge(u.codes()[i], 1L, Long::sum);
        perPrioriteit.merge(u.prioriteiten()[i], 1L, Long::sum);
      }
    }

    /** The summary lines for stderr. */
    String tekst(long nanos) {
      double s = nanos / 1e9;
      StringBuilder b = new StringBuilder();
      b.append(String.format(java.util.Locale.ROOT, "%d records in %.1f s (%.0f records/s): %d advised, %d rejected%n",
          records, s, s > 0 ? records / s : 0.0, records - afgewezen, afgewezen));
      b.append("advice: ").append(adviezen).append(" in total").append(System.lineSeparator());
      b.append("advice per priority: ").append(join(perPrioriteit)).append(System.lineSeparator());
      b.append("advice per code: ").append(perCode.isEmpty() ? "none" : join(perCode)).append(System.lineSeparator());
      return b.toString();
    }

    private static String join(Map<?, Long> m) {
      return m.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
  }

  /**
   * Reads every line of {@code in}, writes one line per input line to {@code out}, and returns the counts.
   *
   * @param onRecord called on the writer thread after each record is written, with the number written so far
   * @throws IOException when reading or writing fails
   */
  Samenvatting run(BufferedReader in, Writer out, LongConsumer onRecord) throws IOException {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "mantelzorg-advise-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    BlockingQueue<Future<Uitslag>> inFlight = new ArrayBlockingQueue<>(threads * WINDOW_PER_THREAD);
    Future<Uitslag> einde = CompletableFuture.completedFuture(null);
    Thread reader = new Thread(() -> lees(in, pool, inFlight, einde), "mantelzorg-reader");
    reader.setDaemon(true);
    reader.start();
    Samenvatting sum = new Samenvatting();
    try {
      while (true) {
        Future<Uitslag> f = inFlight.take();
        if (f == einde) {
          break;
        }
        Uitslag u = f.get();
        out.write(u.regel());
        out.write('\n');
        sum.tel(u);
        onRecord.accept(sum.records);
      }
      out.flush();
      return sum;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof UncheckedIOException) {
        throw ((UncheckedIOException) c).getCause();
      }
      if (c instanceof RuntimeException) {
        throw (RuntimeException) c;
      }
      throw new IllegalStateException(c);
    } finally {
      // On a write failure (e.g. a closed pipe) the reader may be blocked on a full window: stop it and the workers.
      reader.interrupt();
      pool.shutdownNow();
    }
  }

  private void lees(BufferedReader in, ExecutorService pool, BlockingQueue<Future<Uitslag>> inFlight,
      Future<Uitslag> einde) {
    try {
      try {
        long nr = 0;
        String line;
        while ((line = in.readLine()) != null) {
          long regel = ++nr;
          String tekst = line;
          inFlight.put(pool.submit(() -> verwerk(regel, tekst)));
        }
      } catch (IOException e) {
        // Hand the failure to the writer, in order, after the lines read so far.
        CompletableFuture<Uitslag> fout = new CompletableFuture<>();
        fout.completeExceptionally(new UncheckedIOException(e));
        inFlight.put(fout);
      }
      inFlight.put(einde);
    } catch (InterruptedException e) {
      // The writer stopped (failure or end); nothing left to do.
      Thread.currentThread().interrupt();
    }
  }

  private Uitslag verwerk(long regel, String tekst) {
    if (tekst.isBlank()) {
      // A blank line is a record too: answering it keeps output line n matched to input line n.
      return fout(regel, List.of(new Problem("", "an empty line", "a JSON object: a Casus, Zorgnetwerk or Samenwerkingsverband")));
    }
    Adviesrapport r;
    try {
      Casus casus = json.readCasus(tekst);
      r = engine.advise(casus, peildatum);
    } catch (InvalidModelException e) {
      return fout(regel, e.problems());
    } catch (RuntimeException e) {
      // A rule that fails on one record must not stop the batch; report it on that record's line.
      return fout(regel, List.of(new Problem("", "a record the rules could not evaluate", "a record the rules accept ("
          + e.getMessage() + ")")));
    }
    List<Advies> a = r.adviezen();
    String[] codes = new String[a.size()];
    Prioriteit[] prio = new Prioriteit[a.size()];
    for (int i = 0; i < a.size(); i++) {
      codes[i] = a.get(i).code();
      prio[i] = a.get(i).prioriteit();
    }
    return new Uitslag(regelTekst(regel, a), false, codes, prio);
  }

  private Uitslag fout(long regel, List<Problem> problems) {
    String tekst;
    switch (formaat) {
      case json:
        tekst = AdviesJson.fout(regel, problems);
        break;
      case markdown:
        tekst = "- line " + regel + ": **rejected**: " + problemen(problems);
        break;
      default:
        tekst = "line " + regel + ": " + problemen(problems);
        break;
    }
    return new Uitslag(tekst, true, null, null);
  }

  /** {@code path: value (expected ...)} per problem, as in {@link Problem#toString()}, joined on one line. */
  static String problemen(List<Problem> problems) {
    return problems.stream().map(Problem::toString).map(s -> s.replace('\n', ' ').replace('\r', ' '))
        .collect(Collectors.joining("; "));
  }

  private String regelTekst(long regel, List<Advies> a) {
    switch (formaat) {
      case json:
        return AdviesJson.regel(regel, a);
      case markdown:
        return "- line " + regel + ": " + (a.isEmpty() ? "no advice"
            : a.size() + " advice: " + a.stream().map(x -> "**" + x.code() + "** (" + x.prioriteit() + ", " + x.onderwerp() + ")")
                .collect(Collectors.joining(", ")));
      default:
        return "line " + regel + ": " + (a.isEmpty() ? "no advice"
            : a.size() + " advice: " + a.stream().map(x -> x.code() + " " + x.prioriteit() + " " + x.onderwerp())
                .collect(Collectors.joining(", ")));
    }
  }
}
