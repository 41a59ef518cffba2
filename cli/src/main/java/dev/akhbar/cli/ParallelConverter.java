package dev.akhbar.cli;

import dev.akhbar.article.Article;
import dev.akhbar.article.ArticleReader;
import dev.akhbar.formats.Dumps;
import dev.akhbar.formats.options.OutputFormat;
import dev.akhbar.formats.parallel.FragmentWriter;
import dev.akhbar.formats.parallel.LineNumbers;
import dev.akhbar.formats.parallel.PieceReader;
import dev.akhbar.formats.parallel.SplittableInput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Converts inputs on a pool of threads and writes their output in input order, byte for byte what
 * one thread writes. Large text and JSON Lines files are cut into pieces ({@link PieceReader}), so
 * that one large file keeps every thread busy.
 */
final class ParallelConverter {
  private final Dumps dumps;
  private final OutputFormat format;
  private final java.util.Set<dev.akhbar.formats.ArticleWriter.Feature> features;
  private final int threads;
  private final Path spillDirectory;
  private final RunSummary summary;
  private final Progress progress;

  ParallelConverter(
      Dumps dumps,
      OutputFormat format,
      java.util.Set<dev.akhbar.formats.ArticleWriter.Feature> features,
      int threads,
      Path spillDirectory,
      RunSummary summary,
      Progress progress) {
    this.dumps = dumps;
    this.format = format;
    this.features = features;
    this.threads = threads;
    this.spillDirectory = spillDirectory;
    this.summary = summary;
    this.progress = progress;
  }

  /**
   * Whether one worker converts these inputs as fast as a pool of {@code threads} would: a lone
   * input too small to split, or inputs that all fit in the longest warm-up ({@link #WARM_UP}), in
   * which a pool of two runs one worker until its compiler goes quiet: most of such inputs, with
   * the cost of pieces and of joining their output on top.
   */
  static boolean oneWorkerEnough(List<Inputs.Input> files, int threads) {
    long total = Inputs.totalBytes(files);
    return (files.size() == 1 && !large(files.get(0)))
        || (threads <= 2 && total >= 0 && total <= WARM_UP);
  }

  /**
   * Whether an input is a file large enough to be worth splitting, so that threads may help even
   * when it is alone.
   */
  static boolean large(Inputs.Input input) {
    return input.path() != null && input.size() >= SPLIT_AT;
  }

  /** Inputs at least this large are split into pieces where their shape allows. */
  static final long SPLIT_AT = 16L << 20;

  /** The size of one piece of a split input. */
  static final long PIECE = 8L << 20;

  /**
   * The most output bytes a unit that waits its turn holds in memory; the rest spills to a
   * temporary file. Three pieces' worth: a piece's JSON is about 1.1 times its input, so at 8 MiB
   * (one piece) most waiting pieces spilled their last megabyte; at this, none does.
   */
  private static final long MAX_SPOOL_MEMORY = 3 * PIECE;

  /**
   * What one unit's spool holds in memory: a window of {@code threads + 1} units holds at most that
   * many times this, so with many threads on a small heap it is a quarter of the heap, shared.
   */
  static long spoolMemory(int threads, long maxHeap) {
    return Math.max(1L << 20, Math.min(MAX_SPOOL_MEMORY, maxHeap / 4 / (threads + 1)));
  }

  /**
   * One unit of work: a whole input, or the piece of one range of a large one.
   *
   * @param pieces the large input's pieces, or null for a whole input
   * @param index the range whose piece this is
   * @param last whether it is the input's last unit
   * @param unshifted whether the piece is read with provisional line numbers that are shifted when
   *     joined (JSON output: no pass that counts the line ends of the pieces before it), or with
   *     the whole input's numbers (CSV, whose line numbers are not shifted in place)
   */
  private record Unit(
      Inputs.Input input, PieceReader pieces, int index, boolean last, boolean unshifted) {
    ArticleReader open(Dumps dumps, Progress progress) throws IOException {
      return pieces == null
          ? input.open(dumps, progress)
          : unshifted ? pieces.readUnshifted(index) : pieces.read(index);
    }

    long bytes() {
      if (pieces == null) {
        return input.bytes();
      }
      SplittableInput.Range range = pieces.ranges().get(index);
      return range.end() - range.start();
    }
  }

