package dev.akhbar.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a reader handed over in pieces of at most a given length, so that one giant line (a
 * minified file, a binary blob) needs no more memory than a piece. Line ends are {@code \n}, {@code
 * \r\n} or a lone {@code \r}, as {@link java.io.BufferedReader#readLine} has them; a surrogate pair
 * is never cut.
 */
final class LinePieces {
  private LinePieces() {}

  /** Receives the pieces. */
  interface Sink {
    /**
     * One piece of line {@code line} (from 1); {@code lineEnds} when it is the line's last piece.
     */
    void piece(CharSequence text, boolean lineEnds, long line) throws IOException;
  }

  /** Hands every line of {@code in} to {@code sink}, in pieces of at most {@code max} chars. */
  static void read(Reader in, int max, Sink sink) throws IOException {
    if (max < 2) {
      throw new IllegalArgumentException("a piece holds at least 2 chars: " + max);
    }
    StringBuilder piece = new StringBuilder(Math.min(max, 256));
    char[] buffer = new char[8192];
    long line = 1;
    boolean afterCr = false;
    boolean pending = false;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      for (int i = 0; i < n; i++) {
        char c = buffer[i];
        if (afterCr) {
          afterCr = false;
          if (c == '\n') {
            continue;
          }
        }
        if (c == '\n' || c == '\r') {
          afterCr = c == '\r';
          sink.piece(piece, true, line++);
          piece.setLength(0);
          pending = false;
          continue;
        }
        piece.append(c);
        pending = true;
        if (piece.length() >= max) {
          char last = piece.charAt(piece.length() - 1);
          if (Character.isHighSurrogate(last)) {
            piece.setLength(piece.length() - 1);
            sink.piece(piece, false, line);
            piece.setLength(0);
            piece.append(last);
          } else {
            sink.piece(piece, false, line);
            piece.setLength(0);
          }
        }
      }
    }
    if (pending) {
      sink.piece(piece, true, line);
    }
  }
}
