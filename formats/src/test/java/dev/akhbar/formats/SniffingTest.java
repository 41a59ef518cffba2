package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
import dev.akhbar.formats.options.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an input is, decided by its structure, not its first character: text whose first title opens
 * like JSON, markup or WARC stays text; binary data is refused with the reason; UTF-16 and UTF-32
 * without a byte-order mark are read on strong evidence; compression inside compression is
 * unwrapped.
 */
class SniffingTest {
  private static final String PAGE =
      "\nتاريخ النشر: 29th, February 2024 GMT\nقال الرئيس الروسي إن موسكو مستعدة للحوار.\n";
  private final Dumps dumps = Dumps.builder().build();

  private record Read(InputFormat format, Charset charset, List<Article> articles) {}

  private Read read(byte[] bytes) throws IOException {
    try (DumpReader r = dumps.open(new ByteArrayInputStream(bytes), "in")) {
      List<Article> out = new ArrayList<>();
      r.forEach(out::add);
      return new Read(r.format(), r.charset(), out);
    }
  }

  /** Titles that open like an empty JSON value, a tag or a WARC version: one page of text each. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "[ ] عاجل: روسيا مستعدة للحوار",
        "{} عاجل: روسيا مستعدة للحوار",
        "{عاجل} روسيا مستعدة للحوار",
        "{\"عاجل\"} روسيا مستعدة للحوار",
        "<عاجل> روسيا مستعدة للحوار",
        "WARC/ عاجل: روسيا مستعدة للحوار"
      })
  void aTitleThatOpensLikeAnotherFormatIsText(String title) throws IOException {
    Read r = read((title + PAGE).getBytes(StandardCharsets.UTF_8));
    assertEquals(InputFormat.TEXT, r.format());
    assertEquals(1, r.articles().size());
    assertEquals(title, r.articles().get(0).title());
    assertEquals(List.of("قال الرئيس الروسي إن موسكو مستعدة للحوار."), r.articles().get(0).body());
  }

  /**
   * A JSON file broken further on is still JSON once its first object gave a whole field: its good
   * records are read, the broken one is carried.
   */
  @Test
  void jsonBrokenAfterAWholeFieldIsStillJson() throws IOException {
    String json =
        "{\"articles\": [{\"title\": \"الأول\", \"content\": \"نص الأول\"},"
            + " {\"title\": \"الثاني\", \"x\": tru}, {\"title\": \"الثالث\"}]}\n";
    Read r = read(json.getBytes(StandardCharsets.UTF_8));
    assertEquals(InputFormat.JSON, r.format());
    assertEquals(
        List.of("الأول", "", "الثالث"), r.articles().stream().map(Article::title).toList());
  }

  /** Python's literals, which JSON parses up to their first True, None or tuple, stay Python. */
  @Test
  void pythonLiteralsAreNotTakenForBrokenJson() throws IOException {
    String lines =
        "{\"title\": \"الأول\", \"content\": \"نص\", \"ok\": True, \"author\": None}\n"
            + "{\"title\": \"الثاني\", \"content\": \"نص\", \"ok\": False}\n";
    Read r = read(lines.getBytes(StandardCharsets.UTF_8));
    assertEquals(InputFormat.PYTHON, r.format());
    assertEquals(List.of("الأول", "الثاني"), r.articles().stream().map(Article::title).toList());
  }

  @Test
  void randomBytesAreRefusedAsBinaryData() {
    byte[] bytes = new byte[100_000];
    new Random(7).nextBytes(bytes);
    IOException e = assertThrows(IOException.class, () -> read(bytes));
    assertTrue(e.getMessage().startsWith("binary data, not text"), e.getMessage());
  }

  @Test
  void zerosAreRefusedAsBinaryData() {
    IOException e = assertThrows(IOException.class, () -> read(new byte[20_000]));
    assertTrue(
        e.getMessage().contains("20000 of its first 20000 bytes are NUL or control bytes"),
        e.getMessage());
  }

  @Test
  void aTextWithATrailingNulIsStillText() throws IOException {
    byte[] text = ("عنوان الخبر" + PAGE).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(text, text.length + 1);
    assertEquals(1, read(bytes).articles().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
  void wideEncodingsWithoutAMarkAreReadOnTheirPattern(String name) throws IOException {
    String seed = Files.readString(DumpsTest.SEED, StandardCharsets.UTF_8);
    Article expected = read(seed.getBytes(StandardCharsets.UTF_8)).articles().get(0);
    Read r = read(seed.getBytes(Charset.forName(name)));
    assertEquals(Charset.forName(name), r.charset());
    assertEquals(1, r.articles().size());
    assertEquals(expected.title(), r.articles().get(0).title());
    assertEquals(expected.body(), r.articles().get(0).body());
    assertEquals(expected.keywords(), r.articles().get(0).keywords());
  }

  @Test
  void asciiTextIsNotTakenForUtf16() throws IOException {
    byte[] text =
        "Reuters reports: talks begin\nMoscow said on Thursday it is ready.\n"
            .getBytes(StandardCharsets.US_ASCII);
    assertEquals(StandardCharsets.UTF_8, read(text).charset());
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void aGzipInsideAGzipIsUnwrapped() throws IOException {
    byte[] seed = Files.readAllBytes(DumpsTest.SEED);
    assertEquals(read(seed).articles(), read(gzip(gzip(seed))).articles());
  }

  @Test
  void compressionFourLayersDeepIsRefused() throws IOException {
    byte[] seed = Files.readAllBytes(DumpsTest.SEED);
    byte[] deep = gzip(gzip(gzip(gzip(seed))));
    IOException e = assertThrows(IOException.class, () -> read(deep));
    assertTrue(e.getMessage().contains("compressed again inside 3 compressions"), e.getMessage());
  }
}
