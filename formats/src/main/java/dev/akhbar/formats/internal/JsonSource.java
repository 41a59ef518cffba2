package dev.akhbar.formats.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.Article;
import dev.akhbar.article.Origin;
import dev.akhbar.article.ParseLimits;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import dev.akhbar.formats.options.FieldMapping;
import dev.akhbar.spi.LineReader;
import dev.akhbar.spi.RecordFinisher;
import dev.akhbar.spi.RecordSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;
import java.util.function.ToLongFunction;

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

  /** The array (or objects one after another, or CSV rows) being read; null for JSON Lines. */
  private JsonArrayInput array;

  private boolean started;
  private boolean done;

  /** Whether the input is CSV (rows are read as objects), not JSON. */
  private final boolean csv;

  private final long startLine;

  /** How much of an input's start is looked at to tell its shape (and a CSV input's header). */
  private static final int HEAD = 1 << 16;

  /** Maps each object (or CSV row) to an article. */
  private final JsonRecords records;

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
    this(reader, input, parser, mapping, firstLine, false);
  }

  /**
   * A source over CSV or TSV with a header row: each row an object whose keys are the header's
   * names, mapped like JSON keys; the column separator is told from the header.
   */
  public static JsonSource csv(
      Reader reader, String input, NewsDumpParser parser, FieldMapping mapping) {
    return new JsonSource(reader, input, parser, mapping, 0, true);
  }

  private JsonSource(
      Reader reader,
      String input,
      NewsDumpParser parser,
      FieldMapping mapping,
      long firstLine,
      boolean csv) {
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
    this.records = new JsonRecords(input, parser, mapping, factory, csv);
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
    if (!started) {
      started = true;
      reader.mark(HEAD);
      char[] head = new char[HEAD];
      int n = reader.read(head, 0, head.length);
      reader.reset();
      String start = n <= 0 ? "" : new String(head, 0, n);
      int i = FormatSniffer.contentStart(start);
      int c = i < start.length() ? start.charAt(i) : -1;
      if (csv) {
        CsvRows.Rows rows = CsvRows.parser(reader, start, i, maxRecordChars);
        if (rows == null) {
          done = true;
          return null;
        }
        array = JsonArrayInput.csv(rows, maxRecordChars);
      } else if (c == '{' && !FormatSniffer.isJsonLines(start)) {
        // Objects that span lines (pretty-printed, one after the other): read as a stream of
        // top-level values, as arrays are.
        array = JsonArrayInput.json(factory, reader, maxRecordChars);
      } else if (c == '[') {
        array = JsonArrayInput.json(factory, reader, maxRecordChars);
        try {
          array.parser().nextToken();
          array.readUpToHere();
        } catch (JsonProcessingException e) {
          // Broken at the very start: reported like any broken array (found by fuzzing).
          done = true;
          return unreadable(
              array.line(e), "malformed JSON; the array cannot be read: " + e.getOriginalMessage());
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
    while (true) {
      try {
        Article a = records(array.parser(), array::line);
        done = a == null;
        return a;
      } catch (JsonProcessingException e) {
        open.clear();
        current = null;
        // Read on at the next object, if any; what was passed over is carried on the warning.
        JsonArrayInput.Fault f = array.fault(e);
        done = f.ended();
        if (JsonResync.closesOnly(f.text())) {
          // The brackets that close an envelope around a list read on after a fault (the list
          // was read as an array of its own): no text, and no fault of the input's.
          if (done) {
            return null;
          }
          continue;
        }
        return f.text().isBlank()
            ? unreadable(f.line(), f.message())
            : unreadable(f.line(), f.lastLine(), f.message(), f.text());
      }
    }
  }

  /** Whether {@code p} is the array's parser, whose values' text is kept. */
  private boolean inArray(JsonParser p) {
    return array != null && p == array.parser();
  }

  /**
   * The objects (or lists, or wrappers) that hold the article lists being read, innermost first.
   */
  private final java.util.ArrayDeque<JsonPaths.Values> open = new java.util.ArrayDeque<>();

  /** The object being read, or null between objects. */
  private JsonPaths.Values current;

  /** Records that held no article text: not articles. */
  private long withoutText;

  /**
   * The next article of a parser's values: top-level objects, the objects of top-level arrays, and
   * the objects of the article lists that envelopes hold ({@code {"articles": [...]}}); null once
   * the parser has no more.
   */
  private Article records(JsonParser p, ToLongFunction<JsonLocation> lines) throws IOException {
    while (true) {
      if (current != null) {
        JsonPaths.Step step = records.read(p, current, lines);
        if (step == JsonPaths.Step.INTO_LIST) {
          // The list's elements are read below, one by one, until its "]" brings the holder back.
          open.push(current);
          current = null;
          if (!inArray(p)) {
            lineList.listStarts(p);
          }
          continue;
        }
        if (step == JsonPaths.Step.INTO_OBJECT) {
          open.push(current);
          // A wrapper is a value of its own and shares its holder's record limit.
          current =
              new JsonPaths.Values(
                  lines.applyAsLong(p.currentTokenLocation()), true, current.chars);
          current.wrapper = true;
          continue;
        }
        JsonPaths.Values finished = current;
        // A wrapper read to its end: back to the object that holds it.
        current = finished.wrapper ? open.pop() : null;
        if (current == null && !inArray(p)) {
          lineList.valueEnds(p);
        }
        if (step == JsonPaths.Step.ARTICLE) {
          if (finished.wrapper) {
            // {"data": {"title": ..., "body": ...}}: the holder was its envelope, no record.
            current.heldList = true;
          }
          if (inArray(p)) {
            array.readUpToHere();
          }
          return finished.article;
        }
        if (finished.wrapper) {
          if (finished.heldList) {
            current.heldList = true;
          } else if (step == JsonPaths.Step.NO_TEXT) {
            // A wrapper of no list and no text ({"data": {"views": 10}}) is its holder's values.
            current.takeBack(finished);
          }
          continue;
        }
        if (step == JsonPaths.Step.NO_TEXT) {
          withoutText++;
        }
        if (inArray(p)) {
          array.readUpToHere();
        }
        continue;
      }
      JsonToken t = p.nextToken();
      if (t == null) {
        return null;
      }
      if (t == JsonToken.END_ARRAY) {
        if (!open.isEmpty()) {
          // An article list ended: back to the object that holds it.
          current = open.pop();
          if (inArray(p)) {
            array.listEnded();
          }
        }
        if (!inArray(p)) {
          lineList.listEnds(p);
        }
        continue;
      }
      if (t == JsonToken.START_ARRAY && p.getParsingContext().getParent().inRoot()) {
        // A top-level array (another after the first too): its elements are articles.
        if (!inArray(p)) {
          lineList.listStarts(p);
        }
        continue;
      }
      JsonLocation at = p.currentTokenLocation();
      long line = lines.applyAsLong(at);
      if (inArray(p)) {
        // A value starts: a fault inside it carries its text from here.
        array.valueStarts(line);
      } else if (t == JsonToken.START_OBJECT && p.getParsingContext().getParent().inArray()) {
        // An element of a list on a JSON line: the same, within the line.
        lineList.elementStarts(at);
      }
      if (t == JsonToken.START_OBJECT) {
        // A value of its own at the top level (not an element of an article list) may be an
        // envelope.
        current =
            new JsonPaths.Values(
                line, open.isEmpty() && p.getParsingContext().getParent().inRoot(), 0);
        continue;
      }
      // Its text is carried: a string or list among the articles is not lost.
      String text = records.valueText(p, t);
      if (inArray(p)) {
        array.readUpToHere();
      } else {
        lineList.valueEnds(p);
      }
      return notAnObject(line, t, text);
    }
  }

  @Override
  public long recordsWithoutText() {
    return withoutText;
  }

  /** The parser of a JSON line whose envelope may hold more articles, or null. */
  private JsonParser linePending;

  private long linePendingNumber;

  /** Where the current JSON line's parse stands in its list of articles. */
  private final JsonLineList lineList = new JsonLineList();

  private Article nextLine() throws IOException {
    if (linePending != null) {
      Article a = lineRecords(linePending, linePendingNumber, null);
      if (a != null) {
        return a;
      }
    }
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
      open.clear();
      current = null;
      // A comma after the line's object ("{...},", a JSON array cut into lines) separates, as a
      // line end does.
      int length = line.remaining();
      while (length > 0 && Character.isWhitespace(line.get(line.position() + length - 1))) {
        length--;
      }
      if (length > 0 && line.get(line.position() + length - 1) == ',') {
        length--;
      }
      JsonParser p =
          factory.createParser(line.array(), line.arrayOffset() + line.position(), length);
      Article a = lineRecords(p, number, line);
      if (a != null) {
        return a;
      }
    }
    done = true;
    return null;
  }

  /**
   * The next article of one JSON line's parser, kept open while an envelope on the line may hold
   * more (the line's characters stay put until the next line is read); null once it has none.
   */
  private Article lineRecords(JsonParser p, long number, java.nio.CharBuffer line)
      throws IOException {
    linePending = null;
    try {
      if (line != null) {
        lineList.newLine();
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_OBJECT) {
          current = new JsonPaths.Values(number, true, 0);
        } else if (t == JsonToken.START_ARRAY) {
          // A line that is an array of articles ([{...}, {...}]): read as a top-level array's.
          lineList.listStarts(p);
          if (p.nextToken() != JsonToken.START_OBJECT) {
            // Anything else (["not", "an", "object"], 5) is one warning with the line's text.
            p.close();
            return notAnObject(number, t, line.toString());
          }
          current = new JsonPaths.Values(number, false, 0);
          lineList.elementStarts(p.currentTokenLocation());
        } else {
          p.close();
          return notAnObject(number, t, line.toString());
        }
      }
      Article a = records(p, loc -> number);
      if (a != null) {
        linePending = p;
        linePendingNumber = number;
        return a;
      }
      p.close();
      return restAfterList(number);
    } catch (JsonProcessingException e) {
      boolean inList = lineList.inList(p.getParsingContext());
      p.close();
      open.clear();
      current = null;
      java.nio.CharBuffer whole = lines.line();
      char[] text = whole.array();
      int from = whole.arrayOffset() + whole.position();
      int to = from + whole.remaining();
      JsonLineList.ReadOn on = inList ? lineList.readOn(factory, text, from, to, e) : null;
      if (on != null) {
        linePending = on.parser();
        linePendingNumber = number;
        String message =
            "malformed JSON in the line's list of articles"
                + (on.broken().isEmpty() ? "" : ", the element is here")
                + "; reading goes on at the next element: "
                + e.getOriginalMessage();
        return on.broken().isEmpty()
            ? unreadable(number, message)
            : unreadable(number, message, on.broken());
      }
      if (line != null) {
        return unreadable(
            number, "malformed JSON line, not read: " + e.getOriginalMessage(), line.toString());
      }
      // Past a value already read on this line: the rest of the line is carried, from where the
      // broken element opens, or from the end of the last value read whole.
      long at = Math.max(0, Math.min(to - from, lineList.carryFrom(e)));
      String rest = new String(text, from + (int) at, to - from - (int) at);
      return unreadable(
          number,
          "malformed JSON after the line's first value, not read: " + e.getOriginalMessage(),
          rest.isBlank() ? whole.toString() : rest);
    }
  }

  /**
   * After a fault, reading went on in a list of the current JSON line up to the list's end: what
   * the line holds after it (an envelope's other keys, a second list) is carried, unless it only
   * closes the envelope. Null when there is nothing to carry.
   */
  private Article restAfterList(long number) {
    java.nio.CharBuffer line = lines.line();
    int from = line.arrayOffset() + line.position();
    String rest = lineList.restAfterList(line.array(), from, from + line.remaining());
    return rest == null
        ? null
        : unreadable(
            number,
            "the JSON line after its list of articles, where a fault was read on past, is not read;"
                + " its text is here",
            rest);
  }

  /** A value where an article object was expected: an article of a warning carrying its text. */
  private Article notAnObject(long line, JsonToken t, String text) {
    return unreadable(
        line, "a JSON " + t + " where an article object was expected; its text is here", text);
  }

  private Article unreadable(long line, String message) {
    return Article.builder(new Origin(input, line, line))
        .warning(ParseWarning.of(line, WarningKind.UNREADABLE, message))
        .build();
  }

  /** An article of nothing but a warning that carries the text that could not be read. */
  private Article unreadable(long line, String message, String text) {
    return unreadable(line, line, message, text);
  }

  /** The same, for text from input lines {@code line} to {@code last}. */
  private Article unreadable(long line, long last, String message, String text) {
    return Article.builder(new Origin(input, line, last))
        .warning(new ParseWarning(line, WarningKind.UNREADABLE, message, Optional.of(text)))
        .build();
  }

  @Override
  public long lineEnds() {
    return array != null ? -1 : lines == null ? 0 : lines.lineEnds();
  }

  @Override
  public void close() throws IOException {
    if (linePending != null) {
      linePending.close();
    }
    if (array != null) {
      array.close();
    }
    reader.close();
  }
}
