package io.github.mantelzorg.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Terminal: is standard error a terminal? Decides whether a progress bar may be drawn. */
final class Terminal {
  private Terminal() {}

  /**
   * True when standard error is a terminal. Java 17 has no API for one stream ({@code System.console()} needs stdin
   * and stdout to be terminals, and is null as soon as stdout is redirected to a file, which is exactly when a
   * progress bar on stderr is most useful). On Linux the descriptor link tells; elsewhere fall back to the console.
   */
  static boolean stderrIsTerminal() {
    try {
      Path fd2 = Path.of("/proc/self/fd/2");
      if (Files.isSymbolicLink(fd2)) {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      }
    } catch (Exception e) {
      // Not Linux or not allowed to look: fall back below.
    }
    return System.console() != null;
  }
}
