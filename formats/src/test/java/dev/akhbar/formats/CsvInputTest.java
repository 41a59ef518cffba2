package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.akhbar.article.Article;
import dev.akhbar.formats.options.InputFormat;
import dev.akhbar.formats.options.OutputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CSV and TSV datasets with a header row: one article per row, columns mapped like JSON keys. */
class CsvInputTest {
  private final Dumps dumps = Dumps.builder().build();

  private record Read(InputFormat format, List<Article> articles) {}

  private Read read(byte[] bytes) throws IOException {
    try (DumpReader r = dumps.open(new ByteArrayInputStream(bytes), "news.csv")) {
      List<Article> out = r.stream().toList();
      return new Read(r.format(), out);
    }
  }

  private Read read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aNewsDatasetWithQuotedMultiLineCellsAndABom() throws IOException {
    Read r =
        read(
            "\uFEFFtitle,text,date,category\n"
                + "\"بوتين: روسيا مستعدة للحوار\",\"قال الرئيس الروسي إن موسكو مستعدة.\n"
                + "وأضاف أن المصالح مهمة.\",2024-02-29,سياسة\n"
                + "عنوان ثان,نص ثان,2024-03-01,اقتصاد,زائد\n");
    assertEquals(InputFormat.CSV, r.format());
    assertEquals(2, r.articles().size());
    Article a = r.articles().get(0);
    assertEquals("بوتين: روسيا مستعدة للحوار", a.title());
    assertEquals("2024-02-29", a.published().orElseThrow().toIso());
    assertEquals(List.of("قال الرئيس الروسي إن موسكو مستعدة.", "وأضاف أن المصالح مهمة."), a.body());
    assertEquals(Map.of("category", "سياسة"), a.attributes());
    // The header is line 1; the first row's text cell runs over lines 2 and 3.
    assertEquals(2, a.origin().line());
    assertEquals(3, a.origin().lastLine());
    Article b = r.articles().get(1);
    assertEquals(4, b.origin().line());
    // A cell past the header's columns is kept, not dropped.
    assertEquals("زائد", b.attributes().get("extra"));
  }

  @Test
  void tabsAndSemicolonsAreToldFromTheHeader() throws IOException {
    Read tsv = read("title\ttext\tdate\nعنوان، مع فاصلة\tنص الخبر\t2024-02-29\n");
    assertEquals(InputFormat.CSV, tsv.format());
    assertEquals("عنوان، مع فاصلة", tsv.articles().get(0).title());
    Read semi = read("headline;content;date\nعنوان;نص;2024-02-29\n");
    assertEquals("عنوان", semi.articles().get(0).title());
    assertEquals(List.of("نص"), semi.articles().get(0).body());
  }

  @Test
  void theHeaderIsTheFirstLineThatIsNotBlank() throws IOException {
    // Told apart as TSV by its first non-blank line, and read with that line's separator: with the
    // empty line's (none: a comma), every row would be one cell and no article.
    Read r = read("\n\ntitle\ttext\nعنوان، مع فاصلة\tنص الخبر\n");
    assertEquals(InputFormat.CSV, r.format());
    assertEquals(1, r.articles().size());
    assertEquals("عنوان، مع فاصلة", r.articles().get(0).title());
    assertEquals(List.of("نص الخبر"), r.articles().get(0).body());
    // Two blank lines, the header on line 3, the row on line 4.
    assertEquals(4, r.articles().get(0).origin().line());
  }

  @Test
  void aTextDumpWithCommasInItsFirstLineIsText() throws IOException {
    // No cell of the first line names a field: prose, not a header.
    Read r =
        read(
            "قال الرئيس, في بيان, إن موسكو مستعدة\n"
                + "تاريخ النشر: 29th, February 2024 GMT\nنص الخبر.\n");
    assertEquals(InputFormat.TEXT, r.format());
  }

  @Test
  void akhbarsOwnCsvReadsBackItsFields() throws IOException {
    Article seed;
    try (DumpReader r = dumps.open(DumpsTest.SEED)) {
      seed = r.stream().findFirst().orElseThrow();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ArticleWriter w = ArticleWriter.of(out, OutputFormat.CSV)) {
      w.write(seed);
    }
    Article back = read(out.toByteArray()).articles().get(0);
    assertEquals(seed.title(), back.title());
    // The CSV's publishedRaw column is the date, read again: the seed's "29th, February 2024 GMT".
    assertEquals("2024-02-29", back.published().orElseThrow().toIso());
    assertEquals(seed.body(), back.body());
    assertEquals(seed.source(), back.source());
    assertEquals(seed.keywords(), back.keywords());
    // The date as written is read back as the date as written.
    assertEquals(Optional.of("29th, February 2024 GMT"), back.publishedRaw());
  }

  @Test
  void aMalformedRowPastTheFirstBufferKeepsTheRowsAfterItOnItsWarning() throws IOException {
    StringBuilder csv = new StringBuilder("title,text\n");
    for (int k = 0; k < 3000; k++) {
      csv.append("عنوان ").append(k).append(",نص الخبر\n");
    }
    csv.append("\"bad\"x,\"row\"\n");
    for (int k = 0; k < 100; k++) {
      csv.append("بعد ").append(k).append(",نص\n");
    }
    List<Article> out = read(csv.toString()).articles();
    assertEquals(3001, out.size());
    String carried = out.get(3000).warnings().get(0).text().orElseThrow();
    // Every row after the bad one is on the warning: none fell into a reader's buffer.
    for (int k = 0; k < 100; k++) {
      assertEquals(true, carried.contains("بعد " + k + ","), "row " + k);
    }
  }
}
