package dev.akhbar.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * Spark accumulators that a read adds to as its rows are computed: articles, warnings, inputs that
 * could not be read, and what went wrong with them ({@code "input: why"}).
 *
 * <p>Like every accumulator, they count each time the rows are computed: read them after one action
 * (a write), or cache the Dataset first. Serialisable; thread-safe as Spark's accumulators are.
 */
public final class ReadCounters implements Serializable {
  private static final long serialVersionUID = 1L;

  private final LongAccumulator articles;
  private final LongAccumulator warnings;
  private final LongAccumulator failures;
  private final LongAccumulator withoutText;
  private final CollectionAccumulator<String> failureMessages;

  private ReadCounters(SparkContext sc) {
    this.articles = sc.longAccumulator("akhbar articles");
    this.warnings = sc.longAccumulator("akhbar warnings");
    this.failures = sc.longAccumulator("akhbar failures");
    this.withoutText = sc.longAccumulator("akhbar records without text");
    this.failureMessages = sc.collectionAccumulator("akhbar failure messages");
  }

  /** New counters, registered with the context. */
  public static ReadCounters register(SparkContext sc) {
    return new ReadCounters(sc);
  }

  /** Articles read. */
  public long articles() {
    return articles.value();
  }

  /** Warnings on those articles. */
  public long warnings() {
    return warnings.value();
  }

  /** Inputs, or pieces of inputs, that could not be read (or not to the end). */
  public long failures() {
    return failures.value();
  }

  /** Records that held no article text (no title, no body): no rows, counted. */
  public long recordsWithoutText() {
    return withoutText.value();
  }

  /** What went wrong, one {@code "input: why"} a failure. */
  public List<String> failureMessages() {
    return List.copyOf(failureMessages.value());
  }

  void article(int warningCount) {
    articles.add(1);
    warnings.add(warningCount);
  }

  void withoutText(long records) {
    withoutText.add(records);
  }

  void failure(String message) {
    failures.add(1);
    failureMessages.add(message);
  }
}
