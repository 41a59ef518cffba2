package dev.akhbar.cli;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.Article;
import dev.akhbar.formats.DumpReader;
import dev.akhbar.formats.Dumps;
import dev.akhbar.formats.options.InputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code akhbar stats}: what a corpus holds, before converting it. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Reads inputs as convert does and prints how many articles there are, what share has each field "
          + "(title, date, source, keywords, body, dateline, credit, related), the range of dates, the "
          + "top sources and unmapped keys (input fields kept as attributes), the formats and encodings "
          + "detected, and the warnings by kind with the file:line where each was first seen: what to "
          + "run first on a new corpus.",
      ""
    },
    footer = {
      "",
      "Exit status: 0 all input read; 1 some input failed; 2 usage error.",
      "",
      "Example:",
      "  akhbar stats corpus/"
    })
final class StatsCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files or directories; - reads standard input.")
  private List<String> inputs;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description = "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private InputFormat inputFormat;

  @CommandLine.Mixin private FieldOption fields = new FieldOption();

  @CommandLine.Mixin private InputOptions select = new InputOptions();

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      defaultValue = "auto",
      description = "Input encoding (default: auto).")
  private String encoding;

  @Option(names = "--json", description = "Print the report as one JSON object.")
  private boolean json;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description =
          "Also write the report as one self-contained HTML page: articles per month, field "
              + "coverage, top sources and keywords, unmapped keys, formats, warnings.")
  private java.nio.file.Path html;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Dumps dumps =
        Inputs.dumps(spec, inputFormat, encoding, fields.values, NewsDumpParser.builder().build());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CorpusStats stats = new CorpusStats();
    for (Inputs.Input input : Inputs.expand(inputs, select.checked(spec))) {
      String format;
      String charset;
      long withoutText;
      try (DumpReader reader = input.open(dumps)) {
        for (Article a : reader) {
          stats.add(a);
        }
        format = reader.format().name().toLowerCase(Locale.ROOT);
        charset = reader.charset().name();
        withoutText = reader.recordsWithoutText();
      } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
        stats.addFailure();
        err.println("akhbar stats: " + input.name() + ": " + RunSummary.why(e, 0));
        continue;
      }
      // Counted once closed: a reader that skipped damaged data says so when it closes.
      stats.addFile(format, charset, withoutText);
    }
    if (json) {
      stats.printJson(out);
    } else {
      stats.printText(out);
    }
    out.flush();
    if (html != null && !writePage(stats, err)) {
      return ExitStatus.SOME_FAILED;
    }
    return stats.failures() > 0 ? ExitStatus.SOME_FAILED : 0;
  }

  /**
   * Writes the page as {@code -o} writes a conversion: to a temporary file beside it, moved into
   * place once whole, so that a failed write leaves an earlier page as it was.
   */
  private boolean writePage(CorpusStats stats, PrintWriter err) {
    try {
      OutputTarget target = OutputTarget.open(html);
      boolean ok = false;
      try {
        try (java.io.Writer page =
            new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(
                    target.stream(), java.nio.charset.StandardCharsets.UTF_8))) {
          StatsPage.write(stats, page);
        }
        ok = true;
      } finally {
        target.finish(ok);
      }
      return true;
    } catch (OutputException e) {
      // Already in the user's words: "cannot write PATH: REASON".
      err.println("akhbar stats: " + e.getMessage());
    } catch (IOException e) {
      err.println("akhbar stats: " + new OutputException(html.toString(), e).getMessage());
    }
    return false;
  }
}
