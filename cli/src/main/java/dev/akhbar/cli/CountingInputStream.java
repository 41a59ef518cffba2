package dev.akhbar.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.LongAdder;

/** A stream whose bytes are added to a count as they are read (from any thread). */
final class CountingInputStream extends FilterInputStream {
  private final LongAdder count;

  CountingInputStream(InputStream in, LongAdder count) {
    super(in);
    this.count = count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count.increment();
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    count.add(Math.max(0, n));
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count.add(Math.max(0, skipped));
    return skipped;
  }
}
