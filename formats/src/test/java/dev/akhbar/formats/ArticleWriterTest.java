package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.Article;
import dev.akhbar.formats.options.OutputFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Output re-read by Jackson: valid, and the text identical to what the articles held. */
class ArticleWriterTest {
  private final List<Article> articles = articles();

  private static List<Article> articles() {
    try {
      String seed = Files.readString(DumpsTest.SEED);
      String tricky =
          "عنوان \"بين علامتي تنصيص\", وفاصلة\nتاريخ النشر: 1st, March 2024 GMT\nسطر\tبه جدولة و\\ شرطة مائلة.\n";
      return NewsDumpParser.builder().build().parse(seed + "\n" + tricky);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private byte[] write(OutputFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ArticleWriter w = ArticleWriter.of(out, format)) {
      for (Article a : articles) {
        w.write(a);
      }
    }
    return out.toByteArray();
  }

  @Test
  void jsonLinesHoldOneValidObjectPerArticle() throws IOException {
    String[] lines = new String(write(OutputFormat.JSONL), StandardCharsets.UTF_8).split("\n");
    assertEquals(articles.size(), lines.length);
    for (int i = 0; i < lines.length; i++) {
      JsonNode node = new ObjectMapper().readTree(lines[i]);
      assertEquals(articles.get(i).title(), node.get("title").asText());
      assertEquals(articles.get(i).body().size(), node.get("body").size());
      for (int p = 0; p < articles.get(i).body().size(); p++) {
        assertEquals(articles.get(i).body().get(p), node.get("body").get(p).asText());
      }
    }
  }

  @Test
  void aJsonArrayIsOneValidArray() throws IOException {
    JsonNode array = new ObjectMapper().readTree(write(OutputFormat.JSON));
    assertEquals(articles.size(), array.size());
    assertEquals("2024-03-01", array.get(1).get("published").asText());
  }

  @Test
  void csvHasAHeaderAndOneRowPerArticleWithListsInOneCell() throws IOException {
    CsvMapper csv = new CsvMapper();
    try (MappingIterator<Map<String, String>> rows =
        csv.readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(write(OutputFormat.CSV))) {
      List<Map<String, String>> all = rows.readAll();
      assertEquals(articles.size(), all.size());
      Article seed = articles.get(0);
      assertEquals(seed.title(), all.get(0).get("title"));
      assertEquals(String.join(" | ", seed.keywords()), all.get(0).get("keywords"));
      assertEquals(String.join("\n", seed.body()), all.get(0).get("body"));
      assertEquals("الأناضول", articles.get(0).related().get(0).credit().orElseThrow());
      assertEquals(seed.related().get(0).title(), all.get(0).get("related"));
      assertEquals(articles.get(1).title(), all.get(1).get("title"));
      assertEquals(String.join("\n", articles.get(1).body()), all.get(1).get("body"));
      assertEquals(ArticleWriter.CSV_COLUMNS, List.copyOf(all.get(0).keySet()));
    }
  }

  /** A writer closed twice is closed once; a write after it is a clear error. */
  @Test
  void closingTwiceIsHarmlessAndWritingAfterCloseIsAnError() throws IOException {
    for (OutputFormat format : OutputFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ArticleWriter w = ArticleWriter.of(out, format);
      w.write(articles().get(0));
      w.close();
      byte[] once = out.toByteArray();
      w.close();
      assertEquals(new String(once, StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
      org.junit.jupiter.api.Assertions.assertThrows(
          IllegalStateException.class, () -> w.write(articles().get(0)), format.name());
    }
  }

  /**
   * CSV cells that a spreadsheet would run as formulas get a leading quote, unless asked not to.
   */
  @Test
  void csvFormulaCellsAreNeutralised() throws IOException {
    Article a =
        Article.builder(new dev.akhbar.article.Origin("in", 1, 3))
            .title("=HYPERLINK(\"http://example.com\")")
            .addParagraph("- بند أول")
            .addParagraph("+ بند ثان")
            .source("@صدى_البلد")
            .build();
    Map<String, String> row = csvRow(a, ArticleWriter.Feature.defaults());
    assertEquals("'=HYPERLINK(\"http://example.com\")", row.get("title"));
    assertEquals("'- بند أول\n+ بند ثان", row.get("body"));
    assertEquals("'@صدى_البلد", row.get("source"));
    Map<String, String> raw = csvRow(a, java.util.EnumSet.noneOf(ArticleWriter.Feature.class));
    assertEquals("=HYPERLINK(\"http://example.com\")", raw.get("title"));
    assertEquals("- بند أول\n+ بند ثان", raw.get("body"));
    // JSON keeps the text as it is.
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try (ArticleWriter w = ArticleWriter.of(json, OutputFormat.JSONL)) {
      w.write(a);
    }
    assertEquals(
        "=HYPERLINK(\"http://example.com\")",
        new ObjectMapper().readTree(json.toByteArray()).get("title").asText());
  }

  private static Map<String, String> csvRow(
      Article a, java.util.Set<ArticleWriter.Feature> features) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ArticleWriter w = ArticleWriter.of(out, OutputFormat.CSV, features)) {
      w.write(a);
    }
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(out.toByteArray())) {
      return rows.next();
    }
  }

  /** A writer that does not own its stream leaves it open when it closes, flushed. */
  @Test
  void aStreamTheWriterDoesNotOwnStaysOpen() throws IOException {
    for (OutputFormat format : OutputFormat.values()) {
      boolean[] closed = {false};
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      java.io.OutputStream out =
          new java.io.FilterOutputStream(bytes) {
            @Override
            public void close() {
              closed[0] = true;
            }
          };
      java.util.Set<ArticleWriter.Feature> keepOpen =
          java.util.EnumSet.of(ArticleWriter.Feature.NEUTRALISE_CSV_FORMULAS);
      try (ArticleWriter w = ArticleWriter.of(out, format, keepOpen)) {
        w.write(articles().get(0));
      }
      assertTrue(!closed[0], format + ": left open");
      assertTrue(bytes.size() > 0, format + ": flushed");
      try (ArticleWriter w = ArticleWriter.of(out, format)) {
        w.write(articles().get(0));
      }
      assertTrue(closed[0], format + ": closed by default");
    }
  }
}
