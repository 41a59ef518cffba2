package dev.akhbar.cli;

import dev.akhbar.Article;
import dev.akhbar.NewsDumpParser;
import dev.akhbar.ParseWarning;
import dev.akhbar.WarningKind;
import dev.akhbar.formats.DumpReader;
import dev.akhbar.formats.Dumps;
import dev.akhbar.formats.InputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
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
          + "(title, date, source, keywords, body, dateline, credit, related), the formats and encodings "
          + "detected, and the warnings by kind: what to run first on a new corpus.",
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

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      defaultValue = "auto",
      description = "Input encoding (default: auto).")
  private String encoding;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Dumps dumps = Inputs.dumps(spec, inputFormat, encoding, NewsDumpParser.builder().build());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, Predicate<Article>> fields = new LinkedHashMap<>();
    fields.put("title", a -> !a.title().isEmpty());
    fields.put("date", a -> a.published().isPresent());
    fields.put("source", a -> a.source().isPresent());
    fields.put("keywords", a -> !a.keywords().isEmpty());
    fields.put("body", a -> !a.body().isEmpty());
    fields.put("dateline", a -> a.dateline().isPresent());
    fields.put("credit", a -> a.credit().isPresent());
    fields.put("related", a -> !a.related().isEmpty());
    long[] has = new long[fields.size()];
    Map<WarningKind, Long> warnings = new EnumMap<>(WarningKind.class);
    Map<String, Long> shapes = new LinkedHashMap<>();
    long articles = 0;
    int files = 0;
    int failures = 0;
    for (Inputs.Input input : Inputs.expand(inputs, err)) {
      try (DumpReader reader = input.open(dumps)) {
        for (Article a : reader) {
          articles++;
          int k = 0;
          for (Predicate<Article> p : fields.values()) {
            has[k++] += p.test(a) ? 1 : 0;
          }
          for (ParseWarning w : a.warnings()) {
            warnings.merge(w.kind(), 1L, Long::sum);
          }
        }
        shapes.merge(
            reader.format().name().toLowerCase(Locale.ROOT) + ", " + reader.charset().name(),
            1L,
            Long::sum);
        files++;
      } catch (IOException | UncheckedIOException e) {
        failures++;
        err.println("akhbar stats: " + input.name() + ": cannot read: " + e.getMessage());
      }
    }
    out.printf(
        Locale.ROOT,
        "%d %s, %d %s%n%n",
        files,
        RunSummary.plural(files, "file"),
        articles,
        RunSummary.plural(articles, "article"));
    out.printf("%-10s %10s %7s%n", "field", "articles", "share");
    int k = 0;
    for (String name : fields.keySet()) {
      out.printf(
          Locale.ROOT,
          "%-10s %10d %6.1f%%%n",
          name,
          has[k],
          articles == 0 ? 0.0 : 100.0 * has[k] / articles);
      k++;
    }
    out.printf("%n%-32s %6s%n", "format, encoding", "files");
    shapes.forEach((s, n) -> out.printf("%-32s %6d%n", s, n));
    out.printf("%n%-20s %8s%n", "warning", "count");
    if (warnings.isEmpty()) {
      out.println("(none)");
    }
    warnings.forEach((kind, n) -> out.printf("%-20s %8d%n", kind, n));
    out.flush();
    return failures > 0 ? ExitStatus.SOME_FAILED : 0;
  }
}
