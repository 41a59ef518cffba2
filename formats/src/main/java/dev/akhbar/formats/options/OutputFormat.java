package dev.akhbar.formats.options;

/** The shapes {@link dev.akhbar.formats.ArticleWriter} writes. Immutable and thread-safe. */
public enum OutputFormat {
  /** One JSON object per article, one per line (JSON Lines). The default. */
  JSONL,
  /** One JSON array of article objects. */
  JSON,
  /**
   * CSV (RFC 4180) with a header: one row per article; lists in one cell (keywords, related titles
   * and attributes joined by {@code " | "}, paragraphs and warnings by line breaks).
   */
  CSV
}
