package dev.akhbar.formats.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.akhbar.article.Article;
import dev.akhbar.article.Origin;
import dev.akhbar.formats.ArticleWriter;
import dev.akhbar.formats.DumpReader;
import dev.akhbar.formats.Dumps;
import dev.akhbar.formats.options.InputFormat;
import dev.akhbar.formats.options.OutputFormat;
import dev.akhbar.formats.parallel.SplittableInputTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Fuzz targets of the formats: every reader on arbitrary bytes, and the writers round-tripping
 * arbitrary articles. The only exceptions allowed are I/O errors of a broken compressed stream.
 */
class FormatsFuzz {
  private static final Dumps[] READERS = new Dumps[InputFormat.values().length];

  static {
    for (InputFormat f : InputFormat.values()) {
      READERS[f.ordinal()] = Dumps.builder().format(f).build();
    }
  }

  /** CSV as written, formulas not neutralised: what reads back equal to the article's text. */
  private static final java.util.Set<ArticleWriter.Feature> RAW =
      java.util.EnumSet.noneOf(ArticleWriter.Feature.class);

  /** Any bytes through every reader: articles with sane origins, or a documented I/O error. */
  @FuzzTest(maxDuration = "10m")
  void readers(byte[] input) {
    for (Dumps dumps : READERS) {
      try (DumpReader r = dumps.open(new ByteArrayInputStream(input), "fuzz")) {
        for (Article a : r) {
          assertTrue(a.origin().line() >= 1 && a.origin().lastLine() >= a.origin().line());
          assertWritesBack(a);
        }
      } catch (IOException | UncheckedIOException e) {
        // A broken gzip/bzip2/xz/zstd stream, or binary data refused: reported to the caller as an
        // I/O error, by design.
        assertTrue(
            compressed(input) || String.valueOf(e.getMessage()).startsWith("binary data, not text"),
            "an I/O error needs compressed input or binary data: " + e);
      }
    }
  }

  private static final Dumps AUTO = Dumps.builder().build();

  /** The structured readers: JSON, CSV, XML and HTML. */
  private static final Dumps[] STRUCTURED = {
    READERS[InputFormat.JSON.ordinal()],
    READERS[InputFormat.CSV.ordinal()],
    READERS[InputFormat.XML.ordinal()],
    READERS[InputFormat.HTML.ordinal()],
    AUTO
  };

  /**
   * Any bytes through the structured readers (envelopes, JSON-LD, HTML pages and fields, scrapy XML
   * among the seeds): sane articles, and every article's JSON Lines read back equal to it.
   */
  @FuzzTest(maxDuration = "10m")
  void structured(byte[] input) {
    for (Dumps dumps : STRUCTURED) {
      List<Article> read = new java.util.ArrayList<>();
      try (DumpReader r = dumps.open(new ByteArrayInputStream(input), "fuzz")) {
        for (Article a : r) {
          assertTrue(a.origin().line() >= 1 && a.origin().lastLine() >= a.origin().line());
          assertTrue(
              !a.title().isBlank()
                  || !a.body().isEmpty()
                  || !a.warnings().isEmpty()
                  || !a.related().isEmpty(),
              "an article without text or warning: " + a);
          read.add(a);
        }
      } catch (IOException | UncheckedIOException e) {
        assertTrue(
            compressed(input) || String.valueOf(e.getMessage()).startsWith("binary data, not text"),
            "an I/O error needs compressed input or binary data: " + e);
        continue;
      }
      assertReadsBackEqual(read);
    }
  }

