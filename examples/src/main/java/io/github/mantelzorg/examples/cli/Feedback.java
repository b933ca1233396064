package io.github.mantelzorg.examples.cli;

import io.github.mantelzorg.examples.Inert;
import io.github.mantelzorg.model.InvalidModelException;
import io.github.mantelzorg.model.JsonLimits;
import io.github.mantelzorg.model.Problem;
import io.github.mantelzorg.rules.Terugkoppeling;
import io.github.mantelzorg.rules.TerugkoppelingJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the file of {@code advise --feedback}: a JSON array of feedback records ({@link TerugkoppelingJson}). A bad
 * file is reported as the input is, one line per problem with its JSON path, before any record is advised.
 */
final class Feedback {
  private Feedback() {}

  /**
   * The feedback in {@code file}, or null after writing why it cannot be read to {@code err}.
   *
   * @param limits the input limits; {@code maxDocumentChars} bounds the file
   */
  static List<Terugkoppeling> lees(Path file, JsonLimits limits, PrintWriter err, boolean debug) {
    String naam = Inert.text(String.valueOf(file.getFileName()));
    try {
      if (Files.isDirectory(file)) {
        return fout(err, "mantelzorg: cannot read --feedback " + naam + ": it is a directory");
      }
      // A UTF-8 character takes at most 4 bytes: more bytes than that cannot be within the limit. Read no more than
      // one byte past it, also from a device or a pipe, whose size is not known beforehand (/dev/zero never ends).
      long max = 4 * limits.maxDocumentChars() + 3;
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, max + 1));
      }
      if (bytes.length > max) {
        return fout(err, "--feedback " + naam + ": $: more than " + limits.maxDocumentChars() + " characters "
            + "(expected at most " + limits.maxDocumentChars() + " characters, JsonLimits.maxDocumentChars)");
      }
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return TerugkoppelingJson.read(text, limits);
    } catch (InvalidModelException e) {
      for (Problem p : e.problems()) {
        err.println("--feedback " + naam + ": " + p);
      }
      if (debug) {
        e.printStackTrace(err);
      }
      err.flush();
      return null;
    } catch (NoSuchFileException e) {
      return fout(err, "mantelzorg: cannot read --feedback " + naam + ": no such file");
    } catch (AccessDeniedException e) {
      return fout(err, "mantelzorg: cannot read --feedback " + naam + ": permission denied");
    } catch (CharacterCodingException e) {
      return fout(err, "--feedback " + naam + ": $: bytes that are not UTF-8 (expected a JSON text in UTF-8)");
    } catch (IOException e) {
      return fout(err, "mantelzorg: cannot read --feedback " + naam + ": " + Inert.text(String.valueOf(e.getMessage())));
    }
  }

  private static List<Terugkoppeling> fout(PrintWriter err, String regel) {
    err.println(regel);
    err.flush();
    return null;
  }
}
