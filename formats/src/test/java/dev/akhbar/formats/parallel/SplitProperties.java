package dev.akhbar.formats.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.akhbar.article.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Any dump cut into pieces of any size parses into the articles of the dump read whole. */
class SplitProperties {
  /** Lines that pages are made of, and the lines between pages that make cutting hard. */
  private static final List<String> LINES =
      List.of(
          "بوتين: روسيا على استعداد للحوار",
          "تاريخ النشر: 29th, February 2024 GMT",
          "تاريخ النشر 12/03/2024",
          "تاريخ النشر: ",
          "قال الرئيس الروسي فلاديمير بوتين، اليوم الخميس، إن موسكو تستبعد إمكانية إجراء محادثات.",
          "المصدر: صدى البلد",
          "المصدر صدى البلد",
          "كلمات دلالية: فلاديمير بوتين موسكو الرئيس الروسى",
          "إقرأ أيضاً:",
          "ممثل بوتين: حققنا تقدما ملحوظا مع واشنطن بشأن أوكرانيا",
          "موسكو – صرح كيريل دميترييف",
          "الأناضول",
          "Ø¨ÙˆØªÙŠÙ†",
          // Control chars inside text: fewer than binary data has (5 % of the bytes).
          "نص فيه \u0001 محارف تحكم بين كلمات الخبر \u0002",
          "   ",
          "",
          "\uFEFFعنوان يبدأ بعلامة",
          "ﻻ ﺑﻮﺗﻴﻦ ۱۲۳");

  private static final List<String> ENDS = List.of("\n", "\r\n", "\r");

  @Provide
  Arbitrary<String> dumps() {
    Arbitrary<String> line = Arbitraries.of(LINES);
    Arbitrary<String> end = Arbitraries.of(ENDS);
    Arbitrary<String> endedLine = net.jqwik.api.Combinators.combine(line, end).as(String::concat);
    // Pages often start with a title and a date line, so that cuts have places to go.
    Arbitrary<String> page =
        net.jqwik.api.Combinators.combine(
                Arbitraries.of(LINES.get(0), LINES.get(9), LINES.get(16)),
                Arbitraries.of(LINES.get(1), LINES.get(2), LINES.get(3)),
                endedLine.list().ofMaxSize(8),
                end)
            .as((title, date, rest, e) -> title + e + date + e + String.join("", rest));
    return Arbitraries.oneOf(page, endedLine)
        .list()
        .ofMaxSize(30)
        .map(parts -> String.join("", parts));
  }

  @Property(tries = 300)
  void textInPiecesEqualsTextWhole(
      @ForAll("dumps") String dump, @ForAll @IntRange(min = 1, max = 400) int rangeSize)
      throws IOException {
    byte[] bytes = dump.getBytes(StandardCharsets.UTF_8);
    SplittableInput input =
        SplittableInputTest.splittable(SplittableInputTest.DUMPS, bytes).orElseThrow();
    List<Article> whole = SplittableInputTest.whole(SplittableInputTest.DUMPS, bytes);
    assertEquals(whole, SplittableInputTest.inPieces(input, input.plan(rangeSize)));
  }

