package dev.akhbar.formats.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that keeps the text it passed on since a mark, so that the text of a JSON value a parser
 * failed in can be carried on the warning: Jackson's parser keeps none of what it consumed. Offsets
 * count the chars passed on, as the parser's char offsets do. At most {@code limit} chars are kept;
 * past that they are only counted. Not thread-safe.
 */
final class MarkedReader extends Reader {
  private final Reader in;
  private final int limit;

  /**
   * The chars kept, {@code kept[start, start + length)}: those from offset {@code mark + lost} on.
   * The {@code lost} chars right after the mark were passed on before it moved there, over the
   * limit; the {@code over} chars after the kept ones are over the limit too.
   */
  private char[] kept = new char[4096];

  private int start;
  private int length;
  private long mark;

  /** The input line the mark is on. */
  private long markLine = 1;

  private long lost;
  private long over;
  private long passed;

  MarkedReader(Reader in, int limit) {
    this.in = in;
    this.limit = limit;
  }

  /** The reader this one reads from. */
  Reader source() {
    return in;
  }

  /** The chars passed on so far. */
  long passed() {
    return passed;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = in.read(buf, off, len);
    if (n > 0) {
      keep(buf, off, n);
      passed += n;
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private void keep(char[] buf, int off, int n) {
    int room = over > 0 ? 0 : Math.min(n, limit - length);
    if (start + length + room > kept.length) {
      if (length + room <= kept.length / 2) {
        // Moved down rather than grown: marks advance, and what is kept stays about one value.
        System.arraycopy(kept, start, kept, 0, length);
      } else {
        char[] bigger = new char[Math.max(length + room, kept.length * 2)];
        System.arraycopy(kept, start, bigger, 0, length);
        kept = bigger;
      }
      start = 0;
    }
    System.arraycopy(buf, off, kept, start + length, room);
    length += room;
    over += n - room;
  }

  /** Keeps from offset {@code at}, on input line {@code line}, on (up to the chars passed). */
  void mark(long at, long line) {
    long to = Math.max(mark, Math.min(at, passed));
    long skip = to - mark;
    mark = to;
    markLine = line;
    if (skip <= lost) {
      lost -= skip;
      return;
    }
    skip -= lost;
    lost = 0;
    if (skip <= length) {
      start += (int) skip;
      length -= (int) skip;
      return;
    }
    // Into the chars over the limit: those after the mark are lost, and keeping starts again.
    lost = passed - to;
    over = 0;
    start = 0;
    length = 0;
  }

  /**
   * What a parser consumed from the mark up to offset {@code end} (where it failed): the text,
   * blanks and commas before it left out, and the lines it spans. Where chars were not kept, the
   * line it ends on is {@code endLine} as the parser counted it.
   */
  Consumed consumed(long end, long endLine) {
    int n = (int) Math.max(0, Math.min(length, end - mark - lost));
    long dropped = Math.max(0, end - mark) - n;
    int from = 0;
    while (from < n && (Character.isWhitespace(kept[start + from]) || kept[start + from] == ',')) {
      from++;
    }
    String all = new String(kept, start, n);
    long first = markLine + JsonResync.lineEnds(all, 0, from);
    long last = dropped > 0 ? endLine : markLine + JsonResync.lineEnds(all, 0, n);
    return new Consumed(all.substring(from), dropped, first, Math.max(first, last));
  }

  /**
   * Text a parser consumed, with the chars of it that were not kept, the line it starts on and the
   * line it ends on (the parser's own count may fall short: Jackson counts no line for a raw line
   * break inside a string, on which it fails).
   */
  record Consumed(String text, long dropped, long firstLine, long lastLine) {}
}
