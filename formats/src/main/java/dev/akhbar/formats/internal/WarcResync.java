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
   * @param passed the bytes passed over, from where the broken record starts to {@code next} or the
   *     end
   * @param lost the first of them, no longer held when the scan began (a header longer than what is
   *     held), neither kept nor scanned
   * @param kept the first of the rest, up to the bound given
   */
  record Found(long next, long passed, long lost, byte[] kept) {}

  /** The longest record start: {@code WARC/1.0} and CRLF. */
  private static final int MAGIC = 10;

  /**
   * Scans {@code recent} from {@code from}, where the broken record starts, for the next record's
   * start; keeps at most {@code keep} of the bytes passed over. A record starts at a line that
   * reads {@code WARC/1.x}: past the broken record's own first byte that is no line end, or at it
   * when line ends come before it (an extra blank line after the record before); and right after a
   * gzip member that broke on the way (its stream goes on at the next member), or anywhere once
   * binary data was passed over (garbage ends on no line end). Inside a line of text, {@code
   * WARC/1.x} and a line end start a record where the line does not open as a header line does
   * ({@link #isHeaderLine}) and the line after it opens a header ({@link #opensHeader}): a file cut
   * short and another written after it, the cut falling inside a line. A header value that reads
   * {@code WARC/1.0} is no record: each such start read on would make jwarc parse the same header
   * again. Reads in blocks and leaves {@code recent} at the next record, or at the end.
   */
  static Found scan(RecentBytes recent, long from, int keep) throws IOException {
    return scan(recent, from, keep, Long.MAX_VALUE, false);
  }

  /**
   * The start of a record inside the bytes {@code [from, until)} of {@code recent}, past the first
   * line: a record start there that opens a header ({@link #opensHeader}), or -1. For a record
   * whose end is not where its length says: cut short, and another record written after the cut.
   * Leaves {@code recent} where it is.
   */
  static long startInside(RecentBytes recent, long from, long until) throws IOException {
    long position = recent.position();
    Found f = scan(recent, from, 0, until, true);
    recent.seek(position);
    return f.next();
  }

  /**
   * The scan; {@code strict}: only record starts whose next line opens a header count, and only in
   * what was held when it began; the scan ends at the first line end past {@code until}.
   */
  private static Found scan(RecentBytes recent, long from, int keep, long until, boolean strict)
      throws IOException {
    long start = Math.max(recent.oldest(), Math.min(from, recent.end()));
    long lost = Math.max(0, start - from);
    recent.seek(start);
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    // The broken record's own first byte that is no line end, and whether line ends came first.
    long head = -1;
    boolean blankFirst = false;
    // Where a record may start: after a line end, at the scan's start, after a broken member; and
    // anywhere once the bytes passed over hold binary data (a control char), which no header does.
    long lineStart = start;
    boolean binary = false;
    byte[] last = new byte[MAGIC];
    byte[] block = new byte[8192];
    long at = start;
    // Where the current line begins; and a record start inside a line, or at one when strict,
    // waiting for the line after it to be read.
    long lineBegin = start;
    long pending = -1;
    long pendingLine = -1;
    long held = recent.end();
    while (true) {
      int n;
      try {
        n = strict && at >= held ? -1 : recent.read(block, 0, block.length);
      } catch (GzipMembers.CorruptMember e) {
        lineStart = at;
        continue;
      }
      if (n < 0) {
        return new Found(-1, lost + (at - start), lost, kept.toByteArray());
      }
      for (int k = 0; k < n; k++) {
        byte b = block[k];
        System.arraycopy(last, 1, last, 0, MAGIC - 1);
        last[MAGIC - 1] = b;
        at++;
        if (kept.size() < keep) {
          kept.write(b);
        }
        boolean lineEnd = b == '\n' || b == '\r';
        binary |= head >= 0 && ((b >= 0 && b < 0x20 && b != '\t' && !lineEnd) || b == 0x7F);
        if (head < 0 && !lineEnd) {
          head = at - 1;
          blankFirst = head > start;
        }
        if (b == '\n' && pending >= 0) {
          // The start itself still held: a next line as long as what is held moved past it.
          if (pending >= recent.oldest() && opensHeader(recent, pendingLine, at - 1)) {
            return found(recent, start, pending, lost, kept);
          }
          pending = -1;
        }
        int length = b == '\n' ? magicLength(last) : 0;
        long next = at - length;
        if (length > 0 && (next > head || (next == head && blankFirst))) {
          boolean atLineStart =
              binary || next == lineStart || next == start || lineEndBefore(recent, next);
          if (atLineStart && !strict) {
            return found(recent, start, next, lost, kept);
          }
          if ((atLineStart || !isHeaderLine(recent, lineBegin, next))
              && (!strict || next < until)) {
            pending = next;
            pendingLine = at;
          }
        }
        if (b == '\n') {
          // At LF only: the CR of a CRLF is the line's, and the magic's own CR must not begin one.
          lineBegin = at;
          if (strict && at > until && pending < 0) {
            return new Found(-1, lost + (at - start), lost, new byte[0]);
          }
        }
      }
    }
  }

  /** What a scan found: the record at {@code next}, and the bytes before it kept. */
  private static Found found(
      RecentBytes recent, long start, long next, long lost, ByteArrayOutputStream kept) {
    recent.seek(next);
    byte[] bytes = kept.toByteArray();
    int m = (int) Math.min(bytes.length, next - start);
    return new Found(next, lost + (next - start), lost, java.util.Arrays.copyOf(bytes, m));
  }

  /**
   * Whether the line {@code [from, to)} opens a record's header: {@code WARC-} or {@code Content-}
   * (either case), a name and a colon, as every WARC writer's first header line does ({@code
   * WARC-Type: response}).
   */
  private static boolean opensHeader(RecentBytes recent, long from, long to) {
    if (from < recent.oldest()) {
      return false;
    }
    int prefix = 0;
    for (String opening : OPENINGS) {
      if (startsWith(recent, from, to, opening)) {
        prefix = opening.length();
        break;
      }
    }
    return prefix > 0 && nameAndColon(recent, from + prefix, to);
  }

  private static final String[] OPENINGS = {"warc-", "content-"};

  private static boolean startsWith(RecentBytes recent, long from, long to, String opening) {
    if (to - from < opening.length()) {
      return false;
    }
    for (int k = 0; k < opening.length(); k++) {
      if (Character.toLowerCase(recent.byteAt(from + k)) != opening.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code [from, to)}, the text before a record start inside a line, may be part of a
   * header, which jwarc would read on through: a line that opens with a name and a colon (white
   * space allowed before it), or with white space (a folded header line). A start inside such a
   * line is none, so that no header is parsed again from each of its lines. Where the line began
   * before what is held, it is no header line (no header is that long).
   */
  private static boolean isHeaderLine(RecentBytes recent, long from, long to) {
    if (from < recent.oldest()) {
      return false;
    }
    return (from < to && (recent.byteAt(from) == ' ' || recent.byteAt(from) == '\t'))
        || nameAndColon(recent, from, to);
  }

  /**
   * Whether {@code [from, to)} begins with a header name (one char or more) and a colon, white
   * space allowed between them.
   */
  private static boolean nameAndColon(RecentBytes recent, long from, long to) {
    long p = from;
    while (p < to && isTokenChar(recent.byteAt(p))) {
      p++;
    }
    if (p == from) {
      return false;
    }
    while (p < to && (recent.byteAt(p) == ' ' || recent.byteAt(p) == '\t')) {
      p++;
    }
    return p < to && recent.byteAt(p) == ':';
  }

  /** A char of a header name (RFC 9110's token). */
  private static boolean isTokenChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }

  /** Whether the byte before {@code offset} is an LF, where it is still held. */
  private static boolean lineEndBefore(RecentBytes recent, long offset) {
    return offset - 1 >= recent.oldest() && recent.byteAt(offset - 1) == '\n';
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
