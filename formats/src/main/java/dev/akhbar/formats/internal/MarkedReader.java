package dev.akhbar.formats.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;

/**
 * A reader that keeps the text it passed on since a mark, so that the text of a JSON value a parser
 * failed in can be carried on the warning: Jackson's parser keeps none of what it consumed. Offsets
 * count the chars passed on, as the parser's char offsets do.
 *
 * <p>From the mark on it keeps a head of at most {@code limit} chars; past that, the chars of the
 * last read only (where a parser stands, and where it marks next), and of those between only how
 * many there were and their line ends. Memory: the head, and one read. Not thread-safe.
 */
final class MarkedReader extends Reader {
  /** The most chars kept from a mark: a warning carries a longer value's start, and its length. */
  static final int MAX_KEPT = 1 << 22;

  /**
   * The head's first size: many values long, so that moving the head down when it reaches the end
   * (a value's worth, at most a few marks back) happens once per many reads.
   */
  private static final int INITIAL = 1 << 15;

  private final Reader in;
  private final int limit;

  /** The head: {@code kept[start, start + length)}, the chars from offset {@code mark} on. */
  private char[] kept = new char[INITIAL];

  private int start;
  private int length;
  private long mark;

  /** The input line the mark is on. */
  private long markLine = 1;

  /** Whether reads go to the tail: one did not fit in the head. */
  private boolean full;

  /** The chars between the head and the tail, not kept: how many, their line ends, a CR last. */
  private long gap;

  private long gapLineEnds;
  private boolean gapEndsInCr;

  /** A mark fell between head and tail, where line ends are not known to the char. */
  private boolean linesUnknown;

  /** The last read once the head is full: {@code tail[0, tailLength)}, up to {@code passed}. */
  private char[] tail = new char[0];

  private int tailLength;
  private long passed;

