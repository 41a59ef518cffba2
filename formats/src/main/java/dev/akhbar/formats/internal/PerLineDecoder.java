package dev.akhbar.formats.internal;

import dev.akhbar.spi.LineDecodings;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a dump whose lines may be in different encodings into UTF-8, line by line, as
 * {@link LineCharsets} decides: a line that is valid UTF-8 in a UTF-8 file passes through as it is
 * (the common case: one scan, one copy); any other line is decoded as decided and written back as
 * UTF-8. Lines read in another encoding than the file's guess go to a {@link LineDecodings}.
 *
 * <p>A line longer than {@link #WINDOW} bytes is decided a stretch at a time (stretches cut between
 * UTF-8 sequences, counted from the line's start), so memory stays bounded on any input. Line ends
 * are LF, CRLF and CR, as everywhere else; line numbers count from the first line given.
 *
 * <p>Not thread-safe.
 */
public final class PerLineDecoder extends InputStream {
  /** The longest stretch of one line decided at once. */
  static final int WINDOW = 1 << 16;

  private final InputStream in;
  private final LineCharsets charsets;

  /**
   * Whether the file is guessed UTF-8: its valid lines pass as they are (asked once, not a line).
   */
  private final boolean utf8File;

  private final LineDecodings decodings;

  /** Grown as lines need it, up to two windows: small inputs (most files) take little. */
  private byte[] buffer = new byte[1 << 12];

  private static final int MAX_BUFFER = 2 * WINDOW + 8;
  private int pos;
  private int limit;
  private boolean eof;

  /** Bytes {@code pos} to {@code ready} are handed out as they are. */
  private int ready;

  /** A re-encoded stretch, handed out before anything else. */
  private byte[] converted = new byte[0];

  /** The end of the re-encoded stretch in {@link #converted}, which is reused. */
  private int convertedLimit;

  private int convertedPos;
  private long line;

  /**
   * The bytes of {@code in}, a file guessed to be in {@code file} (see {@link
   * LineCharsets#applies}), whose first line is line {@code firstLine}; {@code decodings} receives
   * the lines read in another encoding. Closing this closes {@code in}.
   */
  public PerLineDecoder(InputStream in, Charset file, long firstLine, LineDecodings decodings) {
    this.in = in;
    this.charsets = new LineCharsets(file);
    this.utf8File = file.equals(StandardCharsets.UTF_8);
    this.decodings = decodings;
    this.line = firstLine;
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
    // As many lines as fit, not one a call: a call a line cost more than deciding the line.
    int total = 0;
    while (total < len) {
      if (convertedPos < convertedLimit) {
        int n = Math.min(len - total, convertedLimit - convertedPos);
        System.arraycopy(converted, convertedPos, b, off + total, n);
        convertedPos += n;
        total += n;
      } else if (pos < ready) {
        int n = Math.min(len - total, ready - pos);
        System.arraycopy(buffer, pos, b, off + total, n);
        pos += n;
        total += n;
      } else if (total > 0 && limit - pos <= WINDOW + 4 && !eof) {
        // What is here is handed out before waiting for more input.
        break;
      } else if (!nextStretch()) {
        break;
      }
    }
    return total == 0 ? -1 : total;
  }

  /**
   * Decides the next stretch (a line with its terminator, or a window of a long line): either marks
   * it ready as it is, or fills {@link #converted}. False at the end of the input.
   */
  private boolean nextStretch() throws IOException {
    fill();
    if (pos == limit) {
      return false;
    }
    byte[] b = buffer;
    int max = Math.min(limit, pos + WINDOW);
    int i = scan(b, pos, max, limit);
    boolean ascii = multiByte == 0 && stray == 0;
    boolean valid = stray == 0;
    int end = Math.min(i, max);
    int next;
    boolean endsLine = true;
    if (end < max) {
      next = b[end] == '\r' && end + 1 < limit && b[end + 1] == '\n' ? end + 2 : end + 1;
    } else if (end == limit && eof) {
      next = end;
    } else {
      // A window of a long line: cut before a sequence the window would split.
      endsLine = false;
      for (int p = end - 1; p > pos && p >= end - 3 && b[p] < 0; p--) {
        if ((b[p] & 0xC0) == 0xC0) {
          if (Utf8Sequences.length(b, p, limit) > end - p) {
            end = p;
          }
          break;
        }
      }
      next = end;
    }
    boolean asItIs = ascii || (valid && utf8File);
    Charset charset = null;
    if (!asItIs) {
      // The counts are the stretch's own unless the window cut a sequence off its end: then the
      // stretch is counted again.
      charset = i == end ? charsets.of(b, pos, end, multiByte, stray) : charsets.of(b, pos, end);
      if (!charset.equals(charsets.file())) {
        decodings.add(line, charset);
      }
      // Valid UTF-8 read as UTF-8 (in a file guessed otherwise): its bytes are the output already.
      asItIs = valid && charset.equals(StandardCharsets.UTF_8);
    }
    if (asItIs) {
      ready = next;
    } else {
      int room = 3 * (end - pos) + (next - end);
      if (converted.length < room) {
        converted = new byte[Math.max(room, 2 * converted.length)];
      }
      int o = charsets.toUtf8(b, pos, end, charset, converted);
      System.arraycopy(b, end, converted, o, next - end);
      convertedLimit = o + next - end;
      convertedPos = 0;
      pos = next;
      ready = next;
    }
    if (endsLine) {
      line++;
    }
    return true;
  }

  /** What {@link #scan} found besides where it stopped: well-formed multi-byte sequences. */
  private int multiByte;

  /** What {@link #scan} found besides where it stopped: bytes that start no sequence. */
  private int stray;

  int multiByteCount() {
    return multiByte;
  }

  int strayCount() {
    return stray;
  }

  /**
   * Scans {@code b[from, max)} to the first line end and returns where it stopped, counting the
   * well-formed multi-byte sequences and the bytes that start none ({@link #multiByte}, {@link
   * #stray}: what {@link LineCharsets} decides by, so it need not count again). A sequence may run
   * past {@code max}, up to {@code limit}.
   *
   * <p>Eight bytes at a time where they hold only ASCII without line ends and two-byte sequences
   * (Arabic letters: most of a dump), a byte at a time for the next eight bytes where they hold
   * anything else: the byte loop's branches, taken or not by the spaces between words, cost most of
   * the scan, and a word's test has none.
   */
  int scan(byte[] b, int from, int max, int limit) {
    int i = from;
    int multi = 0;
    int bad = 0;
    while (i < max) {
      // 0x80 when the word before ended with a lead, whose continuation starts this word.
      long carried = 0;
      for (; i + Long.BYTES <= max; i += Long.BYTES) {
        // Each byte's marks are its top bit; its next two bits are the top bits of w shifted.
        long w = (long) LONGS.get(b, i);
        long s1 = w << 1;
        long s2 = w << 2;
        long leads = w & s1 & ~s2 & HIGHS;
        long continuations = w & ~s1 & HIGHS;
        long longerLeads = w & s1 & s2 & HIGHS;
        // ASCII below 0x0E: line ends (and tabs, left to the byte loop).
        long controls = ~((w & LOWS7) + ONES * (0x80 - 0x0E)) & ~w & HIGHS;
        // The leads C0 and C1, whose five low bits are below 2: overlong, never UTF-8.
        long overlong = leads & ~((w & (ONES * 0x1E)) + LOWS7);
        // Each continuation right after a lead, and no other.
        if ((longerLeads | controls | overlong) != 0 || continuations != ((leads << 8) | carried)) {
          break;
        }
        multi += Long.bitCount(leads);
        carried = leads >>> 56;
      }
      if (carried != 0) {
        // A lead whose continuation was not checked: the byte loop takes its sequence.
        i--;
        multi--;
      }
      for (int stop = Math.min(max, i + Long.BYTES); i < stop; ) {
        byte c = b[i];
        if (c >= 0) {
          if (c <= '\r' && (c == '\n' || c == '\r')) {
            multiByte = multi;
            stray = bad;
            return i;
          }
          i++;
        } else if (c >= (byte) 0xC2
            && c <= (byte) 0xDF
            && i + 1 < limit
            && b[i + 1] < (byte) 0xC0) {
          multi++;
          i += 2;
        } else if (c < (byte) 0xE0
            || c > (byte) 0xF4
            || i + 1 >= limit
            || b[i + 1] >= (byte) 0xC0) {
          // A continuation byte alone, a lead without its continuation (the letters of
          // windows-1256 text), or a byte UTF-8 never has.
          bad++;
          i++;
        } else {
          int n = Utf8Sequences.length(b, i, limit);
          if (n == 0) {
            bad++;
            n = 1;
          } else {
            multi++;
          }
          i += n;
        }
      }
    }
    multiByte = multi;
    stray = bad;
    return i;
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long LOWS7 = 0x7F7F7F7F7F7F7F7FL;

  /**
   * Reads until a window and four bytes more (a CR's LF, the rest of a sequence the window cuts)
   * lie after {@link #pos}, or the input ends.
   */
  private void fill() throws IOException {
    if (limit - pos > WINDOW + 4 || eof) {
      return;
    }
    if (pos > 0) {
      System.arraycopy(buffer, pos, buffer, 0, limit - pos);
      limit -= pos;
      ready -= pos;
      pos = 0;
    }
    while (limit - pos <= WINDOW + 4 && !eof) {
      if (limit == buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, Math.min(MAX_BUFFER, 2 * buffer.length));
      }
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
