package dev.akhbar.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on standard error while a long conversion runs: bytes and articles per second and an ETA
 * from the input size, redrawn at most once a second, only on a terminal.
 *
 * <p>Thread-safe: updated from the writing thread, drawn there too.
 */
final class Progress {
  private final PrintWriter err;
  private final long total;
  private final long started = System.nanoTime();
  private long bytes;
  private long lastDrawn = started;
  private boolean drawn;

  /** Progress to {@code err}, or none when it is null. */
  Progress(PrintWriter err, long total) {
    this.err = err;
    this.total = total;
  }

  /** A file of {@code size} bytes is done; {@code articles} so far. */
  synchronized void done(long size, long articles) {
    bytes += size;
    long now = System.nanoTime();
    if (err == null || now - lastDrawn < 1_000_000_000L) {
      return;
    }
    lastDrawn = now;
    double seconds = (now - started) / 1e9;
    double rate = bytes / seconds;
    long eta = rate > 0 && total > bytes ? (long) ((total - bytes) / rate) : 0;
    err.printf(
        Locale.ROOT,
        "\r%,.1f / %,.1f MB  %,d articles  %.1f MB/s  %.0f articles/s  ETA %d:%02d   ",
        bytes / 1e6,
        total / 1e6,
        articles,
        rate / 1e6,
        articles / seconds,
        eta / 60,
        eta % 60);
    err.flush();
    drawn = true;
  }

  /** Clears the progress line. */
  synchronized void stop() {
    if (drawn) {
      err.print("\r" + " ".repeat(100) + "\r");
      err.flush();
    }
  }
}
