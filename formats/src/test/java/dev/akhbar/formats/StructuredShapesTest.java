package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
import dev.akhbar.article.WarningKind;
import dev.akhbar.formats.options.FieldMapping;
import dev.akhbar.formats.options.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shapes scrapers and APIs leave (fixtures in {@code fixtures/structured/}, written here in the
 * shape of real outputs, with text of our own): every field checked against the fixture's text.
 */
class StructuredShapesTest {
  private final Dumps dumps = Dumps.builder().build();

  private record Read(InputFormat format, List<Article> articles, long withoutText) {
    List<String> titles() {
      return articles.stream().map(Article::title).toList();
    }
  }

  private static Read read(Dumps dumps, InputStream in, String name) throws IOException {
    try (DumpReader r = dumps.open(in, name)) {
      List<Article> out = r.stream().toList();
      return new Read(r.format(), out, r.recordsWithoutText());
    }
  }

  private Read fixture(String name) throws IOException {
    return read(
        dumps,
        StructuredShapesTest.class.getResourceAsStream("/fixtures/structured/" + name),
        name);
  }

  private static Read text(Dumps dumps, String text) throws IOException {
    return read(dumps, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t");
  }

  private Read text(String text) throws IOException {
    return text(dumps, text);
  }

  private static String iso(Article a) {
    return a.published().orElseThrow().toIso();
  }

  @Test
  void aScrapyFileWrittenTwiceKeepsBothArraysAndItsKeysAreMapped() throws IOException {
    Read r = fixture("scrapy-two-runs.json");
    assertEquals(InputFormat.JSON, r.format());
    assertEquals(3, r.articles().size());
    Article third = r.articles().get(2);
    assertEquals("الخبر الثالث", third.title());
    assertEquals(List.of("نص الخبر الثالث."), third.body());
    // published_time "2024-01-04 12:00"
    assertEquals("2024-01-04T12:00", iso(third));
    assertEquals(5, third.origin().line());
    assertTrue(r.articles().stream().allMatch(a -> a.attributes().isEmpty()));
  }

  @Test
  void aNewsApiResponseGivesItsArticles() throws IOException {
    Read r = fixture("newsapi-response.json");
    assertEquals(2, r.articles().size());
    Article a = r.articles().get(0);
    assertEquals("وزير الخارجية يزور القاهرة", a.title());
    assertEquals("2024-03-05T10:15:00Z", iso(a));
    assertEquals(Optional.of("الجزيرة نت"), a.source());
    assertEquals(Optional.of("محمد علي"), a.author());
    assertEquals(Optional.of("https://example.com/a1"), a.url());
    assertEquals(1, a.body().size());
    assertTrue(a.body().get(0).startsWith("وصل وزير الخارجية إلى القاهرة صباح اليوم"));
    assertEquals(
        "وصل وزير الخارجية إلى القاهرة في زيارة رسمية.", a.attributes().get("description"));
    assertEquals("https://example.com/a1.jpg", a.attributes().get("urlToImage"));
    // The response's own keys (status, totalResults) are no article.
    assertTrue(!a.attributes().containsKey("status"));
    Article b = r.articles().get(1);
    // content is null: the description is the body.
    assertEquals(List.of("ارتفعت أسعار النفط."), b.body());
    assertEquals(Optional.of("BBC News عربي"), b.source());
    assertEquals("bbc-news", b.attributes().get("source.id"));
    assertEquals(0, r.withoutText());
  }

  @Test
  void aJsonLdGraphGivesItsNewsArticleAndCountsTheRest() throws IOException {
    Read r = fixture("jsonld-graph.json");
    assertEquals(1, r.articles().size());
    Article a = r.articles().get(0);
    assertEquals("افتتاح معرض الكتاب في الرياض", a.title());
    assertEquals("2024-10-01T09:00:00+03:00", iso(a));
    assertEquals(Optional.of("سارة أحمد"), a.author());
    assertEquals(Optional.of("عرب خبر"), a.source());
    assertEquals(List.of("معرض الكتاب", "الرياض"), a.keywords());
    assertEquals(
        List.of(
            "افتتح معرض الرياض الدولي للكتاب أبوابه اليوم.",
            "ويشارك في المعرض أكثر من ألف دار نشر."),
        a.body());
    assertEquals("2024-10-01T12:00:00+03:00", a.attributes().get("dateModified"));
    // The WebSite node beside it is no article: counted, not written.
    assertEquals(1, r.withoutText());
  }

  @Test
  void anEnvelopeInsideAnEnvelopeGivesItsItems() throws IOException {
    Read r = fixture("envelope-data-items.json");
    assertEquals(2, r.articles().size());
    Article a = r.articles().get(0);
    assertEquals("افتتاح جسر جديد في بغداد", a.title());
    assertEquals(List.of("افتتحت أمانة بغداد جسرا جديدا.", "ويربط الجسر ضفتي دجلة."), a.body());
    assertEquals(Optional.of("وكالة الأنباء العراقية"), a.source());
    assertEquals(6, a.origin().line());
    assertEquals("هطول أمطار غزيرة", r.articles().get(1).title());
    assertEquals(7, r.articles().get(1).origin().line());
  }

  @Test
  void elasticsearchHitsAreReadThroughTheirSource() throws IOException {
    Read r = fixture("elastic-hits.json");
    assertEquals(1, r.articles().size());
    Article a = r.articles().get(0);
    assertEquals("افتتاح مكتبة عامة", a.title());
    assertEquals("2024-04-04", iso(a));
    assertEquals(List.of("افتتحت البلدية مكتبة عامة جديدة."), a.body());
    assertEquals(Map.of("_index", "news", "_id", "7"), a.attributes());
  }

  @Test
  void trafilaturaAndNewsPleaseOutputsAreMapped() throws IOException {
    Article t = fixture("trafilatura.jsonl").articles().get(0);
    assertEquals("ارتفاع صادرات التمور", t.title());
    assertEquals("2023-11-20", iso(t));
    assertEquals(Optional.of("ليلى حسن"), t.author());
    // text, not raw_text (which stays an attribute)
    assertEquals(List.of("ارتفعت صادرات التمور هذا العام.", "وقال مسؤول إن الطلب كبير."), t.body());
    assertEquals(List.of("تمور", "صادرات"), t.keywords());
    assertTrue(t.attributes().containsKey("raw_text"));

    Article n = fixture("news-please.json").articles().get(0);
    assertEquals("بدء أعمال المؤتمر السنوي", n.title());
    assertEquals("2024-06-01T19:30:00", iso(n));
    assertEquals(Optional.of("أحمد سالم، منى يوسف"), n.author());
    assertEquals(Optional.of("news.example.com"), n.source());
    assertEquals(List.of("بدأت اليوم أعمال المؤتمر.", "ويستمر المؤتمر ثلاثة أيام."), n.body());
    // A crawl time is no publication date when the record has one.
    assertEquals("2024-06-02 08:11:00", n.attributes().get("date_download"));
    assertTrue(n.warnings().stream().noneMatch(w -> w.kind() == WarningKind.DATE_NOTE));
  }

  @Test
  void recordsWithoutTextAreNoArticlesButAreCounted() throws IOException {
    Read r = fixture("records-without-text.jsonl");
    assertEquals(1, r.articles().size());
    assertEquals("خبر له نص", r.articles().get(0).title());
    assertEquals(2, r.articles().get(0).origin().line());
    assertEquals(3, r.withoutText());
  }

  @Test
  void aSavedNewsPageGivesOneCleanArticle() throws IOException {
    Read r = fixture("saved-page.html");
    assertEquals(InputFormat.HTML, r.format());
    assertEquals(1, r.articles().size());
    Article a = r.articles().get(0);
    // og:title, without the <title>'s " | عرب خبر"
    assertEquals("وزير الخارجية يزور القاهرة", a.title());
    assertEquals("2024-03-05T10:15:00+02:00", iso(a));
    assertEquals(Optional.of("القاهرة"), a.dateline());
    // The navigation, the share bar and the footer are left out; the source line is the source.
    assertEquals(
        List.of(
            "القاهرة - وصل وزير الخارجية إلى القاهرة صباح اليوم في زيارة رسمية تستمر يومين.",
            "ويلتقي الوزير خلال الزيارة عددا من المسؤولين لبحث العلاقات الثنائية."),
        a.body());
    assertEquals(Optional.of("وكالة الأنباء"), a.source());
    assertEquals("عرب خبر", a.attributes().get("site"));
    assertEquals(1, a.origin().line());
    // wc -l: 15 line ends, the last closing the file.
    assertEquals(15, a.origin().lastLine());
  }

  @Test
  void htmlHeldInAJsonFieldIsReadLikeASavedPage() throws IOException {
    Article a = fixture("html-field.jsonl").articles().get(0);
    assertEquals("تراجع أسعار الذهب", a.title());
    assertEquals("2024-07-08T09:00:00Z", iso(a));
    assertEquals(
        List.of(
            "تراجعت أسعار الذهب في التعاملات المبكرة.", "وسجلت الأوقية أدنى مستوى لها منذ شهر."),
        a.body());
    assertEquals(Optional.of("https://example.com/p1"), a.url());
    // The site's name, cut off the <title>.
    assertEquals("موقع المثال", a.attributes().get("site"));
  }

  @Test
  void aScrapyXmlExportMapsItsElementsLikeJsonKeys() throws IOException {
    Read r = fixture("scrapy-export.xml");
    assertEquals(2, r.articles().size());
    Article a = r.articles().get(0);
    assertEquals("خبر من سكرابي", a.title());
    assertEquals("2024-05-01", iso(a));
    assertEquals(List.of("الفقرة الأولى.", "الفقرة الثانية."), a.body());
    assertEquals(List.of("سياسة", "اقتصاد"), a.keywords());
    assertEquals(Optional.of("https://example.com/1"), a.url());
    assertEquals(Map.of("views", "15"), a.attributes());
    assertTrue(a.warnings().isEmpty(), a.warnings().toString());
    Article b = r.articles().get(1);
    assertEquals(List.of("فقرة."), b.body());
    assertTrue(b.warnings().isEmpty(), b.warnings().toString());
  }

  @Test
  void aFieldNamedByHandWinsOverTheDefaults() throws IOException {
    Dumps byHand =
        Dumps.builder()
            .fieldMapping(
                FieldMapping.DEFAULTS.toBuilder()
                    .prefer(FieldMapping.Field.DATE, "meta.date")
                    .prefer(FieldMapping.Field.BODY, "story")
                    .build())
            .build();
    String json =
        "{\"title\": \"عنوان\", \"text\": \"ملخص\", \"story\": \"النص الكامل.\", \"date\":"
            + " \"2020-01-01\", \"meta\": {\"date\": \"2024-05-06\", \"lang\": \"ar\"}}\n";
    Article a = text(byHand, json).articles().get(0);
    assertEquals("2024-05-06", iso(a));
    assertEquals(List.of("النص الكامل."), a.body());
    assertEquals("ملخص", a.attributes().get("text"));
    assertEquals("2020-01-01", a.attributes().get("date"));
    assertEquals("ar", a.attributes().get("meta.lang"));
  }

  @Test
  void concatenatedObjectsWithoutSeparatorsAreAllRead() throws IOException {
    Read lines =
        text(
            "{\"title\": \"أ\", \"text\": \"نص أ.\"}{\"title\": \"ب\", \"text\": \"نص ب.\"}\n"
                + "{\"title\": \"ج\", \"text\": \"نص ج.\"}\n");
    assertEquals(List.of("أ", "ب", "ج"), lines.titles());
    Read pretty =
        text(
            "{\n  \"title\": \"أ\",\n  \"text\": \"نص أ.\"\n}\n{\n  \"title\": \"ب\",\n"
                + "  \"text\": \"نص ب.\"\n}{\"title\": \"ج\", \"text\": \"نص ج.\"}\n");
    assertEquals(List.of("أ", "ب", "ج"), pretty.titles());
    assertEquals(
        List.of(1L, 5L, 8L), pretty.articles().stream().map(a -> a.origin().line()).toList());
  }

  @Test
  void aJsonLineHoldingAnEnvelopeGivesEveryArticle() throws IOException {
    Read r =
        text(
            "{\"articles\": [{\"title\": \"أ\", \"text\": \"نص أ.\"}, {\"title\": \"ب\", \"text\":"
                + " \"نص ب.\"}]}\n{\"title\": \"ج\", \"text\": \"نص ج.\"}\n");
    assertEquals(List.of("أ", "ب", "ج"), r.titles());
    assertEquals(List.of(1L, 1L, 2L), r.articles().stream().map(a -> a.origin().line()).toList());
  }

  @Test
  void theFrontDoorReadsAFileAsTheCommandLineDoes(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    java.nio.file.Path file = dir.resolve("news.json.gz");
    try (InputStream in =
            getClass().getResourceAsStream("/fixtures/structured/newsapi-response.json");
        java.io.OutputStream out =
            new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(file))) {
      in.transferTo(out);
    }
    try (DumpReader r = Dumps.read(file)) {
      assertEquals(InputFormat.JSON, r.format());
      assertEquals(
          List.of("وزير الخارجية يزور القاهرة", "ارتفاع أسعار النفط"),
          r.stream().map(Article::title).toList());
    }
  }

