package dev.akhbar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
import dev.akhbar.formats.DumpReader;
import dev.akhbar.formats.Dumps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcWriter;

/** Spark's rows equal, article for article, what one machine reads from the same files. */
class AkhbarSparkTest {
  static final Path SEED =
      Path.of(
          java.net.URI.create(
              String.valueOf(
                  AkhbarSparkTest.class.getResource("/seeds/000_7c490c51ed63725b.txt"))));
  static final Path FIXTURES =
      Path.of(java.net.URI.create(String.valueOf(AkhbarSparkTest.class.getResource("/fixtures"))));
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("akhbar-test")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** What one machine reads, named as the Spark read names it. */
  static List<Article> local(Path file, String name) throws IOException {
    try (DumpReader r = Dumps.builder().build().open(Files.newInputStream(file), name)) {
      return r.stream().toList();
    }
  }

  /** Rows through Spark's own conversion, so that they compare with collected rows. */
  static List<Row> rows(List<Article> articles) {
    List<Row> rows = articles.stream().map(AkhbarSpark::toRow).collect(Collectors.toList());
    return spark.createDataFrame(rows, AkhbarSpark.schema()).collectAsList();
  }

  @Test
  void theSeedReadsAsOnOneMachine() throws IOException {
    List<Row> got = AkhbarSpark.read(spark, SEED.toString()).collectAsList();
    List<Article> expected = local(SEED, SEED.toString());
    assertEquals(rows(expected), got);
    Row row = got.get(0);
    assertEquals(
        "بوتين: روسيا على استعداد للحوار مع الولايات المتحدة حول الاستقرار الاستراتيجي",
        row.getAs("title"));
    assertEquals("2024-02-29", row.getAs("published"));
    assertEquals("صدى البلد", row.getAs("source"));
    assertEquals(
        7, row.<scala.collection.Seq<String>>getAs("body").size(), "the seed's lines 3 to 9");
    Row related = row.<scala.collection.Seq<Row>>getAs("related").apply(0);
    assertEquals("ممثل بوتين: حققنا تقدما ملحوظا مع واشنطن بشأن أوكرانيا", related.getAs("title"));
    assertEquals("الأناضول", related.getAs("credit"));
    Row origin = row.getAs("origin");
    assertEquals(SEED.toString(), origin.getAs("input"));
    assertEquals(1L, (long) origin.getAs("line"));
    assertEquals(27L, (long) origin.getAs("lastLine"));
  }

