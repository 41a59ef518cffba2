package dev.akhbar.formats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Which text of a field is HTML, and what is left of it: one rule per test. */
class FieldHtmlTest {
  @Test
  void tagsOfHtmlElementsAreMarkup() {
    assertTrue(FieldHtml.hasHtmlTags("<p>نص</p>"));
    assertTrue(FieldHtml.hasHtmlTags("سطر<br/>سطر"));
    assertTrue(FieldHtml.hasHtmlTags("<a href='https://example.com/1'>اسم</a>"));
  }

  @Test
  void aLessThanSignBeforeTextIsNoMarkup() {
    assertFalse(FieldHtml.hasHtmlTags("قيمة a<b بقيت"));
    assertFalse(FieldHtml.hasHtmlTags("نسبة x<y و<العينة>"));
    // A tag name and an attribute, but no '>' before the line ends.
    assertFalse(FieldHtml.hasHtmlTags("<a href\n>"));
    assertNull(FieldHtml.paragraphs("قيمة a<b بقيت."));
  }

  @Test
  void aStrayLessThanSignInsideHtmlStaysText() {
    assertEquals(
        List.of("إذا كانت x<y فإن النتيجة مهمة."),
        FieldHtml.paragraphs("إذا كانت x<y فإن <b>النتيجة</b> مهمة."));
  }

  @Test
  void markupOfAnyElementIsMarkupOnceTheFieldIsHtml() {
    // WordPress's "<br />", Word's "<o:p>", a tag over two lines, a closing tag with a space.
    assertTrue(FieldHtml.hasHtmlTags("سطر<br />سطر"));
    assertEquals(
        List.of("نص", "سطر", "سطر ثان", "رابط", "فقرة"),
        FieldHtml.paragraphs(
            "<p class=\"MsoNormal\">نص<o:p></o:p></p><p>سطر<br />سطر ثان</p>"
                + "<p><a href=\"x\"\n title=\"t\">رابط</a></p><p>فقرة</p >"));
  }

  @Test
  void blankLinesBreakParagraphsInHtmlMadeOfParagraphsToo() {
    assertEquals(
        List.of("فقرة", "نص بعد الفقرة", "فقرة أخرى"),
        FieldHtml.paragraphs("<p>فقرة</p>\nنص بعد\nالفقرة\n\nفقرة أخرى"));
  }

  @Test
  void characterReferencesAloneAreDecoded() {
    assertEquals(List.of("عنوان \u2013 فرعي"), FieldHtml.paragraphs("عنوان &#8211; فرعي"));
    assertNull(FieldHtml.paragraphs("AT&T و R&D"));
  }

  /** Four times the text takes at most about four times the work (CPU time, best of five). */
  @Test
  void manyLessThanSignsTakeLinearWork() {
    List<IntFunction<String>> patterns =
        List.of(
            n -> "<i ب".repeat(n / 4),
            n -> "<a x".repeat(n / 4),
            n -> "<".repeat(n),
            n -> "<p>" + "<b x".repeat(n / 4));
    for (IntFunction<String> p : patterns) {
      String small = p.apply(50_000);
      String large = p.apply(200_000);
      FieldHtml.hasHtmlTags(small);
      long t1 = cpu(() -> FieldHtml.paragraphs(small));
      long t4 = cpu(() -> FieldHtml.paragraphs(large));
      assertTrue(
          t4 <= 10 * Math.max(t1, 2_000_000L),
          large.substring(0, 8) + "...: " + t1 / 1e6 + " ms for 50k, " + t4 / 1e6 + " ms for 200k");
    }
  }

  private static long cpu(Runnable r) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long start = bean.getCurrentThreadCpuTime();
      r.run();
      best = Math.min(best, bean.getCurrentThreadCpuTime() - start);
    }
    return best;
  }
}
