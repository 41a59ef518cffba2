package dev.akhbar.cli;

import dev.akhbar.article.Article;
import dev.akhbar.formats.DumpReader;
import dev.akhbar.formats.Dumps;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code akhbar eval}: how close the parser comes to hand-written gold on real files. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Parses the data files of an evaluation set as convert does (every option at its default) and "
          + "compares the articles with gold written by hand: for each source and overall, the share "
          + "of gold articles a parsed article starts at, and for each field (title, date, source, "
          + "keywords, dateline, credit, author, paragraph and related counts) the share that agrees, "
          + "its precision and recall, then the articles that differ.",
      "",
      "The set is a directory with gold/SOURCE.jsonl (one JSON object per article: file, index, "
          + "firstLine, title, published, source, keywords, dateline, credit, author, paragraphs, "
          + "related) and data/ holding the files the gold names. Text is compared after display "
          + "normalisation; a date as far as the gold gives it.",
      ""
    },
    footer = {
      "",
      "Exit status: 0 scored (and at or above the floor); 1 a file or the gold could not be read, "
          + "or a score fell below the floor; 2 usage error.",
      "",
      "Examples:",
      "  akhbar eval eval",
      "  akhbar eval eval --floor eval/floor.json"
    })
final class EvalCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "SET",
      description = "The evaluation set: a directory with gold/ and data/.")
  private Path set;

  @Option(
      names = "--floor",
      paramLabel = "FILE",
      description = "Fail (status 1) when an accuracy falls below the one this JSON file records.")
  private Path floor;

  @Option(
      names = "--record-floor",
      paramLabel = "FILE",
      description = "Write today's accuracies to FILE, as the floor later runs must keep.")
  private Path recordFloor;

  @Option(
      names = "--differences",
      paramLabel = "N",
      defaultValue = "20",
      description = "List the first N differences (default: ${DEFAULT-VALUE}; 0: none).")
  private int differences;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (differences < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--differences must be 0 or more: " + differences);
    }
    List<GoldArticle> gold;
    try {
      gold = GoldSet.read(set);
    } catch (GoldSet.GoldException e) {
      err.println("akhbar: " + e.getMessage());
      err.flush();
      return ExitStatus.SOME_FAILED;
    }
    Map<String, Map<String, List<GoldArticle>>> byFile = new LinkedHashMap<>();
    for (GoldArticle g : gold) {
      byFile
          .computeIfAbsent(g.source(), s -> new LinkedHashMap<>())
          .computeIfAbsent(g.file(), f -> new ArrayList<>())
          .add(g);
    }
    Dumps dumps = Dumps.builder().build();
    EvalScores scores = new EvalScores();
    int failed = 0;
    for (Map.Entry<String, Map<String, List<GoldArticle>>> source : byFile.entrySet()) {
      for (Map.Entry<String, List<GoldArticle>> file : source.getValue().entrySet()) {
        Path path = set.resolve("data").resolve(file.getKey());
        boolean scored = false;
        try {
          if (!Files.isRegularFile(path)) {
            throw new IOException("no such file");
          }
          try (DumpReader reader = dumps.open(path)) {
            UntilFailure articles = new UntilFailure(reader);
            scores.addFile(source.getKey(), file.getValue(), articles);
            scored = true;
            if (articles.failure != null) {
              throw articles.failure;
            }
          }
        } catch (IOException | UncheckedIOException e) {
          failed++;
          err.println("akhbar: " + path + ": " + e.getMessage());
          if (!scored) {
            scores.addFile(source.getKey(), file.getValue(), List.of());
          }
        }
      }
    }
    out.printf(
        "akhbar eval %s: %d sources, %d gold articles in %d files%n%n",
        set, byFile.size(), gold.size(), byFile.values().stream().mapToInt(Map::size).sum());
    EvalTable.print(scores, differences, out);
    if (recordFloor != null) {
      EvalFloor.record(scores, recordFloor);
      err.println("akhbar: floor written to " + recordFloor);
    }
    int status = failed > 0 ? ExitStatus.SOME_FAILED : 0;
    if (floor != null) {
      List<String> below = EvalFloor.check(scores, floor);
      for (String line : below) {
        err.println("akhbar: below the floor: " + line);
      }
      if (!below.isEmpty()) {
        status = ExitStatus.SOME_FAILED;
      }
    }
    err.flush();
    return status;
  }

  /** A reader's articles until it fails; the failure is kept for the caller. */
  private static final class UntilFailure implements Iterable<Article> {
    private final DumpReader reader;
    private IOException failure;

    UntilFailure(DumpReader reader) {
      this.reader = reader;
    }

    @Override
    public Iterator<Article> iterator() {
      Iterator<Article> articles = reader.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          if (failure != null) {
            return false;
          }
          try {
            return articles.hasNext();
          } catch (UncheckedIOException e) {
            failure = e.getCause();
            return false;
          }
        }

        @Override
        public Article next() {
          return articles.next();
        }
      };
    }
  }
}
