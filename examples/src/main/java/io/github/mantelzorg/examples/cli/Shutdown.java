package io.github.mantelzorg.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Shutdown: what the process does when it is asked to stop (SIGTERM, or Ctrl-C which is SIGINT).
 *
 * <p>The JVM runs its shutdown hooks on such a signal and then halts, whatever the main thread is doing. The hook
 * installed here raises a flag ({@link #requested()}) that the running command checks: the batch stops reading,
 * abandons the records in flight and prints the summary of what it wrote; {@code generate} stops after the record it
 * is writing. The hook then waits, up to {@value #GRACE_SECONDS} seconds, for the command to say it is
 * {@linkplain #finished() finished}, so that this summary reaches the user; last it deletes the temporary files of
 * an {@link Output} not yet committed, so that the previous file stays as it was. The process then ends with the
 * status of the signal (143 for SIGTERM, 130 for SIGINT).
 *
 * <p>Only {@link MantelzorgCli#main} installs the hook; run in-process (tests), the flag never rises by itself.
 */
final class Shutdown {
  /** How long the hook waits for the command to wrap up; a single evaluation in flight can take this long. */
  static final int GRACE_SECONDS = 10;

  private static volatile boolean requested;
  private static final CountDownLatch FINISHED = new CountDownLatch(1);
  private static final Set<Path> TEMPORARY = ConcurrentHashMap.newKeySet();

  private Shutdown() {}

  /** Registers the hook; once, from {@code main}. */
  static void install() {
    Thread hook = new Thread(Shutdown::onShutdown, "mantelzorg-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** True once the process has been asked to stop. */
  static boolean requested() {
    return requested;
  }

  /** The command has ended and said what it had to say; the hook need not wait any longer. */
  static void finished() {
    FINISHED.countDown();
  }

  /** A temporary file to delete if the process stops before it is committed or removed. */
  static void deleteOnStop(Path temp) {
    TEMPORARY.add(temp);
  }

  /** The temporary file is dealt with (renamed or deleted). */
  static void keep(Path temp) {
    TEMPORARY.remove(temp);
  }

  private static void onShutdown() {
    // Also runs on a normal System.exit, after finished(): then it returns at once and there is nothing to delete.
    requested = true;
    try {
      FINISHED.await(GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Path p : TEMPORARY) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // Nothing more can be done while the JVM halts; the target itself was never touched.
      }
    }
  }
}