  @Test
  void everyFixtureShapeReadsAsOnOneMachine(@TempDir Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(FIXTURES)) {
      s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals("NOTICE.md"))
          .sorted()
          .forEach(files::add);
    }
    Path gz = dir.resolve("seed.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(SEED, out);
    }
    files.add(gz);
    Path warc = dir.resolve("crawl.warc.gz");
    Files.write(warc, wet());
    files.add(warc);
    assertTrue(files.size() >= 9, files.toString());
    for (Path f : files) {
      List<Article> expected = local(f, f.toString());
      assertTrue(!expected.isEmpty(), f.toString());
      assertEquals(
          rows(expected), AkhbarSpark.read(spark, f.toString()).collectAsList(), f.toString());
    }
  }

  private static byte[] wet() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
      w.write(
          new WarcConversion.Builder()
              .setHeader("WARC-Target-URI", "https://example.com/b")
              .date(Instant.parse("2024-03-02T00:00:00Z"))
              .body(
                  MediaType.parse("text/plain"),
                  "ارتفاع أسعار النفط\nارتفعت أسعار النفط اليوم في الأسواق العالمية.\n"
                      .getBytes(StandardCharsets.UTF_8))
              .build());
    }
    return out.toByteArray();
  }

  @Test
  void aFileOfManySplitsGivesEveryArticleOnceInOrder(@TempDir Path dir) throws IOException {
    String seed = Files.readString(SEED);
    Path text = dir.resolve("dump.txt");
    int pages = 600;
    try (Writer w = Files.newBufferedWriter(text)) {
      for (int i = 0; i < pages; i++) {
        String page = seed.replace("بوتين:", "بوتين " + i + ":") + "\n";
        w.write(i % 4 == 0 ? page.replace("\n", "\r\n") : page);
      }
    }
    Path jsonl = dir.resolve("crawl.jsonl");
    int records = 3000;
    try (Writer w = Files.newBufferedWriter(jsonl)) {
      for (int i = 0; i < records; i++) {
        w.write(
            "{\"title\": \"خبر "
                + i
                + "\", \"text\": \"نص الخبر "
                + i
                + "\", \"date\": \"2024-02-29\"}\n");
      }
    }
    AkhbarSparkOptions small = AkhbarSparkOptions.defaults().withSplitBytes(64 << 10);
    for (Path f : List.of(text, jsonl)) {
      Dataset<Row> read = AkhbarSpark.read(spark, small, f.toString());
      long splits = Files.size(f) / (64 << 10);
      assertTrue(
          read.rdd().getNumPartitions() >= splits - 1,
          "split by byte range: " + read.rdd().getNumPartitions());
      List<Row> got = read.collectAsList();
      assertEquals(rows(local(f, f.toString())), got, f.toString());
      assertEquals(
          got.size(),
          got.stream().map(r -> (String) r.getAs("title")).distinct().count(),
          "none twice");
    }
    assertEquals(pages, AkhbarSpark.read(spark, small, text.toString()).count());
    assertEquals(records, AkhbarSpark.read(spark, small, jsonl.toString()).count());
  }

  @Test
  void manySmallFilesArePackedIntoFewTasksInOrder(@TempDir Path dir) throws IOException {
    String seed = Files.readString(SEED);
    List<Article> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Path f = dir.resolve(String.format("p%02d.txt", i));
      Files.writeString(f, seed.replace("بوتين:", "بوتين " + i + ":"));
      expected.addAll(local(f, "file:" + f));
    }
    Dataset<Row> read = AkhbarSpark.read(spark, dir.toString());
    assertEquals(1, read.rdd().getNumPartitions(), "40 files of 5 KB: one task");
    assertEquals(rows(expected), read.collectAsList());
    long largest = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        largest = Math.max(largest, Files.size(f));
      }
    }
    // Room for four of the largest file: the sizes differ by a few bytes, so four fit and five do
    // not.
    Dataset<Row> smallTasks =
        AkhbarSpark.read(
            spark, AkhbarSparkOptions.defaults().withSplitBytes(largest * 4), dir.toString());
    assertEquals(10, smallTasks.rdd().getNumPartitions(), "four files a task");
    assertEquals(rows(expected), smallTasks.collectAsList());
  }

  @Test
  void aFileFoundByAGlobIsNamedByItsPath(@TempDir Path dir) throws IOException {
    Path copy = dir.resolve("page.txt");
    Files.copy(SEED, copy);
    Row row = AkhbarSpark.read(spark, dir.resolve("*.txt").toString()).collectAsList().get(0);
    assertEquals("file:" + copy, row.<Row>getAs("origin").getAs("input"));
  }

  @Test
  void aCorruptFileInABatchIsAReportedRowUnlessStrict(@TempDir Path dir) throws IOException {
    Files.copy(SEED, dir.resolve("a.txt"));
    // gzip magic bytes, then garbage: the stream breaks while it is read.
    Files.write(
        dir.resolve("b.txt.gz"),
        new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7});
    Files.copy(SEED, dir.resolve("c.txt"));
    String missing = dir.resolve("missing.txt").toString();
    ReadCounters counters = ReadCounters.register(spark.sparkContext());
    List<Row> got =
        AkhbarSpark.read(spark, AkhbarSparkOptions.defaults(), counters, dir.toString(), missing)
            .collectAsList();
    assertEquals(4, got.size(), "two articles and two failures");
    Row broken = got.get(1);
    assertTrue(broken.<Row>getAs("origin").<String>getAs("input").endsWith("b.txt.gz"));
    Row warning = broken.<scala.collection.Seq<Row>>getAs("warnings").apply(0);
    assertEquals("UNREADABLE", warning.getAs("kind"));
    assertEquals(
        "no such file",
        got.get(3).<scala.collection.Seq<Row>>getAs("warnings").apply(0).getAs("message"));
    assertEquals(2, counters.articles());
    assertEquals(2, counters.failures());
    assertTrue(
        counters.failureMessages().stream().anyMatch(m -> m.contains("b.txt.gz: cannot read")),
        counters.failureMessages().toString());
    Exception e =
        assertThrows(
            Exception.class,
            () ->
                AkhbarSpark.read(
                        spark, AkhbarSparkOptions.defaults().withStrict(true), dir.toString())
                    .collectAsList());
    assertTrue(String.valueOf(e.getMessage()).contains("b.txt.gz"), e.getMessage());
  }

  @Test
  void theConvertJobWritesJsonLinesAndParquetAndCounts(@TempDir Path dir) throws IOException {
    Path jsonl = dir.resolve("jsonl");
    assertEquals(0, ConvertJob.run(spark, "--to", "jsonl", jsonl.toString(), SEED.toString()));
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(jsonl)) {
      for (Path p :
          parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p));
      }
    }
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).startsWith("{\"title\":\"بوتين: روسيا على استعداد"), lines.get(0));
    Path parquet = dir.resolve("parquet");
    assertEquals(0, ConvertJob.run(spark, parquet.toString(), SEED.toString(), SEED.toString()));
    assertEquals(2, spark.read().parquet(parquet.toString()).count());
    assertEquals(
        2, ConvertJob.run(spark, "--to", "xml", dir.resolve("x").toString(), SEED.toString()));
    assertEquals(
        1,
        ConvertJob.run(
            spark, "--overwrite", parquet.toString(), dir.resolve("nothing-here").toString()));
  }
}
