package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.Article;
import dev.akhbar.article.ParseLimits;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import dev.akhbar.formats.options.InputFormat;
import dev.akhbar.formats.options.OutputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ReliabilityTest {
  private static List<Article> read(Dumps dumps, byte[] bytes) throws IOException {
    try (DumpReader r = dumps.open(new ByteArrayInputStream(bytes), "x")) {
      return r.stream().toList();
    }
  }

  private static List<Article> read(String text) throws IOException {
    return read(Dumps.builder().build(), text.getBytes(StandardCharsets.UTF_8));
  }

  private static Dumps with(ParseLimits limits) {
    return Dumps.builder().parser(NewsDumpParser.builder().limits(limits).build()).build();
  }

  private static byte[] gzip(byte[] data, int copies) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      for (int i = 0; i < copies; i++) {
        gz.write(data);
      }
    }
    return out.toByteArray();
  }

  @Test
  void aGzipBombStopsAtTheRatioLimitWithAClearError() throws IOException {
    // 64 MiB of spaces gzips to about 64 KiB: a ratio near 1000.
    byte[] spaces = new byte[1 << 20];
    java.util.Arrays.fill(spaces, (byte) ' ');
    byte[] bomb = gzip(spaces, 64);
    Dumps guarded = with(ParseLimits.builder().maxCompressionRatio(100).build());
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> read(guarded, bomb));
    assertTrue(e.getMessage().contains("maxCompressionRatio"), e.getMessage());
  }

  @Test
  void aCompressedInputStopsAtTheSizeLimit() throws IOException {
    byte[] text = Files.readAllBytes(DumpsTest.SEED);
    Dumps guarded = with(ParseLimits.builder().maxDecompressedBytes(100_000).build());
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> read(guarded, gzip(text, 100)));
    assertTrue(e.getMessage().contains("maxDecompressedBytes"), e.getMessage());
  }

  @Test
  void jsonTooDeepOrTooLongIsSkippedAndTheNextLineRead() throws IOException {
    String deep = "{\"title\": " + "[".repeat(100) + "]".repeat(100) + "}";
    String next = "{\"title\": \"التالي\"}";
    List<Article> a = read(deep + "\n" + next + "\n");
    assertEquals(WarningKind.UNREADABLE, a.get(0).warnings().get(0).kind());
    assertEquals("التالي", a.get(1).title());
    Dumps small = with(ParseLimits.builder().maxRecordChars(100).build());
    List<Article> b =
        read(
            small,
            ("{\"title\": \"" + "ب".repeat(200) + "\"}\n" + next + "\n")
                .getBytes(StandardCharsets.UTF_8));
    assertTrue(
        b.get(0).warnings().get(0).message().contains("longer than 100"),
        b.get(0).warnings().toString());
    assertEquals("التالي", b.get(1).title());
  }

  @Test
  void aLoneSurrogateInAJsonEscapeIsRemovedAndCounted() throws IOException {
    Article a = read("{\"title\": \"\\ud800خبر\", \"text\": \"نص.\"}\n").get(0);
    assertEquals("خبر", a.title());
    assertTrue(
        a.warnings().stream().anyMatch(w -> w.kind() == WarningKind.INVALID_CHARACTERS),
        a.warnings()::toString);
  }

  @Test
  void aFileThatEndsMidRecord() throws IOException {
    List<Article> json = read("[{\"title\": \"أول\"}, {\"title\": \"ثان\", \"text\": \"نص");
    assertEquals("أول", json.get(0).title());
    assertEquals(WarningKind.UNREADABLE, json.get(json.size() - 1).warnings().get(0).kind());
    List<Article> trec = read("<DOC>\n<TITLE>عنوان</TITLE>\n<TEXT>\nنص لم يكتمل");
    assertEquals("عنوان", trec.get(0).title());
    assertEquals(List.of("نص لم يكتمل"), trec.get(0).body());
    assertTrue(trec.get(0).warnings().stream().anyMatch(w -> w.message().contains("never closed")));
  }

  @Test
  void emptyAndBlankInputsHaveNoArticlesInEveryFormat() throws IOException {
    for (InputFormat f : InputFormat.values()) {
      Dumps dumps = Dumps.builder().format(f).build();
      assertEquals(List.of(), read(dumps, new byte[0]), f.name());
      assertEquals(
          List.of(), read(dumps, "\n \r\n\t\n".getBytes(StandardCharsets.UTF_8)), f.name());
    }
  }

  @Test
  void aCharacterCutByTheReadBufferIsWhole() throws IOException {
    for (int pad : new int[] {8191, 65535, 65536 + 8191}) {
      String title = "x".repeat(pad) + "بوتين";
      Article a = read(title + "\nتاريخ النشر: 1st, March 2024 GMT\n").get(0);
      assertEquals(title, a.title(), "padding " + pad);
      // Only the page's want of a body is said: no character was broken.
      assertEquals(
          List.of(WarningKind.EMPTY_BODY), a.warnings().stream().map(ParseWarning::kind).toList());
    }
  }

  @Test
  void everyFixtureWritesJsonAndCsvThatReadBackTheSame() throws IOException {
    List<Path> files = Dumps.files(DumpsTest.FIXTURES);
    assertTrue(files.size() >= 7);
    for (Path file : files) {
      List<Article> articles;
      try (DumpReader r = Dumps.builder().build().open(file)) {
        articles = r.stream().toList();
      }
      ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
      ByteArrayOutputStream csv = new ByteArrayOutputStream();
      try (ArticleWriter j = ArticleWriter.of(jsonl, OutputFormat.JSONL);
          ArticleWriter c =
              ArticleWriter.of(
                  csv, OutputFormat.CSV, java.util.EnumSet.noneOf(ArticleWriter.Feature.class))) {
        for (Article a : articles) {
          j.write(a);
          c.write(a);
        }
      }
      String[] lines = jsonl.toString(StandardCharsets.UTF_8).split("\n");
      try (MappingIterator<Map<String, String>> rows =
          new CsvMapper()
              .readerFor(Map.class)
              .with(CsvSchema.emptySchema().withHeader())
              .readValues(csv.toByteArray())) {
        List<Map<String, String>> all = rows.readAll();
        assertEquals(articles.size(), all.size(), file.toString());
        for (int i = 0; i < articles.size(); i++) {
          JsonNode node = new ObjectMapper().readTree(lines[i]);
          Article a = articles.get(i);
          assertEquals(a.title(), node.get("title").asText(), file.toString());
          assertEquals(a.title(), all.get(i).get("title"), file.toString());
          assertEquals(String.join("\n", a.body()), all.get(i).get("body"), file.toString());
          for (int p = 0; p < a.body().size(); p++) {
            assertEquals(a.body().get(p), node.get("body").get(p).asText(), file.toString());
          }
        }
      }
    }
  }

  /**
   * A date given as a number that is no instant is an unparsed date with its text, never an
   * exception, and the lines after it are read.
   */
  @Test
  void aDateNumberOutOfRangeIsAnUnparsedDate() throws IOException {
    List<Article> a =
        read(
            "{\"title\": \"خبر أول\", \"date\": 1e300, \"text\": \"نص.\"}\n"
                + "{\"title\": \"خبر ثان\", \"date\": -9223372036854775808, \"text\": \"نص.\"}\n"
                + "{\"title\": \"خبر ثالث\", \"date\": 99999999999999999999, \"text\": \"نص.\"}\n"
                + "{\"title\": \"خبر رابع\", \"date\": 1709164800, \"text\": \"نص.\"}\n");
    assertEquals(4, a.size());
    List<String> raw = List.of("1e300", "-9223372036854775808", "99999999999999999999");
    for (int i = 0; i < 3; i++) {
      assertEquals(raw.get(i), a.get(i).publishedRaw().orElseThrow());
      assertTrue(a.get(i).published().isEmpty());
      assertEquals(
          WarningKind.UNPARSED_DATE, a.get(i).warnings().get(0).kind(), a.get(i).toString());
    }
    // 1709164800 s: 2024-02-29T00:00Z.
    assertEquals("2024-02-29T00:00:00Z", a.get(3).published().orElseThrow().toIso());
  }

  /**
   * One object of a JSON array (streamed, where a JSON Lines line has its own cap) holding more
   * text than a record may is read up to the limit, and says so; the next object is read.
   */
  @Test
  void aJsonObjectPastTheRecordLimitIsCutAndSaysSo() throws IOException {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      items.append(i == 0 ? "" : ", ").append("\"فقرة رقم ").append(i).append("\"");
    }
    byte[] json =
        ("[{\"title\": \"خبر\", \"date\": \"2024-02-29\", \"content\": ["
                + items
                + "], \"x\": \"y\"},\n"
                + "{\"title\": \"خبر تال\", \"date\": \"2024-02-29\", \"text\": \"نص.\"}]\n")
            .getBytes(StandardCharsets.UTF_8);
    List<Article> a = read(with(ParseLimits.builder().maxRecordChars(200).build()), json);
    assertEquals(2, a.size());
    assertTrue(a.get(0).body().size() < 50, "cut: " + a.get(0).body().size());
    assertTrue(a.get(0).body().size() > 5, "kept up to the limit: " + a.get(0).body().size());
    assertTrue(
        a.get(0).warnings().stream().anyMatch(w -> w.kind() == WarningKind.PAGE_TOO_LONG),
        a.get(0).warnings().toString());
    assertEquals("خبر تال", a.get(1).title());
    assertEquals(List.of(), a.get(1).warnings());
  }

  /**
   * Arrays one after the other (a scraper that appended to its output file), with or without a line
   * between them, and an object after them: every record is read, none dropped.
   */
  @Test
  void concatenatedJsonArraysAreAllRead() throws IOException {
    List<Article> a =
        read(
            "[{\"title\": \"أول\", \"date\": \"2024-02-29\"}][{\"title\": \"ثان\", \"date\": \"2024-02-29\"},\n"
                + "{\"title\": \"ثالث\", \"date\": \"2024-02-29\"}]\n"
                + "[{\"title\": \"رابع\", \"date\": \"2024-02-29\"}]\n"
                + "{\"title\": \"خامس\", \"date\": \"2024-02-29\"}\n");
    assertEquals(
        List.of("أول", "ثان", "ثالث", "رابع", "خامس"), a.stream().map(Article::title).toList());
    // Lines counted by hand: the third record opens line 2, the fourth line 3.
    assertEquals(List.of(2L, 3L), List.of(a.get(2).origin().line(), a.get(3).origin().line()));
    // Title-only records: their empty body is all that is said.
    assertTrue(
        a.stream()
            .allMatch(x -> x.warnings().stream().allMatch(w -> w.kind() == WarningKind.EMPTY_BODY)),
        a.toString());
  }

  /** Pretty-printed objects one after the other are read, each with the line it opens on. */
  @Test
  void prettyPrintedObjectsOneAfterTheOtherAreRead() throws IOException {
    String text =
        "{\n  \"title\": \"أول\",\n  \"date\": \"2024-02-29\",\n  \"text\": \"نص.\"\n}\n"
            + "{\n  \"title\": \"ثان\",\n  \"date\": \"2024-03-01\",\n  \"text\": \"نص.\"\n}\n";
    List<Article> a = read(text);
    assertEquals(List.of("أول", "ثان"), a.stream().map(Article::title).toList());
    // Counted by hand: the second object opens on line 6 and closes on line 10.
    assertEquals(6L, a.get(1).origin().line());
    assertEquals(10L, a.get(1).origin().lastLine());
    // JSON Lines stay JSON Lines, a broken first line included: it is reported, the next read.
    List<Article> lines =
        read("{\"title\": \"مكسور\n{\"title\": \"سليم\", \"date\": \"2024-02-29\"}\n");
    assertEquals(2, lines.size());
    assertEquals(WarningKind.UNREADABLE, lines.get(0).warnings().get(0).kind());
    assertEquals("سليم", lines.get(1).title());
  }
}
