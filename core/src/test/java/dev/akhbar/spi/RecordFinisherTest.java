package dev.akhbar.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.Article;
import dev.akhbar.article.ParseLimits;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Records of structured formats are finished by the rules of page text. */
class RecordFinisherTest {
  private final NewsDumpParser parser = NewsDumpParser.builder().build();
  private final RecordFinisher finisher = RecordFinisher.of(parser);

  private static final String TITLE = "بوتين: روسيا على استعداد للحوار مع الولايات المتحدة";
  private static final String LEAD =
      "موسكو (رويترز) - قال الرئيس الروسي فلاديمير بوتين، اليوم الخميس، إن موسكو مستعدة للحوار.";
  private static final String SECOND =
      "وأوضح بوتين في خطابه أمام الجمعية الفيدرالية أن موقف روسيا واضح.";

  private static List<WarningKind> kinds(Article a) {
    return a.warnings().stream().map(ParseWarning::kind).collect(Collectors.toList());
  }

  @Test
  void aBylinesPhotoCreditJoinsTheRecordsOwnPhoto() {
    Article a =
        finisher.finish(
            RawRecord.builder("x.json", 1, 1)
                .title(TITLE)
                .attribute("photo", "https://example.com/img.jpg")
                .paragraph("AHDATH.INFO – البيضاء– تصوير: وراق")
                .paragraph(SECOND)
                .build());
    assertEquals(List.of(SECOND), a.body());
    assertEquals("https://example.com/img.jpg\nتصوير: وراق", a.attributes().get("photo"));
  }

  @Test
  void aTitleOrAuthorWrittenOverTwoLinesIsOneLine() {
    Article a =
        finisher.finish(
            RawRecord.builder("x.json", 1, 1)
                .title("بوتين: روسيا على استعداد\nللحوار مع الولايات المتحدة")
                .author("سارة\r\nأحمد")
                .paragraph(SECOND)
                .attribute("tags", "روسيا\nأمريكا")
                .build());
    assertEquals(TITLE, a.title());
    assertEquals(java.util.Optional.of("سارة أحمد"), a.author());
    // An attribute keeps its lines: one value a line.
    assertEquals("روسيا\nأمريكا", a.attributes().get("tags"));
  }

  @Test
  void aLeadingSiteNameIsAMarkNotAParagraph() {
    // The record's own source name over its text.
    Article named =
        finisher.finish(
            RawRecord.builder("x.json", 1, 1)
                .title(TITLE)
                .source("صدى البلد")
                .paragraph("صدى البلد")
                .paragraph(SECOND)
                .build());
    assertEquals(List.of(SECOND), named.body());
    assertEquals("صدى البلد", named.attributes().get("site"));
  }

  @Test
  void aRecordGetsWhatTheSamePageOfTextGets() {
    String page =
        TITLE
            + "\nتاريخ النشر: 29th, February 2024 GMT\n"
            + LEAD
            + "\n"
            + SECOND
            + "\nالمصدر: صدى البلد\nكلمات دلالية: بوتين موسكو الولايات المتحدة\n";
    Article fromText = parser.parse(page).get(0);
    Article fromRecord =
        finisher.finish(
            RawRecord.builder("x.json", 1, 1)
                .title(TITLE)
                .publishedRaw("29th, February 2024 GMT")
                .paragraph(LEAD)
                .paragraph(SECOND)
                // A JSON body that ends with the page's labelled lines: they fill their fields here
                // too.
                .paragraph("المصدر: صدى البلد")
                .paragraph("كلمات دلالية: بوتين موسكو الولايات المتحدة")
                .build());
    assertEquals(fromText.title(), fromRecord.title());
    assertEquals(fromText.published(), fromRecord.published());
    assertEquals(fromText.body(), fromRecord.body());
    assertEquals(fromText.source(), fromRecord.source());
    assertEquals(fromText.keywords(), fromRecord.keywords());
    assertEquals(fromText.dateline(), fromRecord.dateline());
    assertEquals(fromText.credit(), fromRecord.credit());
    // Checked by hand: the dateline and credit of the lead, the source line out of the body.
    assertEquals("موسكو", fromRecord.dateline().orElseThrow());
    assertEquals("رويترز", fromRecord.credit().orElseThrow());
    assertEquals("صدى البلد", fromRecord.source().orElseThrow());
    assertEquals(List.of("بوتين", "موسكو", "الولايات المتحدة"), fromRecord.keywords());
    assertEquals(2, fromRecord.body().size());
    assertEquals(List.of(), fromRecord.warnings());
  }

  @Test
  void aRecordWithoutTitleOrDateSaysSo() {
    Article a = finisher.finish(RawRecord.builder("x.json", 7, 9).paragraph(SECOND).build());
    assertEquals("", a.title());
    assertEquals(List.of(WarningKind.MISSING_TITLE, WarningKind.MISSING_DATE), kinds(a));
    assertEquals(7, a.warnings().get(0).line());
  }

  @Test
  void aGivenFieldWinsAndTheBodyLineIsKeptInAWarning() {
    Article a =
        finisher.finish(
            RawRecord.builder("x.json", 3, 3)
                .title(TITLE)
                .publishedRaw("2024-02-29")
                .source("الرياض")
                .paragraph(SECOND)
                .paragraph("المصدر: صدى البلد")
                .build());
    assertEquals("الرياض", a.source().orElseThrow());
    assertEquals(List.of(SECOND), a.body());
    assertEquals(List.of(WarningKind.DUPLICATE_FIELD), kinds(a));
    assertEquals("المصدر: صدى البلد", a.warnings().get(0).text().orElseThrow());
  }

  @Test
  void aDateAloneUnderTheTitleIsTheDate() {
    Article a =
        finisher.finish(
            RawRecord.builder("x.json", 1, 1)
                .title(TITLE)
                .paragraph("2024-02-29")
                .paragraph(SECOND)
                .build());
    assertEquals("2024-02-29", a.published().orElseThrow().toIso());
    assertEquals(List.of(SECOND), a.body());
    assertEquals(List.of(), a.warnings());
  }

  @Test
  void fieldsAreRepairedAndNormalisedWithAWarningEach() {
    // بوتين as UTF-8 read as windows-1256; a tatweel and a NUL in the body.
    Article a =
        finisher.finish(
            RawRecord.builder("x.json", 5, 6)
                .title("ط¨ظˆطھظٹظ†")
                .publishedRaw("2024-02-29")
                .paragraph(6, "قـال\0 بوتين")
                .build());
    assertEquals("بوتين", a.title());
    assertEquals(List.of("قال بوتين"), a.body());
    assertEquals(List.of(WarningKind.REPAIRED_ENCODING, WarningKind.INVALID_CHARACTERS), kinds(a));
    assertEquals(5, a.warnings().get(0).line());
    assertEquals(6, a.warnings().get(1).line());
  }

  @Test
  void warningsOfARecordAreCappedLikeAPage() {
    NewsDumpParser tight =
        NewsDumpParser.builder()
            .limits(ParseLimits.builder().maxWarningsPerArticle(5).build())
            .build();
    RawRecord.Builder b = RawRecord.builder("x.json", 1, 1).title(TITLE).publishedRaw("2024-02-29");
    for (int i = 0; i < 20; i++) {
      b.paragraph(i + 1, "نص\0 " + i);
    }
    Article a = RecordFinisher.of(tight).finish(b.build());
    assertEquals(5, a.warnings().size());
    assertTrue(a.warnings().stream().anyMatch(w -> w.kind() == WarningKind.TOO_MANY_WARNINGS));
    assertEquals(20, a.body().size());
  }
}