  @Test
  void aWrapperWithoutTextIsItsHoldersValues() throws IOException {
    Read r =
        text(
            "{\"id\": 5, \"data\": {\"views\": 10}, \"title\": \"عنوان\", \"body\": \"نص.\"}\n"
                + "{\"id\": 1, \"data\": {\"views\": 3}}\n");
    assertEquals(1, r.articles().size());
    assertEquals("10", r.articles().get(0).attributes().get("data.views"));
    // The second line has no text: one record without text, not silence.
    assertEquals(1, r.withoutText());
  }

  @Test
  void aFeedTitledBeforeItsItemsGivesTheItems() throws IOException {
    Read r =
        text(
            "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"موقع\", \"items\": ["
                + "{\"title\": \"أ\", \"content_text\": \"نص أ.\"},"
                + "{\"title\": \"ب\", \"text\": \"نص ب.\"}]}\n");
    assertEquals(List.of("أ", "ب"), r.titles());
    assertEquals(0, r.withoutText());
  }

  @Test
  void jsonLdTypesGivenAsAListAndNodesWithTextAreArticles() throws IOException {
    Read r =
        text(
            "{\"@type\": [\"NewsArticle\", \"Thing\"], \"headline\": \"أ\"}\n"
                + "{\"@type\": \"WebPage\", \"name\": \"ب\", \"text\": \"نص ب.\"}\n"
                + "{\"@type\": \"Organization\", \"name\": \"ج\"}\n");
    assertEquals(List.of("أ", "ب"), r.titles());
    assertEquals(1, r.withoutText());
  }

