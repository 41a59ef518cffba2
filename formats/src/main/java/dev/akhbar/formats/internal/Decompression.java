package dev.akhbar.formats.internal;

import dev.akhbar.article.ParseLimits;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;

/**
 * Unwraps compressed input (gzip member by member, bzip2, xz, zstd; up to three layers, one inside
 * the other), each layer under the size and ratio limits. Stateless.
 */
public final class Decompression {
  private Decompression() {}

  /** The buffer of each layer: as large as the head an input is sniffed by. */
  private static final int BUFFER = 1 << 16;

  /** The compressions read, by the names {@link CompressorStreamFactory#detect} gives. */
  private static final Set<String> COMPRESSIONS =
      Set.of(
          CompressorStreamFactory.GZIP,
          CompressorStreamFactory.BZIP2,
          CompressorStreamFactory.XZ,
          CompressorStreamFactory.ZSTANDARD);

  /** The compression of a stream, by its magic bytes, when it is one this reads; otherwise null. */
  public static String compression(BufferedInputStream in) {
    try {
      String kind = CompressorStreamFactory.detect(in);
      return COMPRESSIONS.contains(kind) ? kind : null;
    } catch (CompressorException e) {
      return null;
    }
  }

  /** The gzip members of the innermost gzip layer, and that layer's stream before any buffer. */
  record Unbuffered(GzipMembers members, InputStream stream) {}

  /** What {@link #decompress} unwrapped: the innermost gzip layer, and the data's bytes read. */
  static final class Layers {
    private Unbuffered gzip;
    private CountingStream stored;
    private ExpansionGuard innermost;

    /** The innermost gzip layer, or null when there is none. */
    Unbuffered gzip() {
      return gzip;
    }

    /**
     * The bytes of the data (decompressed) read from below the buffers so far; read from any
     * thread.
     */
    long dataBytes() {
      return innermost != null ? innermost.expanded : stored.count();
    }
  }

  /**
   * Bytes already read, then the rest of their stream; unlike a {@code SequenceInputStream}, the
   * stream is closed only by {@link #close} (where it reports what it skipped), not when it ends.
   */
  static final class HeadThenRest extends InputStream {
    private final byte[] head;
    private final int length;
    private int pos;
    private final InputStream rest;

    HeadThenRest(byte[] head, int length, InputStream rest) {
      this.head = head;
      this.length = length;
      this.rest = rest;
    }

    @Override
    public int read() throws IOException {
      return pos < length ? head[pos++] & 0xFF : rest.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (pos < length) {
        int n = Math.min(len, length - pos);
        System.arraycopy(head, pos, b, off, n);
        pos += n;
        return n;
      }
      return rest.read(b, off, len);
    }

    @Override
    public void close() throws IOException {
      rest.close();
    }
  }

  /**
   * gzip, bzip2, xz and zstd by their magic bytes, guarded by the size limits; anything else as it
   * is.
   */
  static BufferedInputStream decompress(
      InputStream raw, ParseLimits limits, String name, Layers layers) throws IOException {
    layers.stored = new CountingStream(raw, false);
    BufferedInputStream current = new BufferedInputStream(layers.stored, BUFFER);
    String label = name;
    for (int depth = 0; ; depth++) {
      String kind = compression(current);
      if (kind == null) {
        return current;
      }
      if (depth == MAX_NESTING) {
        throw new IOException(
            label + " is compressed again inside " + MAX_NESTING + " compressions; stopped");
      }
      CountingStream compressed = new CountingStream(current, false);
      label = label + " (" + kind + ")";
      try {
        InputStream inflated;
        GzipMembers members = null;
        if (kind.equals(CompressorStreamFactory.GZIP)) {
          // Member by member: a corrupt member or junk after the last loses only itself.
          members = new GzipMembers(compressed, label);
          inflated = members;
        } else {
          if (kind.equals(CompressorStreamFactory.XZ)) {
            OptionalLibrary.XZ.require(name, "an xz stream");
          } else if (kind.equals(CompressorStreamFactory.ZSTANDARD)) {
            OptionalLibrary.ZSTD.require(name, "a zstd stream");
          }
          inflated =
              new CompressorStreamFactory(true).createCompressorInputStream(kind, compressed);
        }
        // Each layer under the same limits: a bomb in a bomb is stopped at its own layer.
        ExpansionGuard guarded = new ExpansionGuard(inflated, compressed, limits, label);
        // A layer inside the gzip one: the gzip layer's output is not the data, so no route
        // around the sniffing buffer.
        layers.gzip = members == null ? null : new Unbuffered(members, guarded);
        layers.innermost = guarded;
        current = new BufferedInputStream(guarded, BUFFER);
      } catch (CompressorException e) {
        throw new IOException(name + ": cannot open the " + kind + " stream: " + e.getMessage(), e);
      }
    }
  }

  /** Compressions unwrapped one inside the other (a {@code .gz.gz}); more is refused. */
  private static final int MAX_NESTING = 3;

  /** Stops a decompression that grows past the size or ratio limit, with an error naming it. */
  private static final class ExpansionGuard extends FilterInputStream {
    private static final long RATIO_CHECKED_AFTER = 16L << 20;
    private final CountingStream compressed;
    private final ParseLimits limits;
    private final String name;
    // Written by the reading thread only, read by others (progress).
    private volatile long expanded;

    ExpansionGuard(InputStream in, CountingStream compressed, ParseLimits limits, String name) {
      super(in);
      this.compressed = compressed;
      this.limits = limits;
      this.name = name;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        check(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        check(n);
      }
      return n;
    }

    private void check(int n) throws IOException {
      expanded += n;
      if (expanded > limits.maxDecompressedBytes()) {
        throw new IOException(
            name
                + " expands past the limit of "
                + limits.maxDecompressedBytes()
                + " bytes (ParseLimits.maxDecompressedBytes); stopped");
      }
      if (expanded > RATIO_CHECKED_AFTER
          && expanded > limits.maxCompressionRatio() * Math.max(1, compressed.count())) {
        throw new IOException(
            name
                + " expands more than "
                + limits.maxCompressionRatio()
                + " times ("
                + expanded
                + " bytes from "
                + compressed.count()
                + "; ParseLimits.maxCompressionRatio); stopped");
      }
    }
  }
}
