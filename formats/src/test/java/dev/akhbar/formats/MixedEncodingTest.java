package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Dumps whose lines are not all in one encoding: each line is read by what its own bytes fit, and
 * the lines read otherwise than the rest are named.
 */
class MixedEncodingTest {
  private static final Charset UTF8 = StandardCharsets.UTF_8;
  private static final Charset CP1256 = Charset.forName("windows-1256");
  private final Dumps dumps = Dumps.builder().build();

  /** The seed's text (27 lines, each with Arabic), ending with a line feed. */
  private static String seed() throws IOException {
    String text = Files.readString(DumpsTest.SEED, UTF8);
    return text.endsWith("\n") ? text : text + "\n";
  }

  private List<Article> read(byte[] bytes) throws IOException {
    try (DumpReader r = dumps.open(new ByteArrayInputStream(bytes), "mixed.txt")) {
      List<Article> out = new ArrayList<>();
      r.forEach(out::add);
      return out;
    }
  }

  private static List<WarningKind> kinds(Article a) {
    return a.warnings().stream().map(ParseWarning::kind).collect(Collectors.toList());
  }

  /**
   * The seed's text as windows-1256 holds it: its Persian yeh (U+06CC, in one keyword) has no byte
   * there and is written as "?".
   */
  private static String seedIn1256() throws IOException {
    return new String(seed().getBytes(CP1256), CP1256);
  }

  /** The fields a reader of the seed's text gives, whatever the line numbers. */
  private static List<Object> fields(Article a) {
    return List.of(
        a.title(),
        a.published(),
        a.body(),
        a.source(),
        a.keywords(),
        a.related().stream().map(Article::title).collect(Collectors.toList()));
  }

  @Test
  void threeBadBytesInAUtf8FileTouchOnlyTheirLine() throws IOException {
    byte[] bytes = seed().getBytes(UTF8);
    Article clean = read(bytes).get(0);
    // Three bytes of line 3 (the first paragraph) overwritten with 0xFF, never valid in UTF-8.
    int line3 = seed().indexOf('\n', seed().indexOf('\n') + 1) + 1;
    int at = seed().substring(0, line3).getBytes(UTF8).length;
    for (int k : new int[] {20, 21, 60}) {
      bytes[at + k] = (byte) 0xFF;
    }
    try (DumpReader r = dumps.open(new ByteArrayInputStream(bytes), "bad.txt")) {
      List<Article> out = new ArrayList<>();
      r.forEach(out::add);
      assertEquals(UTF8, r.charset());
      Article a = out.get(0);
      assertEquals(List.of(WarningKind.INVALID_CHARACTERS), kinds(a));
      assertEquals(3, a.warnings().get(0).line());
      assertEquals(clean.title(), a.title());
      assertEquals(
          clean.body().subList(1, clean.body().size()), a.body().subList(1, a.body().size()));
      assertEquals(clean.keywords(), a.keywords());
    }
  }

  @Test
  void aWindows1256PageAfter77KbOfAsciiIsReadAsWindows1256() throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    for (int i = 0; i < 1100; i++) {
      in.writeBytes("x".repeat(70).concat("\n").getBytes(UTF8));
    }
    in.writeBytes(seed().getBytes(CP1256));
    List<Article> out = read(in.toByteArray());
    Article seedArticle = read(seedIn1256().getBytes(UTF8)).get(0);
    Article last = out.get(out.size() - 1);
    assertEquals(fields(seedArticle), fields(last));
    assertEquals(List.of(WarningKind.MIXED_ENCODING), kinds(last));
    // 1,100 ASCII lines, then the seed's 27 lines.
    assertEquals(
        "lines 1101-1127 read as windows-1256, not as UTF-8 like the rest of the input",
        last.warnings().get(0).message());
    assertEquals(1101, last.warnings().get(0).line());
  }

  @Test
  void pagesOfADumpGluedFromTwoEncodingsAreEachReadRight() throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.writeBytes(seed().getBytes(UTF8));
    in.writeBytes(seed().getBytes(CP1256));
    in.writeBytes(seed().getBytes(UTF8));
    List<Article> out = read(in.toByteArray());
    Article seedArticle = read(seed().getBytes(UTF8)).get(0);
    assertEquals(3, out.size());
    assertEquals(fields(read(seedIn1256().getBytes(UTF8)).get(0)), fields(out.get(1)));
    for (Article a : List.of(out.get(0), out.get(2))) {
      assertEquals(fields(seedArticle), fields(a));
    }
    for (Article a : out) {
      assertTrue(!kinds(a).contains(WarningKind.REPAIRED_ENCODING), a.warnings().toString());
    }
    assertEquals(List.of(), kinds(out.get(0)));
    assertEquals(List.of(WarningKind.MIXED_ENCODING), kinds(out.get(1)));
    assertEquals(28, out.get(1).warnings().get(0).line());
    assertEquals(List.of(), kinds(out.get(2)));
  }

  @Test
  void aUtf8PageInAWindows1256DumpIsReadAsUtf8() throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    for (int i = 0; i < 3; i++) {
      in.writeBytes(seed().getBytes(CP1256));
    }
    in.writeBytes(seed().getBytes(UTF8));
    List<Article> out;
    try (DumpReader r = dumps.open(new ByteArrayInputStream(in.toByteArray()), "cp.txt")) {
      out = new ArrayList<>();
      r.forEach(out::add);
      assertEquals(CP1256, r.charset());
    }
    Article seedArticle = read(seed().getBytes(UTF8)).get(0);
    assertEquals(4, out.size());
    assertEquals(fields(seedArticle), fields(out.get(3)));
    // Three copies of the seed's 27 lines in windows-1256 first.
    assertEquals(
        "lines 82-108 read as UTF-8, not as windows-1256 like the rest of the input",
        out.get(3).warnings().get(0).message());
    assertEquals(fields(read(seedIn1256().getBytes(UTF8)).get(0)), fields(out.get(0)));
    assertEquals(List.of(), kinds(out.get(0)));
  }

  @Test
  void aForcedEncodingIsNotSecondGuessed() throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.writeBytes(seed().getBytes(UTF8));
    in.writeBytes(seed().getBytes(CP1256));
    Dumps forced = Dumps.builder().encoding(UTF8).build();
    try (DumpReader r = forced.open(new ByteArrayInputStream(in.toByteArray()), "f.txt")) {
      List<Article> out = new ArrayList<>();
      r.forEach(out::add);
      assertTrue(
          out.stream().noneMatch(a -> kinds(a).contains(WarningKind.MIXED_ENCODING)),
          out.toString());
      assertTrue(out.stream().anyMatch(a -> kinds(a).contains(WarningKind.INVALID_CHARACTERS)));
    }
  }
}
