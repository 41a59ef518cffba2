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
   * @param rest the input from the next object on, as an array ({@code [} put before it), or null
   *     when no object follows
   */
  record Resumed(String skipped, long dropped, long linesPassed, Reader rest) {}

  /**
   * The text after a fault ({@code unread}, what the failed parser read and did not use, then
   * {@code input}, the rest of what it read from) up to where the next object opens, the rest of
   * the fault's own line passed over (so that the same fault is never met twice); with {@code
   * prefix} null, to the end of the input. An object opens at a line whose first non-blank char is
   * '{' and, in a list ({@code depth} at least 0), also after a comma at the list's own level:
   * {@code depth} is how many lists and objects the fault stood inside of the list's element (0:
   * between elements), counted back by brackets, so that an array written on one line is read on at
   * its next element. {@code afterCr}: the fault's last char was a CR, so that an LF first ends no
   * other line. The rest is read on with {@code prefix} put before it: "[{" in a list, "{" at the
   * top level.
   */
  static Resumed resume(
      String unread, Reader input, int maxChars, boolean afterCr, String prefix, int depth)
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
    // Brackets opened less closed since the fault; a comma at the list's level (level == -depth)
    // and then '{' opens its next element. Brackets in strings are counted too: rare in text.
    int level = 0;
    boolean afterComma = false;
    int c;
    while ((c = tail.read()) >= 0) {
      if (prefix != null && c == '{' && (lineStart || (afterComma && depth >= 0))) {
        return new Resumed(
            skipped.toString(), dropped, lines.count() - before, new Joined(prefix, tail));
      }
      lines.accept((char) c);
      if (c == '\n' || c == '\r') {
        lineStart = true;
      } else {
        lineStart &= c == ' ' || c == '\t';
      }
      if (c == '{' || c == '[') {
        level++;
      } else if (c == '}' || c == ']') {
        level--;
      }
      if (c == ',') {
        afterComma = level == -depth;
      } else if (!Character.isWhitespace(c)) {
        afterComma = false;
      }
      if (skipped.length() < maxChars) {
        skipped.append((char) c);
      } else {
        dropped++;
      }
    }
    return new Resumed(skipped.toString(), dropped, lines.count() - before, null);
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
