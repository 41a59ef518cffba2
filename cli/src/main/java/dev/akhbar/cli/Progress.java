package dev.akhbar.cli;

import dev.akhbar.article.ArticleReader;
import dev.akhbar.formats.DumpReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Progress on standard error while a conversion runs: the input bytes read (as stored: a gzip
 * file's own bytes, so that the ETA holds), the data's bytes where they differ (decompressed),
 * articles, the data's megabytes and the articles per second, and an ETA where the size of every
 * input is known. Counted as bytes are read, drawn twice a second by a timer thread.
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

  /** The data's bytes of the readers closed, and of pieces joined. */
  private final LongAdder dataDone = new LongAdder();

  /** The readers open: their data's bytes so far. */
  private final Set<DumpReader> open = ConcurrentHashMap.newKeySet();

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
    dataDone.add(n);
  }

  /** A reader whose data's bytes count while it is open: until the tracking is closed. */
  interface Tracked extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Counts the data's (decompressed) bytes {@code reader} reads until the result is closed; any
   * reader but a {@link DumpReader} (a piece, counted by {@link #read}) is not tracked.
   */
  Tracked track(ArticleReader reader) {
    if (err == null || !(reader instanceof DumpReader)) {
      return () -> {};
    }
    DumpReader r = (DumpReader) reader;
    open.add(r);
    return () -> {
      // Under the lock a line is drawn with: no line counts the reader in neither place.
      synchronized (this) {
        if (open.remove(r)) {
          dataDone.add(r.bytesRead());
        }
      }
    };
  }

  /** The data's bytes read so far. */
  private long data() {
    long sum = dataDone.sum();
    for (DumpReader r : open) {
      sum += r.bytesRead();
    }
    return sum;
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
    err.print(
        "\r" + line(bytes.sum(), data(), articles, (System.nanoTime() - started) / 1e9) + "   ");
    err.flush();
    drawn = true;
  }

  /**
   * {@code 12.3 / 256.0 MB 4,321 articles 9.8 MB/s 3456 articles/s ETA 0:24}; {@code (98.4 MB
   * decompressed)} after the stored megabytes where the data is a tenth larger than what was read;
   * without the total and ETA where the size is unknown. The rate is the data's, the ETA the stored
   * bytes'.
   */
  String line(long read, long data, long articles, double seconds) {
    double storedRate = seconds > 0 ? read / seconds : 0;
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%,.1f", read / 1e6));
    if (total >= 0) {
      b.append(String.format(Locale.ROOT, " / %,.1f", total / 1e6));
    }
    b.append(" MB");
    boolean unpacked = data > read + read / 10;
    if (unpacked) {
      b.append(String.format(Locale.ROOT, " (%,.1f MB decompressed)", data / 1e6));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "  %,d articles  %.1f MB/s  %.0f articles/s",
            articles,
            seconds > 0 ? (unpacked ? data : read) / seconds / 1e6 : 0.0,
            seconds > 0 ? articles / seconds : 0.0));
    if (total >= 0 && storedRate > 0) {
      long eta = (long) (Math.max(0, total - read) / storedRate);
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
