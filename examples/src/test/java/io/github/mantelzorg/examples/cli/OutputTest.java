package io.github.mantelzorg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output file is replaced whole or not at all; a failed write is never silent. */
class OutputTest {
  @TempDir
  Path dir;

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void commitReplacesTheTargetInOneStepAndKeepsItsPermissions() throws IOException {
    Path target = dir.resolve("advies.txt");
    Files.writeString(target, "OLD\n");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
    try (Output o = Output.open(target, null)) {
      o.writer().write("NEW\n".repeat(100_000));
      // Written, even beyond the buffer, but not committed: the target is untouched, the text is in a hidden file.
      assertThat(Files.readString(target)).isEqualTo("OLD\n");
      assertThat(files()).hasSize(2).anyMatch(n -> n.matches("\\.advies\\.txt\\.[0-9a-f]{12}\\.tmp"));
      o.commit();
    }
    assertThat(Files.readString(target)).isEqualTo("NEW\n".repeat(100_000));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
    assertThat(files()).containsExactly("advies.txt");
  }

  @Test
  void withoutCommitThePreviousFileStaysAndNothingIsLeftBehind() throws IOException {
    Path target = dir.resolve("advies.txt");
    Files.writeString(target, "OLD\n");
    try (Output o = Output.open(target, null)) {
      o.writer().write("half a line");
      o.writer().flush();
    }
    assertThat(Files.readString(target)).isEqualTo("OLD\n");
    assertThat(files()).containsExactly("advies.txt");
  }

  @Test
  void aNewFileGetsTheUsualPermissionsNotThoseOfATemporaryFile() throws IOException {
    Path gewoon = Files.createFile(dir.resolve("gewoon"));
    Path target = dir.resolve("nieuw.txt");
    try (Output o = Output.open(target, null)) {
      o.writer().write("x");
      o.commit();
    }
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(gewoon));
  }

  @Test
  void aSymbolicLinkIsFollowedAndStays() throws IOException {
    Path echt = dir.resolve("echt.txt");
    Files.writeString(echt, "OLD\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), echt.getFileName());
    try (Output o = Output.open(link, null)) {
      o.writer().write("NEW\n");
      o.commit();
    }
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(echt)).isEqualTo("NEW\n");
  }

  @Test
  void aFolderThatIsNotThereOrATargetThatIsAFolderIsOneClearMessage() {
    assertThatThrownBy(() -> Output.open(dir.resolve("nope").resolve("out.txt"), null))
        .isInstanceOf(Output.Failed.class).hasMessage("cannot write " + dir.resolve("nope").resolve("out.txt")
            + ": no such folder");
    assertThatThrownBy(() -> Output.open(dir, null)).isInstanceOf(Output.Failed.class)
        .hasMessage("cannot write " + dir + ": it is a directory");
  }

  @Test
  void aDeviceIsWrittenDirectlyAndAFullOneFails() throws IOException {
    assumeTrue(Files.exists(Path.of("/dev/full")) && Files.exists(Path.of("/dev/null")));
    try (Output o = Output.open(Path.of("/dev/null"), null)) {
      o.writer().write("x");
      o.commit();
    }
    assertThatThrownBy(() -> {
      try (Output o = Output.open(Path.of("/dev/full"), null)) {
        o.writer().write("x");
        o.commit();
      }
    }).isInstanceOf(Output.Failed.class).hasMessage("cannot write /dev/full: No space left on device");
  }

  @Test
  void aFailedWriteToStandardOutputIsThrownNotSwallowed() throws IOException {
    Writer vol = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    PrintWriter stdout = new PrintWriter(vol);
    Output o = Output.open(null, stdout);
    o.writer().write("one line\n");
    assertThatThrownBy(o::commit).isInstanceOf(Output.Failed.class).hasMessage("cannot write to standard output");
    // More than the buffer holds reaches the PrintWriter at once, and fails there.
    Output p = Output.open(null, new PrintWriter(vol));
    assertThatThrownBy(() -> p.writer().write("x".repeat(1 << 17))).isInstanceOf(Output.Failed.class);
  }

  @Test
  void aBrokenPipeIsRecognised() {
    assertThat(Output.Failed.of("cannot write to standard output", new IOException("Broken pipe")).brokenPipe())
        .isTrue();
    assertThat(Output.Failed.of("cannot write to standard output", new IOException("No space left on device"))
        .brokenPipe()).isFalse();
  }
}
