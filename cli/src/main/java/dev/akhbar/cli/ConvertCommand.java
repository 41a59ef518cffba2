package dev.akhbar.cli;

import dev.akhbar.Article;
import dev.akhbar.ArticleReader;
import dev.akhbar.NewsDumpParser;
import dev.akhbar.formats.ArticleWriter;
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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code akhbar convert}: dumps in, one JSON object per article out. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {"Converts news dumps to JSON: one object per article (JSON Lines) by default.",
        "Each INPUT is a file, or - for standard input. Articles are written in input order.",
        "A file that cannot be read is reported on standard error and skipped; the others are still converted."},
    footer = {"", "Exit status: 0 all input read; 1 some input failed; 2 usage error.", "",
        "Examples:",
        "  akhbar convert seeds/000_7c490c51ed63725b.txt",
        "  akhbar convert a.txt b.txt -o articles.jsonl",
        "  cat dump.txt | akhbar convert - --to json --normalize search"})
final class ConvertCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files to convert; - reads standard input.")
  private List<String> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write here instead of standard output. Written to a temporary file and moved into place when done.")
  private Path output;

  @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private OutputFormat format;

  @Option(names = "--normalize", paramLabel = "PROFILE", defaultValue = "display",
      description = "Text normalisation of the output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private NormalizationProfile profile;

  @Option(names = {"-q", "--quiet"}, description = "No summary on standard error.")
  private boolean quiet;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    NewsDumpParser parser = NewsDumpParser.builder().normalization(profile).build();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    Summary summary = new Summary();
    Path temp = null;
    OutputStream out;
    if (output != null) {
      Path dir = output.toAbsolutePath().getParent();
      temp = Files.createTempFile(dir, "." + output.getFileName() + ".", ".part");
      out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
    } else {
      out = new BufferedOutputStream(new NonClosingStream(System.out), 1 << 16);
    }
    boolean ok = false;
    try (ArticleWriter writer = ArticleWriter.of(out, format)) {
      for (String input : inputs) {
        convert(parser, input, writer, summary, err);
      }
      ok = true;
    } finally {
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
    return summary.failures > 0 ? Akhbar.SOME_FAILED : 0;
  }

  private void convert(NewsDumpParser parser, String input, ArticleWriter writer, Summary summary, PrintWriter err)
      throws IOException {
    try {
      ArticleReader reader;
      if (input.equals("-")) {
        reader = parser.parse(new NonClosingInput(System.in), "-");
      } else {
        Path path = Path.of(input);
        summary.bytes += Files.size(path);
        reader = parser.parse(path);
      }
      try (reader) {
        for (Article a : reader) {
          writer.write(a);
          summary.articles++;
          summary.warnings += a.warnings().size();
        }
      }
      summary.files++;
    } catch (NoSuchFileException e) {
      summary.failures++;
      err.println("akhbar: " + input + ": no such file");
    } catch (IOException | UncheckedIOException e) {
      summary.failures++;
      err.println("akhbar: " + input + ": cannot read: " + e.getMessage());
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String plural(long n, String word) {
    return n == 1 ? word : word + "s";
  }

  /** Counts for the closing summary line. */
  private static final class Summary {
    long files;
    long articles;
    long warnings;
    long failures;
    long bytes;
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

  /** Standard input must stay open after one reader closes. */
  private static final class NonClosingInput extends java.io.FilterInputStream {
    NonClosingInput(java.io.InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // Standard input belongs to the process.
    }
  }
}
