package dev.akhbar.cli;

import dev.akhbar.Article;
import dev.akhbar.NewsDumpParser;
import dev.akhbar.formats.ArticleWriter;
import dev.akhbar.formats.DumpReader;
import dev.akhbar.formats.Dumps;
import dev.akhbar.formats.InputFormat;
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
import java.util.ArrayDeque;
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
    description = {"Converts news dumps to JSON Lines (default), a JSON array or CSV: one record per article.",
        "Each INPUT is a file, a directory (read recursively, in name order) or - for standard input.",
        "Format, encoding and compression (gzip, bzip2, xz, zstd) are detected per file unless forced.",
        "Articles are written in input order. A file that cannot be read is reported on standard error",
        "and skipped; every article of the other files is still written."},
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
      description = "Write here instead of standard output. Written to a temporary file and moved into place when done.")
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
      description = "Files parsed in parallel, output still in input order (default: available processors).")
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
    if (output != null) {
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
      if (threads == 1 || files.size() == 1 || strict) {
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

  /** One file done by a worker: its output bytes and its counts. */
  private record Part(byte[] bytes, long articles, long warnings) {}

  /**
   * Parses and serialises files on a pool, a bounded window ahead, and writes each file's output
   * in input order. Memory: the window's files' output bytes.
   */
  private void parallel(Dumps dumps, List<Inputs.Input> files, OutputStream out, Summary summary, PrintWriter err,
      Progress progress) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "akhbar-parse");
      t.setDaemon(true);
      return t;
    });
    try {
      ArticleWriter.begin(out, format);
      boolean first = true;
      Deque<Future<Part>> window = new ArrayDeque<>();
      Deque<Inputs.Input> pending = new ArrayDeque<>();
      int next = 0;
      while (next < files.size() || !window.isEmpty()) {
        while (next < files.size() && window.size() < threads + 1) {
          Inputs.Input input = files.get(next++);
          pending.add(input);
          window.add(pool.submit(() -> convertToBytes(dumps, input)));
        }
        Inputs.Input input = pending.poll();
        Part part;
        try {
          part = window.poll().get();
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          failed(input, cause instanceof NoSuchFileException ? "no such file" : "cannot read: " + message(cause),
              summary, err);
          continue;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
        ArticleWriter.join(out, format, part.bytes(), first);
        first &= part.bytes().length == 0;
        summary.files++;
        summary.articles += part.articles();
        summary.warnings += part.warnings();
        summary.bytes += input.size();
        progress.done(input.size(), summary.articles);
      }
      ArticleWriter.end(out, format);
    } finally {
      pool.shutdownNow();
    }
  }

  private Part convertToBytes(Dumps dumps, Inputs.Input input) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream((int) Math.min(input.size() + 1024, 1 << 26));
    long articles = 0;
    long warnings = 0;
    try (DumpReader reader = input.open(dumps); ArticleWriter writer = ArticleWriter.fragment(bytes, format)) {
      for (Article a : reader) {
        writer.write(a);
        articles++;
        warnings += a.warnings().size();
      }
    }
    return new Part(bytes.toByteArray(), articles, warnings);
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
