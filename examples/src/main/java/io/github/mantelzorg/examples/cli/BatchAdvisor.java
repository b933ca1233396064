package io.github.mantelzorg.examples.cli;

import io.github.mantelzorg.examples.Inert;
import io.github.mantelzorg.model.InvalidModelException;
import io.github.mantelzorg.model.Json;
import io.github.mantelzorg.model.Problem;
import io.github.mantelzorg.rules.Advies;
import io.github.mantelzorg.rules.AdviesEngine;
import io.github.mantelzorg.rules.Adviesrapport;
import io.github.mantelzorg.rules.Prioriteit;
import io.github.mantelzorg.rules.ReportTooLargeException;
import io.github.mantelzorg.rules.Terugkoppeling;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InterruptedIOException;
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
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
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
 *
 * <p>The run cannot hang: the workers are started before the first line is read (a pool that cannot start is
 * reported at once); the reader always queues its end marker, whatever stops it; and the writer never waits without
 * a bound: it looks every {@value #POLL_MILLIS} ms whether a stop was requested (SIGTERM), whether the reader is still
 * alive and whether any worker is left. Any of those ends the run with a {@linkplain Samenvatting#afgebroken reason}
 * and the summary of what was written.
 *
 * <p>What one record does stays with that record: an invalid record, a rule that throws, even an {@link Error} such as
 * a {@link StackOverflowError} becomes that record's error line and the batch goes on. Only an {@link
 * OutOfMemoryError} ends the run, since after it no record's result can be trusted. A failed write ends the run at
 * once: it is thrown, not summarised.
 */
final class BatchAdvisor {
  /** In-flight records per worker: enough to keep every core busy while the writer waits on a slow record. */
  private static final int WINDOW_PER_THREAD = 64;
  /** How often a waiting writer looks for a stop request or a dead thread. */
  static final long POLL_MILLIS = 100;

  private final Function<String, Adviesrapport> advisor;
  private final Formaat formaat;
  private final int threads;
  private final ThreadFactory threadFactory;

  BatchAdvisor(Json json, AdviesEngine engine, LocalDate peildatum, Formaat formaat, int threads) {
    this(json, engine, peildatum, List.of(), formaat, threads);
  }

  BatchAdvisor(Json json, AdviesEngine engine, LocalDate peildatum, List<Terugkoppeling> terugkoppelingen,
      Formaat formaat, int threads) {
    this(tekst -> Documenten.advise(engine, json.readDocument(tekst), Objects.requireNonNull(peildatum),
        terugkoppelingen), formaat, threads, daemons());
  }

  /**
   * A batch advisor with its parts given: {@code advisor} turns one line into a report (it may throw anything, as a
   * rule can), {@code threadFactory} makes the reader and worker threads. Tests use this to make a record or a
   * thread fail in ways real input cannot be relied on to.
   */
  BatchAdvisor(Function<String, Adviesrapport> advisor, Formaat formaat, int threads, ThreadFactory threadFactory) {
    this.advisor = Objects.requireNonNull(advisor);
    this.formaat = Objects.requireNonNull(formaat);
    if (threads < 1 || threads > AdviseCommand.MAX_THREADS) {
      throw new IllegalArgumentException("threads must be from 1 to " + AdviseCommand.MAX_THREADS + ", not " + threads);
    }
    this.threads = threads;
    this.threadFactory = Objects.requireNonNull(threadFactory);
  }

  private static ThreadFactory daemons() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "mantelzorg-advise-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** The outcome of one line: its output text and, when advised, the codes and priorities for the summary. */
  private record Uitslag(String regel, boolean afgewezen, String[] codes, Prioriteit[] prioriteiten, int vragen,
      int weggelaten) {}

  /** Counts for the closing summary; only the writer thread touches it. */
  static final class Samenvatting {
    long records;
    long afgewezen;
    long adviezen;
    long vragen;
    /** Cards left out because they were dismissed with feedback while their facts are unchanged. */
    long weggelaten;
    final Map<String, Long> perCode = new TreeMap<>();
    final Map<Prioriteit, Long> perPrioriteit = new EnumMap<>(Prioriteit.class);
    /** Why the run ended before the end of the input (one line for the user), or null when it read everything. */
    String afgebroken;
    /** True when the run ended because a stop was requested (SIGTERM), not because something failed. */
    boolean gestopt;

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
      vragen += u.vragen();
      weggelaten += u.weggelaten();
      for (int i = 0; i < u.codes().length; i++) {
        perCode.merge(u.codes()[i], 1L, Long::sum);
        perPrioriteit.merge(u.prioriteiten()[i], 1L, Long::sum);
      }
    }

    private Samenvatting afbreken(String reden) {
      afgebroken = reden;
      return this;
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
      b.append("open questions: ").append(vragen).append(" in total").append(System.lineSeparator());
      if (weggelaten > 0) {
        b.append("dismissed with feedback, left out: ").append(weggelaten).append(" cards")
            .append(System.lineSeparator());
      }
      return b.toString();
    }

    private static String join(Map<?, Long> m) {
      return m.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
  }

  /**
   * Reads the lines of {@code in}, writes one line per input line to {@code out}, and returns the counts. The run
   * ends early, with {@link Samenvatting#afgebroken} set and everything before that point written, when {@code stop}
   * becomes true, when the input cannot be read, when a thread cannot start or dies, or on an
   * {@link OutOfMemoryError}.
   *
   * @param onRecord called on the writer thread after each record is written, with the number written so far
   * @param stop asked by the reader before each line and by the writer while it waits; true ends the run
   * @throws IOException when writing fails: the run ends at once
   */
  Samenvatting run(BufferedReader in, Writer out, LongConsumer onRecord, BooleanSupplier stop) throws IOException {
    Samenvatting sum = new Samenvatting();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(), threadFactory);
    BlockingQueue<Future<Uitslag>> inFlight = new ArrayBlockingQueue<>(threads * WINDOW_PER_THREAD);
    Future<Uitslag> einde = CompletableFuture.completedFuture(null);
    Thread reader = null;
    try {
      try {
        pool.prestartAllCoreThreads();
        reader = threadFactory.newThread(() -> lees(in, pool, inFlight, einde, stop));
        reader.start();
      } catch (OutOfMemoryError | RuntimeException e) {
        // "unable to create native thread": say so instead of waiting for threads that never come.
        return sum.afbreken("cannot start " + (threads + 1) + " threads (" + threads + " workers and a reader): "
            + beschrijf(e));
      }
      while (true) {
        if (stop.getAsBoolean()) {
          // Checked per record too, not only while waiting: finished records can keep the writer busy for a while.
          return stopOf(sum, stop, stil(stop, true, pool));
        }
        Future<Uitslag> f = inFlight.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (f == null) {
          // Nothing to write: let what is written reach its reader (and a closed pipe show) before waiting on.
          out.flush();
          String reden = stil(stop, reader.isAlive() || !inFlight.isEmpty(), pool);
          if (reden != null) {
            return stopOf(sum, stop, reden);
          }
          continue;
        }
        if (f == einde) {
          if (stop.getAsBoolean()) {
            // The reader ended because of the stop request, not at the end of the input.
            return stopOf(sum, stop, stil(stop, true, pool));
          }
          break;
        }
        Uitslag u = wacht(f, out, stop, pool);
        if (u == null) {
          return stopOf(sum, stop, stil(stop, true, pool));
        }
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
      if (c instanceof LeesFout && c.getCause() instanceof IOException) {
        return sum.afbreken("cannot read the input after line " + sum.records + ": " + beschrijf(c.getCause()));
      }
      if (c instanceof LeesFout && !(c.getCause() instanceof OutOfMemoryError)) {
        return sum.afbreken("reading stopped after line " + sum.records + ": " + beschrijf(c.getCause()));
      }
      if (c instanceof LeesFout) {
        c = c.getCause();
      }
      if (c instanceof OutOfMemoryError) {
        return sum.afbreken("out of memory on line " + (sum.records + 1) + "; the lines after it were not advised "
            + "(give Java more memory with -Xmx, or use fewer --threads)");
      }
      return sum.afbreken("line " + (sum.records + 1) + " could not be advised: " + beschrijf(c));
    } finally {
      // On a write failure (e.g. a closed pipe) the reader may be blocked on a full window: stop it and the workers.
      if (reader != null) {
        reader.interrupt();
      }
      pool.shutdownNow();
    }
  }

  /** Waits for one record without a bound on the total but with a look around every poll; null: give up. */
  private Uitslag wacht(Future<Uitslag> f, Writer out, BooleanSupplier stop, ThreadPoolExecutor pool)
      throws IOException, InterruptedException, ExecutionException {
    if (!f.isDone()) {
      // The writer would wait anyway: flush now, so that output flows and a closed pipe ends the run promptly.
      out.flush();
    }
    while (true) {
      try {
        return f.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        if (stil(stop, true, pool) != null) {
          return null;
        }
      }
    }
  }

  /** Why the writer must stop waiting now, or null to wait on. */
  private static String stil(BooleanSupplier stop, boolean lezerLeeft, ThreadPoolExecutor pool) {
    if (stop.getAsBoolean()) {
      return "stopped on request (SIGTERM or Ctrl-C)";
    }
    if (!lezerLeeft) {
      return "the reader thread stopped without finishing the input";
    }
    if (pool.getPoolSize() == 0) {
      return "no worker thread is left";
    }
    return null;
  }

  private static Samenvatting stopOf(Samenvatting sum, BooleanSupplier stop, String reden) {
    sum.gestopt = stop.getAsBoolean();
    return sum.afbreken(reden);
  }

  /** Whatever stopped the reader thread (a read error, a rejected task, an Error), handed to the writer in order. */
  private static final class LeesFout extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LeesFout(Throwable cause) {
      super(cause);
    }
  }

  private void lees(BufferedReader in, ThreadPoolExecutor pool, BlockingQueue<Future<Uitslag>> inFlight,
      Future<Uitslag> einde, BooleanSupplier stop) {
    Future<Uitslag> laatste = einde;
    try {
      long nr = 0;
      String line;
      while (!stop.getAsBoolean() && (line = in.readLine()) != null) {
        long regel = ++nr;
        String tekst = line;
        inFlight.put(pool.submit(() -> verwerk(regel, tekst)));
      }
    } catch (InterruptedException e) {
      // The writer stopped (failure or end) and nobody waits for the end marker.
      Thread.currentThread().interrupt();
      return;
    } catch (Throwable e) {
      // Whatever stops the reader (a read error, a pool that rejects, an Error) reaches the writer, after the lines
      // read so far; the end marker below is queued in every case, so the writer never waits for it in vain.
      CompletableFuture<Uitslag> fout = new CompletableFuture<>();
      fout.completeExceptionally(new LeesFout(e));
      laatste = fout;
    }
    try {
      inFlight.put(laatste);
      if (laatste != einde) {
        inFlight.put(einde);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Uitslag verwerk(long regel, String tekst) {
    int fout = nietUtf8(tekst);
    if (fout >= 0) {
      return fout(regel, List.of(new Problem("", "bytes that are not UTF-8 (at character " + fout + " of the line)",
          "a JSON text in UTF-8")));
    }
    if (tekst.isBlank()) {
      // A blank line is a record too: answering it keeps output line n matched to input line n.
      return fout(regel, List.of(new Problem("", "an empty line", "a JSON object: a Casus, Zorgnetwerk or Samenwerkingsverband")));
    }
    try {
      Adviesrapport rapport = advisor.apply(tekst);
      List<Advies> a = rapport.adviezen();
      String[] codes = new String[a.size()];
      Prioriteit[] prio = new Prioriteit[a.size()];
      for (int i = 0; i < a.size(); i++) {
        codes[i] = a.get(i).code();
        prio[i] = a.get(i).prioriteit();
      }
      return new Uitslag(regelTekst(regel, rapport), false, codes, prio, rapport.openVragen().size(),
          rapport.afgewezen().size());
    } catch (InvalidModelException e) {
      return fout(regel, e.problems());
    } catch (ReportTooLargeException e) {
      return fout(regel, List.of(TeGroot.probleem(e)));
    } catch (OutOfMemoryError e) {
      // Memory is shared by every record in flight: the run ends (see run).
      throw e;
    } catch (RuntimeException | Error e) {
      // A rule that fails, or a record deep enough to overflow the stack, must not stop the batch: report it on that
      // record's line.
      return fout(regel, List.of(new Problem("", "a record that could not be advised", "a record the tool can "
          + "advise on (" + beschrijf(e) + ")")));
    }
  }

  /**
   * What the batch reader decodes bytes that are not UTF-8 to: a lone low surrogate, which decoding valid UTF-8 never
   * gives (a low surrogate comes only right after its high one).
   */
  static final char NIET_UTF8 = '\uDFFF';

  /** The index of the first character decoded from bytes that were not UTF-8, or -1. */
  static int nietUtf8(String tekst) {
    for (int i = tekst.indexOf(NIET_UTF8); i >= 0; i = tekst.indexOf(NIET_UTF8, i + 1)) {
      if (i == 0 || !Character.isHighSurrogate(tekst.charAt(i - 1))) {
        return i;
      }
    }
    return -1;
  }

  /** A throwable in words for one line: no class name where there are better words, never a stack trace. */
  static String beschrijf(Throwable e) {
    if (e instanceof StackOverflowError) {
      return "it nests too deeply: the evaluation ran out of stack";
    }
    if (e instanceof OutOfMemoryError) {
      return "out of memory" + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : Inert.text(m);
  }

  private Uitslag fout(long regel, List<Problem> problems) {
    String tekst;
    switch (formaat) {
      case json:
      case jsonl_compact:
        tekst = AdviesJson.fout(regel, problems);
        break;
      case markdown:
        tekst = "- line " + regel + ": **rejected**: " + Inert.markdown(problemen(problems));
        break;
      default:
        tekst = "line " + regel + ": " + Inert.text(problemen(problems));
        break;
    }
    return new Uitslag(tekst, true, null, null, 0, 0);
  }

  /** {@code path: value (expected ...)} per problem, as in {@link Problem#toString()}, joined on one line. */
  static String problemen(List<Problem> problems) {
    return problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
  }

  private String regelTekst(long regel, Adviesrapport rapport) {
    List<Advies> a = rapport.adviezen();
    int vragen = rapport.openVragen().size();
    int afgewezen = rapport.afgewezen().size();
    String metVragen = (vragen == 0 ? "" : "; " + vragen + (vragen == 1 ? " open question" : " open questions"))
        + (afgewezen == 0 ? "" : "; " + afgewezen + " dismissed, left out");
    switch (formaat) {
      case json:
        return AdviesJson.regel(regel, rapport);
      case jsonl_compact:
        return CompactJson.regel(regel, rapport);
      case markdown:
        return "- line " + regel + ": " + (a.isEmpty() ? "no advice"
            : a.size() + " advice: " + a.stream().map(x -> "**" + Inert.markdown(x.code()) + "** (" + x.prioriteit()
                + ", " + Inert.markdown(x.onderwerp()) + ")").collect(Collectors.joining(", "))) + metVragen;
      default:
        return "line " + regel + ": " + (a.isEmpty() ? "no advice"
            : a.size() + " advice: " + a.stream().map(x -> Inert.text(x.code()) + " " + x.prioriteit() + " "
                + Inert.text(x.onderwerp())).collect(Collectors.joining(", "))) + metVragen;
    }
  }
}
