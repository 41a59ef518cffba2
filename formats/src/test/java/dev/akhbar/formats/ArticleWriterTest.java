package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.akhbar.Article;
import dev.akhbar.NewsDumpParser;
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
      String tricky = "عنوان \"بين علامتي تنصيص\", وفاصلة\nتاريخ النشر: 1st, March 2024 GMT\nسطر\tبه جدولة و\\ شرطة مائلة.\n";
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
    try (MappingIterator<Map<String, String>> rows = csv.readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(write(OutputFormat.CSV))) {
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

  /** An article whose line numbers come from {@code lines}: origin, a related article's origin, and two warnings (one of no line). */
  private static Article numbered(int line, int relatedLine, int lastLine) {
    return Article.builder(new dev.akhbar.Origin("in", line, lastLine)).title("عنوان").addParagraph("نص")
        .addRelated(Article.builder(new dev.akhbar.Origin("in", relatedLine, lastLine)).title("خبر ذو صلة").build())
        .warning(dev.akhbar.ParseWarning.of(0, dev.akhbar.WarningKind.MISSING_DATE, "no date"))
        .warning(dev.akhbar.ParseWarning.of(line, dev.akhbar.WarningKind.EMPTY_FIELD, "empty"))
        .build();
  }

  @Test
  void lineNumbersRecordedInAFragmentAreShiftedWhenJoinedAcrossAnyChunks() throws IOException {
    for (OutputFormat format : List.of(OutputFormat.JSONL, OutputFormat.JSON)) {
      // Numbered as if the piece began at line 1; 991 lines before it. 9 and 99 gain digits (1000,
      // 1090), 1 does not (992); the warning of no line stays 0.
      List<Article> provisional = List.of(numbered(1, 5, 9), numbered(9, 95, 99));
      List<Article> whole = List.of(numbered(992, 996, 1000), numbered(1000, 1086, 1090));
      LineNumbers numbers = new LineNumbers();
      ByteArrayOutputStream fragment = new ByteArrayOutputStream();
      try (ArticleWriter w = ArticleWriter.fragment(fragment, format, numbers)) {
        provisional.forEach(a -> write(w, a));
      }
      // Each article: origin line and last line, related line and last line, one warning line.
      assertEquals(10, numbers.size());
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      try (ArticleWriter w = ArticleWriter.fragment(expected, format)) {
        whole.forEach(a -> write(w, a));
      }
      byte[] bytes = fragment.toByteArray();
      for (int chunk : new int[] {1, 2, 3, 7, bytes.length}) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        try (java.io.OutputStream shifting = numbers.shifting(joined, 991)) {
          for (int at = 0; at < bytes.length; at += chunk) {
            shifting.write(bytes, at, Math.min(chunk, bytes.length - at));
          }
        }
        assertEquals(expected.toString(StandardCharsets.UTF_8), joined.toString(StandardCharsets.UTF_8),
            format + " in chunks of " + chunk);
      }
      ByteArrayOutputStream unshifted = new ByteArrayOutputStream();
      try (java.io.OutputStream shifting = numbers.shifting(unshifted, 0)) {
        shifting.write(bytes);
      }
      assertEquals(new String(bytes, StandardCharsets.UTF_8), unshifted.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void csvRecordsNoLineNumbers() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ArticleWriter.fragment(new ByteArrayOutputStream(), OutputFormat.CSV, new LineNumbers()));
  }

  private static void write(ArticleWriter w, Article a) {
    try {
      w.write(a);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
