package dev.akhbar.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.Article;
import dev.akhbar.article.Origin;
import dev.akhbar.article.ParseLimits;
import dev.akhbar.article.ParserFeature;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Page text read in pieces, as parallel readers read it. */
class PageTextTest {
  @Test
  void aPieceIsNumberedFromItsFirstLineAndKeepsALeadingByteOrderMark() throws IOException {
    NewsDumpParser parser = NewsDumpParser.builder().build();
    String piece = "\uFEFFعنوان\nتاريخ النشر: 2024-02-29\nنص\n";
    List<Article> articles;
    try (SourceReader r = PageText.read(parser, new StringReader(piece), "dump", 41)) {
      articles = r.stream().collect(Collectors.toList());
    }
    assertEquals(1, articles.size());
    assertEquals(new Origin("dump", 41, 43), articles.get(0).origin());
    // Inside an input U+FEFF is a character of the line (the default profile removes it), not a
    // byte-order mark.
    try (SourceReader r =
        PageText.read(
            NewsDumpParser.builder()
                .normalization(dev.akhbar.text.NormalizationProfile.NONE)
                .build(),
            new StringReader(piece),
            "dump",
            41)) {
      assertEquals("\uFEFFعنوان", r.iterator().next().title());
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> PageText.read(parser, new StringReader(piece), "dump", 0));
  }

  @Test
  void aPageStartsAtATitleFollowedByADateLine() {
    PageText.PageStarts parser = PageText.pageStarts(NewsDumpParser.builder().build());
    String title = "بوتين: روسيا على استعداد للحوار";
    assertTrue(parser.startsPage(title, "تاريخ النشر: 29th, February 2024 GMT"));
    assertTrue(parser.startsPage(title, "تاريخ النشر 29/02/2024"), "no colon, but a date");
    assertTrue(!parser.startsPage(title, "تاريخ النشر في القانون"), "no colon and no date: text");
    assertTrue(
        !parser.startsPage("المصدر: صدى البلد", "تاريخ النشر: 29th, February 2024 GMT"),
        "a label is no title");
    assertTrue(!parser.startsPage(title, "قال الرئيس الروسي"), "body text follows");
    assertTrue(
        !PageText.pageStarts(NewsDumpParser.builder().disable(ParserFeature.SPLIT_PAGES).build())
            .startsPage(title, "تاريخ النشر: 29th, February 2024 GMT"),
        "pages not split");
    assertTrue(parser.keepsText(" بوتين "));
    assertTrue(!parser.keepsText("\u200F\u0001 \t"), "marks, controls and spaces leave nothing");
  }

  @Test
  void aReaderCountsTheLineEndsItReadThroughEveryLinePath() throws IOException {
    String page = "عنوان\nتاريخ النشر: 29th, February 2024 GMT\nنص الخبر.";
    // Hand-counted line ends: the last line has none unless the input ends with one.
    java.util.Map<String, Integer> inputs = new java.util.LinkedHashMap<>();
    inputs.put(page, 2);
    inputs.put(page + "\n", 3);
    inputs.put(page.replace("\n", "\r\n") + "\r\n", 3);
    inputs.put(page.replace("\n", "\r") + "\r", 3);
    inputs.put("", 0);
    inputs.put("\n\r\n\r", 3);
    // A 200-byte line: longer than the byte path's buffer under a 10-char limit, so the rest of
    // the input goes through the char path; its line ends still count.
    inputs.put(page + "\n" + "ن".repeat(100) + "\n" + page + "\n", 7);
    NewsDumpParser tight =
        NewsDumpParser.builder().limits(ParseLimits.builder().maxLineLength(10).build()).build();
    for (NewsDumpParser parser : List.of(NewsDumpParser.builder().build(), tight)) {
      for (java.util.Map.Entry<String, Integer> input : inputs.entrySet()) {
        String why = input.getKey().replace("\r", "<CR>").replace("\n", "<LF>");
        try (SourceReader bytes =
            PageText.read(
                parser,
                PageText.utf8(
                    new java.io.ByteArrayInputStream(
                        input.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                "in",
                1)) {
          bytes.forEach(a -> {});
          assertEquals((long) input.getValue(), bytes.lineEnds(), "UTF-8 bytes: " + why);
        }
        try (SourceReader chars =
            PageText.read(parser, new StringReader(input.getKey()), "in", 1)) {
          chars.forEach(a -> {});
          assertEquals((long) input.getValue(), chars.lineEnds(), "chars: " + why);
        }
      }
    }
  }

  /** Line numbers past 2^31: a piece of a file with more lines than an int counts. */
  @Test
  void linesPastTwoToTheThirtyFirstAreNumbered() throws IOException {
    long first = (1L << 31) + 5;
    String piece = "عنوان\nتاريخ النشر: 2024-02-29\nنص\0 الخبر\n";
    try (SourceReader r =
        PageText.read(NewsDumpParser.builder().build(), new StringReader(piece), "dump", first)) {
      Article a = r.iterator().next();
      assertEquals(new Origin("dump", first, first + 2), a.origin());
      // The NUL on the third line is reported on it.
      assertEquals(first + 2, a.warnings().get(0).line());
    }
  }
}
