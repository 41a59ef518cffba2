package dev.akhbar.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits a character stream into lines: LF, CRLF and CR all end a line; a byte-order mark at the
 * start is dropped. Lines longer than the limit are cut, and the cut is reported.
 *
 * <p>Reads through its own buffer, so the reader need not be buffered. Not thread-safe.
 */
public final class LineSource {
  private final Reader reader;
  private final int maxLineLength;
  private final char[] buffer = new char[16384];
  private int pos;
  private int limit;
  private boolean eof;
  private boolean pendingCr;
  private boolean first = true;
  private int number;
  /** The current line's text, without its terminator. */
  public final StringBuilder text = new StringBuilder(256);
  /** How many chars of the current line were beyond the limit and dropped. */
  public long dropped;

  /** Lines of a reader, each cut at {@code maxLineLength} chars. */
  public LineSource(Reader reader, int maxLineLength) {
    this.reader = reader;
    this.maxLineLength = maxLineLength;
  }

  /** The 1-based number of the current line. */
  public int number() {
    return number;
  }

  /** Reads the next line into {@link #text}; false at the end of input. */
  public boolean next() throws IOException {
    text.setLength(0);
    dropped = 0;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        if (eof || !fill()) {
          if (any) {
            number++;
            return true;
          }
          return false;
        }
      }
      char c = buffer[pos++];
      if (first) {
        first = false;
        if (c == '\uFEFF') {
          continue;
        }
      }
      if (pendingCr) {
        pendingCr = false;
        if (c == '\n') {
          continue;
        }
      }
      if (c == '\n' || c == '\r') {
        pendingCr = c == '\r';
        number++;
        return true;
      }
      any = true;
      if (text.length() < maxLineLength) {
        text.append(c);
      } else {
        dropped++;
      }
    }
  }

  private boolean fill() throws IOException {
    int n = reader.read(buffer, 0, buffer.length);
    if (n <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }
}
