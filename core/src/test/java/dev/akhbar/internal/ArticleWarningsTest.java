package dev.akhbar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
import dev.akhbar.article.Origin;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The warnings about an article as a whole: one rule per test. */
class ArticleWarningsTest {
  @Test
  void anArticleWithoutATitleIsSaidAtItsLine() {
    ParseWarning w = ArticleWarnings.missingTitle(7);
    assertEquals(7, w.line());
    assertEquals(WarningKind.MISSING_TITLE, w.kind());
  }

  @Test
  void textWithoutArabicLettersIsSaid() {
    ParseWarning w = ArticleWarnings.notArabic(List.of("Breaking news from the capital today"), 3);
    assertEquals(WarningKind.NOT_ARABIC, w.kind());
    assertEquals(3, w.line());
    assertTrue(w.message().contains("no Arabic letters"), w.message());
  }

  @Test
  void textOfQuestionMarksIsSaidAsLettersLost() {
    // 25 chars besides spaces: one Arabic letter, 24 question marks.
    ParseWarning w = ArticleWarnings.notArabic(List.of("ق?? ??? ?????? ?? ????? ??????"), 1);
    assertEquals(WarningKind.NOT_ARABIC, w.kind());
    assertTrue(w.message().contains("question marks"), w.message());
  }

  @Test
  void arabicTextAndShortTextAreNotSaid() {
    assertNull(ArticleWarnings.notArabic(List.of("قال الرئيس إن الحوار مستمر مع الجميع"), 1));
    assertNull(ArticleWarnings.notArabic(List.of("OK", "fine"), 1));
  }

  @Test
  void titleLikeLinesEachBeforeAParagraphReadAsSeveralArticles() {
    String paragraph =
        "قال المتحدث باسم الوزارة إن الاجتماع سيعقد في العاصمة الأسبوع المقبل بحضور الوزراء المعنيين"
            + " بالملف";
    List<TextLine> body = new ArrayList<>();
    String[] texts = {paragraph, "عنوان الخبر الأول", paragraph, "عنوان الخبر الثاني", paragraph};
    for (int i = 0; i < texts.length; i++) {
      body.add(new TextLine(i + 1, texts[i], null, List.of()));
    }
    ParseWarning w = ArticleWarnings.mergedArticles(body);
    assertEquals(WarningKind.MERGED_ARTICLES, w.kind());
    assertEquals(1, w.line());
    assertTrue(w.message().contains("at lines 2, 4;"), w.message());
    assertNull(ArticleWarnings.mergedArticles(body.subList(0, 3)));
  }

  private static ParseWarning plain(long line) {
    return ParseWarning.of(line, WarningKind.EMPTY_FIELD, "empty");
  }

  private static List<ParseWarning> capped(List<ParseWarning> warnings, long notKept, int max) {
    Article.Builder a = Article.builder(new Origin("in", 1, 9)).title("t");
    return ArticleWarnings.capWarnings(a, new ArrayList<>(warnings), notKept, 9, max).warnings();
  }

  @Test
  void pastTheCapWarningsAreCountedFromTheFirstDropped() {
    List<ParseWarning> w = capped(List.of(plain(1), plain(2), plain(3), plain(4), plain(5)), 0, 3);
    assertEquals(List.of(1L, 2L, 3L), w.stream().map(ParseWarning::line).toList());
    assertEquals(WarningKind.TOO_MANY_WARNINGS, w.get(2).kind());
    assertTrue(w.get(2).message().startsWith("3 more warnings"), w.get(2).message());
  }

  @Test
  void pastTheCapAWarningThatCarriesTextIsKept() {
    ParseWarning withText =
        new ParseWarning(4, WarningKind.DUPLICATE_FIELD, "a second source line", Optional.of("x"));
    List<ParseWarning> w = capped(List.of(plain(1), plain(2), plain(3), withText, plain(5)), 0, 3);
    assertEquals(List.of(1L, 2L, 3L, 4L), w.stream().map(ParseWarning::line).toList());
    assertTrue(w.get(2).message().startsWith("2 more warnings"), w.get(2).message());
    assertEquals(withText, w.get(3));
  }

  @Test
  void warningsAReaderCountedAreSaidAtTheRecordsLine() {
    List<ParseWarning> w = capped(List.of(), 7, 3);
    assertEquals(1, w.size());
    assertEquals(9, w.get(0).line());
    assertTrue(w.get(0).message().startsWith("7 more warnings"), w.get(0).message());
  }
}
