package dev.akhbar.spi;

import dev.akhbar.internal.Chars;
import dev.akhbar.internal.LineEnds;
import dev.akhbar.internal.LineSource;
import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;

/**
 * The lines of a character stream as every reader of this library counts them: LF, CRLF and CR each
 * end a line; a byte-order mark at the start of an input is dropped; a line longer than the limit
 * is cut there, and how much was cut is told.
 *
 * <p>The current line is a view valid until the next call to {@link #next()}. Not thread-safe.
 */
public final class LineReader {
  private final LineSource lines;

  /**
   * The lines of a reader that holds an input, or a piece of one starting at line {@code firstLine}
   * (1-based), each cut at {@code maxLineLength} chars.
   *
   * @throws IllegalArgumentException if {@code firstLine} is below 1
   */
  public LineReader(Reader reader, int maxLineLength, long firstLine) {
    this.lines = new LineSource(reader, maxLineLength, firstLine);
  }

  /** Moves to the next line; false at the end of the input. */
  public boolean next() throws IOException {
    return lines.next();
  }

  /** The current line, without its line end, cut at the limit. */
  public CharBuffer line() {
    return lines.line();
  }

  /** The current line's number, 1-based. */
  public long number() {
    return lines.number();
  }

  /** How many chars of the current line were beyond the limit and dropped; 0 for most lines. */
  public long dropped() {
    return lines.dropped;
  }

  /** The line ends read so far; once {@link #next()} returned false, all of the input's. */
  public long lineEnds() {
    return lines.lineEnds();
  }

  /**
   * Whether a text is blank to the parser: white space, invisible format characters and controls
   * only.
   */
  public static boolean isBlank(CharSequence text) {
    return Chars.isBlank(text);
  }

  /**
   * The index of the first LF or CR byte in {@code b[from, to)}, or {@code to}: for readers that
   * find lines in bytes (ASCII-compatible encodings), eight bytes at a time.
   */
  public static int indexOfLineEnd(byte[] b, int from, int to) {
    return LineEnds.indexOf(b, from, to);
  }

  /**
   * How many line ends lie in {@code b[from, to)}: LF bytes, and CR bytes not followed by an LF. A
   * CR in the last byte is not counted, since the byte after it is not here: the caller looks at
   * that byte.
   */
  public static long countLineEnds(byte[] b, int from, int to) {
    return LineEnds.count(b, from, to);
  }

  /**
   * Counts line ends in text read one char at a time, as this reader counts them. Not thread-safe.
   */
  public static final class Counter {
    private final LineEnds.Counter counter = new LineEnds.Counter();

    /** A counter that has seen nothing. */
    public Counter() {}

    /** Takes the next char. */
    public void accept(char c) {
      counter.accept(c);
    }

    /** The line ends seen so far. */
    public long count() {
      return counter.count();
    }
  }
}
