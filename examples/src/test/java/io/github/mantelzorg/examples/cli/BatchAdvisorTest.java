package io.github.mantelzorg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mantelzorg.model.Json;
import io.github.mantelzorg.model.testing.Scenarios;
import io.github.mantelzorg.rules.AdviesEngine;
import io.github.mantelzorg.rules.Adviesrapport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The batch loop when something other than the input goes wrong: an Error in one record, no memory, threads that
 * cannot start, a reader that fails, a stop request, a writer that fails. None of it may hang the run or lose the lines
 * before it. The timeouts are guards against a hang (the failure these tests pin), not measurements.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BatchAdvisorTest {
  private static final AdviesEngine ENGINE = AdviesEngine.create();
  private static final Json JSON = Json.create();
  private static final LocalDate PEIL = LocalDate.of(2026, 11, 24);

  static String goed;
  static Adviesrapport rapport;

  @BeforeAll
  static void records() throws IOException {
    goed = JSON.writeLine(JSON.readCasus(Scenarios.json("s1-zoon-vader-dementie.json")));
    rapport = ENGINE.advise(JSON.readCasus(goed), PEIL);
  }

  /** Real advice for real records; the words "diep", "assert" and "oom" fail the way a record could. */
  private static Adviesrapport advise(String tekst) {
    switch (tekst) {
      case "diep":
        throw new StackOverflowError();
      case "assert":
        throw new AssertionError("a rule broke its promise");
      case "oom":
        throw new OutOfMemoryError("Java heap space");
      default:
        return ENGINE.advise(JSON.readCasus(tekst), PEIL);
    }
  }

  private static BatchAdvisor advisor(int threads) {
    return new BatchAdvisor(BatchAdvisorTest::advise, Formaat.text, threads, daemons());
  }

  private static BufferedReader lines(String... lines) {
    return new BufferedReader(new StringReader(String.join("\n", lines) + "\n"));
  }

  private static BatchAdvisor.Samenvatting run(BatchAdvisor b, BufferedReader in, Writer out) throws IOException {
    return b.run(in, out, n -> { }, () -> false);
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 2, 4})
  void anErrorInOneRecordBecomesThatRecordsLineAndTheOthersGoOn(int threads) throws IOException {
    StringWriter out = new StringWriter();
    BatchAdvisor.Samenvatting sum = run(advisor(threads), lines(goed, "diep", goed, "assert", goed), out);
    List<String> regels = out.toString().lines().toList();
    assertThat(regels).hasSize(5);
    assertThat(regels.get(0)).startsWith("line 1: ").contains(" advice: ");
    assertThat(regels.get(1)).isEqualTo("line 2: $: a record that could not be advised (expected a record the tool can "
        + "advise on (it nests too deeply: the evaluation ran out of stack))");
    assertThat(regels.get(3)).startsWith("line 4: $: a record that could not be advised").contains("a rule broke its "
        + "promise").doesNotContain("AssertionError").doesNotContain("\tat ");
    assertThat(regels.get(4)).isEqualTo(regels.get(0).replace("line 1: ", "line 5: "));
    assertThat(sum.records).isEqualTo(5);
    assertThat(sum.afgewezen).isEqualTo(2);
    assertThat(sum.afgebroken).isNull();
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 2})
  void outOfMemoryEndsTheRunWithWhatWasWrittenAndAReason(int threads) throws IOException {
    StringWriter out = new StringWriter();
    BatchAdvisor.Samenvatting sum = run(advisor(threads), lines(goed, goed, "oom", goed), out);
    assertThat(out.toString().lines()).hasSize(2);
    assertThat(sum.records).isEqualTo(2);
    assertThat(sum.gestopt).isFalse();
    assertThat(sum.afgebroken).startsWith("out of memory on line 3;");
  }

  @ParameterizedTest(name = "thread {0} cannot start")
  @ValueSource(ints = {1, 2, 3})
  void threadsThatCannotStartEndTheRunInsteadOfHanging(int welke) throws IOException {
    // Two workers and a reader: threads 1 and 2 are the workers, thread 3 is the reader.
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory = r -> n.incrementAndGet() == welke ? new Thread(r) {
      @Override
      public synchronized void start() {
        throw new OutOfMemoryError("unable to create native thread: possibly out of memory or process/resource limits "
            + "reached");
      }
    } : daemon(r);
    StringWriter out = new StringWriter();
    BatchAdvisor.Samenvatting sum = run(new BatchAdvisor(BatchAdvisorTest::advise, Formaat.text, 2, factory),
        lines(goed, goed), out);
    assertThat(sum.afgebroken).startsWith("cannot start 3 threads (2 workers and a reader): out of memory: unable to "
        + "create native thread");
    assertThat(sum.records).isZero();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aReadErrorEndsTheRunAfterTheLinesReadBeforeIt() throws IOException {
    Reader bron = new Reader() {
      private final StringReader begin = new StringReader(goed + "\n" + goed + "\n");

      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        int r = begin.read(cbuf, off, len);
        if (r < 0) {
          throw new IOException("Input/output error");
        }
        return r;
      }

      @Override
      public void close() {
      }
    };
    StringWriter out = new StringWriter();
    BatchAdvisor.Samenvatting sum = run(advisor(2), new BoundedLineReader(bron, 100_000), out);
    assertThat(out.toString().lines()).hasSize(2);
    assertThat(sum.afgebroken).isEqualTo("cannot read the input after line 2: Input/output error");
  }

  @Test
  void aStopRequestEndsTheRunAfterTheRecordBeingWritten() throws IOException {
    AtomicLong geschreven = new AtomicLong();
    StringWriter out = new StringWriter();
    String[] tien = new String[10];
    java.util.Arrays.fill(tien, goed);
    BatchAdvisor.Samenvatting sum = advisor(2).run(lines(tien), out, geschreven::set, () -> geschreven.get() >= 3);
    assertThat(out.toString().lines()).hasSize(3);
    assertThat(sum.records).isEqualTo(3);
    assertThat(sum.gestopt).isTrue();
    assertThat(sum.afgebroken).startsWith("stopped on request");
  }

  @Test
  void aStopRequestWhileTheInputWaitsEndsTheRun() throws IOException {
    // A reader that never delivers a line, like a quiet terminal or pipe: the stop must still end the run.
    BufferedReader stil = new BufferedReader(new StringReader("")) {
      @Override
      public String readLine() throws IOException {
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new java.io.InterruptedIOException();
      }
    };
    AtomicInteger gevraagd = new AtomicInteger();
    BatchAdvisor.Samenvatting sum = advisor(1).run(stil, new StringWriter(), n -> { },
        () -> gevraagd.incrementAndGet() > 3);
    assertThat(sum.gestopt).isTrue();
    assertThat(sum.records).isZero();
  }

  @Test
  void aFailedWriteEndsTheRunAtOnce() {
    AtomicInteger gevraagd = new AtomicInteger();
    Function<String, Adviesrapport> snel = tekst -> {
      gevraagd.incrementAndGet();
      return rapport;
    };
    String[] veel = new String[100_000];
    java.util.Arrays.fill(veel, "x");
    Writer vol = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new Output.Failed("cannot write to standard output: No space left on device", null);
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    assertThatThrownBy(() -> new BatchAdvisor(snel, Formaat.text, 2, daemons()).run(lines(veel), vol, n -> { },
        () -> false)).isInstanceOf(Output.Failed.class).hasMessageEndingWith("No space left on device");
    // The reader blocks on the full window, so at most a window's worth was evaluated, not the whole input.
    assertThat(gevraagd.get()).isLessThan(2 * 64 + 2 + 64);
  }

  @Test
  void threadsOutsideTheLimitAreRefused() {
    assertThatThrownBy(() -> new BatchAdvisor(BatchAdvisorTest::advise, Formaat.text, AdviseCommand.MAX_THREADS + 1,
        daemons())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 1 to 256");
  }

  private static ThreadFactory daemons() {
    return BatchAdvisorTest::daemon;
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r);
    t.setDaemon(true);
    return t;
  }
}
