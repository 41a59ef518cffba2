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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * One JSON object (or CSV row) as an article: its keys mapped to fields by a {@link FieldMapping},
 * lists as paragraphs or keywords, numbers as dates where a date is expected, everything else kept
 * as attributes (objects and lists as JSON text), at most {@code maxRecordChars} of text, then the
 * finisher's rules. Not thread-safe (one per source).
 */
final class JsonRecords {
  private final String input;
  private final RecordFinisher finisher;
  private final FieldMapping mapping;
  private final NewsDateParser dates;
  private final JsonFactory factory;
  private final int maxRecordChars;

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
   * Reads one object, the parser on its START_OBJECT; {@code lineOffset} is added to the parser's
   * lines.
   */
  Article read(JsonParser p, long firstLine, long lineOffset, ToLongFunction<JsonLocation> lineOf)
      throws IOException {
    Map<Field, String> values = new EnumMap<>(Field.class);
    Map<Field, Integer> rank = new EnumMap<>(Field.class);
    Map<Field, List<String>> lists = new EnumMap<>(Field.class);
    Map<String, String> attributes = new java.util.LinkedHashMap<>();
    Map<Field, String> listKeys = new EnumMap<>(Field.class);
    Map<String, StringBuilder> repeated = new java.util.HashMap<>();
    // The text kept of this object: past maxRecordChars the rest is passed over, and said so.
    long chars = 0;
    boolean full = false;
    boolean first = true;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      if (first && csv) {
        // A CSV row's object opens where the row before ended: the row starts at its first cell.
        firstLine = lineOf.applyAsLong(p.currentTokenLocation()) + lineOffset;
      }
      first = false;
      String key = p.currentName();
      JsonToken t = p.nextToken();
      if (full) {
        p.skipChildren();
        continue;
      }
      Field field = mapping.fieldOf(key);
      if (field == Field.CRAWLED && t.isScalarValue() && t != JsonToken.VALUE_NULL) {
        // The crawl time is kept as it is, and may stand in for a missing date below.
        String v = p.getText();
        if (t.isNumeric()) {
          values.putIfAbsent(Field.CRAWLED, dateNumber(p));
          keep(attributes, repeated, key, v);
          continue;
        }
        keep(attributes, repeated, key, v);
        values.putIfAbsent(Field.CRAWLED, v);
        chars += v.length();
        full = chars > maxRecordChars;
        continue;
      }
      int r = field == null ? 0 : mapping.keys(field).indexOf(key);
      if (field != null && rank.containsKey(field) && rank.get(field) <= r) {
        String v = valueText(p, t, maxRecordChars - chars);
        if (v != null) {
          keep(attributes, repeated, key, v);
        }
        chars += v == null ? 0 : v.length();
        full = chars > maxRecordChars;
        continue;
      }
      if (field != null && t == JsonToken.START_ARRAY) {
        List<String> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (p.currentToken().isScalarValue() && !full) {
            items.add(p.getText());
            chars += p.getTextLength();
            full = chars > maxRecordChars;
          } else {
            p.skipChildren();
          }
        }
        lists.put(field, items);
        listKeys.put(field, key);
        values.remove(field);
        rank.put(field, r);
      } else if (field != null && t.isScalarValue() && t != JsonToken.VALUE_NULL) {
        String text = field == Field.DATE && t.isNumeric() ? dateNumber(p) : p.getText();
        values.put(field, text);
        chars += text.length();
        full = chars > maxRecordChars;
        lists.remove(field);
        rank.put(field, r);
      } else if (field == null || !t.isScalarValue()) {
        // Kept as it is written: a scalar as its text, an object or a list as JSON text.
        String v = valueText(p, t, maxRecordChars - chars);
        if (v != null) {
          keep(attributes, repeated, key, v);
          chars += v.length();
          full = chars > maxRecordChars;
        }
      }
    }
    long lastLine = lineOf.applyAsLong(p.currentTokenLocation()) + lineOffset;
    RawRecord.Builder a = RawRecord.builder(input, firstLine, Math.max(firstLine, lastLine));
    if (full) {
      a.warning(
          ParseWarning.of(
              firstLine,
              WarningKind.PAGE_TOO_LONG,
              "the object holds more than "
                  + maxRecordChars
                  + " chars of text (ParseLimits.maxRecordChars); the rest of it was not read"));
    }
    repeated.forEach((k, v) -> attributes.put(k, v.toString()));
    // A field of one value given as a list: a title's parts joined, a date's or link's first item
    // (the whole list stays an attribute when it holds more).
    for (Field one : List.of(Field.TITLE, Field.DATE, Field.SOURCE, Field.URL)) {
      List<String> items = lists.get(one);
      if (!values.containsKey(one) && items != null && !items.isEmpty()) {
        values.put(one, one == Field.TITLE ? String.join(" ", items) : items.get(0));
        if (one != Field.TITLE && items.size() > 1) {
          attributes.put(listKeys.get(one), String.join("\n", items));
        }
      }
    }
    a.title(values.get(Field.TITLE));
    a.publishedRaw(values.get(Field.DATE));
    if (!values.containsKey(Field.DATE)
        && !lists.containsKey(Field.DATE)
        && values.containsKey(Field.CRAWLED)) {
      crawlDay(values.get(Field.CRAWLED), firstLine, a);
    }
    a.source(values.get(Field.SOURCE));
    a.url(values.get(Field.URL));
    if (values.containsKey(Field.AUTHOR)) {
      a.author(values.get(Field.AUTHOR));
    } else if (lists.containsKey(Field.AUTHOR)) {
      a.author(String.join("، ", lists.get(Field.AUTHOR)));
    }
    if (values.containsKey(Field.BODY)) {
      Paragraphs.split(values.get(Field.BODY), a::paragraph);
    } else if (lists.containsKey(Field.BODY)) {
      lists.get(Field.BODY).forEach(s -> Paragraphs.split(s, a::paragraph));
    }
    if (values.containsKey(Field.KEYWORDS)) {
      a.keyword(values.get(Field.KEYWORDS));
    } else if (lists.containsKey(Field.KEYWORDS)) {
      lists.get(Field.KEYWORDS).forEach(a::keyword);
    }
    attributes.forEach(
        (k, v) -> {
          if (v != null) {
            a.attribute(k, v);
          }
        });
    return finisher.finish(a.build());
  }

  /**
   * A value's text: a scalar as written (null for JSON null), an object or a list as compact JSON
   * text, cut at {@code room} chars (the rest of it is passed over; the record limit's warning says
   * so).
   */
  private String valueText(JsonParser p, JsonToken t, long room) throws IOException {
    if (t.isScalarValue()) {
      return t == JsonToken.VALUE_NULL ? null : p.getText();
    }
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

  /** The line ends of JSON Lines read so far; -1 for a JSON array, read as one value. */
  /**
   * Keeps a key's value; a key met again (a repeated key, extra CSV cells) keeps every value, a
   * line apart, gathered in {@code repeated} and joined once (joining on each repeat was
   * quadratic).
   */
  private static void keep(
      Map<String, String> attributes, Map<String, StringBuilder> repeated, String key, String v) {
    StringBuilder more = repeated.get(key);
    if (more != null) {
      more.append('\n').append(v);
    } else if (attributes.containsKey(key)) {
      repeated.put(key, new StringBuilder(attributes.get(key)).append('\n').append(v));
    } else {
      attributes.put(key, v);
    }
  }
}
