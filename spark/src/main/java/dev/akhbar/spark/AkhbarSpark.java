package dev.akhbar.spark;

import dev.akhbar.article.Article;
import dev.akhbar.formats.Dumps;
import dev.akhbar.formats.parallel.SplittableInput;
import dev.akhbar.spark.internal.SerializableConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * News dumps as a Spark {@code Dataset<Row>} of articles, one row an {@link Article}, in the JSON
 * shape the command line writes ({@link #schema()}).
 *
 * <p>Paths are anything the cluster's Hadoop configuration reaches (local, HDFS, S3A, ...): files,
 * directories (walked recursively in name order) and globs, in any format, encoding and compression
 * that {@code akhbar-formats} reads, WARC and WET included. Work is split by file and, for
 * uncompressed text dumps and JSON Lines larger than {@link AkhbarSparkOptions#splitBytes()}, by
 * byte range ({@link SplittableInput}): a first, light job finds where the records of each range
 * start and counts line ends, so each piece starts on a record and knows its first line; every page
 * or record is read exactly once, and the rows equal, article for article and line for line, what
 * one machine reads. Small files are packed, in order, into tasks of up to {@code splitBytes}.
 *
 * <p>An input that cannot be read (missing, corrupt, cut short) becomes a row with an {@code
 * UNREADABLE} warning and adds to {@link ReadCounters#failures()}; the job goes on unless {@link
 * AkhbarSparkOptions#strict()} is set. The parser is built once per executor JVM from the
 * serialisable options.
 *
 * <pre>{@code
 * Dataset<Row> articles = AkhbarSpark.read(spark, "hdfs:///corpus/");
 * articles.select("title", "published", "origin.input").show();
 * }</pre>
 *
 * <p>Thread-safe: static methods only; each read plans on the calling (driver) thread.
 */
public final class AkhbarSpark {
  private AkhbarSpark() {}

  /** The schema of the rows: the JSON shape of an {@link Article}. */
  public static StructType schema() {
    return ArticleRows.ARTICLE;
  }

  /** The row of one article, in {@link #schema()}. */
  public static Row toRow(Article article) {
    return ArticleRows.row(Objects.requireNonNull(article, "article"));
  }

  /** Reads the paths with the default options. */
  public static Dataset<Row> read(SparkSession spark, String... paths) {
    return read(spark, AkhbarSparkOptions.defaults(), null, paths);
  }

  /** Reads the paths with the given options. */
  public static Dataset<Row> read(SparkSession spark, AkhbarSparkOptions options, String... paths) {
    return read(spark, options, null, paths);
  }

  /**
   * Reads the paths with the given options, adding to {@code counters} (may be null) as rows are
   * computed. Lists the files and probes the byte ranges of large splittable files now; the
   * articles are read when an action asks for the rows.
   *
   * @throws UncheckedIOException if the paths cannot be listed
   */
  public static Dataset<Row> read(
      SparkSession spark, AkhbarSparkOptions options, ReadCounters counters, String... paths) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(options, "options");
    if (paths.length == 0) {
      throw new IllegalArgumentException("no paths to read");
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Broadcast<SerializableConfiguration> shared =
        jsc.broadcast(new SerializableConfiguration(conf));
    List<Inputs.InputFile> files;
    try {
      files = Inputs.list(conf, paths);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot list " + Arrays.toString(paths) + ": " + e.getMessage(), e);
    }
    List<Inputs.ReadTask> tasks = plan(jsc, shared, conf, options, files);
    List<List<Inputs.ReadTask>> packed = Inputs.pack(tasks, options.splitBytes());
    JavaRDD<Row> rows =
        jsc.parallelize(packed, Math.max(1, packed.size()))
            .flatMap(new Tasks.Reading(shared, options, counters));
    return spark.createDataFrame(rows, ArticleRows.ARTICLE);
  }

  /** One task a file, or a task a piece for the large splittable ones, in input order. */
  private static List<Inputs.ReadTask> plan(
      JavaSparkContext jsc,
      Broadcast<SerializableConfiguration> shared,
      Configuration conf,
      AkhbarSparkOptions options,
      List<Inputs.InputFile> files) {
    Dumps dumps = Tasks.dumps(options);
    Map<Integer, SplittableInput> splits = new HashMap<>();
    List<Inputs.ProbeTask> probes = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Inputs.InputFile f = files.get(i);
      if (f.missing() != null || f.size() <= options.splitBytes()) {
        continue;
      }
      Optional<SplittableInput> split;
      try {
        split = SplittableInput.of(dumps, f.name(), f.size(), Inputs.opener(conf, f));
      } catch (IOException e) {
        // Read whole: the read task reports what is wrong with it.
        continue;
      }
      if (split.isPresent()) {
        splits.put(i, split.get());
        for (SplittableInput.Range r : split.get().ranges(options.splitBytes())) {
          probes.add(new Inputs.ProbeTask(i, f, r.start(), r.end()));
        }
      }
    }
    Map<Integer, List<SplittableInput.Probe>> found = new HashMap<>();
    if (!probes.isEmpty()) {
      for (Inputs.ProbeResult r :
          jsc.parallelize(probes, probes.size())
              .map(new Tasks.Probing(shared, options))
              .collect()) {
        found.computeIfAbsent(r.index(), k -> new ArrayList<>()).add(r.probe());
      }
    }
    List<Inputs.ReadTask> tasks = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Inputs.InputFile f = files.get(i);
      List<SplittableInput.Piece> pieces = List.of();
      if (found.containsKey(i)) {
        List<SplittableInput.Probe> p = found.get(i);
        p.sort((a, b) -> Long.compare(a.range().start(), b.range().start()));
        pieces = splits.get(i).pieces(p);
      }
      if (pieces.isEmpty()) {
        tasks.add(new Inputs.ReadTask(f, null));
      }
      for (SplittableInput.Piece piece : pieces) {
        tasks.add(new Inputs.ReadTask(f, piece));
      }
    }
    return tasks;
  }
}
