package dev.akhbar.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.CharBuffer;

/**
 * Splits UTF-8 bytes into lines without decoding them first, so that a line can be decoded and
 * normalised in one pass ({@link NormalizerPass#utf8}). LF, CRLF and CR end a line, as in {@link
 * LineSource}; a line's bytes are {@link #bytes()}{@code [}{@link #start()}{@code , }{@link
 * #end()}{@code )}, without the terminator and, on line 1, without a byte-order mark.
 *
 * <p>{@link #chars()} decodes the current line exactly as {@link Utf8Reader} followed by {@link
 * LineSource} would (the same replacements for malformed bytes, the same cut at the line length
 * limit), for the lines the one-pass path leaves to the general one. A line too long for the
 * largest buffer (three bytes for each char the limit keeps, at most 16 MiB) ends this mode: {@link
 * #next()} returns false and {@link #rest()} reads the input from that line on as chars.
 *
 * <p>Not thread-safe.
 */
public final class Utf8Lines {
  private static final int MAX_BUFFER = 1 << 24;

  /** The buffer of a new reader, and the one it grows to once its input fills that. */
  private static final int FIRST_BUFFER = 1 << 12;

  private static final int FULL_BUFFER = 1 << 16;

  private final InputStream in;
  private final int maxLineLength;
  private final int maxBuffer;
  private byte[] buffer;
  private int pos;
  private int limit;
  private boolean eof;
  private final long firstLine;
  private long number;
  private int start;
  private int end;

  /** Whether the current line ended with a terminator (its first byte is at {@link #end}). */
  private boolean terminated;

  private char[] decoded = new char[256];
  private long dropped;
  private LineSource rest;

  /**
   * Lines of a UTF-8 stream, or of a piece of one that starts at line {@code firstLine}; lines
   * longer than {@code maxLineLength} chars are cut when decoded.
   */
  public Utf8Lines(InputStream in, int maxLineLength, long firstLine) {
    if (firstLine < 1) {
      throw new IllegalArgumentException("firstLine must be at least 1: " + firstLine);
    }
    this.in = in;
    this.maxLineLength = maxLineLength;
    this.maxBuffer = (int) Math.min(3L * maxLineLength + 4, MAX_BUFFER);
    // Small first: most files of a corpus are small, and a buffer is zeroed when it is made.
    this.buffer = new byte[Math.min(FIRST_BUFFER, maxBuffer)];
    this.number = firstLine - 1;
    this.firstLine = firstLine;
  }

  /** The buffer that holds the current line's bytes; valid until the next {@link #next()}. */
  public byte[] bytes() {
    return buffer;
  }

  /** Where the current line's bytes start in {@link #bytes()}. */
  public int start() {
    return start;
  }

  /** Where the current line's bytes end (exclusive) in {@link #bytes()}. */
  public int end() {
    return end;
  }

  /** The 1-based number of the current line. */
  public long number() {
    return number;
  }

  /**
   * The line ends read so far: the lines read, less the last one where the input ended without one.
   * Once {@link #next()} returned false at the end of the input, all of them.
   */
  public long lineEnds() {
    long lines = number - (firstLine - 1);
    return terminated || lines == 0 ? lines : lines - 1;
  }

  /**
   * Whether the current line may be longer than the limit in chars, so that only {@link #chars()}
   * can cut it.
   */
  public boolean mayBeTooLong() {
    return end - start > maxLineLength;
  }

  /**
   * Reads the next line; false at the end of the input, or where a line is too long for the buffer
   * ({@link #rest()} then goes on from it).
   */
  public boolean next() throws IOException {
    int scan = pos;
    while (true) {
      byte[] b = buffer;
      int l = limit;
      int t = LineEnds.indexOf(b, scan, l);
      if (t < l && (b[t] == '\n' || t + 1 < l || eof)) {
        start = pos;
        end = t;
        terminated = true;
        pos = b[t] == '\r' && t + 1 < l && b[t + 1] == '\n' ? t + 2 : t + 1;
        return line();
      }
      if (t == l && eof) {
        if (pos == limit) {
          return false;
        }
        start = pos;
        end = limit;
        terminated = false;
        pos = limit;
        return line();
      }
      // A line (or a CR whose LF may follow) runs past the bytes read so far: read more.
      int scanned = t - pos;
      if (!more()) {
        rest =
            new LineSource(
                new Utf8Reader(
                    new SequenceInputStream(
                        new ByteArrayInputStream(buffer, pos, limit - pos), in)),
                maxLineLength,
                number + 1);
        pos = limit;
        return false;
      }
      scan = pos + scanned;
    }
  }

  private boolean line() {
    number++;
    if (number == 1
        && end - start >= 3
        && buffer[start] == (byte) 0xEF
        && buffer[start + 1] == (byte) 0xBB
        && buffer[start + 2] == (byte) 0xBF) {
      // The byte-order mark, dropped at the start of the input only.
      start += 3;
    }
    return true;
  }

  /**
   * Moves the unread bytes to the front and reads more, growing the buffer when they fill it. False
   * when the buffer cannot grow: the current line is too long for this mode.
   */
  private boolean more() throws IOException {
    boolean filledLastTime = limit == buffer.length;
    if (pos > 0) {
      System.arraycopy(buffer, pos, buffer, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    if (filledLastTime && buffer.length < FULL_BUFFER && limit < buffer.length) {
      // A large input: reads of the full size from here on.
      buffer = java.util.Arrays.copyOf(buffer, Math.min(FULL_BUFFER, maxBuffer));
    }
    if (limit == buffer.length) {
      if (buffer.length >= maxBuffer) {
        return false;
      }
      byte[] bigger = new byte[(int) Math.min((long) buffer.length * 2, maxBuffer)];
      System.arraycopy(buffer, 0, bigger, 0, limit);
      buffer = bigger;
    }
    int n = in.read(buffer, limit, buffer.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
    return true;
  }

  /**
   * The current line decoded, cut at the length limit; a view valid until the next call. The
   * terminator is decoded with the line, so that malformed bytes before it are replaced exactly as
   * in a decoded stream, and then left out.
   */
  public CharBuffer chars() throws IOException {
    int to = terminated ? end + 1 : end;
    Utf8Reader reader =
        new Utf8Reader(new ByteArrayInputStream(buffer, start, to - start), to - start + 4);
    int n = 0;
    while (true) {
      if (n == decoded.length) {
        char[] bigger = new char[decoded.length * 2];
        System.arraycopy(decoded, 0, bigger, 0, n);
        decoded = bigger;
      }
      int r = reader.read(decoded, n, decoded.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    if (terminated) {
      n--;
    }
    dropped = Math.max(0, n - maxLineLength);
    return CharBuffer.wrap(decoded, 0, n - (int) dropped);
  }

  /** How many chars of the current line {@link #chars()} cut off at the limit. */
  public long dropped() {
    return dropped;
  }

  /**
   * After {@link #next()} returned false for a line too long: the lines from it on, as chars; else
   * null.
   */
  public LineSource rest() {
    return rest;
  }
}
