package dev.akhbar.formats.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import dev.akhbar.NewsDateParser;
import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import dev.akhbar.date.CalendarSystem;
import dev.akhbar.date.DatePrecision;
import dev.akhbar.date.NewsDate;
import dev.akhbar.formats.options.FieldMapping;
import dev.akhbar.formats.options.FieldMapping.Field;
import dev.akhbar.spi.RawRecord;
import dev.akhbar.spi.RecordFinisher;
import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * One JSON object (or CSV row) as an article: its values gathered by path ({@code source.name}
 * where a mapped key reaches into a nested object), mapped to fields by a {@link FieldMapping},
 * lists as paragraphs or keywords, numbers as dates where a date is expected, everything else kept
 * as attributes (objects and lists as JSON text), at most {@code maxRecordChars} of text, then the
 * finisher's rules. Akhbar's own output is read back as it was written. An object that holds the
 * article list ({@code {"articles": [...]}}, {@code {"data": {"items": [...]}}}, JSON-LD's {@code
 * @graph}) is told to the caller, who reads the list's objects as records. Not thread-safe (one per
 * source).
 */
final class JsonRecords {
  private final String input;
  private final RecordFinisher finisher;
  private final NewsDateParser dates;
  private final JsonFactory factory;
  private final dev.akhbar.article.ParseLimits limits;

  /** Gathers each object's values by path. */
  private final JsonPaths paths;

  JsonRecords(
      String input, NewsDumpParser parser, FieldMapping mapping, JsonFactory factory, boolean csv) {
    this.input = input;
    this.finisher = RecordFinisher.of(parser);
    this.dates = parser.dateParser();
    this.factory = factory;
    this.limits = parser.limits();
    this.paths = new JsonPaths(mapping, factory, limits.maxRecordChars(), csv);
  }

  /**
   * Reads an object's fields, the parser just past its START_OBJECT (or where {@link
   * Step#INTO_LIST} or {@link Step#INTO_OBJECT} left it, once that list or object is read); {@code
   * lineOf} gives an input line of a parser location.
   */
  JsonPaths.Step read(JsonParser p, JsonPaths.Values v, ToLongFunction<JsonLocation> lineOf)
      throws IOException {
    JsonPaths.Step into = paths.collect(p, v, "", lineOf, true);
    if (into != null) {
      return into;
    }
    long lastLine = lineOf.applyAsLong(p.currentTokenLocation());
    if (OwnArticles.isOwn(v.byPath)) {
      try {
        v.article = OwnArticles.read(v.byPath, input, factory, limits, v.firstLine, lastLine);
        return JsonPaths.Step.ARTICLE;
      } catch (IOException e) {
        // Its related articles or warnings cut off by the record limit: read as any object.
      }
    }
    return finish(v, Math.max(v.firstLine, lastLine));
  }

  /**
   * A value's text as written (an object or list as JSON text, at most {@code maxRecordChars}), the
   * parser moved past it: what a warning carries of a value that is no article.
   */
  String valueText(JsonParser p, com.fasterxml.jackson.core.JsonToken t) throws IOException {
    return paths.valueText(p, t, limits.maxRecordChars());
  }

  /** The mapped record, or {@link Step#NO_TEXT} (or {@link Step#ENVELOPE}) when it has no text. */
  private JsonPaths.Step finish(JsonPaths.Values v, long lastLine) {
    // Each field's best-ranked path with a value; the others stay attributes.
    Map<Field, String> chosen = new EnumMap<>(Field.class);
    for (Map.Entry<String, JsonValue> e : v.byPath.entrySet()) {
      Field f = paths.fieldOf(e.getKey());
      if (f == null || f == Field.CRAWLED || e.getValue().items.isEmpty()) {
        continue;
      }
      String best = chosen.get(f);
      if (best == null || paths.rankOf(e.getKey()) < paths.rankOf(best)) {
        chosen.put(f, e.getKey());
      }
    }
    // The page read from the record's HTML field, where it has no body of its own.
    HtmlPages.Page html = null;
    if (chosen.containsKey(Field.HTML) && !chosen.containsKey(Field.BODY)) {
      // Past the HTML limit the page is cut (its tree would cost many times its text); the
      // whole of it stays an attribute.
      html = Markup.page(first(v, chosen.get(Field.HTML)));
    }
    boolean body =
        hasText(v, chosen.get(Field.BODY)) || html != null && !html.paragraphs().isEmpty();
    if (v.heldList && !body) {
      // The object that held the article list (a response, a feed): its own keys are no article.
      return JsonPaths.Step.ENVELOPE;
    }
    if (!body && !hasText(v, chosen.get(Field.TITLE)) && (html == null || html.title() == null)) {
      return JsonPaths.Step.NO_TEXT;
    }
    if (!body && !isArticleType(v)) {
      // A JSON-LD node beside the article (a WebSite, an Organization): a name, no article text.
      return JsonPaths.Step.NO_TEXT;
    }
    RawRecord.Builder a = RawRecord.builder(input, v.firstLine, lastLine);
    if (v.full) {
      a.warning(
          ParseWarning.of(
              v.firstLine,
              WarningKind.PAGE_TOO_LONG,
              "the object holds more than "
                  + limits.maxRecordChars()
                  + " chars of text (ParseLimits.maxRecordChars); the rest of it was not read"));
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : v.byPath.entrySet()) {
      Field f = paths.fieldOf(e.getKey());
      JsonValue value = e.getValue();
      boolean used = f != null && e.getKey().equals(chosen.get(f));
      if (value.items.isEmpty()) {
        continue;
      }
      if (!used || f == Field.HTML) {
        attributes.put(e.getKey(), attributeText(value));
      } else if (value.list
          && value.items.size() > 1
          && (f == Field.DATE || f == Field.SOURCE || f == Field.URL)) {
        // A field of one value given as a list: its first item; the whole list stays an attribute.
        attributes.put(e.getKey(), String.join("\n", value.items));
      }
    }
    String title = plain(text(v, chosen, Field.TITLE, " "));
    a.title(title != null ? title : html == null ? null : html.title());
    String date = firstOf(v, chosen, Field.DATE);
    if (date == null && html != null) {
      date = html.published();
    }
    a.publishedRaw(date);
    if (date == null) {
      v.byPath.entrySet().stream()
          .filter(e -> paths.fieldOf(e.getKey()) == Field.CRAWLED && !e.getValue().items.isEmpty())
          .findFirst()
          .ifPresent(e -> crawlDay(e.getValue().items.get(0), v.firstLine, a));
    }
    a.source(plain(firstOf(v, chosen, Field.SOURCE)));
    a.url(firstOf(v, chosen, Field.URL));
    String author = plain(text(v, chosen, Field.AUTHOR, "، "));
    a.author(author != null ? author : html == null ? null : html.author());
    if (chosen.containsKey(Field.BODY)) {
      for (String s : v.byPath.get(chosen.get(Field.BODY)).items) {
        List<String> markup = FieldHtml.paragraphs(s);
        if (markup != null) {
          markup.forEach(a::paragraph);
        } else {
          Paragraphs.split(s, a::paragraph);
        }
      }
    } else if (html != null) {
      html.paragraphs().forEach(a::paragraph);
      if (html.site() != null) {
        attributes.putIfAbsent("site", html.site());
      }
    }
    if (chosen.containsKey(Field.KEYWORDS)) {
      v.byPath.get(chosen.get(Field.KEYWORDS)).items.forEach(k -> a.keyword(plain(k)));
    } else if (html != null) {
      html.keywords().forEach(a::keyword);
    }
    attributes.forEach(a::attribute);
    v.article = finisher.finish(a.build());
    return JsonPaths.Step.ARTICLE;
  }

