package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
import dev.akhbar.article.WarningKind;
import dev.akhbar.formats.options.InputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RSS and Atom feeds written for these tests, and one cut short. */
class FeedTest {
  private final DumpsTest dumps = new DumpsTest();

  @Test
  void rssItemsAreArticlesWithTheirHtmlAsParagraphs() throws IOException {
    DumpsTest.Read r = dumps.read(DumpsTest.FIXTURES.resolve("rss-shape.xml"));
    assertEquals(InputFormat.FEED, r.format());
    // Two items; the channel and its image are no articles.
    assertEquals(2, r.articles().size());
    Article a = r.articles().get(0);
    assertEquals("افتتاح جسر جديد فوق النهر", a.title());
    assertEquals("https://example.org/news/1", a.url().orElseThrow());
    assertEquals("2024-03-05T10:30:00+03:00", a.published().orElseThrow().toIso());
    assertEquals("سارة أحمد", a.author().orElseThrow());
    assertEquals(List.of("نقل", "بنية تحتية"), a.keywords());
    assertEquals("أخبار المدينة", a.source().orElseThrow());
    assertEquals(
        List.of(
            "افتتح المحافظ اليوم جسرا جديدا فوق النهر يربط شطري المدينة.",
            "وقال إن الجسر سيخفف الازدحام في ساعات الذروة."),
        a.body());
    // HTML escaped as text instead of CDATA reads the same.
    assertEquals(
        List.of("تنظم البلدية مهرجانا للكتاب في الحديقة العامة طوال الأسبوع المقبل."),
        r.articles().get(1).body());
    assertEquals(17, r.articles().get(1).origin().line());
  }

  @Test
  void atomEntriesTakeTheirLinkFromHref() throws IOException {
    DumpsTest.Read r = dumps.read(DumpsTest.FIXTURES.resolve("atom-shape.xml"));
    assertEquals(InputFormat.FEED, r.format());
    Article a = r.articles().get(0);
    assertEquals("ارتفاع صادرات الفوسفات", a.title());
    assertEquals("https://example.org/economy/7", a.url().orElseThrow());
    assertEquals("2024-03-07T09:15:00+01:00", a.published().orElseThrow().toIso());
    assertEquals("كريم العلوي", a.author().orElseThrow());
    assertEquals("نشرة الاقتصاد", a.source().orElseThrow());
    assertEquals(2, a.body().size());
  }

  @Test
  void aBadCharInTheDtdIsABrokenFeedNotACrash() throws IOException {
    // The JDK's parser throws MissingResourceException here, an unchecked exception (found by
    // fuzzing): the items before it are kept and the break is said, as for any broken XML.
    String feed =
        "<rss version=\"2.0\"><channel><title>أخبار</title>"
            + "<item><title>افتتاح جسر جديد</title><description>نص الخبر.</description></item>"
            + "</channel></rss>\n";
    DumpsTest.Read r =
        dumps.read(
            ("<!DOCTYPE rss [\n\u0002\n]>\n" + feed).getBytes(StandardCharsets.UTF_8), "dtd.xml");
    assertEquals(InputFormat.FEED, r.format());
    assertEquals(1, r.articles().size());
    assertTrue(
        r.articles().get(0).warnings().stream().anyMatch(w -> w.kind() == WarningKind.UNREADABLE),
        r.articles().get(0).warnings()::toString);
  }

  @Test
  void aFeedCutShortKeepsItsItemsAndSaysWhere() throws IOException {
    byte[] whole = Files.readAllBytes(DumpsTest.FIXTURES.resolve("rss-shape.xml"));
    String text = new String(whole, StandardCharsets.UTF_8);
    String cut = text.substring(0, text.indexOf("<pubDate>Wed"));
    DumpsTest.Read r = dumps.read(cut.getBytes(StandardCharsets.UTF_8), "cut.xml");
    assertEquals(2, r.articles().size());
    assertEquals("افتتاح جسر جديد فوق النهر", r.articles().get(0).title());
    Article end = r.articles().get(1);
    assertTrue(
        end.warnings().stream().anyMatch(w -> w.kind() == WarningKind.UNREADABLE),
        end.warnings()::toString);
  }
}
