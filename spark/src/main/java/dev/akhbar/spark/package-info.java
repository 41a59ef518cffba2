/**
 * Akhbar on Apache Spark: news dumps on any Hadoop file system read into a {@code Dataset<Row>} of
 * articles in the command line's JSON shape ({@link dev.akhbar.spark.AkhbarSpark}), with options
 * ({@link dev.akhbar.spark.AkhbarSparkOptions}) and counters of articles, warnings, failures and
 * records without text ({@link dev.akhbar.spark.ReadCounters}); {@link dev.akhbar.spark.ConvertJob}
 * is the {@code spark-submit} entry point that writes them out.
 */
package dev.akhbar.spark;