  /**
   * A dump whose lines were each written in UTF-8 or windows-1256 (as dumps glued from several
   * sources are) cuts into pieces that decode every line as the whole input does.
   */
  @Property(tries = 200)
  void mixedEncodingTextInPiecesEqualsTextWhole(
      @ForAll("dumps") String dump,
      @ForAll long choice,
      @ForAll @IntRange(min = 1, max = 400) int rangeSize)
      throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.util.Random random = new java.util.Random(choice);
    for (String line : dump.split("(?<=\n)|(?<=\r)(?!\n)")) {
      out.writeBytes(
          line.getBytes(
              random.nextBoolean()
                  ? StandardCharsets.UTF_8
                  : java.nio.charset.Charset.forName("windows-1256")));
    }
    byte[] bytes = out.toByteArray();
    java.util.Optional<SplittableInput> input =
        SplittableInputTest.splittable(SplittableInputTest.DUMPS, bytes);
    net.jqwik.api.Assume.that(input.isPresent());
    List<Article> whole = SplittableInputTest.whole(SplittableInputTest.DUMPS, bytes);
    assertEquals(whole, SplittableInputTest.inPieces(input.get(), input.get().plan(rangeSize)));
  }

  @Property(tries = 200)
  void textThroughPieceReaderInAnyOrderEqualsTextWhole(
      @ForAll("dumps") String dump,
      @ForAll @IntRange(min = 1, max = 400) int rangeSize,
      @ForAll java.util.Random random)
      throws IOException {
    byte[] bytes = dump.getBytes(StandardCharsets.UTF_8);
    SplittableInput input =
        SplittableInputTest.splittable(SplittableInputTest.DUMPS, bytes).orElseThrow();
    // Out of order, a piece counts the ranges before it that were not read yet.
    assertEquals(
        SplittableInputTest.whole(SplittableInputTest.DUMPS, bytes),
        SplittableInputTest.throughPieceReader(
            input, rangeSize, shuffledRanges(input, rangeSize, random)));
  }

  @Property(tries = 200)
  void textReadUnshiftedAndShiftedEqualsTextWholeAsJson(
      @ForAll("dumps") String dump,
      @ForAll @IntRange(min = 1, max = 400) int rangeSize,
      @ForAll @IntRange(min = 1, max = 64) int chunk,
      @ForAll java.util.Random random)
      throws IOException {
    byte[] bytes = dump.getBytes(StandardCharsets.UTF_8);
    SplittableInput input =
        SplittableInputTest.splittable(SplittableInputTest.DUMPS, bytes).orElseThrow();
    assertEquals(
        SplittableInputTest.wholeJsonLines(SplittableInputTest.DUMPS, bytes),
        SplittableInputTest.joinedUnshifted(
            input, rangeSize, shuffledRanges(input, rangeSize, random), chunk));
  }

  @Property(tries = 200)
  void jsonLinesReadUnshiftedAndShiftedEqualJsonLinesWholeAsJson(
      @ForAll("jsonLines") String dump,
      @ForAll @IntRange(min = 1, max = 200) int rangeSize,
      @ForAll @IntRange(min = 1, max = 64) int chunk)
      throws IOException {
    byte[] bytes = dump.getBytes(StandardCharsets.UTF_8);
    SplittableInput input =
        SplittableInputTest.splittable(SplittableInputTest.DUMPS, bytes).orElseThrow();
    assertEquals(
        SplittableInputTest.wholeJsonLines(SplittableInputTest.DUMPS, bytes),
        SplittableInputTest.joinedUnshifted(
            input, rangeSize, SplittableInputTest.lastToFirst(input, rangeSize), chunk));
  }

  /** The indexes of the input's ranges in a random order. */
  private static List<Integer> shuffledRanges(
      SplittableInput input, long rangeSize, java.util.Random random) {
    List<Integer> order =
        new java.util.ArrayList<>(SplittableInputTest.lastToFirst(input, rangeSize));
    java.util.Collections.shuffle(order, random);
    return order;
  }

  @Provide
  Arbitrary<String> jsonLines() {
    Arbitrary<String> record =
        Arbitraries.of(
            "{\"title\": \"خبر\", \"text\": \"نص\"}",
            "{\"title\": \"x\",\n",
            "{broken",
            "[1, 2]",
            "",
            "  ",
            "{\"headline\": \"عنوان\", \"date\": 1700000000}");
    return net.jqwik.api.Combinators.combine(record, Arbitraries.of(ENDS))
        .as(String::concat)
        .list()
        .ofMaxSize(40)
        .map(parts -> "{\"title\": \"أول\"}\n" + String.join("", parts));
  }

  @Property(tries = 200)
  void jsonLinesInPiecesEqualJsonLinesWhole(
      @ForAll("jsonLines") String dump, @ForAll @IntRange(min = 1, max = 200) int rangeSize)
      throws IOException {
    byte[] bytes = dump.getBytes(StandardCharsets.UTF_8);
    SplittableInput input =
        SplittableInputTest.splittable(SplittableInputTest.DUMPS, bytes).orElseThrow();
    assertEquals(
        SplittableInputTest.whole(SplittableInputTest.DUMPS, bytes),
        SplittableInputTest.inPieces(input, input.plan(rangeSize)));
  }
}
