package io.github.mantelzorg.examples.cli;

import io.github.mantelzorg.examples.Inert;
import io.github.mantelzorg.model.InvalidModelException;
import io.github.mantelzorg.model.JsonLimits;
import io.github.mantelzorg.model.Problem;
import io.github.mantelzorg.rules.Terugkoppeling;
import io.github.mantelzorg.rules.TerugkoppelingJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
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
      // A UTF-8 character takes at most 4 bytes: a larger file cannot be within the limit.
      if (Files.isRegularFile(file) && Files.size(file) > 4 * limits.maxDocumentChars() + 3) {
        return fout(err, naam + ": $: more than " + limits.maxDocumentChars() + " characters (expected at most "
            + limits.maxDocumentChars() + " characters, JsonLimits.maxDocumentChars)");
      }
      if (Files.isDirectory(file)) {
        return fout(err, "mantelzorg: cannot read --feedback " + naam + ": it is a directory");
      }
      return TerugkoppelingJson.read(Files.readString(file), limits);
    } catch (InvalidModelException e) {
      for (Problem p : e.problems()) {
        err.println(naam + ": " + p);
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
      return fout(err, naam + ": $: bytes that are not UTF-8 (expected a JSON text in UTF-8)");
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
