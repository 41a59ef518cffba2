package dev.akhbar.formats.parallel;

import dev.akhbar.spi.LineReader;
import java.io.IOException;
import java.io.InputStream;

/**
 * Lines of bytes with their offsets, counting line ends as {@code LineSource} does: LF, CRLF and CR
 * each end one line. A line end's position is that of its last byte, so that an end split across
 * two ranges (CR at the end of one, LF at the start of the next) is counted once.
 */
final class LineScanner {
  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private final long limit;
  private final int maxBytes;
  private int pos;
  private int filled;
  private long base;
  private byte[] line = new byte[256];
  private int lineLength;
  private final int maxLineLength;
  long lineEnds;
  long lineEndsBeforeLimit;

  LineScanner(InputStream in, long base, long limit, int maxLineLength) {
    this.in = in;
    this.base = base;
    this.limit = limit;
    this.maxLineLength = maxLineLength;
    // Enough bytes for maxLineLength chars in any of the encodings read (UTF-8: at most 3 bytes a
    // char).
    this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 16, 3L * maxLineLength + 3);
  }

  long offset() {
    return base + pos;
  }

  int next() throws IOException {
    if (pos == filled && !fill()) {
      return -1;
    }
    return buffer[pos++] & 0xFF;
  }

  int peek() throws IOException {
    if (pos == filled && !fill()) {
      return -1;
    }
    return buffer[pos] & 0xFF;
  }

  private boolean fill() throws IOException {
    base += filled;
    pos = 0;
    filled = 0;
    int n = in.readNBytes(buffer, 0, buffer.length);
    filled = Math.max(n, 0);
    return filled > 0;
  }

  /** Reads a line into the line buffer; false at the end of input. */
  boolean readLine() throws IOException {
    lineLength = 0;
    return scanLine();
  }

  /**
   * Skips the rest of the current line, but not past the limit: a line that runs past it is left at
   * the limit (false), so that a probe reads no further than its own range however long the line,
   * and probing every range of a file stays linear.
   */
  boolean skipLine() throws IOException {
    while (true) {
      if (pos == filled && !fill()) {
        return false;
      }
      // Looked for eight bytes at a time, only up to the limit.
      int stop = (int) Math.min(filled, Math.max(pos, limit - base));
      pos = LineReader.indexOfLineEnd(buffer, pos, stop);
      if (pos == stop) {
        if (base + stop >= limit) {
          return false;
        }
        continue;
      }
      if (endsLine(buffer[pos++] & 0xFF)) {
        return true;
      }
    }
  }

  /** Whether byte {@code b}, just read, ends the line (LF, CR, or CR and the LF after it). */
  private boolean endsLine(int b) throws IOException {
    if (b == '\n') {
      ended(offset() - 1);
      return true;
    }
    if (b == '\r') {
      if (peek() == '\n') {
        pos++;
      }
      ended(offset() - 1);
      return true;
    }
    return false;
  }

  private boolean scanLine() throws IOException {
    boolean any = false;
    while (true) {
      if (pos == filled && !fill()) {
        return any;
      }
      any = true;
      int b = buffer[pos++] & 0xFF;
      if (endsLine(b)) {
        return true;
      }
      if (lineLength < maxBytes) {
        if (lineLength == line.length) {
          line = java.util.Arrays.copyOf(line, (int) Math.min((long) line.length * 2, maxBytes));
        }
        line[lineLength++] = (byte) b;
      }
    }
  }

  /**
   * Counts the line ends before the limit from here (a line start) on, a buffer at a time rather
   * than a line at a time: what most of a probe's time goes to. Reads one byte past the limit when
   * a CR stands just before it, to see whether it ends a line there or with the LF after.
   */
  void countToLimit() throws IOException {
    while (offset() < limit) {
      if (pos == filled && !fill()) {
        return;
      }
      int to = (int) Math.min(filled, limit - base);
      lineEndsBeforeLimit += LineReader.countLineEnds(buffer, pos, to);
      // A CR in the last byte is left out of that count: whether it ends a line depends on the next
      // byte.
      boolean cr = to > pos && buffer[to - 1] == '\r';
      pos = to;
      if (cr && peek() != '\n') {
        lineEndsBeforeLimit++;
      }
    }
  }

  private void ended(long position) {
    lineEnds++;
    if (position < limit) {
      lineEndsBeforeLimit++;
    }
  }

  /**
   * Whether the line read last holds nothing but spaces and tabs: blank to the parser, without
   * decoding it.
   */
  boolean isBlank() {
    for (int i = 0; i < lineLength; i++) {
      if (line[i] != ' ' && line[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * The line read last, decoded as the whole-input reader decodes it, cut to the line length limit.
   */
  String decode(Decoder decoder) {
    String text = decoder.decode(line, 0, lineLength);
    return text.length() > maxLineLength ? text.substring(0, maxLineLength) : text;
  }

  /** Decodes the bytes of a line, malformed ones replaced. */
  @FunctionalInterface
  interface Decoder {
    /** Bytes {@code from} to {@code to} of {@code b} as text. */
    String decode(byte[] b, int from, int to);
  }
}
