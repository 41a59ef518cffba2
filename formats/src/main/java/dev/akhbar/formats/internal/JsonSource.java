package dev.akhbar.formats.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.akhbar.NewsDateParser;
import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.Article;
import dev.akhbar.article.Origin;
import dev.akhbar.article.ParseLimits;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import dev.akhbar.date.CalendarSystem;
import dev.akhbar.date.DatePrecision;
import dev.akhbar.date.NewsDate;
import dev.akhbar.formats.options.FieldMapping;
import dev.akhbar.formats.options.FieldMapping.Field;
import dev.akhbar.spi.LineReader;
import dev.akhbar.spi.RawRecord;
import dev.akhbar.spi.RecordFinisher;
import dev.akhbar.spi.RecordSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads article objects from a JSON array (streamed: a multi-gigabyte array never sits in memory)
 * or from JSON Lines (one parser per line, so a broken line is reported and the next line is read).
 * Each object's fields are mapped by a {@link FieldMapping} and the raw article is finished by a
 * {@link RecordFinisher}, as page text is.
 *
 * <p>Not thread-safe: one per input.
 */
public final class JsonSource implements RecordSource {
  private final JsonFactory factory;
  private final int maxRecordChars;
  private final BufferedReader reader;
  private LineReader lines;
  private final String input;
  private final RecordFinisher finisher;
  private final FieldMapping mapping;
  private final NewsDateParser dates;
  private JsonParser array;
  private boolean started;
  private boolean done;

  /** The column separator of a CSV input (rows are read as objects), or 0 for JSON. */
  private final char csv;

  /** {@link #csv} of a CSV input whose separator is told from its header. */
  private static final char CSV_SNIFF = '\uFFFF';

  private final long startLine;

  /** A source over a JSON or JSON Lines character stream, told apart by its first character. */
  public JsonSource(Reader reader, String input, NewsDumpParser parser, FieldMapping mapping) {
    this(reader, input, parser, mapping, 0);
  }

  /**
   * A source over a piece of JSON Lines that starts at line {@code firstLine} of its input, or,
   * when {@code firstLine} is 0, over a whole JSON array or JSON Lines input.
   */
  public JsonSource(
      Reader reader, String input, NewsDumpParser parser, FieldMapping mapping, long firstLine) {
    this(reader, input, parser, mapping, firstLine, (char) 0);
  }

  /**
   * A source over CSV or TSV with a header row: each row an object whose keys are the header's
   * names, mapped like JSON keys; {@code separator} the column separator (0: told from the header,
   * else a comma).
   */
  public static JsonSource csv(
      Reader reader, String input, NewsDumpParser parser, FieldMapping mapping, char separator) {
    return new JsonSource(
        reader, input, parser, mapping, 0, separator == 0 ? CSV_SNIFF : separator);
  }

