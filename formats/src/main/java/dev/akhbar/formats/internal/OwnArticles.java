package dev.akhbar.formats.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.akhbar.article.Article;
import dev.akhbar.article.Origin;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import dev.akhbar.date.CalendarSystem;
import dev.akhbar.date.DatePrecision;
import dev.akhbar.date.NewsDate;
import java.io.IOException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Akhbar's own JSON and JSON Lines output read back as it was written: the article is already
 * finished, so no rule runs again; related articles, attributes, origin and warnings come back too.
 * A value that does not fit (a line 0, an unknown warning kind) is read as the nearest thing that
 * does, never an exception. Stateless.
 */
final class OwnArticles {
  private OwnArticles() {}

  /** The keys only Akhbar's own articles carry together. */
  static boolean isOwn(Map<String, JsonValue> values) {
    JsonValue origin = values.get("origin");
    JsonValue warnings = values.get("warnings");
    return origin != null
        && origin.json
        && origin.items.size() == 1
        && origin.items.get(0).startsWith("{")
        && warnings != null
        && warnings.json
        && values.containsKey("body")
        && values.containsKey("title");
  }

  /**
   * The article of gathered values; {@code firstLine} and {@code lastLine} (its place in this
   * input) stand in for an origin that cannot be read.
   */
  static Article read(
      Map<String, JsonValue> values,
      String input,
      JsonFactory factory,
      dev.akhbar.article.ParseLimits limits,
      long firstLine,
      long lastLine)
      throws IOException {
    Origin here =
        new Origin(input, Math.max(1, firstLine), Math.max(1, Math.max(firstLine, lastLine)));
    Origin origin = origin(factory, one(values, "origin"), here);
    Article.Builder a = Article.builder(origin);
    a.title(orEmpty(one(values, "title")));
    String raw = one(values, "publishedRaw");
    a.publishedRaw(raw);
    String iso = one(values, "published");
    if (iso != null) {
      NewsDate d = fromIso(iso);
      if (d != null) {
        a.published(d);
      }
    }
    a.source(one(values, "source"));
    a.keywords(items(values, "keywords"));
    a.dateline(one(values, "dateline"));
    a.credit(one(values, "credit"));
    items(values, "body").forEach(a::addParagraph);
    a.url(one(values, "url"));
    a.author(one(values, "author"));
    String related = one(values, "related");
    long relatedPassed = 0;
    if (related != null) {
      try (JsonParser p = factory.createParser(related)) {
        if (p.nextToken() == JsonToken.START_ARRAY) {
          int kept = 0;
          while (p.nextToken() == JsonToken.START_OBJECT) {
            if (kept < limits.maxRelatedPerPage()) {
              a.addRelated(article(p, here));
              kept++;
            } else {
              p.skipChildren();
              relatedPassed++;
            }
          }
        }
      }
    }
    String attributes = one(values, "attributes");
    if (attributes != null) {
      try (JsonParser p = factory.createParser(attributes)) {
        attributes(p, a);
      }
    }
    try (JsonParser p = factory.createParser(one(values, "warnings"))) {
      warnings(p, a, origin.line());
    }
    if (relatedPassed > 0) {
      a.warning(
          ParseWarning.of(
              origin.line(),
              WarningKind.PAGE_TOO_LONG,
              "more than "
                  + limits.maxRelatedPerPage()
                  + " related articles (ParseLimits.maxRelatedPerPage); "
                  + relatedPassed
                  + " more were not read"));
    }
    return capped(a.build(), limits.maxWarningsPerArticle());
  }

  /**
   * An article read back with at most {@code max} warnings: past it, those without text are counted
   * in one {@code TOO_MANY_WARNINGS} (a warning that carries text is always kept).
   */
  private static Article capped(Article a, int max) {
    if (a.warnings().size() <= max) {
      return a;
    }
    List<ParseWarning> kept = new java.util.ArrayList<>();
    long counted = 0;
    for (ParseWarning w : a.warnings()) {
      if (kept.size() < max - 1 || w.text().isPresent()) {
        kept.add(w);
      } else {
        counted++;
      }
    }
    if (counted > 0) {
      kept.add(
          ParseWarning.of(
              a.origin().line(),
              WarningKind.TOO_MANY_WARNINGS,
              counted + " more warnings were not kept (ParseLimits.maxWarningsPerArticle)"));
    }
    return a.withWarnings(kept);
  }

