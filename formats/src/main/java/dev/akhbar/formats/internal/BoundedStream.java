package dev.akhbar.formats.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** At most {@code remaining} bytes of a stream: a piece of an input, or a record's body. */
public final class BoundedStream extends FilterInputStream {
  private long remaining;

  /** Whether the reader asked past the bound, and whether a byte stood there. */
  private boolean probed;

  private boolean exceeded;

  /** The first {@code remaining} bytes of {@code in}. */
  public BoundedStream(InputStream in, long remaining) {
    super(in);
    this.remaining = remaining;
  }

  @Override
  public int read() throws IOException {
    if (remaining <= 0) {
      probe();
      return -1;
    }
    int b = super.read();
    remaining -= b >= 0 ? 1 : 0;
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (remaining <= 0) {
      if (len == 0) {
        return 0;
      }
      probe();
      return -1;
    }
    int n = super.read(b, off, (int) Math.min(len, remaining));
    remaining -= Math.max(n, 0);
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(Math.min(n, remaining));
    remaining -= skipped;
    return skipped;
  }

  @Override
  public int available() throws IOException {
    return (int) Math.min(super.available(), remaining);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** At the bound, once: looks at the byte past it, so that {@link #exceeded} can tell. */
  private void probe() throws IOException {
    if (!probed) {
      probed = true;
      exceeded = in.read() >= 0;
    }
  }

  /**
   * Whether the stream held more than the bound, as far as the reader went: true once it read up to
   * the bound and asked for more while a byte stood past it.
   */
  public boolean exceeded() {
    return exceeded;
  }
}
