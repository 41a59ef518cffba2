package dev.akhbar;

import java.util.Objects;

/**
 * Where an {@link Article} came from: the input's name and its first and last line, 1-based.
 *
 * <p>Immutable and thread-safe.
 *
 * @param input the name of the input (a file path, a URL, {@code -} for standard input), never null
 * @param line the first line of the article, 1-based
 * @param lastLine the last line of the article, 1-based, at least {@code line}
 */
public record Origin(String input, int line, int lastLine) {
  /** Checks the fields. */
  public Origin {
    Objects.requireNonNull(input, "input");
    if (line < 1 || lastLine < line) {
      throw new IllegalArgumentException("bad line range " + line + ".." + lastLine);
    }
  }
}
