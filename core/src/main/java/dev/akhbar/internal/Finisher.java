package dev.akhbar.internal;

import dev.akhbar.article.Article;
import dev.akhbar.article.Origin;
import dev.akhbar.article.ParseLimits;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.ParserFeature;
import dev.akhbar.article.WarningKind;
import dev.akhbar.date.DateParseResult;
import dev.akhbar.date.NewsDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds every {@link Article}: from the lines of a page of text, or from the fields and body of a
 * record that a reader of a structured format found. One set of rules for both: labels found in
 * body lines (a publication date, {@code المصدر:}, {@code كلمات دلالية:}, a "read also" block), a
 * date under the title, the dateline and agency credit of the lead, the credit line at the end,
 * keywords split, and one set of warnings, capped per article.
 *
 * <p>Not thread-safe: one per input.
 */
public final class Finisher {
  private final DateGrammar dates;
  private final boolean splitKeywords;
  private final boolean detectCredits;
  private final boolean detectDatelines;
  private final ParseLimits limits;
  private final LinePreparer preparer;
  private final BodyFiller bodies;

  /** A finisher with a parser's settings. */
  public Finisher(Settings settings) {
    this(settings, new LinePreparer(settings));
  }

  Finisher(Settings settings, LinePreparer preparer) {
    this.dates = settings.dates();
    this.splitKeywords = settings.on(ParserFeature.SPLIT_KEYWORDS);
    this.detectCredits = settings.on(ParserFeature.DETECT_CREDITS);
    this.detectDatelines = settings.on(ParserFeature.DETECT_DATELINES);
    this.limits = settings.limits();
    this.preparer = preparer;
    this.bodies = new BodyFiller(detectCredits, detectDatelines);
  }

  /** The attribute that keeps a byline's photo credit ("تصوير: وراق"). */
  static final String PHOTO = "photo";

  /** What the lines of one article give, gathered as they are read. */
  private static final class Found {
    final String input;
    final List<ParseWarning> warnings = new ArrayList<>();

    /** Warnings without text the reader of a record counted and did not keep. */
    long warningsNotKept;

    final List<TextLine> body = new ArrayList<>();
    final List<TextLine> related = new ArrayList<>();
    final List<String> pageText = new ArrayList<>();
    boolean sawDate;
    String source;
    String keywords;

    /** The outlet a title opened with ("العربية.نت : ..."), or null. */
    String site;

    /** Whether the record gave its address. */
    boolean urlGiven;

    /** Related headlines given one per line inside the body ("للمزيد: ..."). */
    final List<TextLine> headlines = new ArrayList<>();

    /** What the record's author field said besides the author, or null. */
    Bylines.Byline byline;

    /** Keywords the record gave as a field; a keywords line in the body is then a second one. */
    boolean keywordsGiven;

    /** The record's own photo attribute, or null: a byline's photo credit joins it. */
    String photo;

    Found(String input) {
      this.input = input;
    }
  }

  /** The article of one page of text, from its lines in order (at least one). */
  Article page(String input, List<TextLine> lines) {
    long first = lines.get(0).number();
    long last = lines.get(lines.size() - 1).number();
    Article.Builder a = Article.builder(new Origin(input, first, last));
    Found f = new Found(input);
    int i = 0;
    // Lines that are only carriers of warnings (all text removed) come first or anywhere.
    TextLine titleLine = null;
    while (i < lines.size() && lines.get(i).text().isEmpty()) {
      f.warnings.addAll(lines.get(i).warnings());
      i++;
    }
    int next = nextText(lines, i);
    if (next > 0 && isSection(lines.get(i), lines.get(next))) {
      // "الاخبار", blank lines, then the title: the section the page was filed under.
      a.attribute("section", lines.get(i).text());
      f.warnings.addAll(lines.get(i).warnings());
      i = next;
    }
    if (i < lines.size()
        && !isFirmLabel(lines.get(i).label())
        && (!PlainBreaks.readsAsLead(lines.get(i)) || dateFollows(lines, i))) {
      titleLine = lines.get(i);
      a.title(withoutSite(titleLine.text(), f));
      f.warnings.addAll(titleLine.warnings());
      f.pageText.add(titleLine.text());
      i++;
    } else {
      f.warnings.add(
          ArticleWarnings.missingTitle(i < lines.size() ? lines.get(i).number() : first));
    }
    scan(a, lines, i, f);
    if (titleLine != null) {
      // In page text the first body line is the title's next line with text, however many blank
      // lines stand between.
      dateUnderTitle(a, f, Long.MAX_VALUE);
    }
    if (!f.sawDate) {
      ParseWarning merged = ArticleWarnings.mergedArticles(f.body);
      if (merged != null) {
        f.warnings.add(merged);
      }
    }
    return finish(a, f, first, null, null);
  }