  /** Keeps at most {@code min(limit, MAX_KEPT)} chars of the head. */
  MarkedReader(Reader in, int limit) {
    this.in = in;
    this.limit = Math.min(limit, MAX_KEPT);
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
      take(buf, off, n);
      passed += n;
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private void take(char[] buf, int off, int n) {
    if (!full && length + n <= limit) {
      if (start + length + n > kept.length) {
        if (length + n <= kept.length / 2) {
          // Moved down rather than grown: marks advance, and the head stays about one value.
          System.arraycopy(kept, start, kept, 0, length);
        } else {
          char[] bigger = new char[Math.max(length + n, Math.min(limit, kept.length * 2))];
          System.arraycopy(kept, start, bigger, 0, length);
          kept = bigger;
        }
        start = 0;
      }
      System.arraycopy(buf, off, kept, start + length, n);
      length += n;
      return;
    }
    if (full && tailLength > 0) {
      // The last read joins the gap: only its length and line ends stay.
      gapLineEnds +=
          LineBreaks.count(CharBuffer.wrap(tail, 0, tailLength), 0, tailLength, beforeTail());
      gapEndsInCr = tail[tailLength - 1] == '\r';
      gap += tailLength;
    }
    full = true;
    if (tail.length < n) {
      tail = new char[n];
    }
    System.arraycopy(buf, off, tail, 0, n);
    tailLength = n;
  }

  /** The char at {@code offset} where it is kept (or a CR known to end the gap), else -1. */
  private int charAt(long offset) {
    long tailStart = passed - tailLength;
    if (offset >= mark && offset < mark + length) {
      return kept[start + (int) (offset - mark)];
    }
    if (full && offset >= tailStart && offset < passed) {
      return tail[(int) (offset - tailStart)];
    }
    return full && gap > 0 && offset == tailStart - 1 && gapEndsInCr ? '\r' : -1;
  }

  /** Whether the char before the tail is a CR. */
  private boolean beforeTail() {
    return gap > 0 ? gapEndsInCr : length > 0 && kept[start + length - 1] == '\r';
  }

  /**
   * Keeps from offset {@code at}, on input line {@code line}, on (up to the chars passed). A parser
   * marks at a token's start or right after its end, never between a CR and its LF.
   */
  void mark(long at, long line) {
    long to = Math.max(mark, Math.min(at, passed));
    long skip = to - mark;
    long tailStart = passed - tailLength;
    mark = to;
    markLine = line;
    if (full && to >= tailStart) {
      // Into the last read, where a parser marks: it becomes the head.
      int from = (int) (to - tailStart);
      length = tailLength - from;
      start = 0;
      if (kept.length < length || kept.length > 4 * INITIAL) {
        kept = new char[Math.max(INITIAL, length * 2)];
      }
      System.arraycopy(tail, from, kept, 0, length);
      full = false;
      gap = 0;
      gapLineEnds = 0;
      gapEndsInCr = false;
      linesUnknown = false;
      tailLength = 0;
      return;
    }
    if (skip <= length) {
      start += (int) skip;
      length -= (int) skip;
      if (kept.length > 4 * INITIAL && length < kept.length / 4) {
        // A long value's head is not held on to once a mark has passed it.
        char[] smaller = new char[Math.max(INITIAL, length * 2)];
        System.arraycopy(kept, start, smaller, 0, length);
        kept = smaller;
        start = 0;
      }
      return;
    }
    // Into the gap (with a limit below one read): what is left of it is counted, lines no more.
    gap = tailStart - to;
    length = 0;
    start = 0;
    linesUnknown = true;
  }

  /**
   * What a parser consumed from the mark up to offset {@code end} (where it failed): its text as
   * far as it was kept, blanks and commas before it left out, and the lines it spans. {@code
   * endLine}, the line the parser counted, is used only where the chars' lines are not known.
   */
  Consumed consumed(long end, long endLine) {
    long upTo = Math.max(mark, Math.min(end, passed));
    StringBuilder text = new StringBuilder();
    long dropped = 0;
    long last;
    if (upTo <= mark + length) {
      text.append(kept, start, (int) (upTo - mark));
      last = markLine + LineBreaks.count(text, 0, text.length(), false);
    } else {
      // Past the head: into the tail, after the gap between them, if any.
      text.append(kept, start, length);
      long tailStart = passed - tailLength;
      int inTail = (int) Math.max(0, upTo - tailStart);
      long lineEnds = LineBreaks.count(text, 0, length, false) + gapLineEnds;
      lineEnds += LineBreaks.count(CharBuffer.wrap(tail, 0, inTail), 0, inTail, beforeTail());
      if (gap == 0 && !linesUnknown) {
        text.append(tail, 0, inTail);
      } else {
        dropped = upTo - mark - length;
      }
      last = linesUnknown || upTo < tailStart ? endLine : markLine + lineEnds;
    }
    if (text.length() > limit) {
      // The tail joined to the head may pass the limit by one read: cut there, and counted.
      dropped += text.length() - limit;
      text.setLength(limit);
    }
    int from = 0;
    while (from < text.length()
        && (Character.isWhitespace(text.charAt(from)) || text.charAt(from) == ',')) {
      from++;
    }
    long first = markLine + LineBreaks.count(text, 0, from, false);
    boolean endsInCr = charAt(upTo - 1) == '\r';
    boolean leadComma = text.substring(0, from).indexOf(',') >= 0;
    return new Consumed(
        text.substring(from), dropped, first, Math.max(first, last), endsInCr, leadComma);
  }

  /**
   * Text a parser consumed: the chars of it not kept, the line it starts on, the line it ends on
   * (the parser's own count may fall short: Jackson counts no line for a raw line break inside a
   * string, on which it fails), and whether its last char is a CR (whose LF may come next).
   */
  record Consumed(
      String text,
      long dropped,
      long firstLine,
      long lastLine,
      boolean endsInCr,
      boolean leadComma) {}
}
