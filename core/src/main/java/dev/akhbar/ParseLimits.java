package dev.akhbar;

/**
 * Hard limits on untrusted input, in the manner of Jackson's {@code StreamReadConstraints}.
 * Exceeding a limit on a line, page or record is recorded as a warning with its line, the excess
 * is cut or split off, and reading goes on. Exceeding a limit on a compressed input stops that
 * input with an {@link java.io.IOException} that names the limit.
 *
 * <p>Immutable and thread-safe. Start from {@link #DEFAULTS} and change what you need with the
 * {@code with...} methods.
 *
 * @param maxLineLength the longest line kept, in chars; the rest is dropped with a
 *     {@link WarningKind#LINE_TOO_LONG} warning. Default 1,000,000.
 * @param maxLinesPerPage the most lines one page may hold before it is split into a new article
 *     with a {@link WarningKind#PAGE_TOO_LONG} warning. Default 100,000.
 * @param maxPageChars the most chars one page may hold before it is split the same way.
 *     Default 20,000,000.
 * @param maxRelatedPerPage the most "read also" articles one page may hold; further lines join
 *     the last one, with an {@link WarningKind#PAGE_TOO_LONG} warning. Default 1,000.
 * @param maxWarningsPerArticle the most warnings kept per article; the rest are counted in one
 *     {@link WarningKind#TOO_MANY_WARNINGS} warning. Default 100.
 * @param maxRecordChars the longest JSON record (a JSON Lines line, or one string value of an
 *     array), in chars; a longer one is skipped with an {@link WarningKind#UNREADABLE} warning.
 *     Default 50,000,000.
 * @param maxNestingDepth the deepest nesting of JSON arrays and objects. Default 64.
 * @param maxDecompressedBytes the most bytes one compressed input may expand to. Default 64 GiB.
 * @param maxCompressionRatio the most one compressed input may expand, as decompressed bytes per
 *     compressed byte, checked once past 16 MiB of output (a 1 KB gzip of 10 GB of zeros
 *     stops). Default 1,000.
 */
public record ParseLimits(
    int maxLineLength,
    int maxLinesPerPage,
    long maxPageChars,
    int maxRelatedPerPage,
    int maxWarningsPerArticle,
    int maxRecordChars,
    int maxNestingDepth,
    long maxDecompressedBytes,
    int maxCompressionRatio) {

  /** The default limits. */
  public static final ParseLimits DEFAULTS =
      new ParseLimits(1_000_000, 100_000, 20_000_000L, 1_000, 100, 50_000_000, 64, 64L << 30, 1_000);

  /** Checks that every limit is positive. */
  public ParseLimits {
    if (maxLineLength < 1 || maxLinesPerPage < 2 || maxPageChars < 1 || maxRelatedPerPage < 1
        || maxWarningsPerArticle < 1 || maxRecordChars < 1 || maxNestingDepth < 1 || maxDecompressedBytes < 1
        || maxCompressionRatio < 1) {
      throw new IllegalArgumentException("limits must be positive (and a page at least 2 lines)");
    }
  }

  /** These limits with another maximum line length. */
  public ParseLimits withMaxLineLength(int value) {
    return new ParseLimits(value, maxLinesPerPage, maxPageChars, maxRelatedPerPage, maxWarningsPerArticle,
        maxRecordChars, maxNestingDepth, maxDecompressedBytes, maxCompressionRatio);
  }

  /** These limits with another maximum page size in lines. */
  public ParseLimits withMaxLinesPerPage(int value) {
    return new ParseLimits(maxLineLength, value, maxPageChars, maxRelatedPerPage, maxWarningsPerArticle,
        maxRecordChars, maxNestingDepth, maxDecompressedBytes, maxCompressionRatio);
  }

  /** These limits with another maximum page size in chars. */
  public ParseLimits withMaxPageChars(long value) {
    return new ParseLimits(maxLineLength, maxLinesPerPage, value, maxRelatedPerPage, maxWarningsPerArticle,
        maxRecordChars, maxNestingDepth, maxDecompressedBytes, maxCompressionRatio);
  }

  /** These limits with another maximum of related articles per page. */
  public ParseLimits withMaxRelatedPerPage(int value) {
    return new ParseLimits(maxLineLength, maxLinesPerPage, maxPageChars, value, maxWarningsPerArticle,
        maxRecordChars, maxNestingDepth, maxDecompressedBytes, maxCompressionRatio);
  }

  /** These limits with another maximum number of warnings per article. */
  public ParseLimits withMaxWarningsPerArticle(int value) {
    return new ParseLimits(maxLineLength, maxLinesPerPage, maxPageChars, maxRelatedPerPage, value,
        maxRecordChars, maxNestingDepth, maxDecompressedBytes, maxCompressionRatio);
  }

  /** These limits with another maximum JSON record size. */
  public ParseLimits withMaxRecordChars(int value) {
    return new ParseLimits(maxLineLength, maxLinesPerPage, maxPageChars, maxRelatedPerPage, maxWarningsPerArticle,
        value, maxNestingDepth, maxDecompressedBytes, maxCompressionRatio);
  }

  /** These limits with another maximum JSON nesting depth. */
  public ParseLimits withMaxNestingDepth(int value) {
    return new ParseLimits(maxLineLength, maxLinesPerPage, maxPageChars, maxRelatedPerPage, maxWarningsPerArticle,
        maxRecordChars, value, maxDecompressedBytes, maxCompressionRatio);
  }

  /** These limits with another maximum decompressed size. */
  public ParseLimits withMaxDecompressedBytes(long value) {
    return new ParseLimits(maxLineLength, maxLinesPerPage, maxPageChars, maxRelatedPerPage, maxWarningsPerArticle,
        maxRecordChars, maxNestingDepth, value, maxCompressionRatio);
  }

  /** These limits with another maximum compression ratio. */
  public ParseLimits withMaxCompressionRatio(int value) {
    return new ParseLimits(maxLineLength, maxLinesPerPage, maxPageChars, maxRelatedPerPage, maxWarningsPerArticle,
        maxRecordChars, maxNestingDepth, maxDecompressedBytes, value);
  }
}
