package dev.akhbar.article;

import java.util.Objects;
import java.util.Optional;

/**
 * A problem found while parsing, with the 1-based line it is on. Problems are recorded, not thrown:
 * the rest of the input is still read. Text that could not be placed in a field travels in {@link
 * #text()}, so that nothing is lost.
 *
 * <p>Immutable and thread-safe.
 *
 * @param line the 1-based line of the input, or 0 when the problem belongs to no single line
 * @param kind what the problem is
 * @param message a sentence for people
 * @param text the line's text, where the warning carries text that is not in any field
 */
public record ParseWarning(long line, WarningKind kind, String message, Optional<String> text) {
  /** Checks the fields. */
  public ParseWarning {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(text, "text");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
  }

  /** A warning that carries no text. */
  public static ParseWarning of(long line, WarningKind kind, String message) {
    return new ParseWarning(line, kind, message, Optional.empty());
  }

  /** {@code line 12: UNPARSED_DATE: ...}. */
  @Override
  public String toString() {
    return "line " + line + ": " + kind + ": " + message + text.map(t -> " [" + t + "]").orElse("");
  }
}
