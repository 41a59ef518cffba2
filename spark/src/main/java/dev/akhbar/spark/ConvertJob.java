package dev.akhbar.spark;

import dev.akhbar.formats.options.InputFormat;
import dev.akhbar.text.NormalizationProfile;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark-submit --class dev.akhbar.spark.ConvertJob akhbar-spark-<version>-all.jar OUTPUT
 * INPUT...}: converts dumps to Parquet (default) or JSON Lines on a cluster, then prints the counts
 * of articles, warnings and failures that the job's accumulators gathered.
 *
 * <p>Exit status: 0 every input read; 1 some input failed; 2 usage error. Not thread-safe: one run
 * a process.
 */
@Command(
    name = "ConvertJob",
    mixinStandardHelpOptions = true,
    version = "akhbar-spark 0.1.0",
    description = {
      "Converts news dumps to Parquet or JSON Lines with Apache Spark: one row per article.",
      "",
      "Each INPUT is a file, a directory (read recursively) or a glob that the cluster's Hadoop "
          + "configuration reaches (file:, hdfs:, s3a:, ...). Large uncompressed text dumps and JSON Lines "
          + "are split by byte range; everything else by file.",
      ""
    },
    footer = {
      "",
      "Exit status: 0 all input read; 1 some input failed; 2 usage error.",
      "",
      "Example:",
      "  spark-submit --class dev.akhbar.spark.ConvertJob akhbar-spark-0.1.0-SNAPSHOT-all.jar \\",
      "      --to parquet s3a://bucket/articles/ s3a://bucket/crawl/"
    })
public final class ConvertJob implements Callable<Integer> {
  /** The output formats. */
  public enum Output {
    /** Apache Parquet files. */
    PARQUET,
    /** JSON Lines files, one article a line. */
    JSONL
  }

  @Parameters(
      index = "0",
      paramLabel = "OUTPUT",
      description = "The output directory (Spark writes part files into it).")
  private String output;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files, directories or globs to convert.")
  private List<String> inputs;

  @Option(
      names = "--to",
      paramLabel = "FORMAT",
      defaultValue = "parquet",
      description = "Output format: parquet or jsonl (default: ${DEFAULT-VALUE}).")
  private String to;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description =
          "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, detected per file).")
  private InputFormat inputFormat;

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      defaultValue = "auto",
      description = "Input encoding: auto (detected per file) or a name such as windows-1256.")
  private String encoding;

  @Option(
      names = "--normalize",
      paramLabel = "PROFILE",
      defaultValue = "display",
      description = "Text normalisation: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private NormalizationProfile profile;

  @Option(
      names = "--split-mb",
      paramLabel = "MB",
      defaultValue = "128",
      description =
          "Size of the byte ranges large text and JSON Lines files are cut into (default: ${DEFAULT-VALUE}).")
  private long splitMb;

  @Option(
      names = "--strict",
      description = "Fail the job at the first unreadable input or article with a warning.")
  private boolean strict;

  @Option(names = "--overwrite", description = "Replace the output directory if it exists.")
  private boolean overwrite;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /** The caller's session, or null: then the job starts its own and stops it. */
  private SparkSession spark;

  /**
   * Runs the job with {@code spark-submit}'s session and exits with its status. The session is
   * started only once the arguments are read: {@code --help} and usage errors start none.
   */
  public static void main(String[] args) {
    System.exit(
        new CommandLine(new ConvertJob()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
  }

  /** Runs the job in a session the caller owns; returns the exit status. */
  public static int run(SparkSession spark, String... args) {
    ConvertJob job = new ConvertJob();
    job.spark = spark;
    return new CommandLine(job).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }

  @Override
  public Integer call() {
    Output format;
    try {
      format = Output.valueOf(to.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--to must be parquet or jsonl: " + to);
    }
    if (splitMb < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--split-mb must be at least 1");
    }
    AkhbarSparkOptions options;
    try {
      options =
          AkhbarSparkOptions.defaults()
              .withInputFormat(inputFormat)
              .withEncoding(encoding)
              .withNormalization(profile)
              .withStrict(strict)
              .withSplitBytes(splitMb << 20);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "unknown encoding: " + encoding);
    }
    if (spark != null) {
      return convert(spark, format, options);
    }
    SparkSession session = SparkSession.builder().appName("akhbar convert").getOrCreate();
    try {
      return convert(session, format, options);
    } finally {
      session.stop();
    }
  }

  private int convert(SparkSession session, Output format, AkhbarSparkOptions options) {
    ReadCounters counters = ReadCounters.register(session.sparkContext());
    Dataset<Row> articles =
        AkhbarSpark.read(session, options, counters, inputs.toArray(new String[0]));
    DataFrameWriter<Row> writer =
        articles.write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
    if (format == Output.PARQUET) {
      writer.parquet(output);
    } else {
      writer.json(output);
    }
    PrintWriter err = spec.commandLine().getErr();
    for (String m : counters.failureMessages()) {
      err.println("akhbar: " + m);
    }
    err.printf(
        Locale.ROOT,
        "akhbar: %d articles%s, %d warnings, %d failures -> %s (%s)%n",
        counters.articles(),
        counters.recordsWithoutText() == 0
            ? ""
            : " (" + counters.recordsWithoutText() + " records without text not written)",
        counters.warnings(),
        counters.failures(),
        output,
        format.name().toLowerCase(Locale.ROOT));
    err.flush();
    return counters.failures() > 0 ? 1 : 0;
  }
}
