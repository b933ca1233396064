package io.github.mantelzorg.examples.cli;

import io.github.mantelzorg.examples.Inert;
import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Output: where a command writes its result, so that what a user finds afterwards is either the whole result or what
 * was there before, never a part of it, and so that no failed write goes unnoticed.
 *
 * <p>To a file ({@code --output}): the text goes to a new temporary file in the same folder ({@code .name.<random>.tmp},
 * with the permissions of the file it replaces), which {@link #commit()} flushes, syncs to the disk and renames over
 * the target in one atomic step. Until then the target is not touched: a run that fails, is stopped (SIGTERM) or is
 * killed ({@code kill -9}) leaves any previous file as it was; {@link #close()} without a commit deletes the temporary
 * file (after {@code kill -9} it stays behind, by its name recognisable). A target that exists but is not a regular
 * file ({@code /dev/null}, a named pipe) cannot be replaced and is written directly. A symbolic link is followed: the
 * file it points to is replaced, the link stays.
 *
 * <p>To standard output: every write is checked. {@link PrintWriter} swallows write errors; here the first failed
 * write or flush throws {@link Failed}, so that a full disk ({@code > /dev/full}), a closed standard output or a
 * closed pipe ({@code | head -1}) ends the run at once.
 */
final class Output implements Closeable {
  private static final int BUFFER = 1 << 16;

  private final String naam;
  private final Writer writer;
  private final FileOutputStream file;
  private final Path temp;
  private final Path target;
  private boolean klaar;

  private Output(String naam, Writer writer, FileOutputStream file, Path temp, Path target) {
    this.naam = naam;
    this.writer = writer;
    this.file = file;
    this.temp = temp;
    this.target = target;
  }

  /**
   * The output of a command: the file {@code target} when it is given, else {@code stdout}.
   *
   * @throws Failed when the temporary file cannot be created (no such folder, no permission, a directory)
   */
  static Output open(Path target, PrintWriter stdout) throws Failed {
    if (target == null) {
      return new Output("standard output", new BufferedWriter(new Gecontroleerd(stdout)), null, null, null);
    }
    String naam = Inert.text(target.toString());
    Path doel = echt(target);
    if (Files.isDirectory(doel)) {
      throw new Failed("cannot write " + naam + ": it is a directory", null);
    }
    try {
      if (Files.exists(doel) && !Files.isRegularFile(doel)) {
        // A device or a pipe: nothing to replace atomically, and its "previous content" is not ours to keep.
        FileOutputStream direct = new FileOutputStream(doel.toFile());
        return new Output(naam, bestand(direct, naam), direct, null, null);
      }
      Path temp = tijdelijk(doel);
      Files.createFile(temp);
      Shutdown.deleteOnStop(temp);
      try {
        rechten(doel, temp);
        FileOutputStream out = new FileOutputStream(temp.toFile());
        return new Output(naam, bestand(out, naam), out, temp, doel);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(temp);
        Shutdown.keep(temp);
        throw e;
      }
    } catch (Failed e) {
      throw e;
    } catch (IOException e) {
      throw Failed.of("cannot write " + naam, e);
    }
  }

  /** The writer; buffered. Its writes throw {@link Failed} when they fail. Closing it does not close standard output. */
  Writer writer() {
    return writer;
  }

  /**
   * Makes the output final: flushes it; for a file also syncs it to the disk and renames it over the target.
   *
   * @throws Failed when any of that fails; the target is then unchanged
   */
  void commit() throws Failed {
    try {
      writer.flush();
      if (file != null) {
        if (temp != null) {
          // On the disk before the rename, so that a crash cannot leave the target renamed but empty.
          file.getChannel().force(true);
        }
        file.close();
      }
      if (temp != null) {
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        Shutdown.keep(temp);
        syncFolder(target.toAbsolutePath().getParent());
      }
      klaar = true;
    } catch (Failed e) {
      throw e;
    } catch (IOException e) {
      throw Failed.of("cannot write " + naam, e);
    }
  }

  /** Without a {@link #commit()}: removes the temporary file, leaving the target as it was. */
  @Override
  public void close() {
    if (klaar) {
      return;
    }
    klaar = true;
    try {
      if (file != null) {
        file.close();
      }
    } catch (IOException e) {
      // Abandoned anyway.
    }
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // Left behind under its temporary name; the target is unchanged, which is what matters.
      }
      Shutdown.keep(temp);
    }
  }

  /** {@code .name.<random>.tmp} beside the target: same folder, so the rename is atomic; hidden, and recognisable. */
  private static Path tijdelijk(Path doel) {
    String naam = doel.getFileName().toString();
    if (naam.length() > 100) {
      naam = naam.substring(0, 100);
    }
    byte[] r = new byte[6];
    ThreadLocalRandom.current().nextBytes(r);
    return doel.resolveSibling("." + naam + "." + HexFormat.of().formatHex(r) + ".tmp");
  }

  /** The file a symbolic link points to, so that the link survives the rename; the path itself otherwise. */
  private static Path echt(Path p) {
    if (Files.isSymbolicLink(p)) {
      try {
        return p.toRealPath();
      } catch (IOException e) {
        // A dangling link: replace the link itself.
      }
    }
    return p;
  }

  /** A replaced file keeps its permissions; a new one gets the usual ones (the umask's), not a temporary file's. */
  private static void rechten(Path doel, Path temp) throws IOException {
    if (Files.exists(doel)) {
      try {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(doel));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system: the defaults will do.
      }
    }
  }

  /** Makes the rename itself durable; not every platform can open a folder for this, and then it is skipped. */
  private static void syncFolder(Path folder) {
    if (folder == null) {
      return;
    }
    try (FileChannel c = FileChannel.open(folder, StandardOpenOption.READ)) {
      c.force(true);
    } catch (IOException | RuntimeException e) {
      // Best effort: the file itself is synced.
    }
  }

  private static Writer bestand(OutputStream out, String naam) {
    return new BufferedWriter(new Bewaakt(new OutputStreamWriter(out, StandardCharsets.UTF_8), naam));
  }

  /**
   * A write that failed: its message is one line for the user ({@code cannot write to standard output: No space left
   * on device}); {@link #brokenPipe()} tells a reader that went away ({@code | head -1}), which ends the run quietly.
   */
  static final class Failed extends IOException {
    private static final long serialVersionUID = 1L;

    Failed(String message, Throwable cause) {
      super(message, cause);
    }

    static Failed of(String wat, IOException e) {
      String reden = e instanceof AccessDeniedException ? "permission denied"
          : e instanceof NoSuchFileException ? "no such folder"
          : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
          : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Failed(wat + ": " + Inert.text(reden), e);
    }

    /** True when the reader of a pipe went away (EPIPE): by shell convention no message is needed. */
    boolean brokenPipe() {
      for (Throwable t = getCause(); t != null; t = t.getCause()) {
        if (t.getMessage() != null && t.getMessage().contains("Broken pipe")) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Standard output of the process, for {@link MantelzorgCli#main}: a {@link PrintWriter} (what picocli wants) that
   * remembers why a write failed, so that {@link Failed} can say it and tell a closed pipe from a full disk.
   */
  static final class Stdout extends PrintWriter {
    private final Onthoud onthoud;

    private Stdout(Onthoud onthoud) {
      super(onthoud, false);
      this.onthoud = onthoud;
    }

    /** Over file descriptor 1 directly, in the charset picocli would use. */
    static Stdout ofProcess() {
      Charset cs = Charset.defaultCharset();
      String naam = System.getProperty("sun.stdout.encoding");
      try {
        if (naam != null && Charset.isSupported(naam)) {
          cs = Charset.forName(naam);
        }
      } catch (IllegalArgumentException e) {
        // An unknown name: the default charset, as picocli would.
      }
      return new Stdout(new Onthoud(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), cs)));
    }

    /** The first write error, or null. */
    IOException failure() {
      return onthoud.fout;
    }
  }

  /** Passes writes on and remembers the first failure. */
  private static final class Onthoud extends FilterWriter {
    private volatile IOException fout;

    Onthoud(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      try {
        super.write(c);
      } catch (IOException e) {
        throw onthoud(e);
      }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      try {
        super.write(cbuf, off, len);
      } catch (IOException e) {
        throw onthoud(e);
      }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      try {
        super.write(str, off, len);
      } catch (IOException e) {
        throw onthoud(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        super.flush();
      } catch (IOException e) {
        throw onthoud(e);
      }
    }

    private IOException onthoud(IOException e) {
      if (fout == null) {
        fout = e;
      }
      return e;
    }
  }

  /** Standard output through a {@link PrintWriter}, checked after every write: its first error is thrown. */
  private static final class Gecontroleerd extends Writer {
    private final PrintWriter out;

    Gecontroleerd(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws Failed {
      out.write(cbuf, off, len);
      check();
    }

    @Override
    public void flush() throws Failed {
      check();
    }

    /** Standard output stays open for the error summary and for picocli; closing only flushes. */
    @Override
    public void close() throws Failed {
      check();
    }

    private void check() throws Failed {
      // checkError flushes first, so this also catches an error that only the flush meets.
      if (out.checkError()) {
        IOException cause = out instanceof Stdout s ? s.failure() : null;
        throw cause == null ? new Failed("cannot write to standard output", null)
            : Failed.of("cannot write to standard output", cause);
      }
    }
  }

  /** A file's writer whose failures say which file. */
  private static final class Bewaakt extends FilterWriter {
    private final String naam;

    Bewaakt(Writer out, String naam) {
      super(out);
      this.naam = naam;
    }

    @Override
    public void write(int c) throws IOException {
      try {
        super.write(c);
      } catch (IOException e) {
        throw Failed.of("cannot write " + naam, e);
      }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      try {
        super.write(cbuf, off, len);
      } catch (IOException e) {
        throw Failed.of("cannot write " + naam, e);
      }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      try {
        super.write(str, off, len);
      } catch (IOException e) {
        throw Failed.of("cannot write " + naam, e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        super.flush();
      } catch (IOException e) {
        throw Failed.of("cannot write " + naam, e);
      }
    }
  }

  /** A {@link java.io.BufferedWriter} of {@value #BUFFER} characters. */
  private static final class BufferedWriter extends java.io.BufferedWriter {
    BufferedWriter(Writer out) {
      super(out, BUFFER);
    }
  }
}
