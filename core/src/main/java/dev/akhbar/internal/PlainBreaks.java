package dev.akhbar.internal;

import dev.akhbar.date.DatePrecision;

/**
 * Where a dump without date lines starts a new article. Two shapes are recognised:
 *
 * <ul>
 *   <li>articles of a title line and paragraphs, set apart by blank lines: a title-like line
 *       (short, no closing punctuation, no label, no credit) after at least as many blank lines as
 *       any gap between the paragraphs before it, followed by a paragraph, starts an article;
 *   <li>one article per line: two long lines in a row (each a whole article) are two articles.
 * </ul>
 *
 * <p>Both look only at two lines and the gaps before them, so a reader that cuts an input at a page
 * start parses each piece as the whole input would. Stateless and thread-safe.
 */
final class PlainBreaks {
  /** The longest title line, in chars and in words. */
  private static final int MAX_TITLE_CHARS = 150;

  private static final int MAX_TITLE_WORDS = 16;

  /** A paragraph has at least this many words, or ends a sentence with at least half as many. */
  private static final int MIN_PARAGRAPH_WORDS = 12;

  /** A line this long is a whole article when another such line follows it. */
  static final int LONG_LINE = 700;

  private PlainBreaks() {}

  /** Whether a line reads as a title: short, no label, no credit, no closing punctuation. */
  static boolean isTitleLike(TextLine line) {
    return isTitleLike(line.text(), line.label(), MAX_TITLE_CHARS, MAX_TITLE_WORDS);
  }

  /** {@link #isTitleLike(TextLine)} of a line's text and label, up to a length. */
  private static boolean isTitleLike(String t, Labels.Match label, int maxChars, int maxWords) {
    if (t.isEmpty()
        || t.length() > maxChars
        || label != null
        || Labels.wordCount(t) > maxWords
        || Labels.wordCount(t) < 2) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    // Headlines trail off with ".." or "..." ("مشروع فيلم مُنع من الإنجاز.."); a sentence ends
    // once.
    boolean trailing = t.endsWith("..");
    if ((last == '.' && !trailing)
        || last == '!'
        || last == '?'
        || last == '؟'
        || last == ':'
        || last == '؛'
        || last == '،'
        || last == ',') {
      return false;
    }
    return Agencies.credit(t) == null;
  }

  /**
   * The longest title over a date alone, in chars and in words: longer than a title among
   * paragraphs, the date line under it saying enough ("... - BBC Arabic" titles run to 18 words).
   */
  private static final int MAX_DATED_TITLE_CHARS = 250;

  private static final int MAX_DATED_TITLE_WORDS = 25;

  /** The longest line read as a date and nothing else, in chars and in words. */
  private static final int MAX_BARE_DATE_CHARS = 60;

  private static final int MAX_BARE_DATE_WORDS = 8;

  /**
   * Whether a title-like line over a line that is a time stamp and nothing else, with no label
   * ({@code Fri, 11 Aug 2017 15:22:08 GMT}, {@code 2017-08-11 15:22}: a whole date with its time,
   * short, with a digit), starts a page, as a title over a labelled date line does: crawls that
   * write each article as a title, the time it was published and its paragraphs. A date without a
   * time is not enough: official texts and schedules set dates alone under lines that read as
   * titles ("حسب الجدول الآتي", "حرر بالرباط"). Cheap for lines that are no such date: the date is
   * parsed only for a short line with a digit.
   */
  static boolean isTitleOverBareDate(
      String title,
      Labels.Match titleLabel,
      String next,
      Labels.Match nextLabel,
      DateGrammar dates) {
    if (nextLabel != null
        || next.length() > MAX_BARE_DATE_CHARS
        || !hasDigit(next)
        || Labels.wordCount(next) > MAX_BARE_DATE_WORDS
        || !isTitleLike(title, titleLabel, MAX_DATED_TITLE_CHARS, MAX_DATED_TITLE_WORDS)) {
      return false;
    }
    dev.akhbar.date.DateParseResult r = dates.parse(next);
    return r.isDate() && r.date().get().precision().compareTo(DatePrecision.MINUTE) >= 0;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Chars.digitValue(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a line reads as a paragraph: a sentence or more. */
  static boolean isParagraphLike(TextLine line) {
    String t = line.text();
    if (t.isEmpty() || line.label() != null) {
      return false;
    }
    int words = Labels.wordCount(t);
    if (words >= MIN_PARAGRAPH_WORDS) {
      return true;
    }
    char last = t.charAt(t.length() - 1);
    return words >= MIN_PARAGRAPH_WORDS / 2 && (last == '.' || last == '!' || last == '؟');
  }

  /** A first line this long that ends a sentence is a lead paragraph, not a title. */
  private static final int MIN_LEAD_CHARS = 150;

  /**
   * Whether the first line of a page reads as its lead paragraph rather than its title: at least
   * {@value #MIN_LEAD_CHARS} chars ending a sentence, or a whole-article line.
   */
  static boolean readsAsLead(TextLine line) {
    String t = line.text();
    if (line.label() != null || t.length() < MIN_LEAD_CHARS) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return t.length() >= LONG_LINE || last == '.' || last == '!' || last == '؟' || last == '?';
  }

  /** Whether a line is long enough to be a whole article of a one-article-per-line dump. */
  static boolean isLong(TextLine line) {
    return line.label() == null && line.text().length() >= LONG_LINE;
  }

  /**
   * Whether {@code title}, followed by {@code paragraph}, starts an article: {@code gapBefore}
   * blank lines stand before the title, at least the {@code widestGap} between any two lines of
   * text before it in the page and more than the {@code bodyGap} between its paragraphs (the gap
   * under the page's title where no two paragraphs came yet), and no more than that stand between
   * it and the paragraph.
   */
  static boolean startsArticle(
      TextLine title,
      TextLine paragraph,
      long gapBefore,
      long gapAfter,
      long widestGap,
      long bodyGap) {
    return gapBefore >= 1
        && gapBefore >= widestGap
        && gapBefore > bodyGap
        && gapAfter <= gapBefore
        && isTitleLike(title)
        && isParagraphLike(paragraph);
  }
}
