package dev.akhbar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
import dev.akhbar.article.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Body paragraphs and what their first and last lines carry: one rule per test. */
class BodyFillerTest {
  private static List<TextLine> lines(String... texts) {
    List<TextLine> out = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      out.add(new TextLine(i + 1, texts[i], null, List.of()));
    }
    return out;
  }

  @Test
  void aShortLineOpeningWithPhotoIsACaption() {
    assertTrue(BodyFiller.isCaption("صورة أرشيفية لمقر الأمم المتحدة في نيويورك"));
    assertTrue(BodyFiller.isCaption("(صورة من موقع الحادث)"));
  }

  @Test
  void aShortLineClosingWithAnAgencyInBracketsIsACaption() {
    assertTrue(BodyFiller.isCaption("وزير الخارجية خلال مؤتمر صحفي في الرياض (رويترز)"));
  }

  @Test
  void aSentenceEndedBeforeTheAgencyIsNoCaption() {
    assertFalse(BodyFiller.isCaption("قال الوزير إن المحادثات انتهت. (رويترز)"));
    assertFalse(BodyFiller.isCaption(""));
  }

  @Test
  void theCreditLineAndTheLeadsDatelineAreTakenOut() {
    String lead =
        "موسكو - قال الكرملين اليوم الاثنين إن القمة بين الرئيسين ستعقد في سوتشي الشهر المقبل"
            + " بعد أشهر من المحادثات.";
    Article.Builder a = Article.builder(new Origin("in", 1, 3)).title("t");
    BodyFiller filler = new BodyFiller(true, true);
    filler.fill(a, lines(lead, "وأضاف أن الموعد لم يحدد بعد.", "(رويترز)"), null, null, null);
    Article article = a.build();
    assertEquals(List.of(lead, "وأضاف أن الموعد لم يحدد بعد."), article.body());
    assertEquals(Optional.of("رويترز"), article.credit());
    assertEquals(Optional.of("موسكو"), article.dateline());
    assertNull(filler.leadDate());
  }

  @Test
  void aLeadDateIsKeptForOneFillOnly() {
    // "لندن 27-7-2012 وفا-": a dateline with its date; the next page's lead has none, and the
    // filler must not keep the date from the page before.
    BodyFiller filler = new BodyFiller(true, true);
    String dated = "لندن 27-7-2012 وفا- قال المتحدث إن الاجتماع سيعقد غدا في العاصمة.";
    filler.fill(Article.builder(new Origin("in", 1, 1)).title("t"), lines(dated), null, null, null);
    assertEquals("27-7-2012", filler.leadDate());
    assertEquals(1, filler.leadDateLine());
    filler.fill(
        Article.builder(new Origin("in", 1, 1)).title("t"),
        lines("وأضاف أن الموعد لم يحدد بعد."),
        null,
        null,
        null);
    assertNull(filler.leadDate());
  }

  @Test
  void aCreditOrDatelineTheRecordGaveWins() {
    Article.Builder a = Article.builder(new Origin("in", 1, 2)).title("t");
    new BodyFiller(true, true)
        .fill(
            a,
            lines("موسكو - قال الكرملين إن القمة ستعقد الشهر المقبل.", "(رويترز)"),
            "الأناضول",
            "سوتشي",
            null);
    Article article = a.build();
    assertEquals(Optional.of("الأناضول"), article.credit());
    assertEquals(Optional.of("سوتشي"), article.dateline());
    assertEquals(2, article.body().size());
  }
}
