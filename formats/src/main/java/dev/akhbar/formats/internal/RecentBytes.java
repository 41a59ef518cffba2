package dev.akhbar.formats.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that keeps the last bytes read through it by their offset in the stream, so that reading
 * can go back to any of them: a WARC reader that fails on a record has read ahead of where it
 * failed, and reading goes on at the next record's start, which may lie in what it read ahead.
 * Closing it leaves the stream it reads open.
 *
 * <p>Not thread-safe.
 */
final class RecentBytes extends InputStream {
  private final InputStream in;
  private final byte[] ring;

  /** Bytes read from {@code in}. */
  private long end;

  /**
   * The offset of the next byte given again from the ring, or -1 when reading goes to {@code in}.
   */
  private long replay = -1;

  /** Keeps the last {@code capacity} bytes read from {@code in}. */
  RecentBytes(InputStream in, int capacity) {
    this.in = in;
    this.ring = new byte[capacity];
  }

  /** Whether the stream it reads has ended. */
  private boolean ended;

  /** Whether the stream it reads has ended: a read of it gave -1. */
  boolean ended() {
    return ended;
  }

  /** The offset of the next byte read. */
  long position() {
    return replay >= 0 ? replay : end;
  }

  /** The offset of the oldest byte kept. */
  long oldest() {
    return Math.max(0, end - ring.length);
  }

  /** The offset just past the last byte read from the stream. */
  long end() {
    return end;
  }

  /** The byte at {@code offset}, between {@link #oldest()} and {@link #end()} (excluded). */
  int byteAt(long offset) {
    return ring[(int) (offset % ring.length)] & 0xFF;
  }

  /** Reading goes on at {@code offset}, between {@link #oldest()} and {@link #end()}. */
  void seek(long offset) {
    if (offset < oldest() || offset > end) {
      throw new IllegalArgumentException(offset + " is not in [" + oldest() + ", " + end + "]");
    }
    replay = offset == end ? -1 : offset;
  }

  @Override
  public int read() throws IOException {
    if (replay >= 0) {
      int b = byteAt(replay);
      replay++;
      if (replay == end) {
        replay = -1;
      }
      return b;
    }
    int b = in.read();
    if (b >= 0) {
      ring[(int) (end % ring.length)] = (byte) b;
      end++;
    } else {
      ended = true;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (replay >= 0) {
      int at = (int) (replay % ring.length);
      int n = (int) Math.min(Math.min(len, end - replay), ring.length - at);
      System.arraycopy(ring, at, b, off, n);
      replay += n;
      if (replay == end) {
        replay = -1;
      }
      return n;
    }
    int n = in.read(b, off, len);
    if (n > 0) {
      keep(b, off, n);
    } else if (n < 0) {
      ended = true;
    }
    return n;
  }

  private void keep(byte[] b, int off, int n) {
    int from = n > ring.length ? off + n - ring.length : off;
    long at = end + (from - off);
    int left = off + n - from;
    while (left > 0) {
      int i = (int) (at % ring.length);
      int k = Math.min(left, ring.length - i);
      System.arraycopy(b, from, ring, i, k);
      from += k;
      at += k;
      left -= k;
    }
    end += n;
  }

  @Override
  public void close() {
    // The stream read is its owner's to close.
  }
}
