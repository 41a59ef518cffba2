package dev.akhbar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.Article;
import dev.akhbar.article.ArticleReader;
import dev.akhbar.article.ParseLimits;
import dev.akhbar.text.NormalizationProfile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * UTF-8 bytes parsed line by line in one decoding and normalising pass give exactly the articles of
 * the same bytes decoded by the JDK and parsed as chars: every field, warning and line number.
 */
class OnePassProperties {
  /** Page lines, the noise the one-pass path handles itself, and everything it hands back. */
  private static final List<byte[]> PIECES =
      List.of(
          utf8("بيان الرئيس الروسي"),
          utf8("تاريخ النشر: 29th, February 2024 GMT"),
          utf8("تاريخ النشر"),
          utf8("المصدر: الأناضول"),
          utf8("كلمات دلالية: روسيا أوكرانيا الأمن القومي"),
          utf8("إقرأ أيضاً:"),
          utf8("موسكو - قال الرئيس الروسي إن الحوار مع الولايات المتحدة."),
          utf8("الأناضول"),
          utf8("a"),
          utf8(" "),
          utf8("  "),
          utf8("\t"),
          utf8("\u00A0"),
          utf8("\u2028"),
          utf8("\u200F"),
          utf8("\u200C"),
          utf8("ـــ"),
          utf8("ﻻ"),
          utf8("ﺑﺤﺚ"),
          utf8("ﺃ"),
          utf8("ی"),
          utf8("ک"),
          utf8("۱۲"),
          utf8("\u064E"),
          utf8("\u0656\u064B"),
          utf8("\u0670"),
          utf8("و\u0654"),
          utf8("ط¨ظˆطھظٹظ†"),
          utf8("\u0000"),
          utf8("\u0001"),
          utf8("\uFFFD"),
          utf8("😀"),
          utf8("\uFEFF"),
          utf8("."),
          utf8(":"),
          utf8("€"),
          utf8("\n"),
          utf8("\n"),
          utf8("\r"),
          utf8("\r\n"),
          utf8("\n\n"),
          bytes(0x80),
          bytes(0xC2),
          bytes(0xD8),
          bytes(0xC0, 0xAF),
          bytes(0xE0, 0x80),
          bytes(0xE0, 0xA0, 0x80),
          bytes(0xED, 0xA0, 0x80),
          bytes(0xF0, 0x9F, 0x98),
          bytes(0xFF),
          bytes(0xEF, 0xBB, 0xBF));

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(int... values) {
    return Utf8ReaderProperties.bytes(values);
  }

  @Provide
  Arbitrary<byte[]> inputs() {
    return Arbitraries.of(PIECES)
        .list()
        .ofMaxSize(160)
        .map(
            parts -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              parts.forEach(out::writeBytes);
              return out.toByteArray();
            });
  }

  @Property(tries = 1500)
  void onePassGivesWhatTheCharPathGives(
      @ForAll("inputs") byte[] input, @ForAll long seed, @ForAll NormalizationProfile profile)
      throws IOException {
    Random random = new Random(seed);
    // A short line limit also makes the byte buffer small, so lines cross refills and some
    // are too long for it, which hands the rest of the input to the char path.
    ParseLimits limits =
        random.nextBoolean()
            ? ParseLimits.DEFAULTS
            : ParseLimits.builder().maxLineLength(8 + random.nextInt(60)).build();
    NewsDumpParser parser = NewsDumpParser.builder().normalization(profile).limits(limits).build();
    int firstLine = random.nextInt(3) == 0 ? 1 + random.nextInt(100) : 1;
    List<Article> expected =
        articles(dev.akhbar.spi.PageText.read(parser, jdkReader(input), "in", firstLine));
    List<Article> onePass =
        articles(
            dev.akhbar.spi.PageText.read(
                parser,
                new Utf8Reader(Utf8ReaderProperties.trickling(input, seed)),
                "in",
                firstLine));
    assertEquals(expected, onePass);
  }

  /** The eight-bytes-at-a-time search for a line end finds what a byte-by-byte search finds. */
  @Property(tries = 3000)
  void lineEndsAreFoundLikeByteByByte(@ForAll("lineBytes") byte[] b, @ForAll long seed) {
    int[] range = range(b, seed);
    int from = range[0];
    int to = range[1];
    int expected = from;
    while (expected < to && b[expected] != '\n' && b[expected] != '\r') {
      expected++;
    }
    assertEquals(expected, LineEnds.indexOf(b, from, to));
  }

  /**
   * Counting line ends eight bytes at a time counts what a byte-by-byte walk counts: every LF,
   * every CR not followed by an LF, and no CR in the last byte (its next byte is not there).
   */
  @Property(tries = 3000)
  void lineEndsAreCountedLikeByteByByte(@ForAll("lineBytes") byte[] b, @ForAll long seed) {
    int[] range = range(b, seed);
    int from = range[0];
    int to = range[1];
    long expected = 0;
    for (int i = from; i < to; i++) {
      if (b[i] == '\n' || (b[i] == '\r' && i + 1 < to && b[i + 1] != '\n')) {
        expected++;
      }
    }
    assertEquals(expected, LineEnds.count(b, from, to));
  }

  /** A random sub-range {@code [from, to)} of {@code b}, empty ones included. */
  private static int[] range(byte[] b, long seed) {
    Random random = new Random(seed);
    int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
    return new int[] {from, from + random.nextInt(b.length - from + 1)};
  }

  @Example
  void aCrlfAcrossTheEightByteStepIsOneLineEnd() {
    // CR in byte 7 of the first word, LF in byte 0 of the second; then a lone CR and an LF.
    byte[] b = "abcdefg\r\nxy\rz\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertEquals(3, LineEnds.count(b, 0, b.length));
  }

  /** Bytes near LF and CR (and with their high bit set), where a borrow could fake a match. */
  @Provide
  Arbitrary<byte[]> lineBytes() {
    return Arbitraries.of(
            (byte) 0x0A,
            (byte) 0x0D,
            (byte) 0x0B,
            (byte) 0x0C,
            (byte) 0x09,
            (byte) 0x8A,
            (byte) 0x8D,
            (byte) 0x00,
            (byte) 0x01,
            (byte) 0xFF,
            (byte) 0x20,
            (byte) 0xD8)
        .array(byte[].class)
        .ofMaxSize(40);
  }

  @Example
  void theOnePathIsTakenForAnUntouchedUtf8Reader() throws IOException {
    Utf8Reader reader =
        new Utf8Reader(new ByteArrayInputStream(utf8("عنوان\nتاريخ النشر: 1 مارس 2024\n")));
    List<Article> articles = articles(NewsDumpParser.builder().build().parse(reader, "in"));
    assertEquals(1, articles.size());
    // The reader handed its stream over: it was never read as chars.
    assertNotNull(reader.untouchedStream());
  }

  private static Reader jdkReader(byte[] input) {
    return new InputStreamReader(
        new ByteArrayInputStream(input),
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }

  private static List<Article> articles(ArticleReader reader) throws IOException {
    List<Article> out = new ArrayList<>();
    try (reader) {
      reader.forEach(out::add);
    }
    return out;
  }
}
