package dev.akhbar.formats;

/** The shapes {@link ArticleWriter} writes. Immutable and thread-safe. */
public enum OutputFormat {
  /** One JSON object per article, one per line (JSON Lines). The default. */
  JSONL,
  /** One JSON array of article objects. */
  JSON
}
