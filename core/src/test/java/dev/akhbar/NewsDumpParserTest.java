package dev.akhbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
import dev.akhbar.article.ArticleReader;
import dev.akhbar.article.Origin;
import dev.akhbar.article.ParseLimits;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.ParserFeature;
import dev.akhbar.article.WarningKind;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NewsDumpParserTest {
  private final NewsDumpParser parser = NewsDumpParser.builder().build();

  private static String page(String title, String date, String body, String source) {
    return title + "\nتاريخ النشر: " + date + "\n" + body + "\nالمصدر: " + source + "\n";
  }

  private static final String THREE_PAGES =
      page("العنوان الأول", "1st, March 2024 GMT", "نص الخبر الأول.", "صدى البلد")
          + page(
              "العنوان الثاني",
              "2nd, March 2024 GMT",
              "نص الخبر الثاني.\nفقرة ثانية.",
              "اليوم السابع")
          + page("العنوان الثالث", "3rd, March 2024 GMT", "نص الخبر الثالث.", "الأهرام");

  private static List<String> summary(List<Article> articles) {
    return articles.stream()
        .map(
            a ->
                a.title()
                    + "|"
                    + a.published().map(d -> d.toIso()).orElse("")
                    + "|"
                    + a.body()
                    + "|"
                    + a.source().orElse(""))
        .collect(Collectors.toList());
  }

  @Test
  void concatenatedPagesGiveOneArticleEach() {
    List<Article> articles = parser.parse(THREE_PAGES);
    assertEquals(
        List.of(
            "العنوان الأول|2024-03-01|[نص الخبر الأول.]|صدى البلد",
            "العنوان الثاني|2024-03-02|[نص الخبر الثاني., فقرة ثانية.]|اليوم السابع",
            "العنوان الثالث|2024-03-03|[نص الخبر الثالث.]|الأهرام"),
        summary(articles));
    assertEquals(
        List.of(
            new Origin("<string>", 1, 4),
            new Origin("<string>", 5, 9),
            new Origin("<string>", 10, 13)),
        articles.stream().map(Article::origin).collect(Collectors.toList()));
  }

  @Test
  void jsonOrXmlHandedToThePageParserSaysSo() throws IOException {
    String jsonLine = "{\"title\": \"عنوان\", \"content\": \"نص الخبر\"}\n";
    List<Article> json = parser.parse(jsonLine);
    assertEquals(WarningKind.NOT_PAGE_TEXT, json.get(0).warnings().get(0).kind());
    assertTrue(json.get(0).warnings().get(0).message().contains("JSON"));
    try (ArticleReader xml =
        parser.parse(
            new java.io.ByteArrayInputStream(
                "<?xml version=\"1.0\"?>\n<rss><channel></channel></rss>\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "feed.xml")) {
      Article first = xml.iterator().next();
      assertEquals(WarningKind.NOT_PAGE_TEXT, first.warnings().get(0).kind());
      assertTrue(first.warnings().get(0).message().contains("XML"));
    }
    // Page text whose title opens with a bracket is page text.
    List<Article> text = parser.parse("[عاجل] عنوان الخبر\nتاريخ النشر: 1 مارس 2024\nنص الخبر.\n");
    assertTrue(
        text.get(0).warnings().stream().noneMatch(w -> w.kind() == WarningKind.NOT_PAGE_TEXT));
  }

  @Test
  void aSourceLineIsNeverADateline() {
    // Found by NothingLostProperties: a source line left inside a related article's body was read
    // as the dateline "المصدر" and the credit "روسيا اليوم".
    String page =
        String.join(
            "\n",
            "روسيا روسيا",
            "",
            "موسكو – روسيا روسيا روسيا.",
            "",
            "إقرأ أيضاً:",
            "روسيا روسيا",
            "كلمات دلالية: روسيا",
            "المصدر: روسيا اليوم",
            "روسيا روسيا");
    List<Article> all = new java.util.ArrayList<>();
    for (Article a : parser.parse(page)) {
      all.add(a);
      all.addAll(a.related());
    }
    assertTrue(
        all.stream().noneMatch(a -> a.dateline().filter("المصدر"::equals).isPresent()),
        all::toString);
  }

  @Test
  void crlfWithBomParsesLikeCleanLf() {
    String crlf = "\uFEFF" + THREE_PAGES.replace("\n", "\r\n");
    assertEquals(parser.parse(THREE_PAGES), parser.parse(crlf));
  }

  @Test
  void crAloneTrailingNulsAndBlankLinesParseLikeCleanLf() {
    String messy =
        THREE_PAGES.replace("\n", "\r").replace("\rالعنوان", "\r \t\r\r\u00A0\rالعنوان") + "\0\0";
    List<Article> a = parser.parse(messy);
    assertEquals(summary(parser.parse(THREE_PAGES)), summary(a));
    assertTrue(
        a.stream().allMatch(x -> x.warnings().isEmpty()), () -> a.get(2).warnings().toString());
  }

  @Test
  void labelsAreMatchedOnNormalisedText() {
    String text =
        "عنوان\nتاريخ  النشر : 29th, February 2024 GMT\nنص.\nالمصدر :صدى البلد\n"
            + "الكلمات الدلالية: روسيا\nاقرأ ايضا\nخبر آخر\nنص آخر.\nرويترز\n";
    Article a = parser.parse(text).get(0);
    assertEquals("2024-02-29", a.published().orElseThrow().toIso());
    assertEquals("صدى البلد", a.source().orElseThrow());
    assertEquals(List.of("روسيا"), a.keywords());
    assertEquals(1, a.related().size());
    assertEquals("رويترز", a.related().get(0).credit().orElseThrow());
  }

  @Test
  void readAlsoWithHamzaAndTanweenVariants() {
    for (String label :
        List.of("إقرأ أيضاً:", "اقرأ أيضا:", "إقرأ ايضاً", "اقرأ أيضًا :", "إقـرأ أيضـاً:")) {
      String text =
          "عنوان\nتاريخ النشر: 29th, February 2024 GMT\nنص.\n" + label + "\nخبر آخر\nنص آخر.\n";
      Article a = parser.parse(text).get(0);
      assertEquals(1, a.related().size(), label);
      assertEquals("خبر آخر", a.related().get(0).title(), label);
      assertEquals(List.of("نص."), a.body(), label);
    }
  }

  @Test
  void aBodyLineThatOpensWithALabelWordIsStillBody() {
    String text =
        "عنوان\nتاريخ النشر: 29th, February 2024 GMT\n"
            + "المصدر الذي تحدث إلى الصحيفة قال إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة.\n";
    Article a = parser.parse(text).get(0);
    assertTrue(a.source().isEmpty());
    assertEquals(1, a.body().size());
  }

  @Test
  void aFootnoteThatOpensWithTheSourceWordStaysBody() {
    Article a = parser.parse("عنوان\nنص الخبر.\nالمصدر نفسه، ص120.\nالمصدر نفسه، ص128.\n").get(0);
    assertTrue(a.source().isEmpty());
    assertEquals(List.of("نص الخبر.", "المصدر نفسه، ص120.", "المصدر نفسه، ص128."), a.body());
  }

  @Test
  void aTitleThatOpensWithTheSourceWordStartsAPage() {
    String text =
        page("العنوان الأول", "1st, March 2024 GMT", "نص.", "صدى البلد")
            + "المصدر الأمني يكشف تفاصيل جديدة عن الحادث\nتاريخ النشر: 2nd, March 2024 GMT\nنص ثان.\n";
    List<Article> a = parser.parse(text);
    assertEquals(2, a.size());
    assertEquals("المصدر الأمني يكشف تفاصيل جديدة عن الحادث", a.get(1).title());
    assertEquals("2024-03-02", a.get(1).published().orElseThrow().toIso());
  }

  @Test
  void aColonlessSourceAmongTheLabelsIsTheSource() {
    Article a =
        parser
            .parse(
                "عنوان\nتاريخ النشر: 29th, February 2024 GMT\nنص.\nالمصدر صدى البلد\nكلمات دلالية: روسيا\n")
            .get(0);
    assertEquals("صدى البلد", a.source().orElseThrow());
  }

  @Test
  void anUnlabelledDateUnderTheTitleIsThePublicationDate() {
    // The Al Riyadh page header: title, then the date line with no label.
    Article a =
        parser
            .parse(
                "جريدة الرياض | يا واسع المغفرة\nالسبت 15 رجب 1442هـ 27 فبراير 2021م GMT+3 03:47:01am\nنص.\n")
            .get(0);
    assertEquals("2021-02-27T03:47:01+03:00", a.published().orElseThrow().toIso());
    assertEquals(List.of("نص."), a.body());
    assertTrue(a.warnings().isEmpty(), a.warnings()::toString);
  }

  @Test
  void missingPartsAreWarningsWithLines() {
    String text =
        "تاريخ النشر: not a date\nنص.\nالمصدر:\nكلمات دلالية: روسيا\nكلمات دلالية: موسكو\n";
    Article a = parser.parse(text).get(0);
    assertEquals("", a.title());
    assertEquals("not a date", a.publishedRaw().orElseThrow());
    List<String> kinds =
        a.warnings().stream().map(w -> w.line() + ":" + w.kind()).collect(Collectors.toList());
    assertEquals(
        List.of("1:MISSING_TITLE", "1:UNPARSED_DATE", "3:EMPTY_FIELD", "5:DUPLICATE_FIELD"), kinds);
    assertEquals("كلمات دلالية: موسكو", a.warnings().get(3).text().orElseThrow());
  }

  @Test
  void theDateMayStandOnTheLineAfterItsLabel() {
    Article a = parser.parse("عنوان\nتاريخ النشر:\n29th, February 2024 GMT\nنص.\n").get(0);
    assertEquals("2024-02-29", a.published().orElseThrow().toIso());
    assertEquals(List.of("نص."), a.body());
  }

  @Test
  void datelinesWithDashesAndAgencies() {
    String[][] cases = {
      {"موسكو – صرح المتحدث بأن", "موسكو", ""},
      {"القاهرة - قال المتحدث", "القاهرة", ""},
      {"الرياض (واس) - أعلنت الوزارة", "الرياض", "واس"},
      {"دار السلام — أعلنت الحكومة", "دار السلام", ""},
      {"قال المتحدث - في بيان طويل جدا عن الموضوع", "", ""},
    };
    for (String[] c : cases) {
      Article a =
          parser.parse("عنوان\nتاريخ النشر: 29th, February 2024 GMT\n" + c[0] + "\n").get(0);
      assertEquals(c[1], a.dateline().orElse(""), c[0]);
      assertEquals(c[2], a.credit().orElse(""), c[0]);
    }
  }

  @Test
  void creditsFromTheGazetteer() {
    for (String credit :
        List.of(
            "الأناضول", "(رويترز)", "أ ف ب", "أ.ف.ب", "واس", "د ب أ", "رويترز / أ ف ب", "وكالات")) {
      Article a =
          parser
              .parse("عنوان\nتاريخ النشر: 29th, February 2024 GMT\nنص الخبر.\n" + credit + "\n")
              .get(0);
      assertTrue(a.credit().isPresent(), credit);
      assertEquals(List.of("نص الخبر."), a.body(), credit);
    }
    Article notCredit =
        parser
            .parse("عنوان\nتاريخ النشر: 29th, February 2024 GMT\nنص الخبر.\nانتهى الاجتماع\n")
            .get(0);
    assertTrue(notCredit.credit().isEmpty());
  }

  @Test
  void severalRelatedArticlesAreSplitAtCreditsAndDatelines() {
    String text =
        "عنوان\nتاريخ النشر: 29th, February 2024 GMT\nنص.\nإقرأ أيضاً:\n"
            + "الخبر الأول\nنص أول.\nرويترز\n"
            + "الخبر الثاني\nالقاهرة - نص ثان.\n"
            + "الخبر الثالث\nبيروت – نص ثالث.\nفقرة.\nالأناضول\n";
    List<Article> related = parser.parse(text).get(0).related();
    assertEquals(
        List.of("الخبر الأول", "الخبر الثاني", "الخبر الثالث"),
        related.stream().map(Article::title).collect(Collectors.toList()));
    assertEquals("القاهرة", related.get(1).dateline().orElseThrow());
    assertEquals(List.of("بيروت – نص ثالث.", "فقرة."), related.get(2).body());
  }

  @Test
  void keywordsWithSeparatorsAreSplitOnThem() {
    Article a =
        parser
            .parse(
                "عنوان\nتاريخ النشر: 29th, February 2024 GMT\nنص.\nكلمات دلالية: روسيا، الولايات المتحدة، بوتين\n")
            .get(0);
    assertEquals(List.of("روسيا", "الولايات المتحدة", "بوتين"), a.keywords());
  }

  @Test
  void mojibakeLinesAreRepairedAndSaidSo() {
    Article a =
        parser.parse("ط¨ظˆطھظٹظ†: ط±ظˆط³ظٹط§\nتاريخ النشر: 29th, February 2024 GMT\nنص.\n").get(0);
    assertEquals("بوتين: روسيا", a.title());
    assertEquals(WarningKind.REPAIRED_ENCODING, a.warnings().get(0).kind());
    assertEquals(1, a.warnings().get(0).line());
  }

  @Test
  void invalidCharactersAreCountedOnTheirLine() {
    Article a =
        parser.parse("عنوان\nتاريخ النشر: 29th, February 2024 GMT\nنص\0 \uFFFDالخبر.\n").get(0);
    assertEquals(List.of("نص الخبر."), a.body());
    assertEquals(
        List.of(
            "line 3: INVALID_CHARACTERS: 2 invalid characters (NUL, controls, U+FFFD, lone surrogates) removed"),
        a.warnings().stream().map(ParseWarning::toString).collect(Collectors.toList()));
  }

  @Test
  void tooManyWarningsAreCappedAndCounted() {
    StringBuilder text = new StringBuilder("عنوان\nتاريخ النشر: 29th, February 2024 GMT\n");
    for (int i = 0; i < 10; i++) {
      text.append("المصدر:\n");
    }
    NewsDumpParser capped =
        NewsDumpParser.builder()
            .limits(ParseLimits.builder().maxWarningsPerArticle(4).build())
            .build();
    List<ParseWarning> w = capped.parse(text.toString()).get(0).warnings();
    assertEquals(4, w.size());
    assertEquals(WarningKind.TOO_MANY_WARNINGS, w.get(3).kind());
    // 10 empty-field warnings and the page's EMPTY_BODY, 3 kept: the fourth says how many more
    // there were.
    assertEquals(
        "8 more warnings, up to the article's last line, were not kept", w.get(3).message());
  }

  /** Past the cap, a warning that carries a line's text is kept: the text is in no field. */
  @Test
  void warningsThatCarryTextAreNeverCapped() {
    StringBuilder text = new StringBuilder("عنوان\nتاريخ النشر: 29th, February 2024 GMT\n");
    text.append("المصدر: صدى البلد\n");
    for (int i = 0; i < 10; i++) {
      text.append("المصدر: مصدر رقم ").append(i).append('\n');
    }
    for (int i = 0; i < 5; i++) {
      text.append("المصدر:\n");
    }
    NewsDumpParser capped =
        NewsDumpParser.builder()
            .limits(ParseLimits.builder().maxWarningsPerArticle(4).build())
            .build();
    Article a = capped.parse(text.toString()).get(0);
    assertEquals("صدى البلد", a.source().orElseThrow());
    List<String> carried =
        a.warnings().stream()
            .filter(w -> w.text().isPresent())
            .map(w -> w.text().get())
            .collect(Collectors.toList());
    assertEquals(10, carried.size(), "every second source line, with its text");
    assertEquals("المصدر: مصدر رقم 9", carried.get(9));
    // The five empty labels and the EMPTY_BODY: none kept past the cap, all counted in one.
    ParseWarning last = a.warnings().get(a.warnings().size() - 1);
    assertEquals(WarningKind.TOO_MANY_WARNINGS, last.kind());
    assertEquals("6 more warnings, up to the article's last line, were not kept", last.message());
  }

  @Test
  void longLinesAreCutAndReported() {
    NewsDumpParser small =
        NewsDumpParser.builder().limits(ParseLimits.builder().maxLineLength(10).build()).build();
    Article a = small.parse("عنوان قصير\nنص طويل جدا جدا جدا\n").get(0);
    assertEquals(List.of("نص طويل جد"), a.body());
    ParseWarning cut =
        a.warnings().stream()
            .filter(w -> w.kind() == WarningKind.LINE_TOO_LONG)
            .findFirst()
            .orElseThrow();
    assertEquals(2, cut.line());
    // "نص طويل جدا جدا جدا" is 19 chars; 10 are kept.
    assertTrue(cut.message().contains("9 chars dropped"), cut.message());
  }

  @Test
  void withoutPageSplittingTheWholeInputIsOneArticle() {
    NewsDumpParser single = NewsDumpParser.builder().disable(ParserFeature.SPLIT_PAGES).build();
    assertEquals(1, single.parse(THREE_PAGES).size());
  }

  @Test
  void aReaderIteratesOnce() throws IOException {
    try (ArticleReader reader = parser.parse(new StringReader(THREE_PAGES), "x")) {
      reader.iterator();
      assertThrows(IllegalStateException.class, reader::iterator);
    }
  }

  @Test
  void emptyInputHasNoArticles() {
    assertEquals(List.of(), parser.parse(""));
    assertEquals(List.of(), parser.parse("\n \r\n\t\n\0"));
  }
}
