package dev.akhbar.formats.options;

/** The shapes {@link dev.akhbar.formats.Dumps} reads. Immutable and thread-safe. */
public enum InputFormat {
  /** Decide from the content (the default). */
  AUTO,
  /** Page text in the arabkhabar.com shape, one page or many per file. */
  TEXT,
  /** One article per file: the first line is the title, the rest the body. */
  PLAIN,
  /** A JSON array of article objects, or JSON Lines (one object per line): both are read alike. */
  JSON,
  /**
   * Python literals one per line, as crawlers print their items: a dict ({@code {'title': ...,
   * 'content': [...]}}) or a field and its value ({@code content: ['paragraph', ...]}); read like
   * JSON Lines, with the same field names.
   */
  PYTHON,
  /**
   * CSV or TSV with a header row (comma, tab or semicolon, told from the header): one article per
   * row, its columns named like JSON keys; quoted cells may hold line breaks (paragraphs).
   */
  CSV,
  /**
   * TREC/CLEF-like pseudo-XML ({@code <DOC><DOCNO>...<TEXT>}) with no escaping, as in the ANT
   * corpus.
   */
  TREC,
  /**
   * XML records such as the Abu El-Khair corpus ({@code <Headline><Dateline><Text>}), malformed
   * files too.
   */
  XML,
  /** Arabic Gigaword-style SGML ({@code <DOC id=...><HEADLINE><DATELINE><TEXT><P>}). */
  SGML,
  /**
   * RSS 2.0, RSS 1.0 and Atom feeds: one article per item or entry, its HTML read into paragraphs,
   * the feed's title as the source.
   */
  FEED,
  /**
   * A saved news page: one article per file, read like a WARC response (title from {@code og:title}
   * or the first heading, date from the page's metas, JSON-LD or {@code <time>}, paragraphs of the
   * main content without navigation, footer or share blocks).
   */
  HTML,
  /**
   * WARC and WET files (Common Crawl): each HTML response record and each conversion (text) record
   * is one page, with its URL; an article's origin line is its record number.
   */
  WARC
}
