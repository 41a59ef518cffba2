package dev.akhbar.formats.internal;

import dev.akhbar.spi.LineReader;

/** Counts line ends in text read in pieces, by the rule every reader counts them by. */
final class LineBreaks {
  private LineBreaks() {}

  /**
   * The line ends in {@code s[from, to)}; {@code afterCr}: the char before {@code from} was a CR,
   * so that an LF first is the second half of a CRLF already counted.
   */
  static long count(CharSequence s, int from, int to, boolean afterCr) {
    LineReader.Counter lines = new LineReader.Counter();
    if (afterCr) {
      lines.accept('\r');
    }
    for (int i = from; i < to; i++) {
      lines.accept(s.charAt(i));
    }
    return lines.count() - (afterCr ? 1 : 0);
  }
}
