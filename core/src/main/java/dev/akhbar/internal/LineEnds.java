package dev.akhbar.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * What ends a line, for every reader of this library: LF, CRLF and CR each end one line (a CR
 * followed by an LF is one line end, not two). Byte scanners for the line readers of bytes, a char
 * scanner for those of chars, and a counter for readers that see one char at a time.
 */
public final class LineEnds {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  private LineEnds() {}

  /** Whether a char or byte is LF or CR. */
  public static boolean isLineEnd(int c) {
    return c == '\n' || c == '\r';
  }

  /** The index of the first LF or CR in {@code b[from, to)}, or {@code to}. */
  public static int indexOf(char[] b, int from, int to) {
    int i = from;
    while (i < to && b[i] != '\n' && b[i] != '\r') {
      i++;
    }
    return i;
  }

  /**
   * The index of the first LF or CR byte in {@code b[from, to)}, or {@code to}. Eight bytes at a
   * time: a byte equal to the one sought is a zero byte after XOR, and {@code (x - ONES) & ~x &
   * HIGHS} marks the first zero byte of {@code x} exactly (marks above it may be false, so only the
   * lowest is used). Lines are long, so this is most of what finding them costs.
   */
  public static int indexOf(byte[] b, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long x = (long) LONGS.get(b, i);
      long lf = x ^ (ONES * '\n');
      long cr = x ^ (ONES * '\r');
      long found = (((lf - ONES) & ~lf) | ((cr - ONES) & ~cr)) & HIGHS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    while (i < to && b[i] != '\n' && b[i] != '\r') {
      i++;
    }
    return i;
  }

  private static final long LOWS7 = 0x7F7F7F7F7F7F7F7FL;

  /**
   * A mark (0x80) in each byte of {@code x} that is zero, and in no other: exact, unlike the borrow
   * trick above.
   */
  private static long zeroBytes(long x) {
    return ~(((x & LOWS7) + LOWS7) | x | LOWS7);
  }

  /**
   * How many line ends lie in {@code b[from, to)}: LF bytes, and CR bytes not followed by an LF. A
   * CR in the last byte is not counted, since the byte after it is not here: the caller looks at
   * that byte. Eight bytes at a time: the marks of LF and CR bytes are counted, and a CR's mark is
   * dropped where the next byte's LF mark, shifted down one byte, meets it.
   */
  public static long count(byte[] b, int from, int to) {
    long count = 0;
    int i = from;
    // Whether the byte before i is a CR not yet counted (it waits to see whether an LF follows).
    boolean crBefore = false;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long x = (long) LONGS.get(b, i);
      long lf = zeroBytes(x ^ (ONES * '\n'));
      count += Long.bitCount(lf);
      long c = x ^ (ONES * '\r');
      // Most text has no CR: the borrow test (which may over-report, never under) skips the rest.
      if ((((c - ONES) & ~c & HIGHS) != 0) | crBefore) {
        long cr = zeroBytes(c);
        if (crBefore && (lf & 0x80L) == 0) {
          count++;
        }
        // A CR in bytes 0-6 ends a line unless byte k + 1 is an LF; byte 7's CR waits for the next
        // word.
        count += Long.bitCount(cr & ~(lf >>> 8) & 0x0080808080808080L);
        crBefore = cr < 0;
      }
    }
    for (; i < to; i++) {
      if (crBefore && b[i] != '\n') {
        count++;
      }
      if (b[i] == '\n') {
        count++;
      }
      crBefore = b[i] == '\r';
    }
    return count;
  }

  /** Counts line ends in text seen one char at a time. Not thread-safe. */
  public static final class Counter {
    private long count;
    private boolean cr;

    /** Takes the next char. */
    public void accept(char c) {
      if (c == '\n') {
        if (!cr) {
          count++;
        }
      } else if (c == '\r') {
        count++;
      }
      cr = c == '\r';
    }

    /** The line ends seen so far. */
    public long count() {
      return count;
    }
  }
}
