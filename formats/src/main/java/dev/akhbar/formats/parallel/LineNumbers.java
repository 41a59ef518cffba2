package dev.akhbar.formats.parallel;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Where a {@link FragmentWriter} wrote the input line numbers of a fragment of JSON output (every
 * {@code line} and {@code lastLine} above 0), so that the fragment can be written with its numbers
 * shifted: {@link #shifting} adds the number of lines before the fragment to each.
 *
 * <p>Why: the piece of a large input read by {@link PieceReader#readUnshifted} numbers its lines
 * from 1, so that it converts without first counting the line ends of the pieces before it; whoever
 * joins the fragments in input order knows that count by then ({@link PieceReader#firstLine}) and
 * shifts the numbers as it copies. The output is byte for byte that of the whole input converted in
 * one go.
 *
 * <p>Safe for one thread that writes the fragment and one that shifts it at the same time, as the
 * fragment comes: a number is recorded before its digits leave the writer, so by the time the
 * shifting thread is handed those bytes (through anything that orders the two threads, such as a
 * lock or a queue) it sees the number.
 */
public final class LineNumbers {
  /** The output offset just past each number's last digit, ascending. */
  private long[] ends = new long[256];

  private long[] values = new long[256];

  /**
   * Written after the entries below it (and after the arrays, when they grow), so that a reader
   * that reads it first sees them: the one volatile field is the whole of the publication.
   */
  private volatile int size;

  /**
   * An empty record, to pass to {@link FragmentWriter#of(java.io.OutputStream,
   * dev.akhbar.formats.options.OutputFormat, LineNumbers)}.
   */
  public LineNumbers() {}

  /** Records that {@code value}'s decimal digits end at output offset {@code end}. */
  void add(long end, long value) {
    int n = size;
    long[] e = ends;
    long[] v = values;
    if (n == e.length) {
      e = Arrays.copyOf(e, n * 2);
      v = Arrays.copyOf(v, n * 2);
      ends = e;
      values = v;
    }
    e[n] = end;
    v[n] = value;
    size = n + 1;
  }

  /** How many line numbers were recorded. */
  public int size() {
    return size;
  }

  /**
   * Empties the record for the next fragment, keeping its arrays: a runner that joins many
   * fragments reuses a few records instead of growing new arrays for each, which would live until
   * their fragment is joined and so be copied by the collector. Call it only once the fragment's
   * writer and its {@link #shifting} stream are both done with it.
   */
  public void clear() {
    size = 0;
  }

  /**
   * A stream that writes the fragment's bytes, given from its first byte on in any chunks, to
   * {@code out} with {@code linesBefore} added to every recorded line number. Closing it flushes
   * {@code out} and leaves it open.
   */
  public OutputStream shifting(OutputStream out, long linesBefore) {
    if (linesBefore < 0) {
      throw new IllegalArgumentException("linesBefore must be >= 0: " + linesBefore);
    }
    return new Shifting(out, linesBefore);
  }

  private static int digits(long value) {
    int n = 1;
    for (long v = value; v >= 10; v /= 10) {
      n++;
    }
    return n;
  }

  private final class Shifting extends FilterOutputStream {
    private final long shift;
    private final byte[] digits = new byte[20];

    /** Offset in the fragment of the next byte given. */
    private long position;

    /** The next recorded number. */
    private int next;

    Shifting(OutputStream out, long shift) {
      super(out);
      this.shift = shift;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      while (len > 0) {
        if (shift == 0 || next == size) {
          out.write(b, off, len);
          position += len;
          return;
        }
        // Read after size: the arrays hold every entry below it.
        long end = ends[next];
        long value = values[next];
        long start = end - digits(value);
        if (position < start) {
          int n = (int) Math.min(len, start - position);
          out.write(b, off, n);
          position += n;
          off += n;
          len -= n;
          continue;
        }
        if (position == start) {
          writeNumber(value + shift);
        }
        // The old digits, which may come in more than one chunk, are passed over.
        int n = (int) Math.min(len, end - position);
        position += n;
        off += n;
        len -= n;
        if (position == end) {
          next++;
        }
      }
    }

    private void writeNumber(long value) throws IOException {
      int n = digits(value);
      for (int i = n - 1; i >= 0; i--) {
        digits[i] = (byte) ('0' + value % 10);
        value /= 10;
      }
      out.write(digits, 0, n);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
