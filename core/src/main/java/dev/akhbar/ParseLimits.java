package dev.akhbar;

/**
 * Hard limits on untrusted input, in the manner of Jackson's {@code StreamReadConstraints}.
 * Exceeding one is recorded as a warning with its line, the excess is cut or split off, and
 * reading goes on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxLineLength the longest line kept, in chars; the rest of a longer line is dropped with
 *     a {@link WarningKind#LINE_TOO_LONG} warning. Default 1,000,000.
 * @param maxLinesPerPage the most lines one page may hold before it is split into a new article
 *     with a {@link WarningKind#PAGE_TOO_LONG} warning. Default 100,000.
 * @param maxWarningsPerArticle the most warnings kept per article; the rest are counted in one
 *     {@link WarningKind#TOO_MANY_WARNINGS} warning. Default 100.
 */
public record ParseLimits(int maxLineLength, int maxLinesPerPage, int maxWarningsPerArticle) {
  /** The default limits. */
  public static final ParseLimits DEFAULTS = new ParseLimits(1_000_000, 100_000, 100);

  /** Checks that every limit is positive. */
  public ParseLimits {
    if (maxLineLength < 1 || maxLinesPerPage < 2 || maxWarningsPerArticle < 1) {
      throw new IllegalArgumentException("limits must be positive (and a page at least 2 lines): " + maxLineLength
          + ", " + maxLinesPerPage + ", " + maxWarningsPerArticle);
    }
  }

  /** These limits with another maximum line length. */
  public ParseLimits withMaxLineLength(int value) {
    return new ParseLimits(value, maxLinesPerPage, maxWarningsPerArticle);
  }

  /** These limits with another maximum page size. */
  public ParseLimits withMaxLinesPerPage(int value) {
    return new ParseLimits(maxLineLength, value, maxWarningsPerArticle);
  }

  /** These limits with another maximum number of warnings per article. */
  public ParseLimits withMaxWarningsPerArticle(int value) {
    return new ParseLimits(maxLineLength, maxLinesPerPage, value);
  }
}
