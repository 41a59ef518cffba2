package dev.akhbar.formats.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharArrayReader;
import java.io.IOException;

/**
 * Where the parse of one JSON line stands in the line's list of articles (an envelope's list, or
 * the line's own array), and where reading goes on after a fault in it: at the list's next
 * element, the broken one carried from its {@code {}, up to the list's end, what follows the list
 * carried after it. Offsets are chars of the line; a parser read on after a fault reads the rest
 * of the list with a "[" put before it.
 *
 * <p>Not thread-safe: one per reader of JSON Lines.
 */
final class JsonLineList {
  /** Where the list element being read opens, or -1 (between elements, or not in the list). */
  private long valueStart = -1;

  /** Where the current parser's first char stands (one before, for the "[" put before it). */
  private int base;

  /** The nesting depth of the list of articles being read, or -1 outside one. */
  private int depth = -1;

  /** Where the last value read whole at the list's level ends (or the list's "[", "]"), or -1. */
  private long afterValue = -1;

  /** Where the list ends (its "]"): -1 where it does not, {@link #UNKNOWN} before a fault. */
  private int listEnd = UNKNOWN;

  private static final int UNKNOWN = -2;

  /** Where the rest of the line after the list read on past a fault starts, or -1. */
  private int rest = -1;

  /** A parser read on at the next element, and the broken text passed over (blank for none). */
  record ReadOn(JsonParser parser, String broken) {}

  /** A new line: nothing is known of it. */
  void newLine() {
    base = 0;
    valueStart = -1;
    afterValue = -1;
    depth = -1;
    listEnd = UNKNOWN;
    rest = -1;
  }

  /** A list of articles starts: the parser stands past its "[". */
  void listStarts(JsonParser p) {
    depth = p.getParsingContext().getNestingDepth();
    afterValue = base + p.currentLocation().getCharOffset();
  }

  /** The list of articles ended: the parser stands past its "]". */
  void listEnds(JsonParser p) {
    depth = -1;
    valueEnds(p);
  }

  /** An element of the list opens at {@code at}. */
  void elementStarts(JsonLocation at) {
    valueStart = base + at.getCharOffset();
  }

  /** A value was read whole: the parser stands past it. */
  void valueEnds(JsonParser p) {
    valueStart = -1;
    afterValue = base + p.currentLocation().getCharOffset();
  }

  /**
   * Whether reading can go on in the list after a fault that left the parser in {@code at}: inside
   * one of its elements, or between them at the list's own level. A fault in any other list (a
   * record's images, an envelope's other fields) cannot.
   */
  boolean inList(JsonStreamContext at) {
    return valueStart >= 0
        || (depth >= 0 && at.inArray() && at.getNestingDepth() == depth && afterValue >= 0);
  }

  /**
   * Where the text of a fault is carried from when reading does not go on: where the broken element
   * opens, else the end of the last value read whole, else the fault.
   */
  long carryFrom(JsonProcessingException e) {
    return valueStart >= 0
        ? valueStart
        : afterValue >= 0
            ? afterValue
            : base + (e.getLocation() == null ? 0 : e.getLocation().getCharOffset());
  }

  /**
   * After a fault {@link #inList}: the parser that reads on at the list's next element in {@code
   * text[from, to)} (the line), up to the list's end, and the text from where the broken element
   * opens (or the last whole value ends) to there; null where no element follows. Each fault scans
   * the text up to the next element only, and the list's end is found once a line, so that a line
   * of many faults is read in linear time.
   */
  ReadOn readOn(JsonFactory factory, char[] text, int from, int to, JsonProcessingException e)
      throws IOException {
    boolean between = valueStart < 0;
    long at = between ? afterValue : valueStart;
    if (e instanceof StreamConstraintsException || at <= base || at >= to - from) {
      // A value past the limits is no element to read on after, and a place not past the parser's
      // start makes no progress.
      return null;
    }
    int start = from + (int) at;
    int next = JsonResync.nextElement(text, start, to, between);
    if (next < 0) {
      return null;
    }
    if (listEnd == UNKNOWN) {
      int end = JsonResync.listEnd(text, next, to);
      listEnd = end < 0 ? -1 : end - from;
    }
    int end = listEnd >= 0 ? from + listEnd + 1 : to;
    if (end <= next) {
      return null;
    }
    JsonParser parser =
        factory.createParser(JsonResync.prefixed("[", new CharArrayReader(text, next, end - next)));
    base = next - from - 1;
    valueStart = -1;
    afterValue = -1;
    depth = -1;
    rest = listEnd >= 0 ? listEnd + 1 : -1;
    String broken = new String(text, start, next - start).strip();
    while (broken.startsWith(",")) {
      broken = broken.substring(1).strip();
    }
    while (broken.endsWith(",")) {
      broken = broken.substring(0, broken.length() - 1).strip();
    }
    return new ReadOn(parser, broken);
  }

  /**
   * What the line {@code text[from, to)} holds after a list read on past a fault, once: null where
   * there is none, or it only closes the envelope.
   */
  String restAfterList(char[] text, int from, int to) {
    if (rest < 0) {
      return null;
    }
    String after = new String(text, from + rest, to - from - rest);
    rest = -1;
    return after.isBlank() || JsonResync.closesOnly(after) ? null : after.strip();
  }
}
