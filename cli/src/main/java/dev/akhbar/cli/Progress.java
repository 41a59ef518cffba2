package dev.akhbar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Progress on standard error while a conversion runs: the input bytes read (as stored: a gzip
 * file's own bytes, so that the ETA holds), articles, both per second, and an ETA where the size of
 * every input is known. Counted as bytes are read, drawn twice a second by a timer thread.
 *
 * <p>Thread-safe: counted from every reading thread, drawn from its own.
 */
final class Progress {
  /** How often the line is drawn. */
  private static final long PERIOD_MS = 500;

  private final PrintWriter err;
  private final long total;
  private final long started = System.nanoTime();
  private final LongAdder bytes = new LongAdder();
  private volatile long articles;
  private ScheduledExecutorService timer;
  private boolean drawn;

  /**
   * Progress to {@code err}, or none when it is null; {@code total} the bytes of all inputs, or -1
   * when one has no known size (standard input).
   */
  Progress(PrintWriter err, long total) {
    this.err = err;
    this.total = total;
    if (err != null) {
      timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "akhbar-progress");
                t.setDaemon(true);
                return t;
              });
      timer.scheduleAtFixedRate(this::draw, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Whether progress shows: {@code --progress} or {@code --no-progress} when given, else when
   * standard error is a terminal (and the run is not quiet).
   */
  static boolean wanted(Boolean asked, boolean quiet) {
    if (asked != null) {
      return asked;
    }
    return !quiet && stderrIsTerminal();
  }

  /** Whether standard error is a terminal: its descriptor names a tty (Linux), else a console. */
  private static boolean stderrIsTerminal() {
    try {
      String target = Path.of("/proc/self/fd/2").toRealPath().toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | RuntimeException e) {
      return System.console() != null;
    }
  }

  /** The stream, its bytes counted as they are read. */
  InputStream counting(InputStream in) {
    return err == null ? in : new CountingInputStream(in, bytes);
  }

  /** Bytes read other than through {@link #counting} (a piece of a large file, once done). */
  void read(long n) {
    bytes.add(n);
  }

  /** The articles written so far. */
  void articles(long n) {
    articles = n;
  }

  /** Set once stopped: a draw that waited for the lock draws nothing after the line is cleared. */
  private boolean stopped;

  /** Draws the line now. */
  synchronized void draw() {
    if (err == null || stopped) {
      return;
    }
    err.print("\r" + line(bytes.sum(), articles, (System.nanoTime() - started) / 1e9) + "   ");
    err.flush();
    drawn = true;
  }

  /**
   * {@code 12.3 / 256.0 MB 4,321 articles 9.8 MB/s 3456 articles/s ETA 0:24}; without the total and
   * ETA where the size is unknown.
   */
  String line(long read, long articles, double seconds) {
    double rate = seconds > 0 ? read / seconds : 0;
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%,.1f", read / 1e6));
    if (total >= 0) {
      b.append(String.format(Locale.ROOT, " / %,.1f", total / 1e6));
    }
    b.append(
        String.format(
            Locale.ROOT,
            " MB  %,d articles  %.1f MB/s  %.0f articles/s",
            articles,
            rate / 1e6,
            seconds > 0 ? articles / seconds : 0.0));
    if (total >= 0 && rate > 0) {
      long eta = (long) (Math.max(0, total - read) / rate);
      b.append(String.format(Locale.ROOT, "  ETA %d:%02d", eta / 60, eta % 60));
    }
    return b.toString();
  }

  /**
   * Clears the line, so that a message printed next starts at the left margin, not after the
   * progress; the timer draws it again at its next tick.
   */
  synchronized void clear() {
    if (drawn) {
      err.print("\r" + " ".repeat(100) + "\r");
      err.flush();
      drawn = false;
    }
  }

  /** Stops drawing and clears the line. */
  synchronized void stop() {
    stopped = true;
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
    clear();
  }
}
