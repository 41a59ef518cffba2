package dev.akhbar.cli;

import dev.akhbar.Article;
import dev.akhbar.NewsDumpParser;
import dev.akhbar.formats.ArticleWriter;
import dev.akhbar.formats.DumpReader;
import dev.akhbar.formats.Dumps;
import dev.akhbar.formats.InputFormat;
import dev.akhbar.formats.LineNumbers;
import dev.akhbar.formats.OutputFormat;
import dev.akhbar.text.NormalizationProfile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import dev.akhbar.formats.SplittableInput;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code akhbar convert}: dumps in, one JSON object (or CSV row) per article out. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {"Converts news dumps to JSON Lines (default), a JSON array or CSV: one record per article.", "",
        "Each INPUT is a file, a directory (read recursively, in name order) or - for standard input. "
            + "Format, encoding and compression (gzip, bzip2, xz, zstd) are detected per file unless forced. "
            + "Articles are written in input order. A file that cannot be read is reported on standard error "
            + "and skipped; every article of the other files is still written.", ""},
    footer = {"", "Exit status: 0 all input read; 1 some input failed (or, with --strict, had a problem); 2 usage error.", "",
        "Examples:",
        "  akhbar convert seeds/000_7c490c51ed63725b.txt",
        "  akhbar convert corpus/ -o articles.jsonl --threads 2",
        "  akhbar convert crawl.jsonl.zst --to csv -o articles.csv",
        "  cat dump.txt | akhbar convert - --to json --normalize search"})