  /** A related article's object, the parser on its START_OBJECT; read to its END_OBJECT. */
  private static Article article(JsonParser p, Origin here) throws IOException {
    Article.Builder a = Article.builder(here);
    Origin origin = here;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken t = p.nextToken();
      String s = t == JsonToken.VALUE_STRING ? p.getText() : null;
      switch (key) {
        case "title" -> a.title(orEmpty(s));
        case "published" -> {
          NewsDate d = s == null ? null : fromIso(s);
          if (d != null) {
            a.published(d);
          }
        }
        case "publishedRaw" -> a.publishedRaw(s);
        case "source" -> a.source(s);
        case "dateline" -> a.dateline(s);
        case "credit" -> a.credit(s);
        case "url" -> a.url(s);
        case "author" -> a.author(s);
        case "keywords" -> a.keywords(strings(p));
        case "body" -> strings(p).forEach(a::addParagraph);
        case "related" -> {
          while (t == JsonToken.START_ARRAY && p.nextToken() == JsonToken.START_OBJECT) {
            a.addRelated(article(p, here));
          }
        }
        case "attributes" -> attributes(p, a);
        case "origin" -> origin = origin(p, here);
        case "warnings" -> warnings(p, a, origin.line());
        default -> p.skipChildren();
      }
      if (t.isStructStart() && p.currentToken() == t) {
        p.skipChildren();
      }
    }
    return a.origin(origin).build();
  }

  private static List<String> strings(JsonParser p) throws IOException {
    List<String> out = new java.util.ArrayList<>();
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return out;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        out.add(p.getText());
      } else {
        p.skipChildren();
      }
    }
    return out;
  }

  private static void attributes(JsonParser p, Article.Builder a) throws IOException {
    if (p.currentToken() == null) {
      p.nextToken();
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken t = p.nextToken();
      if (t == JsonToken.VALUE_STRING) {
        a.attribute(key, p.getText());
      } else {
        p.skipChildren();
      }
    }
  }

  private static void warnings(JsonParser p, Article.Builder a, long otherwise) throws IOException {
    if (p.currentToken() == null) {
      p.nextToken();
    }
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.START_OBJECT) {
      long line = otherwise;
      String kind = null;
      String message = "";
      String text = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken t = p.nextToken();
        switch (key) {
          case "line" -> line = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : line;
          case "kind" -> kind = t == JsonToken.VALUE_STRING ? p.getText() : null;
          case "message" -> message = t == JsonToken.VALUE_STRING ? p.getText() : message;
          case "text" -> text = t == JsonToken.VALUE_STRING ? p.getText() : null;
          default -> {}
        }
        // An object or list where a scalar belongs is passed over whole, not read into.
        p.skipChildren();
      }
      WarningKind k = kindOf(kind);
      if (k == null) {
        // A kind this version does not know: kept, under a kind it does, with its name.
        k = WarningKind.UNREADABLE;
        message = kind + ": " + message;
      }
      a.warning(new ParseWarning(Math.max(0, line), k, message, Optional.ofNullable(text)));
    }
  }

  private static WarningKind kindOf(String name) {
    if (name == null) {
      return null;
    }
    try {
      return WarningKind.valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Origin origin(JsonFactory factory, String json, Origin here) throws IOException {
    try (JsonParser p = factory.createParser(json)) {
      p.nextToken();
      return origin(p, here);
    }
  }

  /** An origin object, the parser on its START_OBJECT; {@code here} where it does not fit. */
  private static Origin origin(JsonParser p, Origin here) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return here;
    }
    String input = null;
    long line = 0;
    long lastLine = 0;
    long offset = -1;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken t = p.nextToken();
      boolean number = t == JsonToken.VALUE_NUMBER_INT;
      switch (key) {
        case "input" -> input = t == JsonToken.VALUE_STRING ? p.getText() : null;
        case "line" -> line = number ? p.getLongValue() : 0;
        case "lastLine" -> lastLine = number ? p.getLongValue() : 0;
        case "offset" -> offset = number ? p.getLongValue() : -1;
        default -> {}
      }
      p.skipChildren();
    }
    if (input == null || line < 1 || lastLine < line || offset < -1) {
      return here;
    }
    return new Origin(input, line, lastLine, offset);
  }

  /** What {@link NewsDate#toIso()} writes. */
  private static final Pattern ISO =
      Pattern.compile(
          "(-?\\d{4,}|-)-(\\d\\d)(?:-(\\d\\d)(?:T(\\d\\d):(\\d\\d)(?::(\\d\\d))?(Z|[+-]\\d\\d:\\d\\d(?::\\d\\d)?)?)?)?");

  /** A date as {@link NewsDate#toIso()} writes it, or null when it is not in that form. */
  static NewsDate fromIso(String iso) {
    Matcher m = ISO.matcher(iso);
    if (!m.matches()) {
      return null;
    }
    try {
      OptionalInt year =
          m.group(1).equals("-")
              ? OptionalInt.empty()
              : OptionalInt.of(Integer.parseInt(m.group(1)));
      int month = Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      Optional<LocalTime> time = Optional.empty();
      DatePrecision precision =
          year.isEmpty()
              ? DatePrecision.MONTH_DAY
              : day == 0 ? DatePrecision.YEAR_MONTH : DatePrecision.DATE;
      if (m.group(4) != null) {
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        time =
            Optional.of(
                LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), second));
        precision = m.group(6) == null ? DatePrecision.MINUTE : DatePrecision.SECOND;
      }
      Optional<ZoneId> zone = Optional.ofNullable(m.group(7)).map(ZoneOffset::of);
      return new NewsDate(
          year,
          month,
          day,
          time,
          zone,
          CalendarSystem.GREGORIAN,
          Optional.empty(),
          precision,
          0,
          iso.length());
    } catch (RuntimeException e) {
      // Out of range (month 13, hour 25, an offset past 18 hours): no date, as any bad text.
      return null;
    }
  }

  private static String one(Map<String, JsonValue> values, String key) {
    JsonValue v = values.get(key);
    return v == null || v.items.isEmpty() ? null : v.items.get(0);
  }

  private static List<String> items(Map<String, JsonValue> values, String key) {
    JsonValue v = values.get(key);
    return v == null ? List.of() : v.items;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
