package dev.akhbar.formats.internal;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * The input lines of a JSON parser's locations: Jackson's counter (an {@code int}) unwrapped past
 * 2^31 lines, plus the lines before the parser's start (a CSV header, or the text passed over when
 * reading went on after a fault). Not thread-safe: one per input.
 */
final class ParserLines {
  private long before;
  private long wraps;
  private long lastUnsigned;

  /** A parser starts after {@code lines} lines of the input. */
  void restart(long lines) {
    before = lines;
    wraps = 0;
    lastUnsigned = 0;
  }

  /** The input line of {@code location}; lines only grow, so a smaller count has wrapped. */
  long line(JsonLocation location) {
    long unsigned = location.getLineNr() & 0xFFFFFFFFL;
    if (unsigned < lastUnsigned - (1L << 31)) {
      wraps++;
    }
    lastUnsigned = unsigned;
    return (wraps << 32) + unsigned + before;
  }
}
