package dev.akhbar.formats.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Where reading goes on after a WARC record that cannot be parsed (a header line that is none, a
 * wrong length, a gzip member that inflates into garbage): at the next line that opens a record,
 * {@code WARC/1.0} or {@code WARC/1.1}, past the broken record's own first line. The bytes passed
 * over are kept, up to a bound, for the warning that says so. Stateless.
 */
final class WarcResync {
  private WarcResync() {}

  /**
   * What a scan found.
   *
   * @param next the offset of the next record, or -1 when the input ended first
   * @param passed the bytes passed over, from where the scan started to {@code next} or the end
   * @param kept the first of them, up to the bound given
   */
  record Found(long next, long passed, byte[] kept) {}

  /** The longest record start: {@code WARC/1.0} and CRLF. */
  private static final int MAGIC = 10;

  /**
   * Scans {@code recent} from {@code from} (where the broken record starts, as far as it is known;
   * moved into what {@code recent} still holds) for the next record's start, past the first byte
   * that is no line end; keeps at most {@code keep} of the bytes passed over. A gzip member that
   * breaks on the way is passed over too (its stream goes on at the next member). Leaves {@code
   * recent} at the next record, or at the end.
   */
  static Found scan(RecentBytes recent, long from, int keep) throws IOException {
    long start = Math.max(recent.oldest(), Math.min(from, recent.end()));
    recent.seek(start);
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    // The broken record's own first byte that is no line end: a record start must come after it.
    long head = -1;
    byte[] last = new byte[MAGIC];
    long at = start;
    while (true) {
      int b;
      try {
        b = recent.read();
      } catch (GzipMembers.CorruptMember e) {
        continue;
      }
      if (b < 0) {
        return new Found(-1, at - start, kept.toByteArray());
      }
      System.arraycopy(last, 1, last, 0, MAGIC - 1);
      last[MAGIC - 1] = (byte) b;
      at++;
      if (kept.size() < keep) {
        kept.write(b);
      }
      if (head < 0 && b != '\r' && b != '\n') {
        head = at - 1;
      }
      int length = b == '\n' ? magicLength(last) : 0;
      if (length > 0 && at - length > head) {
        long next = at - length;
        recent.seek(next);
        byte[] bytes = kept.toByteArray();
        int n = (int) Math.min(bytes.length, next - start);
        return new Found(next, next - start, java.util.Arrays.copyOf(bytes, n));
      }
    }
  }

  /**
   * The length of the record start that {@code last} ends with ({@code WARC/1.x} and CRLF or LF),
   * or 0.
   */
  private static int magicLength(byte[] last) {
    int lf = MAGIC - 1;
    int end = last[lf - 1] == '\r' ? lf - 1 : lf;
    int begin = end - 8;
    if (begin < 0
        || last[begin] != 'W'
        || last[begin + 1] != 'A'
        || last[begin + 2] != 'R'
        || last[begin + 3] != 'C'
        || last[begin + 4] != '/'
        || last[begin + 5] != '1'
        || last[begin + 6] != '.'
        || last[begin + 7] < '0'
        || last[begin + 7] > '9') {
      return 0;
    }
    return MAGIC - begin;
  }
}