  private JsonSource(
      Reader reader,
      String input,
      NewsDumpParser parser,
      FieldMapping mapping,
      long firstLine,
      char csv) {
    this.csv = csv;
    this.startLine = firstLine;
    this.reader =
        reader instanceof BufferedReader
            ? (BufferedReader) reader
            : new BufferedReader(reader, 1 << 16);
    ParseLimits limits = parser.limits();
    this.maxRecordChars = limits.maxRecordChars();
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(limits.maxRecordChars())
                    .maxNestingDepth(limits.maxNestingDepth())
                    .build())
            // The reader is closed by close(), not by the parser at the end of its input: after a
            // fault, reading goes on from it (JsonResync).
            .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    this.input = input;
    this.finisher = RecordFinisher.of(parser);
    this.mapping = mapping;
    this.dates = parser.dateParser();
  }

  @Override
  public Article next() throws IOException {
    if (done) {
      return null;
    }
    if (!started && startLine > 0) {
      started = true;
      lines = new LineReader(reader, maxRecordChars, startLine);
    }
    if (!started && csv != 0) {
      started = true;
      array = CsvRows.parser(reader, csv == CSV_SNIFF ? 0 : csv, maxRecordChars);
      if (array == null) {
        done = true;
        return null;
      }
    }
    if (!started) {
      started = true;
      reader.mark(1 << 16);
      char[] head = new char[1 << 16];
      int n = reader.read(head, 0, head.length);
      reader.reset();
      String start = n <= 0 ? "" : new String(head, 0, n);
      int i = 0;
      while (i < start.length()
          && (start.charAt(i) == '\uFEFF' || Character.isWhitespace(start.charAt(i)))) {
        i++;
      }
      int c = i < start.length() ? start.charAt(i) : -1;
      if (c == '{' && !FormatSniffer.isJsonLines(start)) {
        // Objects that span lines (pretty-printed, one after the other): read as a stream of
        // top-level values, as arrays are.
        array = factory.createParser(reader);
      } else if (c == '[') {
        array = factory.createParser(reader);
        try {
          array.nextToken();
        } catch (JsonProcessingException e) {
          // Broken at the very start: reported like any broken array (found by fuzzing).
          done = true;
          long line = e.getLocation() == null ? 1 : Math.max(1, lineOf(e.getLocation()));
          return unreadable(
              line, "malformed JSON; the array cannot be read: " + e.getOriginalMessage());
        }
      } else {
        lines = new LineReader(reader, maxRecordChars, 1);
      }
    }
    return array != null ? nextInArray() : nextLine();
  }

  /**
   * The next article object of the array, and of any arrays or objects that follow it at the top
   * level ({@code [...][...]}, what a scraper that appends to its output file leaves): nothing
   * after the first array is dropped.
   */
  private Article nextInArray() throws IOException {
    try {
      while (true) {
        JsonToken t = array.nextToken();
        if (t == null) {
          done = true;
          return null;
        }
        if (t == JsonToken.END_ARRAY && array.getParsingContext().inRoot()) {
          // One top-level array ended; read on.
          continue;
        }
        if (t == JsonToken.START_ARRAY && array.getParsingContext().getParent().inRoot()) {
          // Another top-level array: its elements are articles too.
          continue;
        }
        long line = lineOf(array.currentTokenLocation()) + arrayLineOffset;
        if (t == JsonToken.START_OBJECT) {
          return read(array, line, arrayLineOffset);
        }
        array.skipChildren();
        return notAnObject(line, t);
      }
    } catch (JsonProcessingException e) {
      long line =
          Math.max(1, (e.getLocation() == null ? 0 : lineOf(e.getLocation())) + arrayLineOffset);
      if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
        // The input ends inside a value: nothing follows to read on at.
        done = true;
        return unreadable(
            line, "malformed JSON; the input ends inside a value: " + e.getOriginalMessage());
      }
      // Read on at the next object; what lies between is carried on the warning.
      JsonResync.Resumed r = JsonResync.resume(array, reader, maxRecordChars);
      if (r.rest() == null || csv != 0) {
        // CSV has no line that surely starts a row: the rest is carried, not read on.
        done = true;
      } else {
        array = factory.createParser(r.rest());
        array.nextToken();
        arrayLineOffset = line + r.linesPassed() - 1;
        lineWraps = 0;
        lastLineUnsigned = 0;
      }
      String message =
          "malformed JSON ("
              + e.getOriginalMessage()
              + "); "
              + (r.rest() == null
                  ? "the text after it is here"
                  : "the text up to the next object, on line "
                      + (line + r.linesPassed())
                      + ", is here")
              + (r.dropped() > 0 ? " (" + r.dropped() + " more chars were dropped)" : "");
      return r.skipped().isBlank()
          ? unreadable(line, message)
          : unreadable(line, message, r.skipped());
    }
  }

  private Article nextLine() throws IOException {
    while (lines.next()) {
      long number = lines.number();
      java.nio.CharBuffer line = lines.line();
      if (LineReader.isBlank(line)) {
        continue;
      }
      if (lines.dropped() > 0) {
        return unreadable(
            number,
            "JSON line longer than "
                + maxRecordChars
                + " chars (ParseLimits.maxRecordChars), not read; its first "
                + maxRecordChars
                + " chars are here, "
                + lines.dropped()
                + " more were dropped",
            line.toString());
      }
      try (JsonParser p =
          factory.createParser(
              line.array(), line.arrayOffset() + line.position(), line.remaining())) {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_OBJECT) {
          return read(p, number, number - 1);
        }
        return notAnObject(number, t);
      } catch (JsonProcessingException e) {
        return unreadable(
            number, "malformed JSON line, not read: " + e.getOriginalMessage(), line.toString());
      }
    }
    done = true;
    return null;
  }

  private Article notAnObject(long line, JsonToken t) {
    Article raw =
        Article.builder(new Origin(input, line, line))
            .warning(
                ParseWarning.of(
                    line,
                    WarningKind.UNREADABLE,
                    "a JSON " + t + " where an article object was expected; skipped"))
            .build();
    return raw;
  }

  private Article unreadable(long line, String message) {
    return Article.builder(new Origin(input, line, line))
        .warning(ParseWarning.of(line, WarningKind.UNREADABLE, message))
        .build();
  }

  /** An article of nothing but a warning that carries the text that could not be read. */
  private Article unreadable(long line, String message, String text) {
    return Article.builder(new Origin(input, line, line))
        .warning(new ParseWarning(line, WarningKind.UNREADABLE, message, Optional.of(text)))
        .build();
  }

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

  /** Added to the array parser's lines: the line it started on, less one, once it resumed. */
  private long arrayLineOffset;

  /** Jackson's line counter wrapped past 2^31 lines (an int), unwrapped: lines only grow. */
  private long lineWraps;

  private long lastLineUnsigned;

  private long lineOf(com.fasterxml.jackson.core.JsonLocation location) {
    long unsigned = location.getLineNr() & 0xFFFFFFFFL;
    if (unsigned < lastLineUnsigned - (1L << 31)) {
      lineWraps++;
    }
    lastLineUnsigned = unsigned;
    return (lineWraps << 32) + unsigned;
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
  private Article read(JsonParser p, long firstLine, long lineOffset) throws IOException {
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
      if (first && csv != 0) {
        // A CSV row's object opens where the row before ended: the row starts at its first cell.
        firstLine = lineOf(p.currentTokenLocation()) + lineOffset;
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
    long lastLine = lineOf(p.currentTokenLocation()) + lineOffset;
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
  @Override
  public long lineEnds() {
    return array != null ? -1 : lines == null ? 0 : lines.lineEnds();
  }

  @Override
  public void close() throws IOException {
    if (array != null) {
      array.close();
    }
    reader.close();
  }
}
