package dev.akhbar.cli;

import dev.akhbar.ArabicNormalizer;
import dev.akhbar.article.Article;
import dev.akhbar.date.NewsDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A field the evaluation scores, and how its value is read from a gold article and from a parsed
 * one. Every value is a small multiset, so one rule counts them all: a text field is zero or one
 * string, keywords are the tags, a count is that many units.
 */
enum EvalField {
  TITLE("title"),
  PUBLISHED("date"),
  SOURCE("source"),
  KEYWORDS("keywords"),
  DATELINE("dateline"),
  CREDIT("credit"),
  AUTHOR("author"),
  PARAGRAPHS("paras"),
  RELATED("related");

  /** The column heading. */
  final String heading;

  EvalField(String heading) {
    this.heading = heading;
  }

  /** The gold value. */
  Map<String, Integer> gold(GoldArticle g) {
    return switch (this) {
      case TITLE, SOURCE, DATELINE, CREDIT, AUTHOR -> one(g.text(heading));
      case PUBLISHED -> one(g.published());
      case KEYWORDS -> tags(g.keywords());
      case PARAGRAPHS -> count(g.paragraphs());
      case RELATED -> count(g.related());
    };
  }

  /**
   * The parsed value, read as the gold was written: a date as far as the gold gives it (day, or
   * minute where the gold has a time).
   */
  Map<String, Integer> got(Article a, GoldArticle g) {
    return switch (this) {
      case TITLE -> one(Optional.of(a.title()).filter(t -> !t.isBlank()));
      case SOURCE -> one(a.source());
      case DATELINE -> one(a.dateline());
      case CREDIT -> one(a.credit());
      case AUTHOR -> one(a.author());
      case PUBLISHED -> one(a.published().map(d -> asGoldWrites(d, g)));
      case KEYWORDS -> tags(a.keywords());
      case PARAGRAPHS -> count(a.body().size());
      case RELATED -> count(a.related().size());
    };
  }

  private static String asGoldWrites(NewsDate date, GoldArticle g) {
    String iso = date.toIso();
    int length = g.published().map(p -> p.indexOf('T') >= 0 ? 16 : 10).orElse(10);
    return iso.substring(0, Math.min(length, iso.length()));
  }

  /** Text as the evaluation compares it: display-normalised, so only structure is scored. */
  static String key(String text) {
    return ArabicNormalizer.display().normalize(text);
  }

  private static Map<String, Integer> one(Optional<String> value) {
    Map<String, Integer> bag = new TreeMap<>();
    value.map(EvalField::key).filter(v -> !v.isEmpty()).ifPresent(v -> bag.put(v, 1));
    return bag;
  }

  private static Map<String, Integer> tags(List<String> values) {
    Map<String, Integer> bag = new TreeMap<>();
    for (String v : values) {
      String k = key(v);
      if (!k.isEmpty()) {
        bag.merge(k, 1, Integer::sum);
      }
    }
    return bag;
  }

  private static Map<String, Integer> count(int n) {
    return n == 0 ? new TreeMap<>() : new TreeMap<>(Map.of("", n));
  }
}