  /** The most input bytes a parallel run converts with one thread fewer ({@link WarmUp}). */
  static final long WARM_UP = WarmUp.MAX;

  /** What a worker counted in its unit. */
  private record Counts(long articles, long warnings, long withoutText) {}

  /**
   * A unit being converted: its output as it comes, its counts when done, and where its line
   * numbers are (for a piece read unshifted, else null).
   */
  private record Running(Unit unit, Spool output, LineNumbers numbers, Future<Counts> counts) {}

  /**
   * Keeps the numbers of a unit whose worker has ended and whose output is joined for the next
   * unit.
   */
  private static void spare(Running running, Deque<LineNumbers> spareNumbers) {
    if (running.numbers() != null) {
      running.numbers().clear();
      spareNumbers.push(running.numbers());
    }
  }

  /** The units {@link #worthAPool} planned, or null. */
  private List<Unit> planned;

  /**
   * Whether these inputs keep more than one worker busy: false for a lone input that is read whole
   * (no record starts past its first piece: prose, one huge line), which one worker converts as
   * fast without the pool and the joining of its output. Plans the inputs; {@link #run} takes that
   * plan.
   */
  boolean worthAPool(List<Inputs.Input> files) {
    try {
      planned = plan(files);
    } catch (RuntimeException e) {
      // An error of akhbar's own while planning: one worker reads the inputs whole, and meets it
      // there, where an input's failure is reported as such.
      planned = null;
      return false;
    }
    return planned.size() > 1;
  }

