package dev.akhbar.formats.internal;

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
   * {@code input}, the rest of what it read from) up to the next line whose first non-blank char is
   * '{', the rest of the fault's own line always passed over (so that the same fault is never met
   * twice).
   */
  static Resumed resume(String unread, Reader input, int maxChars) throws IOException {
    Reader tail = new Joined(unread, input);
    StringBuilder skipped = new StringBuilder();
    long dropped = 0;
    long lines = 0;
    boolean lineStart = false;
    boolean cr = false;
    int c;
    while ((c = tail.read()) >= 0) {
      if (lineStart && c == '{') {
        return new Resumed(skipped.toString(), dropped, lines, new Joined("[{", tail));
      }
      if (c == '\n' || c == '\r') {
        if (!(c == '\n' && cr)) {
          lines++;
        }
        cr = c == '\r';
        lineStart = true;
      } else {
        cr = false;
        lineStart &= c == ' ' || c == '\t';
      }
      if (skipped.length() < maxChars) {
        skipped.append((char) c);
      } else {
        dropped++;
      }
    }
    return new Resumed(skipped.toString(), dropped, lines, null);
  }

  /** The line ends (LF, CR or CRLF) in {@code s[from, to)}. */
  static long lineEnds(CharSequence s, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '\n' ? i == from || s.charAt(i - 1) != '\r' : c == '\r') {
        n++;
      }
    }
    return n;
  }

  /** A string, then a reader. */
  private static final class Joined extends Reader {
    private final String head;
    private int pos;
    private final Reader rest;

    Joined(String head, Reader rest) {
      this.head = head;
      this.rest = rest;
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