  /**
   * A title without the outlet it opens with ("العربية.نت : عنوان" → "عنوان"); the outlet is kept
   * for the source.
   */
  private static String withoutSite(String title, Found f) {
    int colon = Sites.outletEnd(title);
    if (colon < 0) {
      return title;
    }
    f.site = Chars.stripped(title, 0, colon);
    return Chars.stripped(title, colon + 1, title.length());
  }

  /** How many words besides its date a date line under the title may have. */
  private static final int MAX_DATE_LINE_WORDS = 6;

  /**
   * The one date of a short line that says little else ("7/23/2012 12:49:17 PM أخر تحديث للصفحة
   * في"), or null.
   */
  private NewsDate dateWithWords(String text) {
    char last = text.isEmpty() ? '.' : text.charAt(text.length() - 1);
    if (last == '.' || !hasDigit(text) || Labels.wordCount(text) > MAX_DATE_LINE_WORDS + 4) {
      // A date with words about it has a day or a year in digits; find() is dear.
      return null;
    }
    List<NewsDate> found = dates.find(text, Optional.empty());
    if (found.size() != 1) {
      return null;
    }
    NewsDate d = found.get(0);
    int rest =
        Labels.wordCount(text.substring(0, d.start())) + Labels.wordCount(text.substring(d.end()));
    return rest <= MAX_DATE_LINE_WORDS && d.year().isPresent() ? d : null;
  }