  /** Whether a path's value holds text that is not blank. */
  private static boolean hasText(JsonPaths.Values v, String path) {
    if (path == null) {
      return false;
    }
    for (String s : v.byPath.get(path).items) {
      if (!s.isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a record with a JSON-LD {@code @type} is an article: a {@code WebSite}, {@code
   * Organization} or {@code BreadcrumbList} beside it in a {@code @graph} is not.
   */
  private static boolean isArticleType(JsonPaths.Values v) {
    JsonValue type = v.byPath.get("@type");
    if (type == null || type.items.isEmpty()) {
      return true;
    }
    // A list of types is kept as JSON text (["NewsArticle", "Thing"]): its quoted names count.
    return ARTICLE_TYPE.matcher(String.join(" ", type.items)).find();
  }

  /** A schema.org type of article: NewsArticle, Article, BlogPosting, Report, ... */
  private static final java.util.regex.Pattern ARTICLE_TYPE =
      java.util.regex.Pattern.compile("(Article|Posting|Report)\\b");

  /**
   * A one-line field's text without the HTML it may hold (a title in {@code <b>}, an author given
   * as links): the text of its markup, read as a page's would be; null stays null.
   */
  private static String plain(String text) {
    List<String> html = text == null ? null : FieldHtml.paragraphs(text);
    return html == null ? text : String.join(" ", html);
  }

  /** A field's text: a list's items joined with {@code joiner}. */
  private static String text(
      JsonPaths.Values v, Map<Field, String> chosen, Field f, String joiner) {
    String path = chosen.get(f);
    return path == null ? null : String.join(joiner, v.byPath.get(path).items);
  }

  private static String firstOf(JsonPaths.Values v, Map<Field, String> chosen, Field f) {
    String path = chosen.get(f);
    return path == null ? null : first(v, path);
  }

  private static String first(JsonPaths.Values v, String path) {
    return v.byPath.get(path).items.get(0);
  }

  /** An attribute's text: a scalar as written; a list of scalars, or JSON text, as JSON text. */
  private String attributeText(JsonValue value) {
    if (!value.list) {
      return value.items.size() == 1 ? value.items.get(0) : String.join("\n", value.items);
    }
    if (value.json) {
      return "[" + String.join(",", value.items) + "]";
    }
    java.io.StringWriter text = new java.io.StringWriter();
    try (com.fasterxml.jackson.core.JsonGenerator g = factory.createGenerator(text)) {
      g.writeStartArray();
      for (String s : value.items) {
        g.writeString(s);
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * Gives a record with no publication date the day it was crawled, and says so: the time of day is
   * the crawler's, not the paper's, and is left out.
   */
  private void crawlDay(String crawled, long line, RawRecord.Builder a) {
    dates
        .parse(crawled)
        .date()
        .filter(d -> d.year().isPresent() && d.day() > 0)
        .ifPresent(
            d -> {
              a.published(
                  new NewsDate(
                      d.year(),
                      d.month(),
                      d.day(),
                      Optional.empty(),
                      Optional.empty(),
                      CalendarSystem.GREGORIAN,
                      Optional.empty(),
                      DatePrecision.DATE,
                      0,
                      crawled.length()));
              a.warning(
                  ParseWarning.of(
                      line,
                      WarningKind.DATE_NOTE,
                      "no publication date: the day it was crawled (" + crawled + ") stands in"));
            });
  }
}