  /**
   * Articles written as JSON Lines read back into articles that write the same bytes (a date's
   * calendar and span are not written, so equal as written is what can hold).
   */
  private static void assertReadsBackEqual(List<Article> articles) {
    if (articles.isEmpty()) {
      return;
    }
    try {
      byte[] written = jsonLines(articles);
      try (DumpReader back = AUTO.open(new ByteArrayInputStream(written), "back")) {
        List<Article> again = back.stream().toList();
        assertEquals(
            new String(written, java.nio.charset.StandardCharsets.UTF_8),
            new String(jsonLines(again), java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new AssertionError("writing or reading back failed: " + e, e);
    }
  }

  private static byte[] jsonLines(List<Article> articles) throws IOException {
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    try (ArticleWriter w = ArticleWriter.of(jsonl, OutputFormat.JSONL)) {
      for (Article a : articles) {
        w.write(a);
      }
    }
    return jsonl.toByteArray();
  }

  /**
   * Any bytes that form a splittable input, cut into ranges of any size: the pieces, planned or
   * read through a {@code PieceReader}, give exactly the articles of the input read whole (text in
   * UTF-8, windows-1256 or ISO-8859-6, and JSON Lines).
   */
  @FuzzTest(maxDuration = "5m")
  void splitting(FuzzedDataProvider data) throws IOException {
    int rangeSize = data.consumeInt(1, 600);
    byte[] input = data.consumeRemainingAsBytes();
    java.util.Optional<dev.akhbar.formats.parallel.SplittableInput> split =
        dev.akhbar.formats.parallel.SplittableInput.of(
            AUTO,
            "fuzz",
            input.length,
            position ->
                new ByteArrayInputStream(input, (int) position, input.length - (int) position));
    if (split.isEmpty()) {
      return;
    }
    List<Article> whole;
    try (DumpReader r = AUTO.open(new ByteArrayInputStream(input), "fuzz")) {
      whole = r.stream().toList();
    }
    List<Article> pieces = new java.util.ArrayList<>();
    for (dev.akhbar.formats.parallel.SplittableInput.Piece p : split.get().plan(rangeSize)) {
      try (dev.akhbar.article.ArticleReader r = split.get().read(p)) {
        r.forEach(pieces::add);
      }
    }
    assertEquals(whole, pieces);
    // The same ranges through a PieceReader, read last to first: each read counts the ranges before
    // it.
    List<Integer> lastToFirst = SplittableInputTest.lastToFirst(split.get(), rangeSize);
    assertEquals(
        whole, SplittableInputTest.throughPieceReader(split.get(), rangeSize, lastToFirst));
    // Read unshifted, last to first, each written as JSON Lines and joined with its numbers
    // shifted.
    assertEquals(
        SplittableInputTest.jsonLines(whole),
        SplittableInputTest.joinedUnshifted(
            split.get(), rangeSize, lastToFirst, 1 + rangeSize % 64));
  }

  /** True when the input opens with the magic bytes of gzip, bzip2, xz or zstd. */
  private static boolean compressed(byte[] in) {
    return startsWith(in, 0x1f, 0x8b)
        || startsWith(in, 'B', 'Z', 'h')
        || startsWith(in, 0xfd, '7', 'z', 'X', 'Z', 0)
        || startsWith(in, 0x28, 0xb5, 0x2f, 0xfd);
  }

  private static boolean startsWith(byte[] in, int... magic) {
    if (in.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((in[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * An article read from any input writes JSON Lines and CSV that Jackson reads back with its text.
   */
  private static void assertWritesBack(Article a) {
    try {
      ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
      ByteArrayOutputStream csv = new ByteArrayOutputStream();
      try (ArticleWriter j = ArticleWriter.of(jsonl, OutputFormat.JSONL);
          ArticleWriter c = ArticleWriter.of(csv, OutputFormat.CSV, RAW)) {
        j.write(a);
        c.write(a);
      }
      JsonNode node = new ObjectMapper().readTree(jsonl.toByteArray());
      assertEquals(a.title(), node.get("title").asText());
      assertEquals(a.body().size(), node.get("body").size());
      for (int i = 0; i < a.body().size(); i++) {
        assertEquals(a.body().get(i), node.get("body").get(i).asText());
      }
      try (MappingIterator<Map<String, String>> rows =
          new CsvMapper()
              .readerFor(Map.class)
              .with(CsvSchema.emptySchema().withHeader())
              .readValues(csv.toByteArray())) {
        assertEquals(withoutLoneSurrogates(a.title()), rows.next().get("title"));
      }
    } catch (IOException e) {
      throw new AssertionError("writing or reading back failed: " + e, e);
    }
  }

  /** Arbitrary articles written as JSON Lines and CSV read back by Jackson with the same text. */
  @FuzzTest(maxDuration = "3m")
  void writers(FuzzedDataProvider data) throws IOException {
    Article.Builder b =
        Article.builder(new Origin(data.consumeString(20), 1 + data.consumeInt(0, 1000), 2000))
            .title(data.consumeString(50));
    int paragraphs = data.consumeInt(0, 4);
    for (int i = 0; i < paragraphs; i++) {
      b.addParagraph(data.consumeString(80));
    }
    b.keywords(List.of(data.consumeString(10), data.consumeString(10)));
    b.source(data.consumeString(20));
    Article a = b.build();

    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    try (ArticleWriter w = ArticleWriter.of(jsonl, OutputFormat.JSONL)) {
      w.write(a);
    }
    JsonNode node = new ObjectMapper().readTree(jsonl.toByteArray());
    assertEquals(a.title(), node.get("title").asText());
    assertEquals(a.source().orElseThrow(), node.get("source").asText());
    for (int i = 0; i < a.body().size(); i++) {
      assertEquals(a.body().get(i), node.get("body").get(i).asText());
    }

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try (ArticleWriter w = ArticleWriter.of(csv, OutputFormat.CSV, RAW)) {
      w.write(a);
    }
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv.toByteArray())) {
      Map<String, String> row = rows.next();
      assertEquals(withoutLoneSurrogates(a.title()), row.get("title"));
      assertEquals(withoutLoneSurrogates(a.origin().input()), row.get("input"));
    }
  }

  private static String withoutLoneSurrogates(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else {
        b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return b.toString();
  }

  /**
   * Bytes of any mix of encodings through the per-line decoder: valid UTF-8 comes out, with as many
   * line ends as went in (no line is lost or made up), whatever the file's guess.
   */
  @FuzzTest(maxDuration = "5m")
  void decoding(FuzzedDataProvider data) throws IOException {
    java.nio.charset.Charset file =
        data.pickValue(
            java.util.List.of(
                java.nio.charset.StandardCharsets.UTF_8,
                java.nio.charset.Charset.forName("windows-1256"),
                java.nio.charset.Charset.forName("ISO-8859-6")));
    byte[] in = data.consumeRemainingAsBytes();
    byte[] out;
    try (java.io.InputStream d =
        new dev.akhbar.formats.internal.PerLineDecoder(
            new ByteArrayInputStream(in), file, 1, new dev.akhbar.spi.LineDecodings(file))) {
      out = d.readAllBytes();
    }
    java.nio.charset.StandardCharsets.UTF_8
        .newDecoder()
        .decode(java.nio.ByteBuffer.wrap(out)); // throws on anything but valid UTF-8
    assertEquals(lineEnds(in), lineEnds(out));
  }

  /** LF, CRLF and CR, each one line end. */
  private static long lineEnds(byte[] b) {
    long n = 0;
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\n' || (b[i] == '\r' && (i + 1 == b.length || b[i + 1] != '\n'))) {
        n++;
      }
    }
    return n;
  }
}
