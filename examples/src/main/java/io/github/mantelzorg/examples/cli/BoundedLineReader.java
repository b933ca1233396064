package io.github.mantelzorg.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * BoundedLineReader: a {@link BufferedReader} whose {@link #readLine()} keeps at most {@code max + 1} characters of a
 * line and skips the rest up to the line break. A line longer than the document limit is still one line (so the
 * numbering stays right), and its first {@code max + 1} characters are enough for the JSON reader to reject it as
 * too long; memory stays bounded however long the line.
 *
 * <p>Line breaks are those of {@link BufferedReader#readLine()}: {@code \n}, {@code \r} or {@code \r\n}; a last line
 * without a line break is a line. Only {@link #readLine()} and {@link #close()} may be used.
 */
final class BoundedLineReader extends BufferedReader {
  private final Reader in;
  private final int keep;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private boolean skipLf;

  BoundedLineReader(Reader in, long maxChars) {
    super(in, 1);
    this.in = in;
    this.keep = (int) Math.min(maxChars + 1, Integer.MAX_VALUE - 16L);
  }

  @Override
  public String readLine() throws IOException {
    StringBuilder line = null;
    boolean any = false;
    while (true) {
      if (pos >= len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return any ? (line == null ? "" : line.toString()) : null;
        }
      }
      if (skipLf) {
        skipLf = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      any = true;
      int start = pos;
      while (pos < len && buf[pos] != '\n' && buf[pos] != '\r') {
        pos++;
      }
      int end = pos;
      if (pos < len) {
        skipLf = buf[pos] == '\r';
        pos++;
        if (line == null) {
          return new String(buf, start, Math.min(end - start, keep));
        }
        append(line, start, end);
        return line.toString();
      }
      if (line == null) {
        line = new StringBuilder(Math.min(end - start + 80, keep));
      }
      append(line, start, end);
    }
  }

  private void append(StringBuilder line, int start, int end) {
    int room = keep - line.length();
    if (room > 0) {
      line.append(buf, start, Math.min(end - start, room));
    }
  }

  @Override
  public int read() {
    throw new UnsupportedOperationException("readLine only");
  }

  @Override
  public int read(char[] cbuf, int off, int n) {
    throw new UnsupportedOperationException("readLine only");
  }
}
