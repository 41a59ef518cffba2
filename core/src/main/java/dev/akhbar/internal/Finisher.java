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
import java.util.Comparator;
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
  /** Orders a comparator once, not per article. */
  private static final Comparator<ParseWarning> BY_LINE =
      Comparator.comparingLong(ParseWarning::line);

  private final DateGrammar dates;
  private final boolean splitKeywords;
  private final boolean detectCredits;
  private final boolean detectDatelines;
  private final ParseLimits limits;
  private final LinePreparer preparer;

  private boolean relatedCut;
  private long relatedCutLine;

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
  }

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
      f.warnings.add(missingTitle(i < lines.size() ? lines.get(i).number() : first));
    }
    scan(a, lines, i, f);
    if (titleLine != null) {
      dateUnderTitle(a, f, titleLine.number());
    }
    if (!f.sawDate) {
      mergedArticles(f);
    }
    return finish(a, f, first, null, null);
  }

  /** The date a wire dateline gave ("لندن 27-7-2012 وفا-"), and its line; null for none. */
  private String leadDate;

  private long leadDateLine;

  /** How many words a photo caption above the lead may have. */
  private static final int MAX_CAPTION_WORDS = 30;

  /**
   * Whether a paragraph is a photo caption: short, and opening with "صورة" / "الصورة" or closing
   * with an agency in brackets ("... (رويترز)") without ending a sentence before it.
   */
  static boolean isCaption(String p) {
    // The cheap tests first: this runs on every article's first paragraph.
    if (p.isEmpty() || p.length() > MAX_CAPTION_WORDS * 12) {
      return false;
    }
    int from = p.charAt(0) == '(' ? 1 : 0;
    boolean photo =
        p.startsWith("صورة", from) || p.startsWith("الصورة", from) || p.startsWith("صور ", from);
    if (!photo && !p.endsWith(")")) {
      return false;
    }
    if (Labels.wordCount(p) > MAX_CAPTION_WORDS || Datelines.has(p)) {
      return false;
    }
    if (photo) {
      return true;
    }
    int open = p.lastIndexOf('(');
    return open > 0
        && Agencies.credit(p.substring(open + 1, p.length() - 1)) != null
        && p.charAt(Chars.trimWhitespace(p, 0, open) - 1) != '.';
  }

  /**
   * A title without the outlet it opens with ("العربية.نت : عنوان" → "عنوان"); the outlet is kept
   * for the source. Only a known outlet is taken: "نابل : ..." names a place.
   */
  private static String withoutSite(String title, Found f) {
    int colon = title.indexOf(':');
    if (colon < 2 || colon > 40 || colon + 1 >= title.length()) {
      return title;
    }
    String site = title.substring(0, colon).strip();
    String rest = title.substring(colon + 1).strip();
    if (rest.isEmpty() || Labels.wordCount(site) > 3 || !Bylines.isOutlet(site)) {
      return title;
    }
    f.site = site;
    return rest;
  }

  /**
   * The source, and the address a source line gives: a link ("https://www.shorouknews.com/...")
   * names its site as the source; "الشروق - shorouknews.com" gives both. A title's outlet prefix is
   * the source where no source line is, else the attribute {@code site}.
   */
  private static void sourceAndAddress(Article.Builder a, Found f) {
    String source = f.source;
    String address = null;
    if (source != null) {
      String s = source.strip();
      int dash = s.lastIndexOf(" - ");
      if (s.startsWith("http://") || s.startsWith("https://") || s.startsWith("www.")) {
        address = s;
        String host = s.replaceFirst("^https?://", "");
        int slash = host.indexOf('/');
        host = slash < 0 ? host : host.substring(0, slash);
        source = host.startsWith("www.") ? host.substring(4) : host;
      } else if (dash > 0 && isAddress(s.substring(dash + 3).strip())) {
        address = s.substring(dash + 3).strip();
        source = s.substring(0, dash).strip();
      }
    }
    if (source == null && f.site != null) {
      source = f.site;
    } else if (f.site != null) {
      a.attribute("site", f.site);
    }
    a.source(source);
    if (address != null) {
      if (f.urlGiven) {
        a.attribute("sourceUrl", address);
      } else {
        a.url(address);
      }
    }
  }

  /**
   * Whether a record's first line only marks its site: the record's own source or site name. (A
   * bare web address there, "AHDATH.INFO", is read as the credit, as on a page of text.)
   */
  private static boolean isSiteMark(String first, String source, Map<String, String> attributes) {
    return first.equals(source)
        || first.equals(attributes.get("site"))
        || first.equals(attributes.get("sitename"));
  }

  /** A bare web address: "shorouknews.com", "www.alriyadh.com/1000001". */
  private static boolean isAddress(String s) {
    if (s.isEmpty() || s.indexOf(' ') >= 0) {
      return false;
    }
    String host = s.replaceFirst("^https?://", "");
    int slash = host.indexOf('/');
    host = slash < 0 ? host : host.substring(0, slash);
    // By hand, not by a regex: a repeated group recurses per label, and a long line of "a." once
    // overflowed the stack.
    if (host.length() > MAX_HOST) {
      return false;
    }
    String[] labels = host.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty() || !label.chars().allMatch(Finisher::isHostChar)) {
        return false;
      }
    }
    String top = labels[labels.length - 1];
    return top.length() >= 2 && top.chars().allMatch(c -> (c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  }

  /** The longest host name DNS allows. */
  private static final int MAX_HOST = 253;

  private static boolean isHostChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
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

  /** How many article starts inside one body make it read as several articles. */
  private static final int MERGED_STARTS = 2;

  /**
   * Warns when a page without date lines holds several title-like lines each followed by a
   * paragraph: articles the blank-line rule could not tell apart (one blank line everywhere).
   */
  private static void mergedArticles(Found f) {
    List<Long> starts = new ArrayList<>();
    for (int k = 1; k + 1 < f.body.size(); k++) {
      if (PlainBreaks.isTitleLike(f.body.get(k))
          && PlainBreaks.isParagraphLike(f.body.get(k + 1))) {
        starts.add(f.body.get(k).number());
        if (starts.size() > 10) {
          break;
        }
      }
    }
    if (starts.size() >= MERGED_STARTS) {
      f.warnings.add(
          ParseWarning.of(
              f.body.get(0).number(),
              WarningKind.MERGED_ARTICLES,
              "the page may hold several articles: title-like lines (titles, or intertitles of one"
                  + " long article) at lines "
                  + starts.stream()
                      .limit(10)
                      .map(String::valueOf)
                      .collect(java.util.stream.Collectors.joining(", "))
                  + (starts.size() > 10 ? ", ..." : "")
                  + "; it was kept as one"));
    }
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
    String title = field(r.title(), line, f.warnings);
    a.title(withoutSite(title, f));
    f.urlGiven = r.url() != null;
    if (title.isEmpty()) {
      f.warnings.add(missingTitle(line));
    } else {
      f.pageText.add(title);
    }
    Optional.ofNullable(r.url()).ifPresent(a::url);
    Bylines.Byline byline = null;
    String author = nonEmpty(field(r.author(), line, f.warnings)).orElse(null);
    if (author != null && detectCredits && detectDatelines) {
      // A byline's place and credit fill the dateline and credit when the text gives none.
      byline = Bylines.read(author);
      author = byline.person();
    }
    if (author != null) {
      a.author(author);
    }
    f.source = nonEmpty(field(r.source(), line, f.warnings)).orElse(null);
    for (Map.Entry<String, String> e : r.attributes().entrySet()) {
      nonEmpty(field(e.getValue(), line, f.warnings)).ifPresent(v -> a.attribute(e.getKey(), v));
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
    if (lines.size() > 1 && isSiteMark(lines.get(0).text(), f.source, r.attributes())) {
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
      dateUnderTitle(a, f, line);
    }
    String credit = nonEmpty(field(r.credit(), line, f.warnings)).orElse(null);
    String dateline = nonEmpty(field(r.dateline(), line, f.warnings)).orElse(null);
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
      if (m != null
          && m.kind() == Labels.RELATED_LINE
          && m.colon()
          && !value.isEmpty()
          && !inRelated) {
        // "للمزيد: TITLE": a headline of a related article; the body goes on after it.
        f.headlines.add(new TextLine(line.number(), value, null, List.of()));
        continue;
      }
      if (m != null && m.kind() == Labels.RELATED && (m.colon() || Labels.wordCount(value) <= 20)) {
        inRelated = true;
        if (!value.isEmpty()) {
          f.related.add(new TextLine(line.number(), value, null, List.of()));
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
   * page header).
   */
  private void dateUnderTitle(Article.Builder a, Found f, long titleLine) {
    if (f.sawDate || f.body.isEmpty()) {
      return;
    }
    TextLine first = f.body.get(0);
    if (first.number() <= titleLine + 2 && first.text().length() <= 100) {
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

  /** Arabic letters enough to call a text Arabic, when question marks are few. */
  private static final int ARABIC_ENOUGH = 10;

  /**
   * A warning when an article's text (title and paragraphs) has no Arabic letter, or is more than a
   * third question marks ("??? ?????"), or null. Reading stops as soon as the text is plainly
   * Arabic, which for Arabic text is within its first words.
   */
  private static ParseWarning notArabic(List<String> text, long line) {
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

  /**
   * What every article gets last: the script check, body, credit and dateline, the date warning,
   * source, keywords, related, warnings.
   */
  private Article finish(Article.Builder a, Found f, long first, String credit, String dateline) {
    ParseWarning script = notArabic(f.pageText, first);
    if (script != null) {
      f.warnings.add(script);
    }
    leadDate = null;
    fillBody(a, f.body, credit, dateline, f.byline);
    if (a.body().isEmpty()) {
      f.warnings.add(
          ParseWarning.of(first, WarningKind.EMPTY_BODY, "the article has no body text"));
    }
    if (!f.sawDate && leadDate != null && dates.parse(leadDate).isDate()) {
      // "لندن 27-7-2012 وفا-": the wire dateline dates an article that has no date line.
      a.publishedRaw(leadDate);
      parseDate(a, leadDate, leadDateLine, f.warnings);
      f.sawDate = true;
    }
    if (!f.sawDate) {
      f.warnings.add(
          ParseWarning.of(first, WarningKind.MISSING_DATE, "the article has no publication date"));
    }
    sourceAndAddress(a, f);
    if (f.keywords != null && !f.keywordsGiven) {
      a.keywords(
          splitKeywords
              ? KeywordSplitter.split(f.keywords, f.pageText)
              : List.of(f.keywords.split("\\s+")));
    }
    relatedCut = false;
    List<List<TextLine>> groups = splitRelated(f.related);
    if (!f.headlines.isEmpty()) {
      for (TextLine h : f.headlines) {
        if (groups.size() < limits.maxRelatedPerPage() || groups.isEmpty()) {
          groups.add(new ArrayList<>(List.of(h)));
        } else {
          // Past the limit a headline joins the last related article, and the cut is reported.
          groups.get(groups.size() - 1).add(h);
          if (!relatedCut) {
            relatedCut = true;
            relatedCutLine = h.number();
          }
        }
      }
      groups.sort((x, y) -> Long.compare(x.get(0).number(), y.get(0).number()));
    }
    for (List<TextLine> group : groups) {
      a.addRelated(buildRelated(f.input, group));
    }
    if (relatedCut) {
      f.warnings.add(
          ParseWarning.of(
              relatedCutLine,
              WarningKind.PAGE_TOO_LONG,
              "more than "
                  + limits.maxRelatedPerPage()
                  + " related articles; the rest joins the last one"));
    }
    return capWarnings(a, f.warnings, f.warningsNotKept, first);
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

  private static Optional<String> nonEmpty(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private static ParseWarning missingTitle(long line) {
    return ParseWarning.of(line, WarningKind.MISSING_TITLE, "the article has no title");
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

  /**
   * The article with its warnings, at most {@code maxWarningsPerArticle} of those without text; the
   * rest, and {@code notKept} more a reader counted itself (from line {@code notKeptLine}), are
   * said in one {@code TOO_MANY_WARNINGS}.
   */
  private Article capWarnings(
      Article.Builder a, List<ParseWarning> warnings, long notKept, long notKeptLine) {
    if (warnings.isEmpty() && notKept == 0) {
      // Most articles: no iterator, no sort.
      return a.build();
    }
    int max = limits.maxWarningsPerArticle();
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

  /**
   * Body paragraphs, with the credit line and the dateline taken out where present; a credit or
   * dateline the record gave wins over one found in the text, which wins over its byline's.
   */
  private void fillBody(
      Article.Builder a,
      List<TextLine> bodyLines,
      String givenCredit,
      String givenDateline,
      Bylines.Byline byline) {
    int start = 0;
    int end = bodyLines.size();
    String credit = givenCredit;
    if (credit == null && detectCredits && end >= 2) {
      credit = Agencies.credit(bodyLines.get(end - 1).text());
      if (credit != null) {
        end--;
      }
    }
    if (detectCredits && end >= 1 && bodyLines.get(0).text().length() <= Bylines.MAX_LINE) {
      // A byline above the text ("AHDATH.INFO", "العربية.نت - دبي", "بقلم محمد علي") is no
      // paragraph.
      Bylines.Byline lead = Bylines.line(bodyLines.get(0).text());
      // Taken only when each of its parts has a field to go to; else the line stays a paragraph.
      if (lead != null
          && (lead.credit() == null || credit == null)
          && (lead.person() == null || byline == null || byline.person() == null)
          && (lead.place() == null || givenDateline == null)) {
        start = 1;
        if (lead.credit() != null) {
          credit = lead.credit();
        }
        if (lead.person() != null) {
          a.author(lead.person());
        }
        if (lead.place() != null) {
          givenDateline = lead.place();
        }
      }
    }
    String last = null;
    if (credit == null && detectCredits && end > start) {
      // "... في المدينة. (أ ف ب)": the credit closing the last paragraph.
      String text = bodyLines.get(end - 1).text();
      int open = Agencies.closingCredit(text);
      if (open > 0) {
        credit = Chars.stripped(text, open + 1, text.length() - 1);
        last = Chars.stripped(text, 0, open);
      }
    }
    for (int k = start; k < end; k++) {
      a.addParagraph(k == end - 1 && last != null ? last : bodyLines.get(k).text());
    }
    String dateline = givenDateline;
    if (dateline == null && detectDatelines && end > start) {
      int lead = start;
      if (end > start + 1 && isCaption(bodyLines.get(start).text())) {
        // "صورة أرشيفية ... (رويترز)" above the lead: the dateline is the lead's.
        lead = start + 1;
      }
      Datelines.Dateline d = Datelines.find(bodyLines.get(lead).text());
      if (d != null) {
        dateline = d.place();
        if (credit == null) {
          credit = d.agency();
        }
        leadDate = d.date();
        leadDateLine = bodyLines.get(lead).number();
      }
    }
    if (byline != null) {
      credit = credit == null ? byline.credit() : credit;
      dateline = dateline == null ? byline.place() : dateline;
    }
    if (credit != null) {
      a.credit(credit);
    }
    if (dateline != null) {
      a.dateline(dateline);
    }
  }

  /**
   * Splits a "read also" block into articles: a new one starts after a credit line, at a bulleted
   * or numbered line, at a title-like line whose next line opens with a dateline, and at every line
   * of a block of title-like lines only (a list of headlines).
   */
  private List<List<TextLine>> splitRelated(List<TextLine> block) {
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
              || (list && bullet(line.text()) > 0)
              || (detectCredits
                  && current.size() >= 2
                  && Agencies.credit(current.get(current.size() - 1).text()) != null)
              || (current.size() >= 2
                  && k + 1 < block.size()
                  && titleLike(line.text())
                  && Datelines.has(block.get(k + 1).text()));
      if (start && groups.size() >= limits.maxRelatedPerPage()) {
        // Past the limit the lines join the last related article, and the cut is reported.
        if (!relatedCut) {
          relatedCut = true;
          relatedCutLine = line.number();
        }
        start = false;
      }
      if (start) {
        current = new ArrayList<>();
        groups.add(current);
      }
      current.add(line);
    }
    return groups;
  }

  /**
   * Short, and not ending like a sentence or a lead-in; the word count last, as it reads the whole
   * line.
   */
  private static boolean titleLike(String text) {
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

  private Article buildRelated(String input, List<TextLine> group) {
    long first = group.get(0).number();
    long last = group.get(group.size() - 1).number();
    Article.Builder r = Article.builder(new Origin(input, first, last));
    String title = group.get(0).text();
    r.title(title.substring(bullet(title)));
    fillBody(r, group.subList(1, group.size()), null, null, null);
    return r.build();
  }
}