  /**
   * Converts units on a pool, a bounded window ahead, and copies each unit's output in input order.
   * Large text and JSON Lines files are cut into pieces ({@link PieceReader}), so one large file
   * keeps every thread busy. Memory: the window's spools, bounded each.
   */
  void run(List<Inputs.Input> files, OutputStream out) throws IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "akhbar-parse");
              t.setDaemon(true);
              return t;
            });
    Deque<Running> window = new ArrayDeque<>();
    long spoolMemory = spoolMemory(threads, Runtime.getRuntime().maxMemory());
    try {
      List<Unit> units = planned != null ? planned : plan(files);
      FragmentWriter.begin(out, format);
      boolean first = true;
      // Records without text of the input being joined, summed over its pieces.
      long inputWithoutText = 0;
      Set<Inputs.Input> failedInputs = new HashSet<>();
      int next = 0;
      // Input bytes of the units done, read or failed.
      long passed = 0;
      WarmUp warmUp = WarmUp.ofThisJvm();
      // Records of line numbers whose pieces are joined, for the next pieces (see
      // LineNumbers.clear).
      Deque<LineNumbers> spareNumbers = new ArrayDeque<>();
      while (next < units.size() || !window.isEmpty()) {
        // While the compiler warms up, one thread fewer converts, so that it has a core of its own.
        int ahead = warmUp.over(passed) ? threads + 1 : Math.max(1, threads - 1);
        while (next < units.size() && window.size() < ahead) {
          Unit unit = units.get(next++);
          Spool spool = new Spool(spoolMemory, spillDirectory);
          LineNumbers numbers =
              !unit.unshifted()
                  ? null
                  : spareNumbers.isEmpty() ? new LineNumbers() : spareNumbers.pop();
          window.add(
              new Running(unit, spool, numbers, pool.submit(() -> convert(unit, spool, numbers))));
        }
        Running running = window.poll();
        Unit unit = running.unit();
        boolean wrote = false;
        Counts counts = null;
        Throwable failure = null;
        try {
          OutputStream target = out;
          if (running.numbers() != null) {
            // Shifted by the lines before the piece, known now: the pieces before it were joined,
            // so they were read. Its output is copied as it comes, as a whole input's is.
            try {
              target = running.numbers().shifting(out, unit.pieces().lineShift(unit.index()));
            } catch (IOException e) {
              // An earlier piece could not be read: this one's line numbers are unknown, its output
              // is dropped.
              failure = e;
              running.output().discard();
              target = null;
            }
          }
          if (target != null) {
            for (byte[] block = running.output().take();
                block != null;
                block = running.output().take()) {
              if (!wrote && format == OutputFormat.JSON && !first) {
                out.write(',');
              }
              wrote = true;
              target.write(block);
              Spool.recycle(block);
            }
          }
          counts = running.counts().get();
          spare(running, spareNumbers);
        } catch (ExecutionException e) {
          // The worker is done with its numbers: it failed.
          spare(running, spareNumbers);
          if (e.getCause() instanceof OutputException) {
            // The output is incomplete, whichever input was being converted: the run stops.
            throw (OutputException) e.getCause();
          }
          failure = failure == null ? e.getCause() : failure;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
        if (failure != null) {
          if (failedInputs.add(unit.input())) {
            if (failure instanceof InputFailure) {
              summary.failed(unit.input(), failure.getCause(), ((InputFailure) failure).afterLine);
            } else {
              summary.failed(unit.input(), failure, 0);
            }
          }
          counts = null;
        }
        first &= !wrote;
        if (counts != null) {
          summary.articles += counts.articles();
          summary.warnings += counts.warnings();
          summary.bytes += unit.bytes();
          inputWithoutText += counts.withoutText();
        }
        if (unit.last()) {
          summary.withoutText(unit.input(), inputWithoutText);
          inputWithoutText = 0;
          if (!failedInputs.contains(unit.input())) {
            summary.files++;
          }
        }
        passed += unit.bytes();
        if (unit.pieces() != null) {
          // A piece is read through its own channel: its bytes count once it is joined.
          progress.read(unit.bytes());
        }
        progress.articles(summary.articles);
      }
      FragmentWriter.end(out, format);
    } finally {
      pool.shutdownNow();
      window.forEach(r -> r.output().discard());
    }
  }

  /**
   * The units of work: whole inputs, and one unit for each range of a large splittable file. Of a
   * large file only its head and its second range (does a record start again?) are read here: a
   * piece finds its own bounds and line numbers when it is read, so the first pieces convert while
   * later ones wait their turn.
   */
  private List<Unit> plan(List<Inputs.Input> files) {
    boolean unshifted = format != OutputFormat.CSV;
    List<Unit> units = new ArrayList<>();
    for (Inputs.Input input : files) {
      PieceReader pieces = null;
      if (large(input)) {
        try {
          pieces =
              SplittableInput.of(dumps, input.path())
                  .map(split -> new PieceReader(split, PIECE))
                  .filter(ParallelConverter::worthSplitting)
                  .orElse(null);
        } catch (IOException | UncheckedIOException e) {
          // Read whole instead: a file that cannot be read fails there, with its message.
          pieces = null;
        }
      }
      if (pieces == null) {
        units.add(new Unit(input, null, -1, true, false));
      } else {
        int n = pieces.ranges().size();
        for (int i = 0; i < n; i++) {
          units.add(new Unit(input, pieces, i, i == n - 1, unshifted));
        }
      }
    }
    return units;
  }

  /** Whether records start again past the first piece: else the input is read whole. */
  private static boolean worthSplitting(PieceReader pieces) {
    try {
      return pieces.startsAgain();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("try") // the tracking is a resource only for its close
  private Counts convert(Unit unit, Spool spool, LineNumbers numbers) throws IOException {
    long articles = 0;
    long warnings = 0;
    long withoutText;
    try (spool;
        ArticleReader reader = unit.open(dumps, progress);
        Progress.Tracked tracked = progress.track(reader);
        FragmentWriter writer =
            numbers == null
                ? FragmentWriter.of(spool, format, features)
                : FragmentWriter.of(spool, format, numbers)) {
      long lastLine = 0;
      try {
        for (Article a : reader) {
          lastLine = a.origin().lastLine();
          writer.write(a);
          articles++;
          warnings += a.warnings().size();
        }
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        if (e instanceof UncheckedIOException) {
          throw e;
        }
        // A piece's lines are counted from its start until it is joined: a line only for a whole
        // input.
        throw new InputFailure(e, numbers == null && unit.pieces() == null ? lastLine : 0);
      }
      withoutText = reader.recordsWithoutText();
    }
    return new Counts(articles, warnings, withoutText);
  }

  /** An error in akhbar itself met while reading an input, and the last line read before it. */
  static final class InputFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long afterLine;

    InputFailure(Throwable cause, long afterLine) {
      super(cause);
      this.afterLine = afterLine;
    }
  }
}
