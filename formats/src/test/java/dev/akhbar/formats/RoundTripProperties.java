package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.akhbar.article.Article;
import dev.akhbar.article.Origin;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import dev.akhbar.date.CalendarSystem;
import dev.akhbar.date.DatePrecision;
import dev.akhbar.date.NewsDate;
import dev.akhbar.formats.options.OutputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Akhbar's own JSON Lines and JSON read back into equal articles. */
class RoundTripProperties {
  private final Dumps dumps = Dumps.builder().build();

  @Property(tries = 300)
  void ownJsonLinesAndJsonReadBackEqual(
      @ForAll("articles") List<Article> articles, @ForAll("outputs") OutputFormat format)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ArticleWriter w = ArticleWriter.of(out, format)) {
      for (Article a : articles) {
        w.write(a);
      }
    }
    try (DumpReader r = dumps.open(new ByteArrayInputStream(out.toByteArray()), "back")) {
      assertEquals(articles, r.stream().toList());
      assertEquals(0, r.recordsWithoutText());
    }
  }

  @Property(tries = 200)
  void oneArticleToJsonAndBackIsEqual(@ForAll("articles") List<Article> articles) {
    for (Article a : articles) {
      assertEquals(a, ArticleJson.fromJson(ArticleJson.toJson(a)));
    }
  }

  @net.jqwik.api.Example
  void notAnArticleIsSaid() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> ArticleJson.fromJson("{\"title\": \"أ\"} 5"));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> ArticleJson.fromJson("{\"content\": []}"));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> ArticleJson.fromJson("{\"title\": "));
  }

  @Provide
  Arbitrary<OutputFormat> outputs() {
    return Arbitraries.of(OutputFormat.JSONL, OutputFormat.JSON);
  }

  @Provide
  Arbitrary<List<Article>> articles() {
    return article(related().list().ofMaxSize(2)).list().ofMinSize(1).ofMaxSize(4);
  }

  private Arbitrary<Article> related() {
    return article(Arbitraries.just(List.of()));
  }

  /** Text of every kind an article holds: Arabic, Latin, digits, marks, line breaks, tabs. */
  private static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withCharRange('\u0600', '\u06FF')
        .withCharRange(' ', '~')
        .withChars('\n', '\t', '\u00A0', '\u200F', '\u2028', '\uFFFD', '\u0000', 'é')
        .ofMaxLength(30);
  }

  private static Arbitrary<Optional<String>> optional() {
    return text().optional(0.5);
  }

  private static Arbitrary<Optional<NewsDate>> dates() {
    Arbitrary<NewsDate> date =
        Combinators.combine(
                Arbitraries.integers().between(1, 9999),
                Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 28),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 86399),
                Arbitraries.integers().between(-12 * 60, 14 * 60))
            .as(
                (y, m, d, shape, seconds, offset) -> {
                  LocalTime t = LocalTime.ofSecondOfDay(seconds);
                  DatePrecision p =
                      switch (shape) {
                        case 0 -> DatePrecision.YEAR_MONTH;
                        case 1 -> DatePrecision.MONTH_DAY;
                        case 2 -> DatePrecision.DATE;
                        case 3 -> DatePrecision.MINUTE;
                        default -> DatePrecision.SECOND;
                      };
                  boolean timed = shape >= 3;
                  NewsDate n =
                      new NewsDate(
                          p == DatePrecision.MONTH_DAY ? OptionalInt.empty() : OptionalInt.of(y),
                          m,
                          p == DatePrecision.YEAR_MONTH ? 0 : d,
                          timed
                              ? Optional.of(p == DatePrecision.MINUTE ? t.withSecond(0) : t)
                              : Optional.empty(),
                          timed && shape == 4
                              ? Optional.of(ZoneOffset.ofTotalSeconds(offset * 60))
                              : Optional.empty(),
                          CalendarSystem.GREGORIAN,
                          Optional.empty(),
                          p,
                          0,
                          0);
                  // The span is that of the text the date is read back from: its ISO form.
                  return new NewsDate(
                      n.year(),
                      n.month(),
                      n.day(),
                      n.time(),
                      n.zone(),
                      n.calendar(),
                      n.hijri(),
                      n.precision(),
                      0,
                      n.toIso().length());
                });
    return date.optional(0.6);
  }

  private static Arbitrary<ParseWarning> warning() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 1_000_000),
            Arbitraries.of(WarningKind.class),
            text(),
            optional())
        .as(ParseWarning::new);
  }

  private static Arbitrary<Origin> origin() {
    return Combinators.combine(
            text(),
            Arbitraries.longs().between(1, 1L << 40),
            Arbitraries.longs().between(0, 1000),
            Arbitraries.longs().between(-1, 1L << 40))
        .as((input, line, more, offset) -> new Origin(input, line, line + more, offset));
  }

  private static Arbitrary<Article> article(Arbitrary<List<Article>> related) {
    return Builders.withBuilder(() -> Article.builder(new Origin("x", 1, 1)))
        .use(text())
        .in((b, v) -> b.title(v))
        .use(dates())
        .in((b, v) -> v.map(b::published).orElse(b))
        .use(optional())
        .in((b, v) -> b.publishedRaw(v.orElse(null)))
        .use(optional())
        .in((b, v) -> b.source(v.orElse(null)))
        .use(text().list().ofMaxSize(3))
        .in(Article.Builder::keywords)
        .use(optional())
        .in((b, v) -> b.dateline(v.orElse(null)))
        .use(optional())
        .in((b, v) -> b.credit(v.orElse(null)))
        .use(text().list().ofMaxSize(4))
        .in(
            (b, v) -> {
              v.forEach(b::addParagraph);
              return b;
            })
        .use(related)
        .in(
            (b, v) -> {
              v.forEach(b::addRelated);
              return b;
            })
        .use(optional())
        .in((b, v) -> b.url(v.orElse(null)))
        .use(optional())
        .in((b, v) -> b.author(v.orElse(null)))
        .use(Arbitraries.maps(text(), text()).ofMaxSize(3))
        .in(
            (b, v) -> {
              v.forEach(b::attribute);
              return b;
            })
        .use(origin())
        .in(Article.Builder::origin)
        .use(warning().list().ofMaxSize(3))
        .in(
            (b, v) -> {
              v.forEach(b::warning);
              return b;
            })
        .build(Article.Builder::build);
  }
}
