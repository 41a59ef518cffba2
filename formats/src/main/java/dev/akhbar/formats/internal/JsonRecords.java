package dev.akhbar.formats.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.akhbar.NewsDateParser;
import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.Article;
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
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  /** Keys whose list of objects is the list of articles, in an object that is no article itself. */
  private static final Set<String> LIST_KEYS =
      Set.of(
          "articles",
          "items",
          "results",
          "records",
          "docs",
          "documents",
          "entries",
          "news",
          "posts",
          "stories",
          "hits",
          "rows",
          "data",
          "@graph",
          "itemListElement");

  /** Keys whose object holds the list of articles (or is the one article), in the same case. */
  private static final Set<String> WRAPPER_KEYS =
      Set.of("data", "response", "result", "results", "payload", "hits", "feed");

  /** Keys whose object's keys are the record's own: Elasticsearch's {@code _source}. */
  private static final Set<String> TRANSPARENT_KEYS = Set.of("_source");

  /** What reading an object's fields came to. */
  enum Step {
    /** The object ended: {@link Values#article} is its article. */
    ARTICLE,
    /** The object ended and holds no article text: no article, counted. */
    NO_TEXT,
    /** The object ended; it only held the article list: nothing to count. */
    ENVELOPE,
    /** The parser is on the first object of the object's article list. */
    INTO_LIST,
    /** The parser is on an object that holds the article list (or is the one article). */
    INTO_OBJECT
  }

  private final String input;
  private final RecordFinisher finisher;
  private final FieldMapping mapping;
  private final NewsDateParser dates;
  private final JsonFactory factory;
  private final int maxRecordChars;

  /** Every mapped path's field and rank in its field's keys (0 first). */
  private final Map<String, Field> fields = new HashMap<>();

  private final Map<String, Integer> ranks = new HashMap<>();

  /** The paths a mapped key goes through: {@code source} for {@code source.name}. */
  private final Set<String> prefixes = new HashSet<>();

  /** Whether the objects are CSV rows, whose first line is that of their first cell. */
  private final boolean csv;

  JsonRecords(
      String input, NewsDumpParser parser, FieldMapping mapping, JsonFactory factory, boolean csv) {
    this.input = input;
    this.finisher = RecordFinisher.of(parser);
    this.mapping = mapping;
    this.dates = parser.dateParser();
    this.factory = factory;
    this.maxRecordChars = parser.limits().maxRecordChars();
    this.csv = csv;
    for (Field f : Field.values()) {
      List<String> keys = mapping.keys(f);
      for (int r = 0; r < keys.size(); r++) {
        String k = keys.get(r);
        if (mapping.fieldOf(k) == f) {
          fields.put(k, f);
          ranks.put(k, r);
        }
        for (int dot = k.indexOf('.'); dot > 0; dot = k.indexOf('.', dot + 1)) {
          prefixes.add(k.substring(0, dot));
        }
      }
    }
  }

  /** The values of one object as they are read, by path in the order met. */
  static final class Values {
    final Map<String, JsonValue> byPath = new LinkedHashMap<>();
    long firstLine;
    long chars;
    boolean full;
    boolean first = true;

    /**
     * Whether the object held an article list (or is a wrapper): no record of its own unless text.
     */
    boolean envelope;

    /** Whether the object is a wrapper's value: once read, its holder is read on. */
    boolean wrapper;

    /** Whether a title or body value was met: then no list below is the article list. */
    boolean text;

    /** The article, once {@link Step#ARTICLE}. */
    Article article;

    Values(long firstLine, boolean envelope) {
      this.firstLine = firstLine;
      this.envelope = envelope;
    }

    JsonValue value(String path) {
      return byPath.computeIfAbsent(path, k -> new JsonValue());
    }
  }

  /**
   * Reads an object's fields, the parser just past its START_OBJECT (or where {@link
   * Step#INTO_LIST} or {@link Step#INTO_OBJECT} left it, once that list or object is read); {@code
   * lineOf} gives an input line of a parser location.
   */
  Step read(JsonParser p, Values v, ToLongFunction<JsonLocation> lineOf) throws IOException {
    Step into = collect(p, v, "", lineOf, true);
    if (into != null) {
      v.envelope = true;
      return into;
    }
    long lastLine = lineOf.applyAsLong(p.currentTokenLocation());
    if (OwnArticles.isOwn(v.byPath)) {
      try {
        v.article = OwnArticles.read(v.byPath, input, factory, v.firstLine, lastLine);
        return Step.ARTICLE;
      } catch (IOException e) {
        // Its related articles or warnings cut off by the record limit: read as any object.
      }
    }
    return finish(v, Math.max(v.firstLine, lastLine));
  }

  /**
   * Gathers the fields of an object up to its END_OBJECT under {@code prefix}; at the top of a
   * record ({@code top}), returns where an article list or wrapper starts instead.
   */
  private Step collect(
      JsonParser p, Values v, String prefix, ToLongFunction<JsonLocation> lineOf, boolean top)
      throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      if (v.first && csv) {
        // A CSV row's object opens where the row before ended: the row starts at its first cell.
        v.firstLine = lineOf.applyAsLong(p.currentTokenLocation());
      }
      v.first = false;
      String key = p.currentName();
      String path = prefix.isEmpty() ? key : prefix + "." + key;
      JsonToken t = p.nextToken();
      if (v.full) {
        p.skipChildren();
        continue;
      }
      if (top && !csv && !v.text) {
        if (t == JsonToken.START_ARRAY && LIST_KEYS.contains(key)) {
          JsonToken next = p.nextToken();
          if (next == JsonToken.START_OBJECT) {
            return Step.INTO_LIST;
          }
          list(p, v, path, next, lineOf);
          continue;
        }
        if (t == JsonToken.START_OBJECT && WRAPPER_KEYS.contains(key)) {
          return Step.INTO_OBJECT;
        }
      }
      if (t == JsonToken.START_OBJECT
          && (prefixes.contains(path) || prefix.isEmpty() && TRANSPARENT_KEYS.contains(key))) {
        collect(p, v, prefixes.contains(path) ? path : prefix, lineOf, false);
      } else if (t == JsonToken.START_ARRAY
          && (prefixes.contains(path) || fields.containsKey(path))) {
        list(p, v, path, p.nextToken(), lineOf);
      } else if (t.isScalarValue()) {
        if (t != JsonToken.VALUE_NULL) {
          add(v, path, scalar(p, t, path), false);
        }
      } else {
        String json = valueText(p, t, maxRecordChars - v.chars);
        add(v, path, json, true);
      }
    }
    return null;
  }

  /**
   * A list's items from the token {@code t} on: scalars as items of {@code path}, objects' keys
   * under it (where a mapped path goes through), anything else as JSON text.
   */
  private void list(
      JsonParser p, Values v, String path, JsonToken t, ToLongFunction<JsonLocation> lineOf)
      throws IOException {
    JsonValue value = v.value(path);
    Field f = fields.get(path);
    v.text |= f == Field.TITLE || f == Field.BODY;
    value.list = true;
    for (; t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
      if (v.full) {
        p.skipChildren();
      } else if (t.isScalarValue()) {
        if (t != JsonToken.VALUE_NULL) {
          item(v, value, scalar(p, t, path));
        }
      } else if (t == JsonToken.START_OBJECT && prefixes.contains(path)) {
        collect(p, v, path, lineOf, false);
      } else {
        // A list inside a list, or objects no mapped path reaches: kept as JSON text.
        item(v, value, valueText(p, t, maxRecordChars - v.chars));
        value.json = true;
      }
    }
  }

  private String scalar(JsonParser p, JsonToken t, String path) throws IOException {
    Field f = fields.get(path);
    return (f == Field.DATE || f == Field.CRAWLED) && t.isNumeric() ? dateNumber(p) : p.getText();
  }

  private void add(Values v, String path, String text, boolean json) {
    JsonValue value = v.value(path);
    Field f = fields.get(path);
    v.text |= f == Field.TITLE || f == Field.BODY;
    value.json |= json;
    // A key met again (a repeated key, extra CSV cells) keeps every value, a line apart.
    item(v, value, text);
  }

  private void item(Values v, JsonValue value, String text) {
    if (text == null) {
      return;
    }
    value.items.add(text);
    v.chars += text.length();
    v.full = v.chars > maxRecordChars;
  }

  /** The mapped record, or {@link Step#NO_TEXT} (or {@link Step#ENVELOPE}) when it has no text. */
  private Step finish(Values v, long lastLine) {
    // Each field's best-ranked path with a value; the others stay attributes.
    Map<Field, String> chosen = new EnumMap<>(Field.class);
    for (Map.Entry<String, JsonValue> e : v.byPath.entrySet()) {
      Field f = fields.get(e.getKey());
      if (f == null || f == Field.CRAWLED || e.getValue().items.isEmpty()) {
        continue;
      }
      String best = chosen.get(f);
      if (best == null || ranks.get(e.getKey()) < ranks.get(best)) {
        chosen.put(f, e.getKey());
      }
    }
    Html html = null;
    if (chosen.containsKey(Field.HTML) && !chosen.containsKey(Field.BODY)) {
      html = new Html(HtmlPages.read(org.jsoup.Jsoup.parse(first(v, chosen.get(Field.HTML)))));
    }
    if (!hasText(v, chosen.get(Field.TITLE))
        && !hasText(v, chosen.get(Field.BODY))
        && (html == null || html.page.paragraphs().isEmpty() && html.page.title() == null)) {
      return v.envelope ? Step.ENVELOPE : Step.NO_TEXT;
    }
    if (!isArticleType(v)) {
      return Step.NO_TEXT;
    }
    RawRecord.Builder a = RawRecord.builder(input, v.firstLine, lastLine);
    if (v.full) {
      a.warning(
          ParseWarning.of(
              v.firstLine,
              WarningKind.PAGE_TOO_LONG,
              "the object holds more than "
                  + maxRecordChars
                  + " chars of text (ParseLimits.maxRecordChars); the rest of it was not read"));
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : v.byPath.entrySet()) {
      Field f = fields.get(e.getKey());
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
    String title = text(v, chosen, Field.TITLE, " ");
    a.title(title != null ? title : html == null ? null : html.page.title());
    String date = firstOf(v, chosen, Field.DATE);
    if (date == null && html != null) {
      date = html.page.published();
    }
    a.publishedRaw(date);
    if (date == null) {
      v.byPath.entrySet().stream()
          .filter(e -> fields.get(e.getKey()) == Field.CRAWLED && !e.getValue().items.isEmpty())
          .findFirst()
          .ifPresent(e -> crawlDay(e.getValue().items.get(0), v.firstLine, a));
    }
    a.source(firstOf(v, chosen, Field.SOURCE));
    a.url(firstOf(v, chosen, Field.URL));
    String author = text(v, chosen, Field.AUTHOR, "، ");
    a.author(author != null ? author : html == null ? null : html.page.author());
    if (chosen.containsKey(Field.BODY)) {
      v.byPath.get(chosen.get(Field.BODY)).items.forEach(s -> Paragraphs.split(s, a::paragraph));
    } else if (html != null) {
      html.page.paragraphs().forEach(a::paragraph);
      if (html.page.site() != null) {
        attributes.putIfAbsent("site", html.page.site());
      }
    }
    if (chosen.containsKey(Field.KEYWORDS)) {
      v.byPath.get(chosen.get(Field.KEYWORDS)).items.forEach(a::keyword);
    } else if (html != null) {
      html.page.keywords().forEach(a::keyword);
    }
    attributes.forEach(a::attribute);
    v.article = finisher.finish(a.build());
    return Step.ARTICLE;
  }

  /** Whether a path's value holds text that is not blank. */
  private static boolean hasText(Values v, String path) {
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

  /** A page read from a record's HTML field. */
  private record Html(HtmlPages.Page page) {}

  /**
   * Whether a record with a JSON-LD {@code @type} is an article: a {@code WebSite}, {@code
   * Organization} or {@code BreadcrumbList} beside it in a {@code @graph} is not.
   */
  private static boolean isArticleType(Values v) {
    JsonValue type = v.byPath.get("@type");
    if (type == null || type.items.isEmpty()) {
      return true;
    }
    for (String t : type.items) {
      if (t.endsWith("Article") || t.endsWith("Posting") || t.equals("Report")) {
        return true;
      }
    }
    return false;
  }

  /** A field's text: a list's items joined with {@code joiner}. */
  private static String text(Values v, Map<Field, String> chosen, Field f, String joiner) {
    String path = chosen.get(f);
    return path == null ? null : String.join(joiner, v.byPath.get(path).items);
  }

  private static String firstOf(Values v, Map<Field, String> chosen, Field f) {
    String path = chosen.get(f);
    return path == null ? null : first(v, path);
  }

  private static String first(Values v, String path) {
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

  /**
   * A value's text: an object or a list as compact JSON text, cut at {@code room} chars (the rest
   * of it is passed over; the record limit's warning says so).
   */
  private String valueText(JsonParser p, JsonToken t, long room) throws IOException {
    java.io.StringWriter text = new java.io.StringWriter();
    boolean cut = false;
    try (com.fasterxml.jackson.core.JsonGenerator g = factory.createGenerator(text)) {
      int depth = 0;
      JsonToken token = t;
      do {
        if (!cut) {
          g.copyCurrentEvent(p);
          g.flush();
          cut = text.getBuffer().length() > room;
        }
        depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
      } while (depth > 0 && (token = p.nextToken()) != null);
    }
    String json = text.toString();
    return cut ? json.substring(0, (int) Math.max(0, Math.min(room, json.length()))) : json;
  }

  /**
   * A date given as a number: seconds or milliseconds since the epoch as ISO-8601; a number that is
   * no such instant (a fraction, out of range) as written, so that it is an unparsed date with its
   * text, never an exception.
   */
  private static String dateNumber(JsonParser p) throws IOException {
    String text = p.getText();
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      return text;
    }
    try {
      return epochToIso(p.getLongValue());
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return text;
    }
  }

  /** Seconds or milliseconds since the epoch, told apart by size. */
  private static String epochToIso(long value) {
    return (Math.abs(value) > 100_000_000_000L
            ? Instant.ofEpochMilli(value)
            : Instant.ofEpochSecond(value))
        .toString();
  }
}
