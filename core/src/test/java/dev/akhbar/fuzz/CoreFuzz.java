package dev.akhbar.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.akhbar.ArabicNormalizer;
import dev.akhbar.MojibakeRepair;
import dev.akhbar.NewsDateParser;
import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.Article;
import dev.akhbar.article.Origin;
import dev.akhbar.date.DateParseResult;
import dev.akhbar.date.NewsDate;
import dev.akhbar.text.NormalizationProfile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fuzz targets of the core. In {@code mvn verify} they run once over the committed inputs in {@code
 * src/test/resources/dev/akhbar/fuzz/CoreFuzzInputs/}; with {@code JAZZER_FUZZ=1} they fuzz (see
 * the README). Each asserts the invariants, not just that nothing was thrown.
 */
class CoreFuzz {
  private static final NewsDumpParser PARSER = NewsDumpParser.builder().build();
  private static final NewsDateParser DATES =
      NewsDateParser.builder().reference(Instant.parse("2024-02-29T12:00:00Z")).build();

  /**
   * Any bytes as a dump: articles in order, ranges inside the input, every line with text inside an
   * article.
   */
  @FuzzTest(maxDuration = "10m")
  void pageParser(byte[] input) {
    List<Article> articles = new ArrayList<>();
    try (var reader = PARSER.parse(new ByteArrayInputStream(input), "fuzz")) {
      reader.forEach(articles::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int lines = 1;
    for (byte b : input) {
      lines += b == '\n' || b == '\r' ? 1 : 0;
    }
    long previous = 0;
    for (Article a : articles) {
      Origin o = a.origin();
      assertTrue(o.line() > previous && o.lastLine() <= lines, () -> "bad range " + o);
      previous = o.lastLine();
      a.warnings()
          .forEach(
              w ->
                  assertTrue(
                      w.line() == 0 || (w.line() >= o.line() && w.line() <= o.lastLine()),
                      () -> "warning outside its article: " + w + " in " + o));
      a.related()
          .forEach(
              r ->
                  assertTrue(
                      r.origin().line() >= o.line() && r.origin().lastLine() <= o.lastLine()));
    }
    assertTrue(articles.size() <= lines);
    // Every line with text lies in exactly one article's range (ranges are ordered and disjoint).
    String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
    int number = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean end = i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
      if (!end) {
        continue;
      }
      number++;
      String line = text.substring(start, i).replace("\uFEFF", "");
      if (!dev.akhbar.internal.Chars.isBlank(line)) {
        int n = number;
        assertTrue(
            articles.stream().anyMatch(a -> a.origin().line() <= n && n <= a.origin().lastLine()),
            () -> "line " + n + " is in no article");
      }
      if (i < text.length()
          && text.charAt(i) == '\r'
          && i + 1 < text.length()
          && text.charAt(i + 1) == '\n') {
        i++;
      }
      start = i + 1;
    }
  }

  /**
   * Any text as a date: a date or a reason, never both, never an internal error; find's spans
   * ordered and disjoint.
   */
  @FuzzTest(maxDuration = "3m")
  void dateParser(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    DateParseResult r = DATES.parse(text);
    assertTrue(r.date().isPresent() != r.error().isPresent());
    assertFalse(r.error().orElse("").startsWith("internal error"), () -> r.error().get());
    // A whole date's ISO form, with its time and offset when it has them, parses back to itself.
    r.date()
        .filter(
            d -> d.date().isPresent() && d.year().getAsInt() >= 1000 && d.year().getAsInt() <= 9999)
        .ifPresent(
            d ->
                assertEquals(
                    d.toIso(), DATES.parse(d.toIso()).date().map(NewsDate::toIso).orElse("")));
    int end = 0;
    for (NewsDate d : DATES.find(text)) {
      assertTrue(d.start() >= end && d.end() <= text.length() && d.start() < d.end());
      end = d.end();
    }
  }

  /** Any text through every profile: idempotent; repair only ever shortens. */
  @FuzzTest(maxDuration = "3m")
  void normaliser(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    for (NormalizationProfile p : NormalizationProfile.values()) {
      String once = ArabicNormalizer.of(p).normalize(text);
      assertEquals(once, ArabicNormalizer.of(p).normalize(once), () -> p + " not idempotent");
    }
    Optional<String> repaired = MojibakeRepair.repair(text);
    assertTrue(repaired.isEmpty() || repaired.get().length() < text.length());
  }

  /**
   * Any bytes, any profile, any line limit: the one pass over UTF-8 lines gives exactly the
   * articles of the same bytes decoded by the JDK and parsed as chars.
   */
  @FuzzTest(maxDuration = "5m")
  void onePass(FuzzedDataProvider data) throws IOException {
    NormalizationProfile profile = data.pickValue(NormalizationProfile.values());
    int maxLine = data.consumeBoolean() ? 1_000_000 : data.consumeInt(1, 200);
    byte[] input = data.consumeRemainingAsBytes();
    NewsDumpParser parser =
        NewsDumpParser.builder()
            .normalization(profile)
            .limits(dev.akhbar.article.ParseLimits.builder().maxLineLength(maxLine).build())
            .build();
    assertEquals(
        articles(
            parser.parse(
                new java.io.InputStreamReader(
                    new ByteArrayInputStream(input), java.nio.charset.StandardCharsets.UTF_8),
                "fuzz")),
        articles(parser.parse(new ByteArrayInputStream(input), "fuzz")));
  }

  private static List<Article> articles(dev.akhbar.article.ArticleReader reader)
      throws IOException {
    List<Article> out = new ArrayList<>();
    try (reader) {
      reader.forEach(out::add);
    }
    return out;
  }

  /**
   * Any bytes, read in any sizes: the fast UTF-8 reader gives exactly the JDK's replacing decoder's
   * text.
   */
  @FuzzTest(maxDuration = "3m")
  void utf8Reader(FuzzedDataProvider data) throws IOException {
    long seed = data.consumeLong();
    byte[] input = data.consumeRemainingAsBytes();
    String expected = new String(input, java.nio.charset.StandardCharsets.UTF_8);
    java.util.Random sizes = new java.util.Random(seed);
    StringBuilder got = new StringBuilder();
    char[] buf = new char[16];
    try (java.io.Reader r = new dev.akhbar.internal.Utf8Reader(new ByteArrayInputStream(input))) {
      for (int n = r.read(buf, 0, 1 + sizes.nextInt(16));
          n >= 0;
          n = r.read(buf, 0, 1 + sizes.nextInt(16))) {
        got.append(buf, 0, n);
      }
    }
    assertEquals(expected, got.toString());
  }
}
