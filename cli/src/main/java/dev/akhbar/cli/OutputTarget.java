package dev.akhbar.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where a conversion writes: standard output; a file, written to a temporary file beside it and
 * moved into place only when the run succeeded; or a device or pipe ({@code -o /dev/null}, a FIFO),
 * written in place and never replaced by a file.
 */
final class OutputTarget {
  private final Path output;
  private final Path temp;
  private final OutputStream stream;

  private OutputTarget(Path output, Path temp, OutputStream stream) {
    this.output = output;
    this.temp = temp;
    this.stream = stream;
  }

  /** The target of {@code -o output}, or standard output when it is null. */
  static OutputTarget open(Path output) throws IOException {
    if (output != null && Files.exists(output) && !Files.isRegularFile(output)) {
      return new OutputTarget(
          output, null, new BufferedOutputStream(Files.newOutputStream(output), 1 << 16));
    }
    if (output != null) {
      Path dir = output.toAbsolutePath().getParent();
      // Not createTempFile: its owner-only mode would stay on the finished file.
      Path temp =
          dir.resolve(
              "." + output.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
      return new OutputTarget(
          output,
          temp,
          new BufferedOutputStream(
              Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
              1 << 16));
    }
    return new OutputTarget(
        null, null, new BufferedOutputStream(new NonClosingStream(System.out), 1 << 16));
  }

  /** The stream to write to; the writer that closes it closes no standard output. */
  OutputStream stream() {
    return stream;
  }

  /**
   * Where a conversion may spill what it holds back: beside the output file, else the temporary
   * directory.
   */
  Path spillDirectory() {
    return output != null
        ? output.toAbsolutePath().getParent()
        : Path.of(System.getProperty("java.io.tmpdir"));
  }

  /** The run ended: the written file moved into place when it succeeded, removed when not. */
  void finish(boolean ok) throws IOException {
    if (temp == null) {
      return;
    }
    if (ok) {
      try {
        Files.move(
            temp, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING);
      }
    } else {
      Files.deleteIfExists(temp);
    }
  }

  /** Standard output must stay open after the writer closes. */
  private static final class NonClosingStream extends FilterOutputStream {
    NonClosingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
