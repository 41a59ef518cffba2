package dev.akhbar.article;

import java.util.Objects;

/**
 * Where an {@link Article} came from: the input's name, its first and last line (1-based), and,
 * where the format has one, the byte offset of its record in the input (a WARC record's).
 *
 * <p>Immutable and thread-safe.
 *
 * @param input the name of the input (a file path, a URL, {@code -} for standard input), never null
 * @param line the first line of the article, 1-based
 * @param lastLine the last line of the article, 1-based, at least {@code line}
 * @param offset the byte offset of the article's record in the (decompressed) input, or -1 where
 *     the format has none
 */
public record Origin(String input, long line, long lastLine, long offset) {
  /** Checks the fields. */
  public Origin {
    Objects.requireNonNull(input, "input");
    if (line < 1 || lastLine < line) {
      throw new IllegalArgumentException("bad line range " + line + ".." + lastLine);
    }
    if (offset < -1) {
      throw new IllegalArgumentException("bad offset " + offset);
    }
  }

  /** An origin with no byte offset. */
  public Origin(String input, long line, long lastLine) {
    this(input, line, lastLine, -1);
  }
}
