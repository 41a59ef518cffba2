package dev.akhbar.spark;

import dev.akhbar.article.Article;
import dev.akhbar.article.ArticleReader;
import dev.akhbar.article.Origin;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import dev.akhbar.formats.Dumps;
import dev.akhbar.formats.parallel.SplittableInput;
import dev.akhbar.spark.internal.SerializableConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

/** What the executors run: probing byte ranges, and reading files and pieces into rows. */
final class Tasks {
  private Tasks() {}

  /** The readers of each set of options, built once per executor JVM and shared by its tasks. */
  private static final ConcurrentHashMap<AkhbarSparkOptions, Dumps> DUMPS =
      new ConcurrentHashMap<>();

  static Dumps dumps(AkhbarSparkOptions options) {
    return DUMPS.computeIfAbsent(options, AkhbarSparkOptions::dumps);
  }

  static SplittableInput splittable(Dumps dumps, Configuration conf, Inputs.InputFile file)
      throws IOException {
    return SplittableInput.of(dumps, file.name(), file.size(), Inputs.opener(conf, file))
        .orElseThrow(
            () ->
                new IOException(
                    file.name() + " is no longer splittable; did it change during the job?"));
  }

  /** Probes one byte range. */
  static final class Probing implements Function<Inputs.ProbeTask, Inputs.ProbeResult> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<SerializableConfiguration> conf;
    private final AkhbarSparkOptions options;

    Probing(Broadcast<SerializableConfiguration> conf, AkhbarSparkOptions options) {
      this.conf = conf;
      this.options = options;
    }

    @Override
    public Inputs.ProbeResult call(Inputs.ProbeTask t) throws IOException {
      SplittableInput.Probe p =
          splittable(dumps(options), conf.value().value(), t.file())
              .probe(new SplittableInput.Range(t.start(), t.end()));
      return new Inputs.ProbeResult(
          t.index(), t.start(), t.end(), p.recordStart(), p.lineEndsBeforeRecord(), p.lineEnds());
    }
  }

  /**
   * Reads the files and pieces of one Spark task into rows, lazily; an input that fails becomes a
   * row that says so.
   */
  static final class Reading implements FlatMapFunction<List<Inputs.ReadTask>, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<SerializableConfiguration> conf;
    private final AkhbarSparkOptions options;
    private final ReadCounters counters;

    Reading(
        Broadcast<SerializableConfiguration> conf,
        AkhbarSparkOptions options,
        ReadCounters counters) {
      this.conf = conf;
      this.options = options;
      this.counters = counters;
    }

    @Override
    public Iterator<Row> call(List<Inputs.ReadTask> tasks) {
      // One input open at a time: the next opens when the one before is read to its end.
      Iterator<Inputs.ReadTask> each = tasks.iterator();
      return new Iterator<>() {
        private Iterator<Row> current = java.util.Collections.emptyIterator();

        @Override
        public boolean hasNext() {
          while (!current.hasNext() && each.hasNext()) {
            current = read(each.next());
          }
          return current.hasNext();
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return current.next();
        }
      };
    }

    private Iterator<Row> read(Inputs.ReadTask task) {
      Inputs.InputFile file = task.file();
      long line = task.piece() == null ? 1 : task.piece().firstLine();
      if (file.missing() != null) {
        return List.of(failed(file, line, file.missing())).iterator();
      }
      ArticleReader reader;
      try {
        reader = open(task);
      } catch (IOException | RuntimeException e) {
        return List.of(failed(file, line, "cannot read: " + message(e))).iterator();
      }
      return new Rows(reader, task, line);
    }

    private ArticleReader open(Inputs.ReadTask task) throws IOException {
      Dumps dumps = dumps(options);
      Configuration c = conf.value().value();
      if (task.piece() != null) {
        return splittable(dumps, c, task.file()).read(task.piece());
      }
      InputStream in = Inputs.opener(c, task.file()).open(0);
      try {
        return dumps.open(in, task.file().name());
      } catch (IOException | RuntimeException e) {
        in.close();
        throw e;
      }
    }

    /**
     * The row that stands for an input that could not be read (to the end); strict mode fails
     * instead.
     */
    private Row failed(Inputs.InputFile file, long line, String why) {
      String message = file.name() + ": " + why;
      if (options.strict()) {
        throw new IllegalStateException("akhbar (strict): " + message);
      }
      if (counters != null) {
        counters.failure(message);
      }
      System.err.println("akhbar: " + message);
      return ArticleRows.row(
          Article.builder(new Origin(file.name(), line, line))
              .warning(ParseWarning.of(line, WarningKind.UNREADABLE, why))
              .build());
    }

    private static String message(Throwable e) {
      Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
      return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The rows of one reader; closes it at the end or at the first error. */
    private final class Rows implements Iterator<Row> {
      private final ArticleReader reader;
      private final Iterator<Article> articles;
      private final Inputs.ReadTask task;
      private long lastLine;
      private Row next;
      private boolean done;

      Rows(ArticleReader reader, Inputs.ReadTask task, long firstLine) {
        this.reader = reader;
        this.articles = reader.iterator();
        this.task = task;
        this.lastLine = firstLine;
      }

      @Override
      public boolean hasNext() {
        if (next != null || done) {
          return next != null;
        }
        try {
          if (articles.hasNext()) {
            Article a = articles.next();
            lastLine = a.origin().lastLine();
            if (options.strict() && !a.warnings().isEmpty()) {
              throw new IllegalStateException(
                  "akhbar (strict): " + a.origin().input() + ": " + a.warnings().get(0));
            }
            if (counters != null) {
              counters.article(a.warnings().size());
            }
            next = ArticleRows.row(a);
          } else {
            if (counters != null) {
              counters.withoutText(reader.recordsWithoutText());
            }
            IOException closing = finish();
            if (closing != null) {
              // A reader that skipped damaged data (a corrupt gzip member) says so on closing.
              next = failed(task.file(), lastLine, "cannot read: " + message(closing));
            }
          }
        } catch (UncheckedIOException e) {
          finish();
          next = failed(task.file(), lastLine, "cannot read to the end: " + message(e));
        }
        return next != null;
      }

      /** Closes the reader; what it reported on closing, or null. */
      private IOException finish() {
        done = true;
        try {
          reader.close();
          return null;
        } catch (IOException e) {
          return e;
        }
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row r = next;
        next = null;
        return r;
      }
    }
  }
}
