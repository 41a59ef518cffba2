package dev.akhbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
import dev.akhbar.article.ArticleReader;
import dev.akhbar.article.Origin;
import dev.akhbar.date.DatePrecision;
import dev.akhbar.text.NormalizationProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed page, field by field, checked against its lines. */
class SeedTest {
  static final Path SEED =
      Path.of(
          java.net.URI.create(
              String.valueOf(SeedTest.class.getResource("/seeds/000_7c490c51ed63725b.txt"))));

  static String seed() throws IOException {
    return Files.readString(SEED, StandardCharsets.UTF_8);
  }

  @Test
  void theSeedIsOneCompleteArticle() throws IOException {
    List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
    List<Article> articles = NewsDumpParser.builder().build().parse(seed(), "seed");
    assertEquals(1, articles.size());
    Article a = articles.get(0);

    assertEquals(
        "بوتين: روسيا على استعداد للحوار مع الولايات المتحدة حول الاستقرار الاستراتيجي", a.title());
    assertEquals(LocalDate.of(2024, 2, 29), a.published().orElseThrow().date().orElseThrow());
    assertEquals(DatePrecision.DATE, a.published().get().precision());
    assertEquals("29th, February 2024 GMT", a.publishedRaw().orElseThrow());
    assertEquals("صدى البلد", a.source().orElseThrow());
    assertEquals(
        List.of(
            "فلاديمير بوتين",
            "موسكو",
            "الرئيس الروسى",
            "واشنطن",
            "روسيا",
            "الولايات المتحدة",
            "الاستقرار الاستراتيجي"),
        a.keywords());
    // Lines 3 to 9 of the seed hold no character DISPLAY changes: the body is those lines verbatim.
    assertEquals(lines.subList(2, 9), a.body());
    assertTrue(a.body().get(0).startsWith("قال الرئيس الروسي فلاديمير بوتين، اليوم الخميس"));
    assertTrue(a.dateline().isEmpty());
    assertTrue(a.credit().isEmpty());
    assertEquals(new Origin("seed", 1, 27), a.origin());
    assertEquals(List.of(), a.warnings());

    assertEquals(1, a.related().size());
    Article r = a.related().get(0);
    assertEquals("ممثل بوتين: حققنا تقدما ملحوظا مع واشنطن بشأن أوكرانيا", r.title());
    assertEquals("موسكو", r.dateline().orElseThrow());
    assertEquals("الأناضول", r.credit().orElseThrow());
    assertEquals(lines.subList(13, 26), r.body());
    assertEquals(13, r.body().size());
    assertEquals(new Origin("seed", 13, 27), r.origin());
  }

  @Test
  void withoutNormalisationTheTagKeepsItsPersianYeh() throws IOException {
    Article a =
        NewsDumpParser.builder()
            .normalization(NormalizationProfile.NONE)
            .build()
            .parse(seed())
            .get(0);
    assertEquals(7, a.keywords().size());
    assertEquals("الاستقرار الاستراتیجی", a.keywords().get(6));
    assertEquals("الرئيس الروسى", a.keywords().get(2));
  }

  @Test
  void theReaderStreamsTheSameArticle() throws IOException {
    NewsDumpParser parser = NewsDumpParser.builder().build();
    try (ArticleReader reader = parser.parse(SEED)) {
      List<Article> streamed = reader.stream().toList();
      assertEquals(parser.parse(seed(), SEED.toString()), streamed);
    }
  }
}