final class ConvertCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories to convert; - reads standard input.")
  private List<String> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write here instead of standard output. A file is written to a temporary file and moved into "
          + "place when done; a device or pipe (such as /dev/null) is written directly.")
  private Path output;

  @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private OutputFormat format;

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, detected per file).")
  private InputFormat inputFormat;

  @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "auto",
      description = "Input encoding: auto (BOM, UTF-8, windows-1256 or ISO-8859-6, detected per file) or a name such as windows-1256.")
  private String encoding;

  @Option(names = "--normalize", paramLabel = "PROFILE", defaultValue = "display",
      description = "Text normalisation of the output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private NormalizationProfile profile;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads that parse files, and pieces of large text and JSON Lines files, in parallel; "
          + "output stays in input order and byte-identical to one thread (default: available processors).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--strict", description = "Stop at the first problem: an unreadable file or any warning.")
  private boolean strict;

  @Option(names = {"-q", "--quiet"}, description = "No progress and no summary on standard error.")
  private boolean quiet;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    Dumps dumps = Inputs.dumps(spec, inputFormat, encoding, NewsDumpParser.builder().normalization(profile).build());
    PrintWriter err = spec.commandLine().getErr();
    List<Inputs.Input> files = Inputs.expand(inputs, err);
    Summary summary = new Summary();
    Progress progress = new Progress(quiet || System.console() == null ? null : err, Inputs.totalBytes(files));
    long started = System.nanoTime();
    Path temp = null;
    OutputStream out;
    if (output != null && Files.exists(output) && !Files.isRegularFile(output)) {
      // A device or a pipe (-o /dev/null, a FIFO): written in place, never replaced by a file.
      out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
    } else if (output != null) {
      Path dir = output.toAbsolutePath().getParent();
      // Not createTempFile: its owner-only mode would stay on the finished file.
      temp = dir.resolve("." + output.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
      out = new BufferedOutputStream(Files.newOutputStream(temp, java.nio.file.StandardOpenOption.CREATE_NEW,
          java.nio.file.StandardOpenOption.WRITE), 1 << 16);
    } else {
      out = new BufferedOutputStream(new NonClosingStream(System.out), 1 << 16);
    }
    boolean ok = false;
    try {
      if (threads == 1 || strict || (files.size() == 1 && !large(files.get(0)))) {
        try (ArticleWriter writer = ArticleWriter.of(out, format)) {
          for (Inputs.Input input : files) {
            if (!stream(dumps, input, writer, summary, err, progress)) {
              break;
            }
          }
        }
      } else {
        try (OutputStream target = out) {
          parallel(dumps, files, target, summary, err, progress);
        }
      }
      ok = true;
    } finally {
      progress.stop();
      if (temp != null) {
        if (ok) {
          move(temp, output);
        } else {
          Files.deleteIfExists(temp);
        }
      }
    }
    if (!quiet) {
      double seconds = (System.nanoTime() - started) / 1e9;
      err.printf(Locale.ROOT, "akhbar: %d %s, %d %s, %d %s, %d %s, %.1f MB in %.2f s (%.1f MB/s)%n",
          summary.files, plural(summary.files, "file"), summary.articles, plural(summary.articles, "article"),
          summary.warnings, plural(summary.warnings, "warning"), summary.failures, plural(summary.failures, "failure"),
          summary.bytes / 1e6, seconds, summary.bytes / 1e6 / Math.max(seconds, 1e-9));
      err.flush();
    }
    return summary.failures > 0 || (strict && summary.warnings > 0) ? Akhbar.SOME_FAILED : 0;
  }

  /** Whether an input is a file large enough to be worth splitting, so that threads may help even when it is alone. */
  private static boolean large(Inputs.Input input) {
    return input.path() != null && input.size() >= SPLIT_AT;
  }

  /** Converts one input straight to the writer; false when --strict says stop. */
  private boolean stream(Dumps dumps, Inputs.Input input, ArticleWriter writer, Summary summary, PrintWriter err,
      Progress progress) throws IOException {
    try (DumpReader reader = input.open(dumps)) {
      for (Article a : reader) {
        writer.write(a);
        summary.count(a);
        if (strict && !a.warnings().isEmpty()) {
          err.println("akhbar: " + input.name() + ": " + a.warnings().get(0) + " (--strict: stopping)");
          return false;
        }
      }
      summary.files++;
      summary.bytes += input.size();
      progress.done(input.size(), summary.articles);
      return true;
    } catch (NoSuchFileException e) {
      return failed(input, "no such file", summary, err);
    } catch (IOException | UncheckedIOException e) {
      return failed(input, "cannot read: " + message(e), summary, err);
    }
  }

  private boolean failed(Inputs.Input input, String why, Summary summary, PrintWriter err) {
    summary.failures++;
    err.println("akhbar: " + input.name() + ": " + why);
    return !strict;
  }

  /** Inputs at least this large are split into pieces where their shape allows. */
  static final long SPLIT_AT = 16L << 20;
  /** The size of one piece of a split input. */
  static final long PIECE = 8L << 20;
  /**
   * The output bytes a unit that waits its turn holds in memory; the rest spills to a temporary
   * file. Three pieces' worth: a piece's JSON is about 1.1 times its input, so at 8 MiB (one
   * piece) most waiting pieces spilled their last megabyte; now no piece spills, and a window of
   * {@code threads + 1} units holds at most that many times this.
   */
  private static final long SPOOL_MEMORY = 3 * PIECE;

  /**
   * One unit of work: a whole input, or the piece of one range of a large one.
   *
   * @param pieces the large input's pieces, or null for a whole input
   * @param index the range whose piece this is
   * @param last whether it is the input's last unit
   * @param unshifted whether the piece is read with provisional line numbers that are shifted
   *     when joined (JSON output: no pass that counts the line ends of the pieces before it), or
   *     with the whole input's numbers (CSV, whose line numbers are not shifted in place)
   */
  private record Unit(Inputs.Input input, SplittableInput.PieceReader pieces, int index, boolean last,
      boolean unshifted) {
    DumpReader open(Dumps dumps) throws IOException {
      return pieces == null ? input.open(dumps) : unshifted ? pieces.readUnshifted(index) : pieces.read(index);
    }

    long bytes() {
      if (pieces == null) {
        return input.size();
      }
      SplittableInput.Range range = pieces.ranges().get(index);
      return range.end() - range.start();
    }
  }

  /**
   * The input bytes converted with one thread fewer than asked (at least one) at the start of a
   * parallel run. The JIT compiler spends about 4 CPU-seconds on the parse and the writer in the
   * first seconds of a run; with a worker on every core it competes with them, and the workers
   * run slow code the longer. Measured with {@code --threads 2} on 3.4 GB in 8 files, runs
   * alternating: 256 MiB on one worker first beat both workers from the start in 9 of 10 pairs
   * (medians 18.1 s against 19.3 s); 128 and 384 MiB were in between, 768 MiB slower.
   */
  static final long WARM_UP = 256L << 20;

  /** What a worker counted in its unit. */
  private record Counts(long articles, long warnings) {}

  /**
   * A unit being converted: its output as it comes, its counts when done, and where its line
   * numbers are (for a piece read unshifted, else null).
   */
  private record Running(Unit unit, Spool output, LineNumbers numbers, Future<Counts> counts) {}

  /**
   * Converts units on a pool, a bounded window ahead, and copies each unit's output in input
   * order. Large text and JSON Lines files are cut into pieces ({@link SplittableInput.PieceReader}),
   * so one large file keeps every thread busy. Memory: the window's spools, bounded each.
   */
  private void parallel(Dumps dumps, List<Inputs.Input> files, OutputStream out, Summary summary, PrintWriter err,
      Progress progress) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "akhbar-parse");
      t.setDaemon(true);
      return t;
    });
    Deque<Running> window = new ArrayDeque<>();
    Path spillDirectory = output != null ? output.toAbsolutePath().getParent()
        : Path.of(System.getProperty("java.io.tmpdir"));
    try {
      List<Unit> units = plan(dumps, files);
      ArticleWriter.begin(out, format);
      boolean first = true;
      Set<Inputs.Input> failedInputs = new HashSet<>();
      int next = 0;
      // Input bytes of the units done, read or failed.
      long passed = 0;
      while (next < units.size() || !window.isEmpty()) {
        // While the compiler warms up, one thread fewer converts, so that it has a core of its own.
        int ahead = passed < WARM_UP ? Math.max(1, threads - 1) : threads + 1;
        while (next < units.size() && window.size() < ahead) {
          Unit unit = units.get(next++);
          Spool spool = new Spool(SPOOL_MEMORY, spillDirectory);
          LineNumbers numbers = unit.unshifted() ? new LineNumbers() : null;
          window.add(new Running(unit, spool, numbers, pool.submit(() -> convert(dumps, unit, spool, numbers))));
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
              // An earlier piece could not be read: this one's line numbers are unknown, its output is dropped.
              failure = e;
              running.output().discard();
              target = null;
            }
          }
          if (target != null) {
            for (byte[] block = running.output().take(); block != null; block = running.output().take()) {
              if (!wrote && format == OutputFormat.JSON && !first) {
                out.write(',');
              }
              wrote = true;
              target.write(block);
              Spool.recycle(block);
            }
          }
          counts = running.counts().get();
        } catch (ExecutionException e) {
          failure = failure == null ? e.getCause() : failure;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
        if (failure != null) {
          if (failedInputs.add(unit.input())) {
            failed(unit.input(), failure instanceof NoSuchFileException ? "no such file" : "cannot read: " + message(failure),
                summary, err);
          }
          counts = null;
        }
        first &= !wrote;
        if (counts != null) {
          summary.articles += counts.articles();
          summary.warnings += counts.warnings();
        }
        if (unit.last() && !failedInputs.contains(unit.input())) {
          summary.files++;
        }
        if (counts != null) {
          summary.bytes += unit.bytes();
        }
        passed += unit.bytes();
        progress.done(unit.bytes(), summary.articles);
      }
      ArticleWriter.end(out, format);
    } finally {
      pool.shutdownNow();
      window.forEach(r -> r.output().discard());
    }
  }

  /**
   * The units of work: whole inputs, and one unit for each range of a large splittable file.
   * Nothing is read beyond each large file's first 64 KiB here: a piece finds its own bounds and
   * line numbers when it is read, so the first pieces convert while later ones wait their turn.
   */
  private List<Unit> plan(Dumps dumps, List<Inputs.Input> files) {
    boolean unshifted = format != OutputFormat.CSV;
    List<Unit> units = new ArrayList<>();
    for (Inputs.Input input : files) {
      SplittableInput.PieceReader pieces = null;
      if (large(input)) {
        try {
          pieces = SplittableInput.of(dumps, input.path()).map(split -> split.pieceReader(PIECE)).orElse(null);
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

  private Counts convert(Dumps dumps, Unit unit, Spool spool, LineNumbers numbers) throws IOException {
    long articles = 0;
    long warnings = 0;
    try (spool; DumpReader reader = unit.open(dumps);
        ArticleWriter writer = numbers == null ? ArticleWriter.fragment(spool, format)
            : ArticleWriter.fragment(spool, format, numbers)) {
      for (Article a : reader) {
        writer.write(a);
        articles++;
        warnings += a.warnings().size();
      }
    }
    return new Counts(articles, warnings);
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static String plural(long n, String word) {
    return n == 1 ? word : word + "s";
  }

  /** Counts for the closing summary line. */
  private static final class Summary {
    long files;
    long articles;
    long warnings;
    long failures;
    long bytes;

    void count(Article a) {
      articles++;
      warnings += a.warnings().size();
    }
  }

  /** Standard output must stay open after the writer closes. */
  private static final class NonClosingStream extends java.io.FilterOutputStream {
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
