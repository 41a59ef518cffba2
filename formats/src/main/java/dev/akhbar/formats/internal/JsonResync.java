package dev.akhbar.formats.internal;

import dev.akhbar.spi.LineReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Finds where reading can go on after a JSON array broke in the middle (a scraper killed while it
 * wrote, two files glued): at the next line that opens an object, the way arrays of articles are
 * written one element to a line or pretty-printed. The text passed over is kept for a warning, so
 * that nothing after the fault is dropped silently. Stateless.
 */
final class JsonResync {
  private JsonResync() {}

  /**
   * Where reading goes on.
   *
   * @param skipped the text from the fault to the next object (at most the limit given)
   * @param dropped chars of it past that limit, counted only
   * @param linesPassed the line ends passed on the way
   * @param atLineStart whether the next object opens a line
   * @param rest the input from the next object on, as an array ({@code [} put before it), or null
   *     when no object follows
   */
  record Resumed(
      String skipped, long dropped, long linesPassed, boolean atLineStart, Reader rest) {}

  /**
   * The text after a fault ({@code unread}, what the failed parser read and did not use, then
   * {@code input}, the rest of what it read from) up to where the next object opens, the rest of
   * the fault's own line passed over (so that the same fault is never met twice); with {@code
   * prefix} null, to the end of the input. An object opens at a line whose first non-blank char is
   * '{' and, where {@code list} follows where the fault stood in a list's element, also at a '{'
   * after a comma at the list's own level, so that an array written on one line is read on at its
   * next element; and at a line that opens with '[' outside that list (JSON Lines of arrays), read
   * on with "[" before it. {@code afterCr}: the fault's last char was a CR, so that an LF first
   * ends no other line. The rest is read on with {@code prefix} put before it: "[{" in a list, "{"
   * at the top level.
   */
  static Resumed resume(
      String unread, Reader input, int maxChars, boolean afterCr, String prefix, Level list)
      throws IOException {
    Reader tail = new Joined(unread, Joined.unwrap(input));
    StringBuilder skipped = new StringBuilder();
    long dropped = 0;
    LineReader.Counter lines = new LineReader.Counter();
    if (afterCr) {
      lines.accept('\r');
    }
    long before = lines.count();
    boolean lineStart = false;
    int c;
    while ((c = tail.read()) >= 0) {
      if (prefix != null && c == '{' && (lineStart || (list != null && list.elementNext()))) {
        return new Resumed(
            skipped.toString(),
            dropped,
            lines.count() - before,
            lineStart,
            new Joined(prefix, tail));
      }
      if (prefix != null && c == '[' && lineStart && (list == null || list.ended())) {
        // A line that opens an array outside the list the fault stood in: the next array of
        // JSON Lines whose lines are arrays of articles, read on as a top-level array.
        return new Resumed(
            skipped.toString(), dropped, lines.count() - before, true, new Joined("[", tail));
      }
      lines.accept((char) c);
      if (list != null) {
        list.accept((char) c);
      }
      if (c == '\n' || c == '\r') {
        lineStart = true;
      } else {
        lineStart &= c == ' ' || c == '\t';
      }
      if (skipped.length() < maxChars) {
        skipped.append((char) c);
      } else {
        dropped++;
      }
    }
    return new Resumed(skipped.toString(), dropped, lines.count() - before, false, null);
  }

  /**
   * In a list written on one line, {@code text[from, to)}: the index of the next element's '{' at
   * the list's own level past {@code from} (where a broken element opens, or a fault between
   * elements stands, a comma before it when {@code afterComma}), or -1 when the list ends first or
   * the text does.
   */
  static int nextElement(char[] text, int from, int to, boolean afterComma) {
    Level level = new Level(afterComma);
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c == '{' && level.elementNext()) {
        return i;
      }
      if (level.endsList(c)) {
        return -1;
      }
      level.accept(c);
    }
    return -1;
  }

  /**
   * The index of the ']' that closes a list written on one line, scanning {@code text[from, to)}
   * from one of its elements' start, or -1.
   */
  static int listEnd(char[] text, int from, int to) {
    Level level = new Level(false);
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (level.endsList(c)) {
        return i;
      }
      level.accept(c);
    }
    return -1;
  }

  /**
   * Whether a text holds nothing but closing brackets and braces, commas and white space, and at
   * least one bracket or brace: the end of an envelope, no text of its own.
   */
  static boolean closesOnly(CharSequence text) {
    boolean closing = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '}' || c == ']') {
        closing = true;
      } else if (c != ',' && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return closing;
  }

  /** A reader of {@code head}, then of {@code rest}. */
  static Reader prefixed(String head, Reader rest) {
    return new Joined(head, rest);
  }

  /**
   * Where a scan of a list's JSON text stands: how deep inside its elements (0: at the list's own
   * level), inside a string or not, and whether a comma at the list's level came last, so that a
   * '{' now opens the next element. Strings are followed (quotes, backslash escapes), so that
   * brackets and commas in text count for nothing.
   */
  static final class Level {
    private int level;
    private boolean inString;
    private boolean escape;
    private boolean afterComma;

    /** At the list's own level, a comma just before when {@code afterComma}. */
    Level(boolean afterComma) {
      this.afterComma = afterComma;
    }

    /** Whether a '{' now opens the list's next element. */
    boolean elementNext() {
      return afterComma && !inString;
    }

    /** Whether the list was closed: the scan stands after it. */
    boolean ended() {
      return level < 0 && !inString;
    }

    /** Whether {@code c}, read next, is the ']' that closes the list. */
    boolean endsList(char c) {
      return c == ']' && level == 0 && !inString;
    }

    void accept(char c) {
      if (inString) {
        if (escape) {
          escape = false;
        } else if (c == '\\') {
          escape = true;
        } else if (c == '"') {
          inString = false;
        }
        return;
      }
      switch (c) {
        case '"' -> {
          inString = true;
          afterComma = false;
        }
        case '{', '[' -> {
          level++;
          afterComma = false;
        }
        case '}', ']' -> {
          level--;
          afterComma = false;
        }
        case ',' -> afterComma = level == 0;
        default -> afterComma &= Character.isWhitespace(c);
      }
    }
  }

  /** A string, then a reader. */
  private static final class Joined extends Reader {
    private String head;
    private int pos;
    private final Reader rest;

    /**
     * {@code r} without the strings already read in front of it: reading on after fault after fault
     * must not stack one more layer each time.
     */
    static Reader unwrap(Reader r) {
      while (r instanceof Joined && ((Joined) r).head.isEmpty()) {
        r = ((Joined) r).rest;
      }
      return r;
    }

    Joined(String head, Reader rest) {
      this.head = head;
      this.rest = rest;
    }

    @Override
    public int read() throws IOException {
      if (pos < head.length()) {
        char c = head.charAt(pos++);
        if (pos == head.length()) {
          head = "";
          pos = 0;
        }
        return c;
      }
      return rest.read();
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (pos < head.length()) {
        int n = Math.min(len, head.length() - pos);
        head.getChars(pos, pos + n, buf, off);
        pos += n;
        if (pos == head.length()) {
          // Read whole: let it go (see unwrap).
          head = "";
          pos = 0;
        }
        return n;
      }
      return rest.read(buf, off, len);
    }

    @Override
    public void close() throws IOException {
      rest.close();
    }
  }
}
