package io.github.mantelzorg.examples.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Terminal: what the standard streams of the process are. Decides whether a progress bar may be drawn, and notices a
 * standard input that the shell closed.
 */
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

  /**
   * True when standard input was closed when the process started ({@code mantelzorg advise - <&-}). The JVM then
   * opens its own files on descriptor 0, the first free one, and reading "standard input" would read the JVM's
   * module image or the tool's jar. On Linux the descriptor link tells: no descriptor 0, or one that is a file of the
   * Java installation or of the class path. Elsewhere this cannot be seen and the answer is false.
   */
  static boolean stdinIsClosed() {
    Path fd0 = Path.of("/proc/self/fd/0");
    try {
      if (!Files.isDirectory(Path.of("/proc/self/fd"))) {
        return false;
      }
      if (!Files.exists(fd0, LinkOption.NOFOLLOW_LINKS)) {
        return true;
      }
      Path target = Files.readSymbolicLink(fd0);
      if (target.startsWith(Path.of(System.getProperty("java.home")).toRealPath())) {
        return true;
      }
      for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
        if (!entry.isEmpty() && Files.isRegularFile(Path.of(entry)) && Files.isSameFile(Path.of(entry), fd0)) {
          return true;
        }
      }
    } catch (Exception e) {
      // Cannot look: assume an ordinary standard input.
    }
    return false;
  }
}
