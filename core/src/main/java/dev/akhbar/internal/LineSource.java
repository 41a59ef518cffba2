package dev.akhbar.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;

/**
 * Splits a character stream into lines: LF, CRLF and CR all end a line; a byte-order mark at the
 * start is dropped. Lines longer than the limit are cut, and the cut is reported.
 *
 * <p>The current line is a view ({@link #line()}) into the read buffer when it lies in one buffer,
 * so a line is not copied before it is used; a line that spans two reads is gathered in a buffer of
 * its own. The view is valid until the next call to {@link #next()}.
 *
 * <p>Reads through its own buffer, so the reader need not be buffered. Not thread-safe.
 */
public final class LineSource {
  private final Reader reader;
  private final int maxLineLength;
  private final char[] buffer = new char[1 << 16];
  private final CharBuffer bufferView = CharBuffer.wrap(buffer);
  private char[] spill = new char[256];
  private CharBuffer spillView = CharBuffer.wrap(spill);
  private int pos;
  private int limit;
  private boolean eof;
  private boolean pendingCr;
  private boolean first;
  private final long firstLine;
  private long number;

  /** Whether the current line ended with a terminator, not with the end of the input. */
  private boolean terminated;

  private CharBuffer line = CharBuffer.allocate(0);

  /** How many chars of the current line were beyond the limit and dropped. */
  public long dropped;

  /** Lines of a reader, each cut at {@code maxLineLength} chars. */
  public LineSource(Reader reader, int maxLineLength) {
    this(reader, maxLineLength, 1);
  }

  /**
   * Lines of a reader that holds a piece of a larger input starting at line {@code firstLine}:
   * lines are numbered from there, and a byte-order mark is dropped only at line 1, the start of
   * the whole input.
   */
  public LineSource(Reader reader, int maxLineLength, long firstLine) {
    if (firstLine < 1) {
      throw new IllegalArgumentException("firstLine must be at least 1: " + firstLine);
    }
    this.reader = reader;
    this.maxLineLength = maxLineLength;
    this.number = firstLine - 1;
    this.firstLine = firstLine;
    this.first = firstLine == 1;
  }

  /**
   * The line ends read so far: the lines read, less the last one where the input ended without one.
   * Once {@link #next()} returned false, all of them.
   */
  public long lineEnds() {
    long lines = number - (firstLine - 1);
    return terminated || lines == 0 ? lines : lines - 1;
  }

  /** The 1-based number of the current line. */
  public long number() {
    return number;
  }

  /** The current line without its terminator, as a view valid until the next {@link #next()}. */
  public CharBuffer line() {
    return line;
  }

  /** Reads the next line; false at the end of input. */
  public boolean next() throws IOException {
    dropped = 0;
    int spilled = 0;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        if (eof || !fill()) {
          if (any) {
            number++;
            terminated = false;
            line = spillView.limit(spilled).position(0);
            return true;
          }
          return false;
        }
      }
      if (first) {
        first = false;
        if (buffer[pos] == '\uFEFF') {
          pos++;
          continue;
        }
      }
      if (pendingCr) {
        pendingCr = false;
        if (buffer[pos] == '\n') {
          pos++;
          continue;
        }
      }
      int start = pos;
      pos = LineEnds.indexOf(buffer, pos, limit);
      int length = pos - start;
      if (pos < limit && !any) {
        // The whole line is in the buffer: hand out a view of it.
        int kept = Math.min(length, maxLineLength);
        dropped = length - kept;
        line = bufferView.limit(start + kept).position(start);
        endLine();
        return true;
      }
      // The line runs past the end of the buffer: gather it.
      any = true;
      int kept = Math.max(0, Math.min(length, maxLineLength - spilled));
      ensureSpill(spilled + kept);
      System.arraycopy(buffer, start, spill, spilled, kept);
      spilled += kept;
      dropped += length - kept;
      if (pos < limit) {
        line = spillView.limit(spilled).position(0);
        endLine();
        return true;
      }
    }
  }

  private void endLine() {
    pendingCr = buffer[pos] == '\r';
    pos++;
    number++;
    terminated = true;
  }

  private void ensureSpill(int size) {
    if (size > spill.length) {
      char[] bigger = new char[Math.max(size, spill.length * 2)];
      System.arraycopy(spill, 0, bigger, 0, spill.length);
      spill = bigger;
      spillView = CharBuffer.wrap(spill);
    }
  }

  private boolean fill() throws IOException {
    // A view handed out for the previous line must not see the buffer change under it; the
    // caller is done with it once it asks for the next line.
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
