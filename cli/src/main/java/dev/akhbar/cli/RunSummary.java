package dev.akhbar.cli;

import dev.akhbar.article.Article;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * What a conversion counted, for its closing line, and the inputs that failed, reported as they
 * fail.
 */
final class RunSummary {
  long files;
  long articles;
  long warnings;
  long failures;
  long bytes;

  /** Records that held no article text: not written. */
  long withoutText;

  private final PrintWriter err;

  RunSummary(PrintWriter err) {
    this.err = err;
  }

  void count(Article a) {
    articles++;
    warnings += a.warnings().size();
  }

  /** An input's records that held no article text: counted, and said on standard error. */
  void withoutText(Inputs.Input input, long records) {
    if (records > 0) {
      withoutText += records;
      clearProgress();
      err.println(
          "akhbar: "
              + input.name()
              + ": "
              + records
              + " "
              + plural(records, "record")
              + " without article text (no title, no body), not written");
    }
  }

  /** Whether a failure's stack trace follows its line ({@code --debug}), for a bug report. */
  boolean debug;

  /** The progress line, cleared before a message is printed; null when there is none. */
  Progress progress;

  private void clearProgress() {
    if (progress != null) {
      progress.clear();
    }
  }

  /** An input that could not be read (to the end): counted, and said on standard error. */
  void failed(Inputs.Input input, String why) {
    failures++;
    clearProgress();
    err.println("akhbar: " + input.name() + ": " + why);
  }

  /**
   * An input that failed with {@code e} after line {@code afterLine} (0: unknown): its one line,
   * and with {@code --debug} the stack trace.
   */
  void failed(Inputs.Input input, Throwable e, long afterLine) {
    failed(input, why(e, afterLine));
    if (debug) {
      e.printStackTrace(err);
      err.flush();
    }
  }

  /** {@code akhbar: 2 files, 5 articles, 1 warning, 0 failures, 1.2 MB in 0.31 s (3.9 MB/s)}. */
  void print(long startedNanos) {
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    err.printf(
        Locale.ROOT,
        "akhbar: %d %s, %d %s%s, %d %s, %d %s, %.1f MB in %.2f s (%.1f MB/s)%n",
        files,
        plural(files, "file"),
        articles,
        plural(articles, "article"),
        withoutText == 0
            ? ""
            : " ("
                + withoutText
                + " "
                + plural(withoutText, "record")
                + " without text not written)",
        warnings,
        plural(warnings, "warning"),
        failures,
        plural(failures, "failure"),
        bytes / 1e6,
        seconds,
        bytes / 1e6 / Math.max(seconds, 1e-9));
    err.flush();
  }

  static String plural(long n, String word) {
    return n == 1 ? word : word + "s";
  }

  static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Why an input failed, for its line on stderr: a missing file, an I/O message, or, for an error
   * in akhbar itself (a {@link RuntimeException} or {@link Error}), what it was and after which
   * line, so that a bug report can point at the text.
   *
   * @param afterLine the last line of the last article read, 0 when none was (or it is unknown)
   */
  static String why(Throwable e, long afterLine) {
    Throwable io =
        e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (io instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (io instanceof java.nio.file.AccessDeniedException) {
      return "cannot read: permission denied";
    }
    if (io instanceof java.nio.file.FileSystemException f) {
      // Its message is the path, named already: the reason alone, in words.
      String reason;
      if (f.getReason() != null) {
        reason = f.getReason().toLowerCase(java.util.Locale.ROOT);
      } else if (f instanceof java.nio.file.FileSystemLoopException) {
        reason = "a loop of symbolic links";
      } else if (f instanceof java.nio.file.NotDirectoryException) {
        reason = "not a directory";
      } else {
        reason = "file system error";
      }
      return "cannot read: " + reason;
    }
    if (io instanceof java.io.IOException) {
      return "cannot read: " + message(io);
    }
    return "failed"
        + (afterLine > 0 ? " after line " + afterLine : "")
        + ": internal error ("
        + e.getClass().getName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage())
        + "); skipped, the other inputs are converted; please report it with this input";
  }
}
