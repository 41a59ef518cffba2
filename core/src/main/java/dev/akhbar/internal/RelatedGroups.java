package dev.akhbar.internal;

import java.util.ArrayList;
import java.util.List;

/** The related articles of a "read also" block, and of headlines given inside the body. */
final class RelatedGroups {
  /** {@link Groups#cutLine} when every line started or joined an article within the limit. */
  static final long NOT_CUT = Long.MIN_VALUE;

  private RelatedGroups() {}

  /**
   * The lines of each related article, in order, and the line from which lines joined the last
   * article because the limit was reached ({@link #NOT_CUT} if none).
   */
  record Groups(List<List<TextLine>> articles, long cutLine) {}

  /**
   * Splits a "read also" block into articles: a new one starts at a headline given on a "read also"
   * label's line, after a credit line, at a bulleted or numbered line, at a title-like line whose
   * next line opens with a dateline, and at every line of a block of title-like lines only (a list
   * of headlines). Past {@code max} articles the lines join the last one, and the first such line
   * is the cut's.
   */
  static Groups split(List<TextLine> block, int max, boolean detectCredits) {
    long cutLine = NOT_CUT;
    List<List<TextLine>> groups = new ArrayList<>();
    List<TextLine> current = null;
    boolean headlinesOnly = true;
    int bulleted = 0;
    for (TextLine line : block) {
      headlinesOnly &= titleLike(line.text());
      if (bullet(line.text()) > 0) {
        bulleted++;
      }
    }
    // Bullets mark items only in a list of them, not a dash of dialogue inside a paragraph.
    boolean list = bulleted * 2 >= block.size();
    for (int k = 0; k < block.size(); k++) {
      TextLine line = block.get(k);
      boolean start =
          current == null
              || headlinesOnly
              || (line.label() != null && line.label().kind() == Labels.RELATED)
              || (list && bullet(line.text()) > 0)
              || (detectCredits
                  && current.size() >= 2
                  && Agencies.credit(current.get(current.size() - 1).text()) != null)
              || (current.size() >= 2
                  && k + 1 < block.size()
                  && titleLike(line.text())
                  && Datelines.has(block.get(k + 1).text()));
      if (start && groups.size() >= max) {
        // Past the limit the lines join the last related article, and the cut is reported.
        if (cutLine == NOT_CUT) {
          cutLine = line.number();
        }
        start = false;
      }
      if (start) {
        current = new ArrayList<>();
        groups.add(current);
      }
      current.add(line);
    }
    return new Groups(groups, cutLine);
  }

  /**
   * Adds the headlines given one per line inside the body ("للمزيد: ...") to {@code groups}, one
   * article each while there is room, and orders the articles by their first line. Past {@code max}
   * a headline joins the last article, and the cut is the first such headline's unless there was
   * one already.
   */
  static Groups withHeadlines(Groups groups, List<TextLine> headlines, int max) {
    if (headlines.isEmpty()) {
      return groups;
    }
    List<List<TextLine>> articles = groups.articles();
    long cutLine = groups.cutLine();
    for (TextLine h : headlines) {
      if (articles.size() < max || articles.isEmpty()) {
        articles.add(new ArrayList<>(List.of(h)));
      } else {
        articles.get(articles.size() - 1).add(h);
        if (cutLine == NOT_CUT) {
          cutLine = h.number();
        }
      }
    }
    articles.sort((x, y) -> Long.compare(x.get(0).number(), y.get(0).number()));
    return new Groups(articles, cutLine);
  }

  /**
   * Where the run of headlines after a "read also" label with a headline on its line ({@code اقرأ
   * أيضا: TITLE}, line {@code i}) ends: past more such lines and "للمزيد: TITLE" lines, and past
   * lines that are no paragraph (headline-like lines); the index of the first other line, or the
   * page's end.
   */
  static int headlinesEnd(List<TextLine> lines, int i) {
    int k = i + 1;
    while (k < lines.size()) {
      TextLine next = lines.get(k);
      Labels.Match m = next.label();
      boolean oneHeadline =
          m != null
              && (m.kind() == Labels.RELATED || m.kind() == Labels.RELATED_LINE)
              && m.colon()
              && m.valueStart() < next.text().length();
      if (m != null ? !oneHeadline : PlainBreaks.isParagraphLike(next)) {
        break;
      }
      k++;
    }
    return k;
  }

  /**
   * Whether line {@code k}, where a run of headlines ended ({@link #headlinesEnd}), goes on with
   * the article, so that the headlines named related articles inside the body, as "للمزيد: TITLE"
   * does: a paragraph that opens with no dateline. A paragraph that opens with one ("موسكو – ...")
   * is a related article's own text, and a label or the page's end leaves the headlines a block of
   * related articles. (A headline's teaser under it reads as the article's paragraph: the lines
   * alone cannot tell it from the article going on, as "read also" lines scattered between
   * paragraphs do.)
   */
  static boolean articleGoesOnAt(List<TextLine> lines, int k) {
    return k < lines.size()
        && lines.get(k).label() == null
        && PlainBreaks.isParagraphLike(lines.get(k))
        && !Datelines.has(lines.get(k).text());
  }

  /**
   * Short, and not ending like a sentence or a lead-in; the word count last, as it reads the whole
   * line.
   */
  static boolean titleLike(String text) {
    char end = text.charAt(text.length() - 1);
    return end != '.'
        && end != ':'
        && end != '،'
        && end != ','
        && text.length() <= 250
        && Labels.wordCount(text) <= 25;
  }

  /**
   * The length of the bullet or number a list item opens with ("- ", "• ", "* ", "1. ", "2- ", "3)
   * ", "١. "), spaces after it included; 0 for none.
   */
  static int bullet(String text) {
    int i = 0;
    int n = text.length();
    if (n > 2
        && (text.charAt(0) == '-'
            || text.charAt(0) == '•'
            || text.charAt(0) == '*'
            || text.charAt(0) == '–'
            || text.charAt(0) == '▪')) {
      i = 1;
    } else {
      while (i < n && i < 3 && Chars.digitValue(text.charAt(i)) >= 0) {
        i++;
      }
      if (i == 0
          || i >= n
          || !(text.charAt(i) == '.' || text.charAt(i) == '-' || text.charAt(i) == ')')) {
        return 0;
      }
      i++;
    }
    if (i >= n || !Chars.isHorizontalSpace(text.charAt(i))) {
      return 0;
    }
    return Chars.skipWhitespace(text, i, n);
  }
}
