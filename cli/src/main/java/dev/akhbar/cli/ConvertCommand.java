package dev.akhbar.cli;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.Article;
import dev.akhbar.formats.ArticleWriter;
import dev.akhbar.formats.DumpReader;
import dev.akhbar.formats.Dumps;
import dev.akhbar.formats.options.InputFormat;
import dev.akhbar.formats.options.OutputFormat;
import dev.akhbar.text.NormalizationProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code akhbar convert}: dumps in, one JSON object (or CSV row) per article out. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Converts news dumps to JSON Lines (default), a JSON array or CSV: one record per article.",
      "",
      "Each INPUT is a file, a directory (read recursively, in name order) or - for standard input. "
          + "Format, encoding and compression (gzip, bzip2, xz, zstd) are detected per file unless forced. "
          + "Articles are written in input order. A file that cannot be read is reported on standard error "
          + "and skipped; every article of the other files is still written.",
      ""
    },
    footer = {
      "",
      "Exit status: 0 all input read; 1 some input failed (or, with --strict, had a problem); 2 usage error.",
      "",
      "Examples:",
      "  akhbar convert seeds/000_7c490c51ed63725b.txt",
      "  akhbar convert corpus/ -o articles.jsonl --threads 2",
      "  akhbar convert crawl.jsonl.zst --to csv -o articles.csv",
      "  cat dump.txt | akhbar convert - --to json --normalize search"
    })
final class ConvertCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files or directories to convert; - reads standard input.")
  private List<String> inputs;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write here instead of standard output (- is standard output). A file is written to a "
              + "temporary file and moved into place when the run succeeds, keeping the mode of the "
              + "file it replaces (through a symbolic link, its target); with --strict, a run that "
              + "stops replaces nothing. A device or pipe (such as /dev/null) is written directly. "
              + "A write that fails ends the run with status 1.")
  private Path output;

  @Option(
      names = "--to",
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private OutputFormat format;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description =
          "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, detected per file).")
  private InputFormat inputFormat;

  @CommandLine.Mixin private FieldOption fields = new FieldOption();

  @CommandLine.Mixin private InputOptions select = new InputOptions();

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      defaultValue = "auto",
      description =
          "Input encoding: auto (BOM, UTF-8, windows-1256 or ISO-8859-6, detected per file) or a name such as windows-1256.")
  private String encoding;

  @Option(
      names = "--normalize",
      paramLabel = "PROFILE",
      defaultValue = "display",
      description =
          "Text normalisation of the output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private NormalizationProfile profile;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads that parse files, and pieces of large text and JSON Lines files, in parallel; "
              + "output stays in input order and byte-identical to one thread (default: available processors).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--csv-raw",
      description =
          "CSV cells as they are: without it, a cell that opens with =, +, -, @, a tab or a "
              + "carriage return gets a leading ' so that spreadsheets do not run it as a formula.")
  private boolean csvRaw;

  @Option(
      names = "--strict",
      description = "Stop at the first problem: an unreadable file or any warning.")
  private boolean strict;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress and no summary on standard error.")
  private boolean quiet;

  @Option(
      names = {"-v", "--debug"},
      description = "With each failure, the stack trace behind it (for a bug report).")
  private boolean debug;

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Show progress on standard error (bytes read, articles, rates, ETA), twice a second; "
              + "default: when standard error is a terminal.")
  private Boolean progressAsked;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    Dumps dumps =
        Inputs.dumps(
            spec,
            inputFormat,
            encoding,
            fields.values,
            NewsDumpParser.builder().normalization(profile).build());
    PrintWriter err = spec.commandLine().getErr();
    List<Inputs.Input> files = Inputs.expand(inputs, select.checked(spec));
    RunSummary summary = new RunSummary(err);
    summary.debug = debug;
    long started = System.nanoTime();
    OutputTarget target;
    try {
      target = OutputTarget.open(output);
    } catch (OutputException e) {
      err.println("akhbar: " + e.getMessage());
      return ExitStatus.SOME_FAILED;
    }
    // Started once the output is open: a run that cannot start leaves no timer behind.
    Progress progress =
        new Progress(Progress.wanted(progressAsked, quiet) ? err : null, Inputs.totalBytes(files));
    summary.progress = progress;
    files.removeIf(input -> input.path() != null && target.isOutput(input.path()));
    boolean ok = false;
    try {
      ParallelConverter parallel =
          threads == 1 || strict || ParallelConverter.oneWorkerEnough(files, threads)
              ? null
              : new ParallelConverter(
                  dumps,
                  format,
                  writerFeatures(),
                  threads,
                  target.spillDirectory(),
                  summary,
                  progress);
      if (parallel == null || !parallel.worthAPool(files)) {
        try (ArticleWriter writer = ArticleWriter.of(target.stream(), format, writerFeatures())) {
          for (Inputs.Input input : files) {
            if (!stream(dumps, input, writer, summary, err, progress)) {
              break;
            }
          }
        }
      } else {
        try (OutputStream out = target.stream()) {
          parallel.run(files, out);
        }
      }
      // A strict run that stopped at a problem wrote part of the output: it replaces nothing.
      ok = !(strict && (summary.failures > 0 || summary.warnings > 0));
    } catch (OutputException e) {
      // The output is incomplete: said, and (in the finally) no file replaced.
      err.println("akhbar: " + e.getMessage());
      return ExitStatus.SOME_FAILED;
    } finally {
      progress.stop();
      target.finish(ok);
    }
    if (!quiet) {
      summary.print(started);
    }
    return summary.failures > 0 || (strict && summary.warnings > 0) ? ExitStatus.SOME_FAILED : 0;
  }

  private java.util.Set<ArticleWriter.Feature> writerFeatures() {
    java.util.Set<ArticleWriter.Feature> f =
        java.util.EnumSet.copyOf(ArticleWriter.Feature.defaults());
    if (csvRaw) {
      f.remove(ArticleWriter.Feature.NEUTRALISE_CSV_FORMULAS);
    }
    return f;
  }

  /** Converts one input straight to the writer; false when --strict says stop. */
  @SuppressWarnings("try") // the tracking is a resource only for its close
  private boolean stream(
      Dumps dumps,
      Inputs.Input input,
      ArticleWriter writer,
      RunSummary summary,
      PrintWriter err,
      Progress progress)
      throws IOException {
    long lastLine = 0;
    try (DumpReader reader = input.open(dumps, progress);
        Progress.Tracked tracked = progress.track(reader)) {
      for (Article a : reader) {
        lastLine = a.origin().lastLine();
        try {
          writer.write(a);
        } catch (RuntimeException | StackOverflowError e) {
          // A record half written: the output is not whole, and the run stops (no file replaced).
          throw new OutputException(
              "the article after line " + lastLine + " of " + input.name(),
              new IOException("internal error (" + e + ")", e));
        }
        summary.count(a);
        progress.articles(summary.articles);
        if (strict && !a.warnings().isEmpty()) {
          progress.clear();
          err.println(
              "akhbar: " + input.name() + ": " + a.warnings().get(0) + " (--strict: stopping)");
          return false;
        }
      }
      summary.withoutText(input, reader.recordsWithoutText());
    } catch (OutputException e) {
      // The output failed, not this input: the run stops.
      throw e;
    } catch (IOException | UncheckedIOException e) {
      summary.failed(input, e, lastLine);
      return !strict;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A bug met on this input (a stack or heap the input exhausted included): it fails alone.
      summary.failed(input, e, lastLine);
      return !strict;
    }
    // Counted once closed: a reader that skipped damaged data says so when it closes.
    summary.files++;
    summary.bytes += input.bytes();
    return true;
  }
}
