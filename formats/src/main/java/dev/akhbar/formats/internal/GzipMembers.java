package dev.akhbar.formats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The inflated bytes of a gzip stream of one or more members (a {@code .gz} written in pieces, or a
 * per-record {@code .warc.gz}), member after member. Unlike a reader that gives up at the first
 * fault, it keeps what can be kept:
 *
 * <ul>
 *   <li>a member whose data is corrupt ends where the fault is: {@link #read} throws one {@link
 *       CorruptMember} (a reader of records can drop the record it was in), then goes on at the
 *       next member header;
 *   <li>bytes after the last member that are no gzip (junk, a truncated copy) end the data.
 * </ul>
 *
 * <p>What was skipped is kept, and {@link #close()} reports it as an {@link IOException} once
 * everything before and after was read: the input is said to have failed, its good data converted.
 *
 * <p>Not thread-safe.
 */
final class GzipMembers extends InputStream {
  /** A member whose deflate data or header is broken; reading goes on at the next member. */
  static final class CorruptMember extends IOException {
    private static final long serialVersionUID = 1L;

    CorruptMember(String message) {
      super(message);
    }
  }

  private final InputStream in;
  private final String name;
  private byte[] buf = new byte[1 << 16];

  /**
   * How much of the current member's compressed bytes are kept in the buffer, so that after a fault
   * the next header is searched for from the member's start (a member cut short is followed by the
   * next member's header, which the inflater has already taken in as data).
   */
  private static final int MAX_KEEP = 1 << 20;

  private int pos;
  private int limit;
  private boolean eof;

  /** Offset in the compressed input of {@code buf[0]}. */
  private long base;

  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private long memberStart = -1;
  private long memberSize;
  private boolean inMember;
  private boolean ended;
  private final List<String> problems = new ArrayList<>();

  /** The members of {@code in}, a stream that starts with a gzip header; closing closes it. */
  GzipMembers(InputStream in, String name) {
    this.in = in;
    this.name = name;
  }

  /** Problems named one by one; past them, counted. */
  private static final int NAMED_PROBLEMS = 20;

  private long moreProblems;

  private void problem(String what) {
    if (problems.size() < NAMED_PROBLEMS) {
      problems.add(what);
    } else {
      moreProblems++;
    }
  }

  private final byte[] one = new byte[1];

  @Override
  public int read() throws IOException {
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!ended) {
      if (!inMember && !startMember()) {
        ended = true;
        break;
      }
      int n = inflate(b, off, len);
      if (n > 0) {
        return n;
      }
    }
    return -1;
  }

  /** Inflates into {@code b}; 0 when the member ended (its trailer read). */
  private int inflate(byte[] b, int off, int len) throws IOException {
    try {
      while (true) {
        int n = inflater.inflate(b, off, len);
        if (n > 0) {
          crc.update(b, off, n);
          memberSize += n;
          return n;
        }
        if (inflater.finished()) {
          pos = limit - inflater.getRemaining();
          endMember();
          return 0;
        }
        if (inflater.needsDictionary()) {
          throw new DataFormatException("a preset dictionary, which gzip never has");
        }
        if (pos == limit || inflater.needsInput()) {
          pos = limit;
          if (!fill()) {
            return corrupt("the member is cut short at the end of the input", false);
          }
          inflater.setInput(buf, pos, limit - pos);
        }
      }
    } catch (DataFormatException e) {
      return corrupt("its data is corrupt (" + e.getMessage() + ")", true);
    }
  }

  /**
   * Records a broken member, moves to the next member header (or the end), and throws so that the
   * reader above knows the data it was in stops here.
   */
  private int corrupt(String why, boolean resync) throws IOException {
    long at = memberStart;
    // The next member is searched for from just after this one's header when its bytes are still
    // here (a member cut short runs into the next, whose header the inflater took as data); else
    // from where the inflater stopped.
    int stopped = Math.max(pos, limit - inflater.getRemaining());
    inMember = false;
    inflater.reset();
    String where = "the gzip member at byte " + at;
    if (resync) {
      pos = at >= base ? (int) (at - base) + 1 : Math.min(limit, stopped + 1);
      long skippedFrom = base + pos;
      if (seekHeader()) {
        problem(
            where + ": " + why + "; " + (base + pos - skippedFrom) + " bytes skipped to the next");
      } else {
        problem(where + ": " + why + "; no member after it");
      }
    } else {
      pos = stopped;
      problem(where + ": " + why);
      ended = true;
    }
    if (!stopAtCorruption) {
      // Text reads on: the lost stretch is said at close.
      return 0;
    }
    throw new CorruptMember(name + ": " + where + ": " + why);
  }

  private boolean stopAtCorruption;

  /**
   * Whether a corrupt member ends a read with a {@link CorruptMember} (for readers of records,
   * which drop the record it cut), rather than going on silently at the next member (text).
   */
  void stopAtCorruption(boolean stop) {
    stopAtCorruption = stop;
  }

  /** Reads the trailer of the member that just ended, checking its CRC and size. */
  private void endMember() throws IOException {
    inMember = false;
    long crcWant = 0;
    long sizeWant = 0;
    if (!ensure(8)) {
      problem("the gzip member at byte " + memberStart + " has no trailer");
      ended = true;
      return;
    }
    for (int k = 3; k >= 0; k--) {
      crcWant = crcWant << 8 | (buf[pos + k] & 0xFF);
      sizeWant = sizeWant << 8 | (buf[pos + 4 + k] & 0xFF);
    }
    if (crcWant != crc.getValue() || sizeWant != (memberSize & 0xFFFFFFFFL)) {
      // Corrupt data that still inflated may have run a few bytes on, taking the next member's
      // header for its trailer: reading goes on at that header. Only there: further back lie bytes
      // already inflated (read again, they could multiply the output) or gzip data stored inside
      // the member (a gzip-encoded page), which is no member.
      int next = pos;
      while (next + 3 <= pos + 8 && !isHeaderAt(next)) {
        next++;
      }
      if (next + 3 <= pos + 8) {
        problem(
            "the gzip member at byte "
                + memberStart
                + " fails its checksum and ran on into the header of the member at byte "
                + (base + next)
                + "; its data was kept, and that member read");
        pos = next;
        return;
      }
      problem("the gzip member at byte " + memberStart + " fails its checksum; its data was kept");
    }
    pos += 8;
  }

  /** The buffer index of the first member header in {@code [from, to)} of the input, or -1. */
  private int headerWithin(long from, long to) {
    for (long at = Math.max(from, base); at + 3 <= to; at++) {
      int i = (int) (at - base);
      if ((buf[i] & 0xFF) == 0x1F && (buf[i + 1] & 0xFF) == 0x8B && (buf[i + 2] & 0xFF) == 0x08) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Starts the member at {@link #pos}; false at the end of the input. Bytes that are no member
   * header are skipped to the next header, and said.
   */
  private boolean startMember() throws IOException {
    if (!ensure(1)) {
      return false;
    }
    if (!isHeaderAt()) {
      long from = base + pos;
      if (!seekHeader()) {
        problem(
            (base + pos - from)
                + " bytes after byte "
                + from
                + " are no gzip data; they were left out");
        return false;
      }
      problem(
          (base + pos - from) + " bytes at byte " + from + " are no gzip data; they were left out");
    }
    memberStart = base + pos;
    if (!skipHeader()) {
      problem("the gzip member at byte " + memberStart + " has a broken header");
      return false;
    }
    inflater.reset();
    crc.reset();
    memberSize = 0;
    inflater.setInput(buf, pos, limit - pos);
    inMember = true;
    return true;
  }

  private boolean isHeaderAt() throws IOException {
    return ensure(3) && isHeaderAt(pos);
  }

  /** Whether a member header's first three bytes stand at {@code buf[i]}. */
  private boolean isHeaderAt(int i) {
    return (buf[i] & 0xFF) == 0x1F && (buf[i + 1] & 0xFF) == 0x8B && (buf[i + 2] & 0xFF) == 0x08;
  }

  /** Moves {@link #pos} to the next member header; false (at the end) when there is none. */
  private boolean seekHeader() throws IOException {
    while (true) {
      if (!ensure(3)) {
        pos = limit;
        return false;
      }
      if (isHeaderAt()) {
        return true;
      }
      pos++;
    }
  }

  /** Passes the header at {@link #pos} (RFC 1952: fixed part, extra, name, comment, CRC). */
  private boolean skipHeader() throws IOException {
    if (!ensure(10)) {
      return false;
    }
    int flags = buf[pos + 3] & 0xFF;
    pos += 10;
    if ((flags & 4) != 0) {
      if (!ensure(2)) {
        return false;
      }
      int xlen = (buf[pos] & 0xFF) | (buf[pos + 1] & 0xFF) << 8;
      pos += 2;
      if (!skip(xlen)) {
        return false;
      }
    }
    for (int bit : new int[] {8, 16}) {
      if ((flags & bit) != 0) {
        // A zero-terminated name or comment.
        while (true) {
          if (!ensure(1)) {
            return false;
          }
          if (buf[pos++] == 0) {
            break;
          }
        }
      }
    }
    return (flags & 2) == 0 || skip(2);
  }

  private boolean skip(int n) throws IOException {
    int left = n;
    while (left > 0) {
      if (!ensure(1)) {
        return false;
      }
      int k = Math.min(left, limit - pos);
      pos += k;
      left -= k;
    }
    return true;
  }

  /**
   * At least {@code n} (at most 16) unread bytes in the buffer; false where the input ends first.
   */
  private boolean ensure(int n) throws IOException {
    while (limit - pos < n) {
      if (!fill()) {
        return false;
      }
    }
    return true;
  }

  /** Keeps the unread bytes, reads more; false at the end of the input. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int from = pos;
    if (inMember && memberStart >= base && base + pos - memberStart <= MAX_KEEP) {
      from = (int) (memberStart - base);
    }
    if (from > 0) {
      System.arraycopy(buf, from, buf, 0, limit - from);
      base += from;
      limit -= from;
      pos -= from;
    }
    if (limit == buf.length) {
      if (buf.length < MAX_KEEP + (1 << 16)) {
        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
      } else {
        // The member is longer than what is kept of it: its start is let go.
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        base += pos;
        limit -= pos;
        pos = 0;
      }
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }

  /** Closes the input; then reports what was skipped, if anything was. */
  private boolean closed;

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    inflater.end();
    in.close();
    if (!problems.isEmpty()) {
      throw new IOException(
          name
              + ": "
              + String.join("; ", problems)
              + (moreProblems > 0 ? "; and " + moreProblems + " more such places" : ""));
    }
  }
}
