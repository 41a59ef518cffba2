package dev.akhbar.formats.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;

/**
 * The parser of a whole JSON array (or of objects one after another, or of CSV rows), and where it
 * stands: the input lines of its locations, the text of the value being read, and, after a fault,
 * reading on at the next object with everything passed over carried. The text is kept by a {@link
 * MarkedReader} between the parser and its input, marked where each value starts and after each
 * value read. CSV is not read on after a fault (no line surely starts a row): the rest of it is
 * carried. Not thread-safe: one per input.
 */
final class JsonArrayInput {
  private final JsonFactory factory;
  private final int maxChars;

  /** Whether reading goes on at the next object after a fault (JSON), else the rest is carried. */
  private final boolean readOn;

  private JsonParser parser;
  private MarkedReader marked;

  /** Whether the value last marked is an array's element (read on with "[" put before it). */
  private boolean inArray;

  private final ParserLines lines = new ParserLines();

  private JsonArrayInput(JsonFactory factory, int maxChars, boolean readOn) {
    this.factory = factory;
    this.maxChars = maxChars;
    this.readOn = readOn;
  }

  /** An array, or objects one after another, read from {@code in}. */
  static JsonArrayInput json(JsonFactory factory, Reader in, int maxChars) throws IOException {
    JsonArrayInput a = new JsonArrayInput(factory, maxChars, true);
    a.marked = new MarkedReader(in, maxChars);
    a.parser = factory.createParser(a.marked);
    return a;
  }

  /** CSV rows. */
  static JsonArrayInput csv(CsvRows.Rows rows, int maxChars) {
    JsonArrayInput a = new JsonArrayInput(null, maxChars, false);
    a.parser = rows.parser();
    a.marked = rows.text();
    a.lines.restart(rows.linesBefore());
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
    // An object's or list's own context is the one it opens; its container is the one above.
    JsonStreamContext in = parser.getParsingContext();
    if (parser.currentToken() != null && parser.currentToken().isStructStart()) {
      in = in.getParent();
    }
    inArray = in != null && in.inArray();
    marked.mark(parser.currentTokenLocation().getCharOffset(), line);
  }

  /** The parser stands after a value it read whole, or after an array's "[". */
  void readUpToHere() {
    inArray = parser.getParsingContext().inArray();
    JsonLocation at = parser.currentLocation();
    marked.mark(at.getCharOffset(), line(at));
  }

  /**
   * After a fault: what it broke, as a warning's lines, message and text. The value's text is
   * carried from where it began, with everything up to the next line that opens an object, where a
   * new parser reads on (as an array's element where the value broken was one); at the end of the
   * input, or for CSV, reading ends ({@link Fault#ended}).
   */
  Fault fault(JsonProcessingException e) throws IOException {
    long line = line(e);
    String what = readOn ? "malformed JSON" : "malformed CSV";
    if (e instanceof JsonEOFException) {
      // The input ends inside a value: nothing follows to read on at; what was read is carried.
      MarkedReader.Consumed before = consumed(line, 0);
      return new Fault(
          before.firstLine(),
          lastLine(before.firstLine(), before.text(), before.dropped(), before.lastLine()),
          what
              + "; the input ends inside a value, whose text is here: "
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
            marked.source(),
            Math.max(0, Math.min(maxChars, MarkedReader.MAX_KEPT) - before.text().length()),
            before.endsInCr(),
            readOn ? (inArray ? "[{" : "{") : null,
            inArray ? level(before) : null);
    boolean ended = r.rest() == null;
    String text = before.text() + r.skipped();
    long last =
        lastLine(
            before.firstLine(),
            text,
            before.dropped() + r.dropped(),
            line + r.linesPassed() - (r.atLineStart() ? 1 : 0));
    if (!ended) {
      parser.close();
      marked = new MarkedReader(r.rest(), maxChars);
      parser = factory.createParser(marked);
      lines.restart(line + r.linesPassed() - 1);
      if (inArray) {
        // Past the "[" put before the rest: the next token opens the object read on at.
        parser.nextToken();
      }
      readUpToHere();
    }
    String message =
        what
            + " ("
            + e.getOriginalMessage()
            + "); the text of the value it broke, "
            + (ended
                ? "and all after it, is here"
                : "up to the next object on line " + (line + r.linesPassed()) + ", is here")
            + dropped(before.dropped() + r.dropped());
    return new Fault(before.firstLine(), last, message, text, ended);
  }

  /**
   * A broken value: the lines its text spans, the message, the text (raw input; blank when nothing
   * was kept), and whether reading ended.
   */
  record Fault(long line, long lastLine, String message, String text, boolean ended) {}

  /**
   * Where the text read of a list's element up to a fault leaves a scan of the list: from the mark
   * (the element's start, or after the value before it), string by string. Null where the text was
   * not all kept: then reading goes on only at a line that opens an object.
   */
  private static JsonResync.Level level(MarkedReader.Consumed before) {
    if (before.dropped() > 0) {
      return null;
    }
    JsonResync.Level level = new JsonResync.Level(before.leadComma());
    String text = before.text();
    for (int i = 0; i < text.length(); i++) {
      level.accept(text.charAt(i));
    }
    return level;
  }

  /** A list of articles inside an envelope ended: what follows is no element of a list. */
  void listEnded() {
    inArray = false;
  }

  /**
   * The line of the carried text's last non-blank char, the text starting on {@code first}; where
   * chars of it were dropped, {@code counted}, the line reading stopped on.
   */
  private static long lastLine(long first, String text, long dropped, long counted) {
    if (dropped > 0) {
      return Math.max(first, counted);
    }
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return first + LineBreaks.count(text, 0, end, false);
  }

  void close() throws IOException {
    parser.close();
  }

  private static String dropped(long n) {
    return n > 0 ? " (" + n + " more chars were dropped)" : "";
  }

  private MarkedReader.Consumed consumed(long line, int unread) {
    return marked.consumed(marked.passed() - unread, line);
  }
}
