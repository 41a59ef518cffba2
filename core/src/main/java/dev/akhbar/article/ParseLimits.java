package dev.akhbar.article;

/**
 * Hard limits on untrusted input, in the manner of Jackson's {@code StreamReadConstraints}.
 * Exceeding a limit on a line, page or record is recorded as a warning with its line, the excess is
 * cut or split off, and reading goes on. Exceeding a limit on a compressed input stops that input
 * with an {@link java.io.IOException} that names the limit.
 *
 * <p>Immutable and thread-safe. Change what you need from the defaults with {@code
 * ParseLimits.builder().maxLineLength(...).build()}.
 *
 * @param maxLineLength the longest line kept, in chars; the rest is dropped with a {@link
 *     WarningKind#LINE_TOO_LONG} warning. Default 1,000,000.
 * @param maxLinesPerPage the most lines one page may hold before it is split into a new article
 *     with a {@link WarningKind#PAGE_TOO_LONG} warning. Default 100,000.
 * @param maxPageChars the most chars one page may hold before it is split the same way; also the
 *     most chars of one TREC, XML or SGML record (the rest starts a record of its own) and the most
 *     bytes of a WARC response's HTML that are read (the rest is left, with a warning). Default
 *     20,000,000.
 * @param maxRelatedPerPage the most "read also" articles one page may hold; further lines join the
 *     last one, with an {@link WarningKind#PAGE_TOO_LONG} warning. Default 1,000.
 * @param maxWarningsPerArticle the most warnings kept per article; the rest are counted in one
 *     {@link WarningKind#TOO_MANY_WARNINGS} warning. Default 100.
 * @param maxRecordChars the longest JSON record (a JSON Lines line, or one string value of an
 *     array), in chars; a longer one is skipped with an {@link WarningKind#UNREADABLE} warning.
 *     Default 50,000,000.
 * @param maxNestingDepth the deepest nesting of JSON arrays and objects. Default 64.
 * @param maxDecompressedBytes the most bytes one compressed input may expand to. Default 64 GiB.
 * @param maxCompressionRatio the most one compressed input may expand, as decompressed bytes per
 *     compressed byte, checked once past 16 MiB of output (a 1 KB gzip of 10 GB of zeros stops).
 *     Default 1,000.
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
      new ParseLimits(
          1_000_000, 100_000, 20_000_000L, 1_000, 100, 50_000_000, 64, 64L << 30, 1_000);

  /** Checks that every limit is positive. */
  public ParseLimits {
    if (maxLineLength < 1
        || maxLinesPerPage < 2
        || maxPageChars < 1
        || maxRelatedPerPage < 1
        || maxWarningsPerArticle < 1
        || maxRecordChars < 1
        || maxNestingDepth < 1
        || maxDecompressedBytes < 1
        || maxCompressionRatio < 1) {
      throw new IllegalArgumentException("limits must be positive (and a page at least 2 lines)");
    }
  }

  /** A builder starting from {@link #DEFAULTS}. */
  public static Builder builder() {
    return DEFAULTS.toBuilder();
  }

  /** A builder starting from these limits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxLineLength = maxLineLength;
    b.maxLinesPerPage = maxLinesPerPage;
    b.maxPageChars = maxPageChars;
    b.maxRelatedPerPage = maxRelatedPerPage;
    b.maxWarningsPerArticle = maxWarningsPerArticle;
    b.maxRecordChars = maxRecordChars;
    b.maxNestingDepth = maxNestingDepth;
    b.maxDecompressedBytes = maxDecompressedBytes;
    b.maxCompressionRatio = maxCompressionRatio;
    return b;
  }

  /** Builds {@link ParseLimits}; every limit starts at its default. Not thread-safe. */
  public static final class Builder {
    private int maxLineLength;
    private int maxLinesPerPage;
    private long maxPageChars;
    private int maxRelatedPerPage;
    private int maxWarningsPerArticle;
    private int maxRecordChars;
    private int maxNestingDepth;
    private long maxDecompressedBytes;
    private int maxCompressionRatio;

    private Builder() {}

    /** Sets the longest line kept, in chars. */
    public Builder maxLineLength(int value) {
      this.maxLineLength = value;
      return this;
    }

    /** Sets the most lines per page. */
    public Builder maxLinesPerPage(int value) {
      this.maxLinesPerPage = value;
      return this;
    }

    /** Sets the most chars per page. */
    public Builder maxPageChars(long value) {
      this.maxPageChars = value;
      return this;
    }

    /** Sets the most related articles per page. */
    public Builder maxRelatedPerPage(int value) {
      this.maxRelatedPerPage = value;
      return this;
    }

    /** Sets the most warnings kept per article. */
    public Builder maxWarningsPerArticle(int value) {
      this.maxWarningsPerArticle = value;
      return this;
    }

    /** Sets the longest JSON record, in chars. */
    public Builder maxRecordChars(int value) {
      this.maxRecordChars = value;
      return this;
    }

    /** Sets the deepest JSON nesting. */
    public Builder maxNestingDepth(int value) {
      this.maxNestingDepth = value;
      return this;
    }

    /** Sets the most bytes a compressed input expands to. */
    public Builder maxDecompressedBytes(long value) {
      this.maxDecompressedBytes = value;
      return this;
    }

    /** Sets the most a compressed input expands, per compressed byte. */
    public Builder maxCompressionRatio(int value) {
      this.maxCompressionRatio = value;
      return this;
    }

    /** The limits; each must be positive. */
    public ParseLimits build() {
      return new ParseLimits(
          maxLineLength,
          maxLinesPerPage,
          maxPageChars,
          maxRelatedPerPage,
          maxWarningsPerArticle,
          maxRecordChars,
          maxNestingDepth,
          maxDecompressedBytes,
          maxCompressionRatio);
    }
  }
}
