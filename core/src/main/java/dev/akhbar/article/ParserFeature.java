package dev.akhbar.article;

/**
 * Parts of {@link dev.akhbar.NewsDumpParser}'s work that can be switched off. All are on by
 * default. Immutable and thread-safe.
 */
public enum ParserFeature {
  /** Repair lines that are UTF-8 read as windows-1256 ({@code ط¨ظˆطھظٹظ†} → {@code بوتين}). */
  REPAIR_MOJIBAKE,
  /** Split the keywords line into the multi-word tags that occur in the page's title and body. */
  SPLIT_KEYWORDS,
  /** Take the place before the dash of a first paragraph ("موسكو –") as the dateline. */
  DETECT_DATELINES,
  /** Take a short last line that names a news agency (الأناضول, رويترز) as the credit. */
  DETECT_CREDITS,
  /**
   * Start a new article wherever a title line is followed by a publication-date line. Off: the
   * whole input is one article.
   */
  SPLIT_PAGES
}
