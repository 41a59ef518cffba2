package dev.akhbar.internal;

import dev.akhbar.article.Article;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The warnings about an article as a whole: no title, text that is not Arabic, a page that may hold
 * several articles, and the cap on how many an article keeps.
 */
final class ArticleWarnings {
  /** Orders a comparator once, not per article. */
  private static final Comparator<ParseWarning> BY_LINE =
      Comparator.comparingLong(ParseWarning::line);

  private ArticleWarnings() {}

  /** The warning of an article without a title, at {@code line}. */
  static ParseWarning missingTitle(long line) {
    return ParseWarning.of(line, WarningKind.MISSING_TITLE, "the article has no title");
  }

  /** Arabic letters enough to call a text Arabic, when question marks are few. */
  private static final int ARABIC_ENOUGH = 10;

  /**
   * A warning when an article's text (title and paragraphs) has no Arabic letter, or is more than a
   * third question marks ("??? ?????"), or null. Reading stops as soon as the text is plainly
   * Arabic, which for Arabic text is within its first words.
   */
  static ParseWarning notArabic(List<String> text, long line) {
    int seen = 0;
    int arabic = 0;
    int questions = 0;
    for (String t : text) {
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (Chars.isHorizontalSpace(c)) {
          continue;
        }
        seen++;
        if (Chars.isArabicLetter(c)) {
          arabic++;
          if (arabic >= ARABIC_ENOUGH && questions * 3 <= seen) {
            return null;
          }
        } else if (c == '?') {
          questions++;
        }
      }
    }
    if (seen < 20 || (arabic > 0 && questions * 3 <= seen)) {
      return null;
    }
    return ParseWarning.of(
        line,
        WarningKind.NOT_ARABIC,
        arabic == 0
            ? "the text has no Arabic letters"
            : "the text is mostly question marks: its letters were lost before it was written");
  }

  /** How many article starts inside one body make it read as several articles. */
  private static final int MERGED_STARTS = 2;

  /**
   * A warning when a page without date lines holds several title-like lines each followed by a
   * paragraph: articles the blank-line rule could not tell apart (one blank line everywhere); else
   * null.
   */
  static ParseWarning mergedArticles(List<TextLine> body) {
    List<Long> starts = new ArrayList<>();
    for (int k = 1; k + 1 < body.size(); k++) {
      if (PlainBreaks.isTitleLike(body.get(k)) && PlainBreaks.isParagraphLike(body.get(k + 1))) {
        starts.add(body.get(k).number());
        if (starts.size() > 10) {
          break;
        }
      }
    }
    if (starts.size() < MERGED_STARTS) {
      return null;
    }
    return ParseWarning.of(
        body.get(0).number(),
        WarningKind.MERGED_ARTICLES,
        "the page may hold several articles: title-like lines (titles, or intertitles of one"
            + " long article) at lines "
            + starts.stream()
                .limit(10)
                .map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", "))
            + (starts.size() > 10 ? ", ..." : "")
            + "; it was kept as one");
  }

  /**
   * The article with its warnings, at most {@code max} of those without text; the rest, and {@code
   * notKept} more a reader counted itself (from line {@code notKeptLine}), are said in one {@code
   * TOO_MANY_WARNINGS}.
   */
  static Article capWarnings(
      Article.Builder a, List<ParseWarning> warnings, long notKept, long notKeptLine, int max) {
    if (warnings.isEmpty() && notKept == 0) {
      // Most articles: no iterator, no sort.
      return a.build();
    }
    long dropped = notKept;
    long firstDropped = -1;
    if (warnings.size() > max) {
      // Past the cap, warnings that carry a line's text stay: that text is in no field, and
      // dropping it would lose it (the page limits bound how many there can be). The rest are
      // counted.
      List<ParseWarning> kept = new ArrayList<>(warnings.subList(0, max - 1));
      for (ParseWarning w : warnings.subList(max - 1, warnings.size())) {
        if (w.text().isPresent()) {
          kept.add(w);
        } else {
          dropped++;
          firstDropped = firstDropped < 0 ? w.line() : firstDropped;
        }
      }
      warnings = kept;
    }
    if (dropped > 0) {
      // At the first warning dropped here; at the record's line when the reader dropped them all.
      firstDropped = firstDropped < 0 ? notKeptLine : firstDropped;
      warnings.add(
          ParseWarning.of(
              firstDropped,
              WarningKind.TOO_MANY_WARNINGS,
              // No line number in the text: a piece read unshifted has its numbers shifted
              // later, its texts never.
              dropped + " more warnings, up to the article's last line, were not kept"));
    }
    warnings.sort(BY_LINE);
    for (ParseWarning w : warnings) {
      a.warning(w);
    }
    return a.build();
  }
}