  private static boolean hasDigit(String text) {
    for (int k = 0; k < text.length(); k++) {
      if (Chars.digitValue(text.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The index of the next line with text after line {@code i}, or -1. */
  private static int nextText(List<TextLine> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (!lines.get(j).text().isEmpty()) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Whether a page's first line names its section rather than its title: one or two words, no
   * label, blank lines under it, and a title-like line after them.
   */
  private static boolean isSection(TextLine first, TextLine next) {
    String t = first.text();
    return next.number() - first.number() >= 2
        && !t.isEmpty()
        && first.label() == null
        && Labels.wordCount(t) <= 2
        && PlainBreaks.isTitleLike(next)
        && Labels.wordCount(next.text()) > Labels.wordCount(t);
  }

  /** Whether the next line with text after line {@code i} is a publication-date line. */
  private boolean dateFollows(List<TextLine> lines, int i) {
    int next = nextText(lines, i);
    return next > 0 && isDateLine(lines.get(next).text(), lines.get(next).label(), dates);
  }

  /** The article of a record that a reader of a structured format filled with raw text. */
  public Article record(RecordParts r) {
    long line = r.line();
    Article.Builder a = Article.builder(new Origin(r.input(), line, r.lastLine(), r.offset()));
    Found f = new Found(r.input());
    f.warnings.addAll(r.warnings());
    f.warningsNotKept = r.warningsNotKept();
    String title = lineField(r.title(), line, f.warnings);
    a.title(withoutSite(title, f));
    f.urlGiven = r.url() != null;
    if (title.isEmpty()) {
      f.warnings.add(ArticleWarnings.missingTitle(line));
    } else {
      f.pageText.add(title);
    }
    Optional.ofNullable(r.url()).ifPresent(a::url);
    Bylines.Byline byline = null;
    String author = nonEmpty(lineField(r.author(), line, f.warnings)).orElse(null);
    if (author != null && detectCredits && detectDatelines) {
      // A byline's place and credit fill the dateline and credit when the text gives none.
      byline = Bylines.read(author);
      author = byline.person();
    }
    if (author != null) {
      a.author(author);
    }
    f.source = nonEmpty(lineField(r.source(), line, f.warnings)).orElse(null);
    for (Map.Entry<String, String> e : r.attributes().entrySet()) {
      String v = field(e.getValue(), line, f.warnings);
      if (!v.isEmpty()) {
        a.attribute(e.getKey(), v);
        if (e.getKey().equals(PHOTO)) {
          f.photo = v;
        }
      }
    }
    if (r.published() != null) {
      a.published(r.published());
      f.sawDate = true;
    }
    String dateText = field(r.publishedRaw(), line, f.warnings);
    if (!dateText.isEmpty()) {
      f.sawDate = true;
      a.publishedRaw(dateText);
      if (r.published() == null) {
        parseDate(a, dateText, line, f.warnings);
      }
    }
    List<String> keywords = new ArrayList<>(r.keywords().size());
    for (String k : r.keywords()) {
      nonEmpty(field(k, line, f.warnings)).ifPresent(keywords::add);
    }
    f.keywordsGiven = !keywords.isEmpty();
    List<TextLine> lines = new ArrayList<>(r.body().size());
    for (RecordParts.Paragraph p : r.body()) {
      TextLine t = preparer.prepare(p.text(), p.line(), 0);
      if (t != LinePreparer.BLANK) {
        lines.add(t);
      }
    }
    if (lines.size() > 1 && Sites.isSiteMark(lines.get(0).text(), f.source, r.attributes())) {
      // A record that opens with its own site's name (as scrapers keep the page's header) has
      // that as a mark of its site, not as a paragraph.
      String mark = lines.remove(0).text();
      if (!r.attributes().containsKey("site")) {
        a.attribute("site", mark);
      }
    }
    scan(a, lines, 0, f);
    if (!title.isEmpty()) {
      // The record's first paragraph stands right under its title.
      dateUnderTitle(a, f, line + 2);
    }
    String credit = nonEmpty(lineField(r.credit(), line, f.warnings)).orElse(null);
    String dateline = nonEmpty(lineField(r.dateline(), line, f.warnings)).orElse(null);
    if (f.keywordsGiven) {
      if (keywords.size() == 1 && splitKeywords) {
        List<String> text = new ArrayList<>(f.pageText);
        keywords = KeywordSplitter.split(keywords.get(0), text);
      }
      a.keywords(keywords);
    }
    f.byline = byline;
    return finish(a, f, line, credit, dateline);
  }

  /**
   * Reads the lines from {@code from} on: labelled lines fill their fields, the rest is body or,
   * after a "read also" label, related articles.
   */
  private void scan(Article.Builder a, List<TextLine> lines, int from, Found f) {
    boolean inRelated = false;
    // Whether a source or keywords line has been met (the page's closing labels), and the end of
    // the run of headlines and headline-like lines a "read also: TITLE" line was last judged by.
    boolean closingLabels = false;
    int headlinesEnd = -1;
    List<ParseWarning> warnings = f.warnings;
    for (int i = from; i < lines.size(); i++) {
      TextLine line = lines.get(i);
      warnings.addAll(line.warnings());
      if (line.text().isEmpty()) {
        continue;
      }
      Labels.Match m = line.label();
      String value =
          m == null ? null : Chars.stripped(line.text(), m.valueStart(), line.text().length());
      closingLabels |= m != null && (m.kind() == Labels.SOURCE || m.kind() == Labels.KEYWORDS);
      if (m != null
          && m.kind() == Labels.PUBLISHED
          && !inRelated
          && isDateLine(line.text(), m, dates)) {
        if (f.sawDate) {
          warnings.add(
              new ParseWarning(
                  line.number(),
                  WarningKind.DUPLICATE_FIELD,
                  "a second publication date line",
                  Optional.of(line.text())));
          continue;
        }
        f.sawDate = true;
        if (value.isEmpty()
            && i + 1 < lines.size()
            && lines.get(i + 1).label() == null
            && dates.parse(lines.get(i + 1).text()).isDate()) {
          // The label alone on its line, the date on the next.
          line = lines.get(++i);
          warnings.addAll(line.warnings());
          value = line.text();
        }
        if (value.isEmpty()) {
          warnings.add(
              ParseWarning.of(
                  line.number(), WarningKind.EMPTY_FIELD, "publication date label with no date"));
          continue;
        }
        a.publishedRaw(value);
        parseDate(a, value, line.number(), warnings);
        continue;
      }
      if (m != null
          && m.kind() == Labels.SOURCE
          && (m.colon()
              || (Labels.wordCount(value) <= 6
                  && !Labels.readsAsSentence(value)
                  && nextToLabel(lines, i)))
          && !inRelated) {
        f.source = singleField(line, value, f.source, "source", warnings);
        continue;
      }
      if (m != null && m.kind() == Labels.KEYWORDS && !inRelated) {
        String current = f.keywordsGiven ? "" : f.keywords;
        String kept = singleField(line, value, current, "keywords", warnings);
        if (!f.keywordsGiven) {
          f.keywords = kept;
        }
        continue;
      }
      boolean headlineInBody = false;
      if (m != null
          && m.kind() == Labels.RELATED
          && m.colon()
          && !value.isEmpty()
          && !inRelated
          && !closingLabels) {
        // Judged once for a run of such lines: each line of the run reads the same lines after.
        if (i >= headlinesEnd) {
          headlinesEnd = RelatedGroups.headlinesEnd(lines, i);
        }
        headlineInBody = RelatedGroups.articleGoesOnAt(lines, headlinesEnd);
      }
      if (m != null
          && (m.kind() == Labels.RELATED_LINE || headlineInBody)
          && m.colon()
          && !value.isEmpty()
          && !inRelated) {
        // "للمزيد: TITLE", or "اقرأ أيضا: TITLE" amid the body: a headline of a related article;
        // the body goes on after it.
        f.headlines.add(new TextLine(line.number(), value, null, List.of()));
        continue;
      }
      if (m != null && m.kind() == Labels.RELATED && (m.colon() || Labels.wordCount(value) <= 20)) {
        inRelated = true;
        if (!value.isEmpty()) {
          // The headline keeps its label: each labelled headline of a block starts an article.
          f.related.add(new TextLine(line.number(), value, m, List.of()));
        }
        continue;
      }
      if (inRelated) {
        f.related.add(line);
      } else {
        f.body.add(line);
        f.pageText.add(line.text());
      }
    }
  }

  /**
   * No date label, but the first body line is a date and nothing else, right under the title (a
   * page header): on line {@code lastLine} at the latest.
   */
  private void dateUnderTitle(Article.Builder a, Found f, long lastLine) {
    if (f.sawDate || f.body.isEmpty()) {
      return;
    }
    TextLine first = f.body.get(0);
    if (first.number() <= lastLine && first.text().length() <= 100) {
      DateParseResult r = dates.parse(first.text());
      if (!r.isDate()) {
        // A date with a few words about it: parsed again alone, for its notes.
        NewsDate found = dateWithWords(first.text());
        r = found == null ? r : dates.parse(first.text().substring(found.start(), found.end()));
      }
      NewsDate date = r.isDate() ? r.date().get() : null;
      if (date != null) {
        f.sawDate = true;
        a.publishedRaw(first.text());
        a.published(date);
        r.notes()
            .forEach(
                n -> f.warnings.add(ParseWarning.of(first.number(), WarningKind.DATE_NOTE, n)));
        f.pageText.remove(f.pageText.size() - f.body.size());
        f.body.remove(0);
      }
    }
  }

  /**
   * What every article gets last: the script check, body, credit and dateline, the date warning,
   * source, keywords, related, warnings.
   */
  private Article finish(Article.Builder a, Found f, long first, String credit, String dateline) {
    ParseWarning script = ArticleWarnings.notArabic(f.pageText, first);
    if (script != null) {
      f.warnings.add(script);
    }
    bodies.fill(a, f.body, credit, dateline, f.byline);
    if (bodies.photo() != null) {
      // Beside a photo attribute of the record's own (an image's address), not over it.
      a.attribute(
          PHOTO,
          f.photo == null || f.photo.equals(bodies.photo())
              ? bodies.photo()
              : f.photo + "\n" + bodies.photo());
    }
    String leadDate = bodies.leadDate();
    if (a.body().isEmpty()) {
      f.warnings.add(
          ParseWarning.of(first, WarningKind.EMPTY_BODY, "the article has no body text"));
    }
    if (!f.sawDate && leadDate != null && dates.parse(leadDate).isDate()) {
      // "لندن 27-7-2012 وفا-": the wire dateline dates an article that has no date line.
      a.publishedRaw(leadDate);
      parseDate(a, leadDate, bodies.leadDateLine(), f.warnings);
      f.sawDate = true;
    }
    if (!f.sawDate) {
      f.warnings.add(
          ParseWarning.of(first, WarningKind.MISSING_DATE, "the article has no publication date"));
    }
    Sites.sourceAndAddress(a, f.source, f.site, f.urlGiven);
    if (f.keywords != null && !f.keywordsGiven) {
      a.keywords(
          splitKeywords
              ? KeywordSplitter.split(f.keywords, f.pageText)
              : List.of(f.keywords.split("\\s+")));
    }
    int maxRelated = limits.maxRelatedPerPage();
    RelatedGroups.Groups related =
        RelatedGroups.withHeadlines(
            RelatedGroups.split(f.related, maxRelated, detectCredits), f.headlines, maxRelated);
    for (List<TextLine> group : related.articles()) {
      a.addRelated(buildRelated(f.input, group));
    }
    if (related.cutLine() != RelatedGroups.NOT_CUT) {
      f.warnings.add(
          ParseWarning.of(
              related.cutLine(),
              WarningKind.PAGE_TOO_LONG,
              "more than " + maxRelated + " related articles; the rest joins the last one"));
    }
    return ArticleWarnings.capWarnings(
        a, f.warnings, f.warningsNotKept, first, limits.maxWarningsPerArticle());
  }

  private void parseDate(Article.Builder a, String value, long line, List<ParseWarning> warnings) {
    DateParseResult r = dates.parse(value);
    if (r.isDate()) {
      a.published(r.date().get());
      for (String note : r.notes()) {
        warnings.add(ParseWarning.of(line, WarningKind.DATE_NOTE, note));
      }
    } else {
      warnings.add(
          ParseWarning.of(line, WarningKind.UNPARSED_DATE, r.error().orElse("not a date")));
    }
  }

  /**
   * A field's raw text as a line would be: repaired, normalised, trimmed; its warnings added. Empty
   * for none.
   */
  private String field(String raw, long line, List<ParseWarning> warnings) {
    if (raw == null) {
      return "";
    }
    TextLine t = preparer.prepare(raw, line, 0);
    warnings.addAll(t.warnings());
    return t.text();
  }

  /** A field of one line (a title, an author, a place): its line breaks read as spaces. */
  private String lineField(String raw, long line, List<ParseWarning> warnings) {
    return field(
        raw == null || raw.indexOf('\n') < 0 && raw.indexOf('\r') < 0
            ? raw
            : LINE_BREAKS.matcher(raw).replaceAll(" "),
        line,
        warnings);
  }

  private static final java.util.regex.Pattern LINE_BREAKS =
      java.util.regex.Pattern.compile("[\\r\\n]+");

  private static Optional<String> nonEmpty(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** A publication-date line: the label with a colon, or without one before a date or nothing. */
  static boolean isDateLine(String text, Labels.Match m, DateGrammar dates) {
    if (m == null || m.kind() != Labels.PUBLISHED) {
      return false;
    }
    if (m.colon()) {
      return true;
    }
    String value = text.substring(m.valueStart());
    return value.isEmpty() || dates.parse(value).isDate();
  }

  /** A label line that is surely one: with a colon, or of another kind than a colon-less source. */
  static boolean isFirmLabel(Labels.Match m) {
    return m != null && (m.colon() || m.kind() != Labels.SOURCE);
  }

  /**
   * True when the line before or after line {@code i} is a label line: a label without a colon
   * counts only among the page's other labels, so that a footnote such as "المصدر نفسه، ص120" in
   * the body stays body.
   */
  private static boolean nextToLabel(List<TextLine> lines, int i) {
    return (i > 0 && isFirmLabel(lines.get(i - 1).label()))
        || (i + 1 < lines.size() && isFirmLabel(lines.get(i + 1).label()));
  }

  /**
   * The value of a field that an article gives once (source, keywords): an empty value and a second
   * line are warnings, the second carrying its text so that it is not lost.
   */
  private static String singleField(
      TextLine line, String value, String current, String name, List<ParseWarning> warnings) {
    if (value.isEmpty()) {
      warnings.add(
          ParseWarning.of(
              line.number(), WarningKind.EMPTY_FIELD, name + " label with nothing after it"));
      return current;
    }
    if (current != null) {
      warnings.add(
          new ParseWarning(
              line.number(),
              WarningKind.DUPLICATE_FIELD,
              "a second " + name + " line",
              Optional.of(line.text())));
      return current;
    }
    return value;
  }

  private Article buildRelated(String input, List<TextLine> group) {
    long first = group.get(0).number();
    long last = group.get(group.size() - 1).number();
    Article.Builder r = Article.builder(new Origin(input, first, last));
    String title = group.get(0).text();
    r.title(title.substring(RelatedGroups.bullet(title)));
    bodies.fill(r, group.subList(1, group.size()), null, null, null);
    if (bodies.photo() != null) {
      r.attribute(PHOTO, bodies.photo());
    }
    return r.build();
  }
}
