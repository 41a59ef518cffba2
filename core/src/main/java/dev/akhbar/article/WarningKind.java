package dev.akhbar.article;

/** What a {@link ParseWarning} is about. Immutable and thread-safe. */
public enum WarningKind {
  /** A page had no title line before its publication date. */
  MISSING_TITLE,
  /** A page had no publication date line. */
  MISSING_DATE,
  /**
   * A publication date line whose value is not a date; the raw text is kept in {@code
   * publishedRaw}.
   */
  UNPARSED_DATE,
  /**
   * A remark on a date that did parse: a weekday that does not match, a Hijri date that disagrees.
   */
  DATE_NOTE,
  /** A label (المصدر, كلمات دلالية, ...) with nothing after it. */
  EMPTY_FIELD,
  /** A second line for a field that was already set; its text is in the warning. */
  DUPLICATE_FIELD,
  /** Text that fits no field; it is in the warning. */
  UNPLACED_TEXT,
  /** NUL, control characters, U+FFFD or lone surrogates were removed from a line. */
  INVALID_CHARACTERS,
  /** A line was mojibake (UTF-8 read as windows-1256) and was repaired. */
  REPAIRED_ENCODING,
  /**
   * Bytes that are not valid in the input's encoding were replaced, or a record's bytes are not
   * where its format puts them (a WARC record cut short: what there was of it is read).
   */
  MALFORMED_INPUT,
  /**
   * Lines were read in another encoding than the rest of the input (a windows-1256 page in a UTF-8
   * dump, say), each by what its own bytes fit; the message names the lines and the encoding.
   */
  MIXED_ENCODING,
  /** A line longer than the limit; it was cut at the limit. */
  LINE_TOO_LONG,
  /** A page with more lines than the limit; it was split. */
  PAGE_TOO_LONG,
  /** More warnings than the limit; the rest were counted, not kept. */
  TOO_MANY_WARNINGS,
  /** A record or file could not be read at all; it was skipped. */
  UNREADABLE,
  /**
   * An article whose text has no Arabic letters, or is mostly question marks: letters lost on the
   * way into the dump (a wrong encoding), or text in another language.
   */
  NOT_ARABIC,
  /**
   * A page without date lines that still reads as several articles (title-like lines, each followed
   * by a paragraph, inside its body) was kept as one; the message names their lines.
   */
  MERGED_ARTICLES,
  /**
   * The page parser was handed JSON, XML or HTML and read it as lines of text; the message names
   * the reader that knows its structure ({@code dev.akhbar.formats.Dumps}).
   */
  NOT_PAGE_TEXT,
  /** An article with a title and no body text (a record whose text field is empty, say). */
  EMPTY_BODY
}
