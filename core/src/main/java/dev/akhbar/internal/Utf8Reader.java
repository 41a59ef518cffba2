package dev.akhbar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 bytes to chars, giving exactly what an {@link java.io.InputStreamReader} with a
 * replacing UTF-8 decoder gives, faster: well-formed sequences (all of real text) are decoded by a
 * short loop over the byte array; at the first byte that is not, the JDK's own decoder decides how
 * many bytes one U+FFFD replaces, so malformed input comes out the same, replacement for
 * replacement.
 *
 * <p>Why: the parse is bound by decoding, and the JDK's {@code CharsetDecoder} loop spends most of
 * its time on checks that text which is valid never needs (measured in {@code ParseBenchmark}).
 *
 * <p>Not thread-safe.
 */
public final class Utf8Reader extends Reader {
  private static final char REPLACEMENT = '\uFFFD';

  private final InputStream in;

  /**
   * Allocated at the first read: a reader whose stream is taken over ({@link #untouchedStream})
   * needs none.
   */
  private byte[] bytes;

  private final int bufferSize;
  private int pos;
  private int limit;
  private boolean eof;

  /** The JDK's decoder, reporting, for the bytes the fast loop does not take. */
  private CharsetDecoder exact;

  private final char[] slow = new char[8];

  /**
   * Chars decoded that did not fit the caller's buffer (the low half of a pair, say): handed out
   * first.
   */
  private final char[] pending = new char[8];

  private int pendingFrom;
  private int pendingTo;

  /** Whether {@link #read} has been called: until then the stream is untouched. */
  private boolean started;

  /** Decodes a byte stream; closing the reader closes it. */
  public Utf8Reader(InputStream in) {
    this(in, 1 << 16);
  }

  /** Decodes a byte stream through a buffer of {@code bufferSize} bytes (at least 16). */
  public Utf8Reader(InputStream in, int bufferSize) {
    this.in = in;
    this.bufferSize = Math.max(16, bufferSize);
  }

  /**
   * The byte stream, while nothing has been read from it through this reader (else null): a reader
   * of lines that decodes on its own ({@link Utf8Lines}) takes it over.
   */
  public InputStream untouchedStream() {
    return started ? null : in;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!started) {
      started = true;
      bytes = new byte[bufferSize];
    }
    int dp = off;
    int dl = off + len;
    while (dp < dl && pendingFrom < pendingTo) {
      cbuf[dp++] = pending[pendingFrom++];
    }
    while (dp < dl) {
      if (limit - pos < 4 && !eof) {
        fill();
      }
      if (pos == limit) {
        break;
      }
      byte[] b = bytes;
      int sp = pos;
      int sl = limit;
      // Every sequence is taken whole from the buffer; one cut by its end waits for the next fill.
      int safeEnd = eof ? sl : sl - 3;
      while (dp < dl && sp < safeEnd) {
        int b1 = b[sp];
        if (b1 >= 0) {
          cbuf[dp++] = (char) b1;
          sp++;
        } else if ((b1 & 0xE0) == 0xC0
            && b1 != (byte) 0xC0
            && b1 != (byte) 0xC1
            && sp + 1 < sl
            && (b[sp + 1] & 0xC0) == 0x80) {
          cbuf[dp++] = (char) (((b1 & 0x1F) << 6) | (b[sp + 1] & 0x3F));
          sp += 2;
        } else if ((b1 & 0xF0) == 0xE0
            && sp + 2 < sl
            && (b[sp + 1] & 0xC0) == 0x80
            && (b[sp + 2] & 0xC0) == 0x80) {
          char c = (char) (((b1 & 0x0F) << 12) | ((b[sp + 1] & 0x3F) << 6) | (b[sp + 2] & 0x3F));
          if (c < 0x800 || Character.isSurrogate(c)) {
            break;
          }
          cbuf[dp++] = c;
          sp += 3;
        } else if ((b1 & 0xF8) == 0xF0
            && sp + 3 < sl
            && (b[sp + 1] & 0xC0) == 0x80
            && (b[sp + 2] & 0xC0) == 0x80
            && (b[sp + 3] & 0xC0) == 0x80) {
          int cp =
              ((b1 & 0x07) << 18)
                  | ((b[sp + 1] & 0x3F) << 12)
                  | ((b[sp + 2] & 0x3F) << 6)
                  | (b[sp + 3] & 0x3F);
          if (cp < 0x10000 || cp > 0x10FFFF) {
            break;
          }
          cbuf[dp++] = Character.highSurrogate(cp);
          if (dp < dl) {
            cbuf[dp++] = Character.lowSurrogate(cp);
          } else {
            pending[0] = Character.lowSurrogate(cp);
            pendingFrom = 0;
            pendingTo = 1;
          }
          sp += 4;
        } else {
          break;
        }
      }
      pos = sp;
      if (dp == dl || pos == limit) {
        continue;
      }
      if (pos >= safeEnd && !eof) {
        // A sequence may be cut by the buffer's end: fill, then go on.
        continue;
      }
      dp += decodeExactly(cbuf, dp, dl);
    }
    return dp == off ? -1 : dp - off;
  }

  /**
   * Decodes at {@link #pos} with the JDK's decoder: the valid chars it gives, or one U+FFFD for the
   * malformed bytes it reports. Returns the chars written; those that do not fit wait.
   */
  private int decodeExactly(char[] cbuf, int dp, int dl) {
    int window = Math.min(limit - pos, 4);
    ByteBuffer src = ByteBuffer.wrap(bytes, pos, window);
    CharBuffer dst = CharBuffer.wrap(slow);
    if (exact == null) {
      exact =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
    exact.reset();
    // The window ends the input only when it holds the input's last bytes.
    CoderResult r = exact.decode(src, dst, eof && pos + window == limit);
    int written = dst.position();
    if (written > 0) {
      int fits = Math.min(written, dl - dp);
      System.arraycopy(slow, 0, cbuf, dp, fits);
      System.arraycopy(slow, fits, pending, 0, written - fits);
      pendingFrom = 0;
      pendingTo = written - fits;
      pos = src.position();
      return fits;
    }
    if (r.isMalformed() || r.isUnmappable()) {
      cbuf[dp] = REPLACEMENT;
      pos += r.length();
      return 1;
    }
    // Neither chars nor an error from a window of four bytes: cannot happen for UTF-8; take one
    // byte as one replacement.
    cbuf[dp] = REPLACEMENT;
    pos++;
    return 1;
  }

  private void fill() throws IOException {
    int rest = limit - pos;
    System.arraycopy(bytes, pos, bytes, 0, rest);
    pos = 0;
    limit = rest;
    while (limit < bytes.length) {
      int n = in.read(bytes, limit, bytes.length - limit);
      if (n < 0) {
        eof = true;
        return;
      }
      if (n == 0) {
        return;
      }
      limit += n;
      if (limit - pos >= 4) {
        return;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
