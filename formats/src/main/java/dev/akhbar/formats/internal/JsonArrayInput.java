package dev.akhbar.formats.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;

/**
 * The parser of a whole JSON array (or of objects one after another, or of CSV rows), and where it
 * stands: the input lines of its locations, the text of the value being read, and, after a fault,
 * reading on at the next object with everything passed over carried. The text is kept by a {@link
 * MarkedReader} between the parser and its input, marked where each value starts and after each
 * value read; CSV keeps none (its rows are not read on after a fault). Not thread-safe: one per
 * input.
 */
final class JsonArrayInput {
  private final JsonFactory factory;
  private final int maxChars;

  /**
   * Whether values are an array's elements (read on with "[" put before), else one after another.
   */
  private final boolean elements;

  private JsonParser parser;
  private MarkedReader marked;

  /** What a CSV parser reads from; null where {@link #marked} is there. */
  private final Reader csvSource;

  private final ParserLines lines = new ParserLines();

  private JsonArrayInput(
      JsonFactory factory, int maxChars, boolean elements, JsonParser csv, Reader csvSource) {
    this.factory = factory;
    this.maxChars = maxChars;
    this.elements = elements;
    this.parser = csv;
    this.csvSource = csvSource;
  }

  /** An array ({@code elements}) or objects one after another, read from {@code in}. */
  static JsonArrayInput json(JsonFactory factory, Reader in, int maxChars, boolean elements)
      throws IOException {
    JsonArrayInput a = new JsonArrayInput(factory, maxChars, elements, null, null);
    a.parser = a.markedParser(in);
    return a;
  }

  /** CSV rows, read by {@code parser} from {@code source} after {@code linesBefore} lines. */
  static JsonArrayInput csv(JsonParser parser, Reader source, long linesBefore, int maxChars) {
    JsonArrayInput a = new JsonArrayInput(null, maxChars, true, parser, source);
    a.lines.restart(linesBefore);
    return a;
  }

  JsonParser parser() {
    return parser;
  }

  /** The input line of a location of the parser. */
  long line(JsonLocation location) {
    return lines.line(location);
  }

  /** The line of a fault, by the parser's count (where it stands, when the fault says not). */
  long line(JsonProcessingException e) {
    return Math.max(1, line(e.getLocation() != null ? e.getLocation() : parser.currentLocation()));
  }

  /**
   * A value starts at the parser's current token, on {@code line}: a fault in it carries it all.
   */
  void valueStarts(long line) {
    if (marked != null) {
      marked.mark(parser.currentTokenLocation().getCharOffset(), line);
    }
  }

  /**
   * The parser stands after a value it read whole, or after the array's "[": the text before goes.
   */
  void readUpToHere() {
    if (marked != null) {
      JsonLocation at = parser.currentLocation();
      marked.mark(at.getCharOffset(), line(at));
    }
  }

  /**
   * After a fault: what it broke, as a warning's lines, message and text. The value's text is
   * carried from where it began, with everything up to the next line that opens an object, where a
   * new parser reads on; at the end of the input, or for CSV, reading ends ({@link Fault#ended}).
   */
  Fault fault(JsonProcessingException e) throws IOException {
    long line = line(e);
    if (e instanceof JsonEOFException) {
      // The input ends inside a value: nothing follows to read on at; what was read is carried.
      MarkedReader.Consumed before = consumed(line, 0);
      return new Fault(
          before.firstLine(),
          "malformed JSON; the input ends inside a value: "
              + e.getOriginalMessage()
              + dropped(before.dropped()),
          before.text(),
          true);
    }
    StringWriter unread = new StringWriter();
    parser.releaseBuffered(unread);
    MarkedReader.Consumed before = consumed(line, unread.getBuffer().length());
    line = before.lastLine();
    JsonResync.Resumed r =
        JsonResync.resume(
            unread.toString(),
            marked == null ? csvSource : marked.source(),
            Math.max(0, maxChars - before.text().length()),
            before.endsInCr(),
            elements);
    boolean ended = r.rest() == null || marked == null;
    if (!ended) {
      parser = markedParser(r.rest());
      lines.restart(line + r.linesPassed() - 1);
      if (elements) {
        // Past the "[" put before the rest: the next token opens the object read on at.
        parser.nextToken();
      }
      readUpToHere();
    }
    String what = marked == null ? "the text after it" : "the text of the value it broke";
    String message =
        "malformed JSON ("
            + e.getOriginalMessage()
            + "); "
            + (r.rest() == null
                ? what + ", and after it, is here"
                : what
                    + ", up to the next object on line "
                    + (line + r.linesPassed())
                    + ", is here")
            + dropped(before.dropped() + r.dropped());
    return new Fault(before.firstLine(), message, before.text() + r.skipped(), ended);
  }

  /**
   * A broken value: the line its text starts on, the message, the text (raw input, blank when
   * nothing was kept), and whether reading ended.
   */
  record Fault(long line, String message, String text, boolean ended) {
    /** The last line the text is on, trailing blanks left out. */
    long lastLine() {
      int end = text.length();
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      return line + LineBreaks.count(text, 0, end, false);
    }
  }

  void close() throws IOException {
    parser.close();
  }

  private static String dropped(long n) {
    return n > 0 ? " (" + n + " more chars were dropped)" : "";
  }

  private MarkedReader.Consumed consumed(long line, int unread) {
    return marked == null
        ? new MarkedReader.Consumed("", 0, line, line, false)
        : marked.consumed(marked.passed() - unread, line);
  }

  private JsonParser markedParser(Reader source) throws IOException {
    marked = new MarkedReader(source, maxChars);
    return factory.createParser(marked);
  }
}
