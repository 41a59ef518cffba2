package dev.akhbar.formats.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it: the compressed bytes a decompression ratio is measured against,
 * the decompressed offset a WARC reader opened again starts at, a stored file's bytes read. Read by
 * one thread; its count may be looked at from others.
 */
final class CountingStream extends FilterInputStream {
  // Written by the reading thread only, read by others (progress).
  private volatile long count;
  private final boolean shieldClose;

  /** Counts {@code in}; {@code shieldClose} leaves {@code in} open when this is closed. */
  CountingStream(InputStream in, boolean shieldClose) {
    super(in);
    this.shieldClose = shieldClose;
  }

  /** The bytes read (or skipped) so far. */
  long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    count += b >= 0 ? 1 : 0;
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    count += Math.max(n, 0);
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long k = super.skip(n);
    count += Math.max(k, 0);
    return k;
  }

  @Override
  public void close() throws IOException {
    if (!shieldClose) {
      super.close();
    }
  }
}
