package dev.akhbar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The related articles of a "read also" block: one rule per test. */
class RelatedGroupsTest {
  /** Lines numbered from {@code first}, one a text. */
  private static List<TextLine> lines(long first, String... texts) {
    List<TextLine> out = new ArrayList<>();
    for (String t : texts) {
      out.add(new TextLine(first++, t, null, List.of()));
    }
    return out;
  }

  private static List<Integer> sizes(RelatedGroups.Groups g) {
    return g.articles().stream().map(List::size).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "- عنوان الخبر|2",
        "• عنوان الخبر|2",
        "١. عنوان الخبر|3",
        "12) عنوان الخبر|4",
        // a year opening a headline is no number of a list
        "2024 عام الانتخابات|0",
        // a dash glued to the word is a dash of the text
        "-عنوان|0",
        "-|0"
      })
  void bulletsAndNumbersOpenListItems(String text, int length) {
    assertEquals(length, RelatedGroups.bullet(text));
  }

  @Test
  void aHeadlineDoesNotEndLikeASentenceOrALeadIn() {
    assertTrue(RelatedGroups.titleLike("بوتين يلتقي أردوغان في سوتشي"));
    assertFalse(RelatedGroups.titleLike("التقى بوتين أردوغان في سوتشي."));
    assertFalse(RelatedGroups.titleLike("وقال الكرملين:"));
  }

  @Test
  void aBlockOfHeadlinesOnlyIsOneArticleALine() {
    RelatedGroups.Groups g =
        RelatedGroups.split(
            lines(
                1, "بوتين يلتقي أردوغان", "الكرملين يعلن موعد القمة", "انتخابات مبكرة في إسرائيل"),
            10,
            true);
    assertEquals(List.of(1, 1, 1), sizes(g));
    assertEquals(RelatedGroups.NOT_CUT, g.cutLine());
  }

  @Test
  void aBulletedListStartsAnArticleAtEachBullet() {
    RelatedGroups.Groups g =
        RelatedGroups.split(
            lines(1, "- عنوان أول", "فقرة الخبر الأول.", "- عنوان ثان", "فقرة الخبر الثاني."),
            10,
            true);
    assertEquals(List.of(2, 2), sizes(g));
  }

  @Test
  void pastTheLimitLinesJoinTheLastArticleAndTheCutIsItsFirstLine() {
    RelatedGroups.Groups g =
        RelatedGroups.split(
            lines(7, "عنوان أول", "عنوان ثان", "عنوان ثالث", "عنوان رابع"), 2, true);
    assertEquals(List.of(1, 3), sizes(g));
    assertEquals(9, g.cutLine());
  }

  @Test
  void headlinesInTheBodyAreArticlesInLineOrder() {
    RelatedGroups.Groups g =
        RelatedGroups.withHeadlines(
            RelatedGroups.split(lines(10, "عنوان في الكتلة"), 10, true),
            lines(5, "عنوان في المتن"),
            10);
    assertEquals(5, g.articles().get(0).get(0).number());
    assertEquals(10, g.articles().get(1).get(0).number());
    assertEquals(RelatedGroups.NOT_CUT, g.cutLine());
  }

  @Test
  void aHeadlinePastTheLimitJoinsTheLastArticleAndIsTheCut() {
    RelatedGroups.Groups g =
        RelatedGroups.withHeadlines(
            RelatedGroups.split(lines(10, "عنوان في الكتلة"), 1, true),
            lines(20, "عنوان في المتن"),
            1);
    assertEquals(List.of(2), sizes(g));
    assertEquals(20, g.cutLine());
  }
}