  @Test
  void jsonLinesWithACommaAfterEachObjectReadClean() throws IOException {
    Read r =
        text("{\"title\": \"أ\", \"text\": \"نص.\"},\n{\"title\": \"ب\", \"text\": \"نص.\"},\n");
    assertEquals(List.of("أ", "ب"), r.titles());
    assertTrue(
        r.articles().stream()
            .allMatch(
                a -> a.warnings().stream().noneMatch(w -> w.kind() == WarningKind.UNREADABLE)),
        r.articles().toString());
  }

  @Test
  void anEnvelopesLongOwnKeysLeaveItsArticlesWhole() throws IOException {
    Dumps small =
        Dumps.builder()
            .parser(
                dev.akhbar.NewsDumpParser.builder()
                    .limits(dev.akhbar.article.ParseLimits.builder().maxRecordChars(100).build())
                    .build())
            .build();
    StringBuilder meta = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      meta.append("\"key").append(i).append("\": \"value\", ");
    }
    // Pretty-printed, so streamed (a JSON line has a cap of its own).
    String json = "{\n" + meta + "\n\"articles\": [{\"title\": \"أ\", \"text\": \"نص.\"}]}\n";
    assertEquals(List.of("أ"), text(small, json).titles());
  }

  @Test
  void recordXmlWithABodyFieldIsNotAnHtmlPage() throws IOException {
    Read r =
        text(
            "<?xml version=\"1.0\"?>\n<items>\n"
                + "<item><title>خبر أول</title><body>الفقرة الأولى.</body></item>\n"
                + "<item><title>خبر ثان</title><body>الفقرة الثانية.</body></item>\n"
                + "<item><title>خبر ثالث</title><body>الفقرة الثالثة.</body></item>\n</items>\n");
    assertEquals(InputFormat.XML, r.format());
    assertEquals(List.of("خبر أول", "خبر ثان", "خبر ثالث"), r.titles());
  }

  @Test
  void pageTextOutsideParagraphsIsKept() throws IOException {
    Read r =
        text(
            "<!DOCTYPE html><html><head><title>عنوان الخبر</title></head><body><article>"
                + "<h1>عنوان الخبر</h1>نص قبل الفقرات.<p>الفقرة الأولى.</p><div>نص في قسم."
                + "<p>فقرة داخل القسم.</p></div></article></body></html>");
    assertEquals(
        List.of("نص قبل الفقرات.", "الفقرة الأولى.", "نص في قسم.", "فقرة داخل القسم."),
        r.articles().get(0).body());
  }

  @Test
  void anHtmlPageCountsItsLinesByEveryLineEnd() throws IOException {
    // Four lines ended by CR, CRLF, LF and nothing: the page's last line is line 4.
    Read r =
        text(
            "<!DOCTYPE html>\r<html><head><title>عنوان الخبر</title></head>\r\n"
                + "<body><p>الفقرة الأولى.</p>\n"
                + "</body></html>");
    assertEquals(List.of("الفقرة الأولى."), r.articles().get(0).body());
    assertEquals(4, r.articles().get(0).origin().lastLine());
  }

  @Test
  void aValueAmongTheArticlesThatIsNoObjectKeepsItsText() throws IOException {
    Read r = text("{\"articles\": [{\"title\": \"أ\", \"text\": \"نص.\"}, \"نص حر\", [1, 2]]}\n");
    assertEquals(3, r.articles().size());
    assertEquals("أ", r.articles().get(0).title());
    assertEquals(Optional.of("نص حر"), r.articles().get(1).warnings().get(0).text());
    assertEquals(Optional.of("[1,2]"), r.articles().get(2).warnings().get(0).text());
  }

  @Test
  void aPrettyPrintedEnvelopeIsOneValue() throws IOException {
    Read r =
        text(
            "{\n  \"status\": \"ok\",\n  \"totalResults\": 1,\n  \"articles\": [\n"
                + "    {\"title\": \"أ\", \"description\": \"نص.\"}\n  ]\n}\n");
    assertEquals(1, r.articles().size());
    assertEquals("أ", r.articles().get(0).title());
    assertTrue(
        r.articles().get(0).warnings().stream().noneMatch(w -> w.kind() == WarningKind.UNREADABLE));
  }

  @Test
  void aPrettyPrintedEnvelopeWithItsFirstKeyOnTheBraceLineIsOneValue() throws IOException {
    // The shape of a newsdata.io response as printed by some clients: "{" and the first key on
    // one line, which alone is no whole object and is not a broken line of JSON Lines either.
    Read r =
        text(
            "{\"status\":\"success\",\n\"totalResults\":2,\n\"results\":\n[\n"
                + "{\"title\":\"أ\",\n\"description\":\"نص أول.\"},\n\n"
                + "{\"title\":\"ب\",\"description\":\"نص ثان.\"}]}\n");
    assertEquals(List.of("أ", "ب"), r.titles());
    assertEquals(List.of("نص أول."), r.articles().get(0).body());
    assertEquals(List.of(5L, 8L), r.articles().stream().map(a -> a.origin().line()).toList());
    assertTrue(
        r.articles().stream()
            .flatMap(a -> a.warnings().stream())
            .noneMatch(w -> w.kind() == WarningKind.UNREADABLE));
  }

  @Test
  void aFirstJsonLineBrokenBeforeABlankLineOrInsideAListIsReportedAndTheNextLinesRead()
      throws IOException {
    // A blank line before the next record, or a record that reads as an element of the list the
    // first line left open: JSON Lines all the same.
    for (String text :
        List.of(
            "{\"title\": \"أ\", \"text\": \"نص.\",\n\n{\"title\": \"ب\", \"text\": \"نص.\"}\n"
                + "{\"title\": \"ج\", \"text\": \"نص.\"}\n",
            "{\"title\": \"أ\", \"keywords\": [\"س\",\n{\"title\": \"ب\", \"text\": \"نص.\"}\n"
                + "{\"title\": \"ج\", \"text\": \"نص.\"}\n")) {
      Read r = text(text);
      assertEquals(List.of("", "ب", "ج"), r.titles(), text);
      assertEquals(WarningKind.UNREADABLE, r.articles().get(0).warnings().get(0).kind());
    }
  }

  @Test
  void oneObjectOverTwoLinesIsOneArticle() throws IOException {
    Read r = text("{\"title\":\"عنوان أول\",\n\"description\":\"نص أول.\"}\n");
    assertEquals(List.of("عنوان أول"), r.titles());
    assertEquals(List.of("نص أول."), r.articles().get(0).body());
  }

  @Test
  void aFirstJsonLineBrokenAfterACommaIsReportedAndTheNextLinesRead() throws IOException {
    // Broken off after a comma, the first line is followed by a whole record, not by its own
    // next key: JSON Lines, each line read on its own.
    Read r =
        text(
            "{\"title\": \"أ\", \"text\": \"نص.\",\n"
                + "{\"title\": \"ب\", \"text\": \"نص.\"}\n"
                + "{\"title\": \"ج\", \"text\": \"نص.\"}\n");
    assertEquals(List.of("", "ب", "ج"), r.titles());
    assertEquals(WarningKind.UNREADABLE, r.articles().get(0).warnings().get(0).kind());
    assertEquals(List.of(1L, 2L, 3L), r.articles().stream().map(a -> a.origin().line()).toList());
  }

  @Test
  void anArticleListIsJudgedByAllItsElements() throws IOException {
    Read r =
        text(
            "{\"articles\": [null, {\"title\": \"أ\", \"text\": \"نص.\"}]}\n"
                + "{\"data\": {\"title\": \"ب\", \"body\": \"نص.\"}}\n");
    assertEquals(List.of("", "أ", "ب"), r.titles());
    assertEquals(Optional.of("null"), r.articles().get(0).warnings().get(0).text());
    // The holders of the list and of the wrapped article are no records without text.
    assertEquals(0, r.withoutText());
  }

  @Test
  void aJsonLineHoldingAnArrayGivesItsArticles() throws IOException {
    Read r =
        text(
            "{\"title\": \"أ\", \"text\": \"نص.\"}\n"
                + "[{\"title\": \"ب\", \"text\": \"نص.\"}, {\"title\": \"ج\", \"text\": \"نص.\"}]\n");
    assertEquals(List.of("أ", "ب", "ج"), r.titles());
    assertEquals(List.of(1L, 2L, 2L), r.articles().stream().map(a -> a.origin().line()).toList());
  }

  @Test
  void anArticleWithAListOfObjectsIsNoEnvelope() throws IOException {
    // "items" after a title: the article's own list, kept as JSON text.
    Article a =
        text("{\"title\": \"عنوان\", \"text\": \"نص.\", \"items\": [{\"name\": \"س\"}]}\n")
            .articles()
            .get(0);
    assertEquals("عنوان", a.title());
    assertEquals("[{\"name\":\"س\"}]", a.attributes().get("items"));
  }
}
