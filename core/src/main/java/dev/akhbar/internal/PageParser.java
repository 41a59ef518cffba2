package dev.akhbar.internal;

import dev.akhbar.Article;
import dev.akhbar.ArticleReader;
import dev.akhbar.Origin;
import dev.akhbar.ParseLimits;
import dev.akhbar.ParseWarning;
import dev.akhbar.ParserFeature;
import dev.akhbar.WarningKind;
import dev.akhbar.date.DateParseResult;
import dev.akhbar.date.NewsDateParser;
import dev.akhbar.text.ArabicNormalizer;
import dev.akhbar.text.MojibakeRepair;
import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Reads pages in the arabkhabar.com shape from a character stream and builds one {@link Article}
 * per page.
 *
 * <p>A page: a title line; a publication-date line; body paragraphs; source and keywords lines;
 * then an optional "read also" block of related articles. A new page starts where a title line is
 * followed by a publication-date line. Blank lines carry no structure. Every non-blank line ends
 * up in exactly one place: a field of one article or a warning that carries its text.
 *
 * <p>One page is held in memory at a time. Not thread-safe: one per input.
 */
public final class PageParser implements ArticleReader.Source {
  /** The lines as chars; null while {@link #utf8} reads them. */
  private LineSource lines;
  /**
   * The lines as UTF-8 bytes, when the input is a {@link Utf8Reader} not yet read: each line is
   * then decoded and normalised in one pass where it can be (most lines), else decoded and taken
   * through the general path. Null otherwise, and once it has handed over to {@link #lines}.
   */
  private Utf8Lines utf8;
  private final NormalizerPass pass;
  private final boolean repairMojibake;
  private final Reader reader;
  private final String input;
  private final ArabicNormalizer normalizer;
  private final NewsDateParser dates;
  private final Set<ParserFeature> features;
  private final ParseLimits limits;

  private final List<Line> page = new ArrayList<>();
  private long pageChars;
  private boolean eof;
  /** The line ends the UTF-8 line reader read before it handed the rest of the input to {@link #lines}. */
  private long lineEndsBeforeRest;

  /**
   * One line of the input after repair and normalisation. Mutable only so that the parser can
   * reuse the lines of a page once its article is built ({@link #release}): nothing of a line
   * outlives its page but the strings it holds.
   */
  static final class Line {
    private int number;
    private String text;
    private Labels.Match label;
    private List<ParseWarning> warnings;

    Line(int number, String text, Labels.Match label, List<ParseWarning> warnings) {
      set(number, text, label, warnings);
    }

    Line set(int number, String text, Labels.Match label, List<ParseWarning> warnings) {
      this.number = number;
      this.text = text;
      this.label = label;
      this.warnings = warnings;
      return this;
    }

    int number() {
      return number;
    }

    String text() {
      return text;
    }

    Labels.Match label() {
      return label;
    }

    List<ParseWarning> warnings() {
      return warnings;
    }
  }

  /** Lines of built pages, to be filled again: a line per input line was a tenth of what a parse allocated. */
  private final java.util.ArrayDeque<Line> free = new java.util.ArrayDeque<>();

  private Line line(int number, String text, Labels.Match label, List<ParseWarning> warnings) {
    Line l = free.poll();
    return l == null ? new Line(number, text, label, warnings) : l.set(number, text, label, warnings);
  }

  /** The most lines kept for reuse: a page's worth and more, not what a page at the limits held. */
  private static final int MAX_FREE = 1024;

  /** Takes the lines out of the page and keeps them for reuse; the article built from them holds none. */
  private void release(List<Line> lines) {
    for (Line l : lines) {
      if (free.size() == MAX_FREE) {
        break;
      }
      free.add(l);
    }
    lines.clear();
  }

  /** A parser over one input, or a piece of one that starts at line {@code firstLine}. */
  public PageParser(Reader reader, String input, int firstLine, ArabicNormalizer normalizer, NewsDateParser dates,
      Set<ParserFeature> features, ParseLimits limits) {
    this.reader = reader;
    java.io.InputStream bytes = reader instanceof Utf8Reader ? ((Utf8Reader) reader).untouchedStream() : null;
    if (bytes != null) {
      this.utf8 = new Utf8Lines(bytes, limits.maxLineLength(), firstLine);
    } else {
      this.lines = new LineSource(reader, limits.maxLineLength(), firstLine);
    }
    this.pass = NormalizerPass.of(normalizer.operations());
    this.repairMojibake = features.contains(ParserFeature.REPAIR_MOJIBAKE);
    this.input = input;
    this.normalizer = normalizer;
    this.dates = dates;
    this.features = features;
    this.limits = limits;
  }

  @Override
  public Article next() throws IOException {
    while (!eof) {
      Line line = readLine();
      if (line == null) {
        eof = true;
        break;
      }
      int title = features.contains(ParserFeature.SPLIT_PAGES) && isDateLine(line) ? newPageTitle() : -1;
      if (title > 0) {
        // The last line with text is the new page's title; everything before it is the old page.
        List<Line> done = page.subList(0, title);
        Article a = build(done);
        release(done);
        page.add(line);
        pageChars = 0;
        for (Line l : page) {
          pageChars += l.text().length();
        }
        return a;
      }
      page.add(line);
      pageChars += line.text().length();
      if (page.size() >= limits.maxLinesPerPage() || pageChars >= limits.maxPageChars()) {
        int lastLine = line.number();
        List<Line> done = page.subList(0, page.size());
        Article a = build(done);
        release(done);
        pageChars = 0;
        return a.withWarnings(add(a.warnings(), ParseWarning.of(lastLine, WarningKind.PAGE_TOO_LONG,
            "page reached the limit of " + limits.maxLinesPerPage() + " lines or " + limits.maxPageChars()
                + " chars; the rest starts a new article")));
      }
    }
    if (page.isEmpty()) {
      return null;
    }
    // A view, as for every other page: build, compiled for views, is not compiled again at the
    // end of each input (or piece) for a list of another class.
    List<Line> done = page.subList(0, page.size());
    Article a = build(done);
    release(done);
    pageChars = 0;
    return a;
  }

  /**
   * Where a new page starts if a date line comes now: the index of the last line with text, when
   * it is no label line and some text stands before it; otherwise -1 (the date line belongs to the
   * current page).
   */
  private int newPageTitle() {
    int k = page.size() - 1;
    while (k >= 0 && page.get(k).text().isEmpty()) {
      k--;
    }
    if (k < 1 || isFirmLabel(page.get(k))) {
      return -1;
    }
    for (int j = 0; j < k; j++) {
      if (!page.get(j).text().isEmpty()) {
        return k;
      }
    }
    return -1;
  }

  private boolean isDateLine(Line line) {
    return isDateLine(line.text(), line.label(), dates);
  }

  /** A publication-date line: the label with a colon, or without one before a date or nothing. */
  private static boolean isDateLine(String text, Labels.Match m, NewsDateParser dates) {
    if (m == null || m.kind() != Labels.PUBLISHED) {
      return false;
    }
    if (m.colon()) {
      return true;
    }
    String value = text.substring(m.valueStart());
    return value.isEmpty() || dates.parse(value).isDate();
  }

  /**
   * Whether the parser starts a new page at a line whose text (as {@link #text} gives it) is
   * {@code title} when the next line with text is {@code next}: a title that is no label,
   * followed by a publication-date line. Only the two lines decide it, so an input cut before
   * such a line parses into the same pages as the input read whole.
   */
  public static boolean startsPage(String title, String next, NewsDateParser dates, Set<ParserFeature> features) {
    return features.contains(ParserFeature.SPLIT_PAGES) && !title.isEmpty() && !next.isEmpty()
        && !isFirmLabel(Labels.match(title)) && isDateLine(next, Labels.match(next), dates);
  }

  /** A raw line's text as the parser sees it: repaired when it is mojibake, normalised, trimmed. */
  public static String text(CharSequence raw, ArabicNormalizer normalizer, Set<ParserFeature> features) {
    return strip(normalizer.normalize(repaired(raw, features)));
  }

  /** The line repaired when the feature is on and it is mojibake that repairs; otherwise the line itself. */
  private static CharSequence repaired(CharSequence raw, Set<ParserFeature> features) {
    if (features.contains(ParserFeature.REPAIR_MOJIBAKE) && MojibakeRepair.looksLikeMojibake(raw)) {
      Optional<String> repaired = MojibakeRepair.repair(raw);
      if (repaired.isPresent()) {
        return repaired.get();
      }
    }
    return raw;
  }

  /** What {@link #oneLine} returns for a line that places nothing. */
  private static final Line BLANK = new Line(0, "", null, List.of());

  @Override
  public long lineEnds() {
    return utf8 != null ? utf8.lineEnds() : lineEndsBeforeRest + (lines == null ? 0 : lines.lineEnds());
  }

  private Line readLine() throws IOException {
    while (true) {
      Line line;
      if (utf8 != null) {
        if (!utf8.next()) {
          lineEndsBeforeRest = utf8.lineEnds();
          lines = utf8.rest();
          utf8 = null;
          if (lines == null) {
            return null;
          }
          continue;
        }
        line = utf8.mayBeTooLong() ? null : fromBytes();
        if (line == null) {
          line = oneLine(utf8.chars(), utf8.number(), utf8.dropped());
        }
      } else {
        if (!lines.next()) {
          return null;
        }
        line = oneLine(lines.line(), lines.number(), lines.dropped);
      }
      if (line != BLANK) {
        return line;
      }
    }
  }

  /**
   * The current line of {@link #utf8} decoded and normalised in one pass: what {@link #oneLine}
   * gives for it, or null where only the general path can tell (see {@link NormalizerPass#utf8};
   * and a line left empty after invalid characters were removed, or left with blank chars only,
   * which may have been blank or not).
   */
  private Line fromBytes() {
    long r = pass.utf8(utf8.bytes(), utf8.start(), utf8.end(), repairMojibake);
    if (r == NormalizerPass.BAIL) {
      return null;
    }
    char[] out = NormalizerPass.output();
    int to = NormalizerPass.written(r);
    int from = 0;
    while (from < to && Chars.isSpace(out[from])) {
      from++;
    }
    while (to > from && Chars.isSpace(out[to - 1])) {
      to--;
    }
    int removed = NormalizerPass.removed(r);
    if (from == to) {
      return removed == 0 ? BLANK : null;
    }
    if (Chars.isBlank(out[from]) && Chars.isBlank(CharBuffer.wrap(out, from, to - from))) {
      // Blank chars a profile keeps: the raw line may have been blank, which only it can tell.
      return null;
    }
    String text = new String(out, from, to - from);
    int number = utf8.number();
    return line(number, text, Labels.match(text), removed == 0 ? List.of() : List.of(invalidCharacters(number, removed)));
  }

  private static ParseWarning invalidCharacters(int line, int removed) {
    return ParseWarning.of(line, WarningKind.INVALID_CHARACTERS,
        removed + " invalid characters (NUL, controls, U+FFFD, lone surrogates) removed");
  }

  /** One raw line repaired, normalised and labelled; {@link #BLANK} when it places nothing. */
  private Line oneLine(CharBuffer raw, int number, long dropped) {
    if (Chars.isBlank(raw)) {
      return BLANK;
    }
    List<ParseWarning> warnings = List.of();
    if (dropped > 0) {
      warnings = add(warnings, ParseWarning.of(number, WarningKind.LINE_TOO_LONG, "line longer than "
          + limits.maxLineLength() + " chars; " + dropped + " chars dropped"));
    }
    CharSequence source = repaired(raw, features);
    if (source != raw) {
      warnings = add(warnings, ParseWarning.of(number, WarningKind.REPAIRED_ENCODING,
          "mojibake (UTF-8 read as windows-1256) repaired"));
    }
    invalid = 0;
    String text = strip(normalizer.normalize(source, countInvalid));
    if (invalid > 0) {
      warnings = add(warnings, invalidCharacters(number, invalid));
    }
    if (text.isEmpty()) {
      if (!warnings.isEmpty()) {
        // Nothing of the line is left, but what was removed is reported on its line.
        return line(number, "", null, warnings);
      }
      return BLANK;
    }
    return line(number, text, Labels.match(text), warnings);
  }

  private boolean relatedCut;
  private int relatedCutLine;

  /** Invalid characters the normaliser removed from the current line. */
  private int invalid;
  private final IntConsumer countInvalid = n -> invalid = n;

  /** The text without white space at either end; the same string when there is none. */
  private static String strip(String s) {
    int n = s.length();
    if (n == 0 || !(Chars.isSpace(s.charAt(0)) || Chars.isSpace(s.charAt(n - 1)))) {
      return s;
    }
    int from = 0;
    int to = n;
    while (from < to && Chars.isSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && Chars.isSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }



  private static List<ParseWarning> add(List<ParseWarning> list, ParseWarning w) {
    List<ParseWarning> out = new ArrayList<>(list.size() + 1);
    out.addAll(list);
    out.add(w);
    return out;
  }


  @Override
  public void close() throws IOException {
    // The byte stream is the reader's: closing the reader closes it.
    reader.close();
  }

  /** Builds the article of one page's lines. */
  Article build(List<Line> lines) {
    int first = lines.get(0).number();
    int last = lines.get(lines.size() - 1).number();
    Article.Builder a = Article.builder(new Origin(input, first, last));
    List<ParseWarning> warnings = new ArrayList<>();
    int i = 0;
    // Lines that are only carriers of warnings (all text removed) come first or anywhere.
    Line titleLine = null;
    while (i < lines.size() && lines.get(i).text().isEmpty()) {
      warnings.addAll(lines.get(i).warnings());
      i++;
    }
    if (i < lines.size() && !isFirmLabel(lines.get(i))) {
      titleLine = lines.get(i);
      a.title(titleLine.text());
      warnings.addAll(titleLine.warnings());
      i++;
    } else {
      warnings.add(ParseWarning.of(i < lines.size() ? lines.get(i).number() : first, WarningKind.MISSING_TITLE,
          "the page has no title line"));
    }
    boolean inRelated = false;
    boolean sawDate = false;
    List<Line> related = new ArrayList<>();
    List<String> pageText = new ArrayList<>();
    if (titleLine != null) {
      pageText.add(titleLine.text());
    }
    String keywordsValue = null;
    String source = null;
    List<Line> bodyLines = new ArrayList<>();
    for (; i < lines.size(); i++) {
      Line line = lines.get(i);
      warnings.addAll(line.warnings());
      if (line.text().isEmpty()) {
        continue;
      }
      Labels.Match m = line.label();
      String value = m == null ? null : Chars.stripped(line.text(), m.valueStart(), line.text().length());
      if (m != null && m.kind() == Labels.PUBLISHED && !inRelated && isDateLine(line)) {
        if (sawDate) {
          warnings.add(new ParseWarning(line.number(), WarningKind.DUPLICATE_FIELD,
              "a second publication date line", Optional.of(line.text())));
          continue;
        }
        sawDate = true;
        if (value.isEmpty() && i + 1 < lines.size() && lines.get(i + 1).label() == null
            && dates.parse(lines.get(i + 1).text()).isDate()) {
          // The label alone on its line, the date on the next.
          line = lines.get(++i);
          warnings.addAll(line.warnings());
          value = line.text();
        }
        if (value.isEmpty()) {
          warnings.add(ParseWarning.of(line.number(), WarningKind.EMPTY_FIELD, "publication date label with no date"));
          continue;
        }
        a.publishedRaw(value);
        DateParseResult r = dates.parse(value);
        if (r.isDate()) {
          a.published(r.date().get());
          for (String note : r.notes()) {
            warnings.add(ParseWarning.of(line.number(), WarningKind.DATE_NOTE, note));
          }
        } else {
          warnings.add(ParseWarning.of(line.number(), WarningKind.UNPARSED_DATE, r.error().orElse("not a date")));
        }
        continue;
      }
      if (m != null && m.kind() == Labels.SOURCE && (m.colon() || (Labels.wordCount(value) <= 6
          && nextToLabel(lines, i))) && !inRelated) {
        source = singleField(line, value, source, "source", warnings);
        continue;
      }
      if (m != null && m.kind() == Labels.KEYWORDS && !inRelated) {
        keywordsValue = singleField(line, value, keywordsValue, "keywords", warnings);
        continue;
      }
      if (m != null && m.kind() == Labels.RELATED && (m.colon() || Labels.wordCount(value) <= 20)) {
        inRelated = true;
        if (!value.isEmpty()) {
          related.add(new Line(line.number(), value, null, List.of()));
        }
        continue;
      }
      if (inRelated) {
        related.add(line);
      } else {
        bodyLines.add(line);
        pageText.add(line.text());
      }
    }
    if (!sawDate && !bodyLines.isEmpty() && titleLine != null
        && bodyLines.get(0).number() <= titleLine.number() + 2 && bodyLines.get(0).text().length() <= 100) {
      // No label, but the line under the title is a date and nothing else (a page header).
      DateParseResult r = dates.parse(bodyLines.get(0).text());
      if (r.isDate()) {
        sawDate = true;
        a.publishedRaw(bodyLines.get(0).text());
        a.published(r.date().get());
        bodyLines.remove(0);
        pageText.remove(1);
      }
    }
    if (!sawDate) {
      warnings.add(ParseWarning.of(first, WarningKind.MISSING_DATE, "the page has no publication date line"));
    }
    fillBody(a, bodyLines);
    a.source(source);
    if (keywordsValue != null) {
      a.keywords(features.contains(ParserFeature.SPLIT_KEYWORDS)
          ? KeywordSplitter.split(keywordsValue, pageText)
          : List.of(keywordsValue.split("\\s+")));
    }
    relatedCut = false;
    for (List<Line> group : splitRelated(related)) {
      a.addRelated(buildRelated(group));
    }
    if (relatedCut) {
      warnings.add(ParseWarning.of(relatedCutLine, WarningKind.PAGE_TOO_LONG, "more than "
          + limits.maxRelatedPerPage() + " related articles; the rest joins the last one"));
    }
    return capWarnings(a, warnings);
  }

  /**
   * True when the line before or after line {@code i} is a label line: a label without a colon
   * counts only among the page's other labels, so that a footnote such as "المصدر نفسه، ص120"
   * in the body stays body.
   */
  private static boolean nextToLabel(List<Line> lines, int i) {
    return (i > 0 && isFirmLabel(lines.get(i - 1))) || (i + 1 < lines.size() && isFirmLabel(lines.get(i + 1)));
  }

  /** A label line that is surely one: with a colon, or of another kind than a colon-less source. */
  private static boolean isFirmLabel(Line line) {
    return isFirmLabel(line.label());
  }

  private static boolean isFirmLabel(Labels.Match m) {
    return m != null && (m.colon() || m.kind() != Labels.SOURCE);
  }

  /**
   * The value of a field that a page gives once (source, keywords): an empty value and a second
   * line are warnings, the second carrying its text so that it is not lost.
   */
  private static String singleField(Line line, String value, String current, String name, List<ParseWarning> warnings) {
    if (value.isEmpty()) {
      warnings.add(ParseWarning.of(line.number(), WarningKind.EMPTY_FIELD, name + " label with nothing after it"));
      return current;
    }
    if (current != null) {
      warnings.add(new ParseWarning(line.number(), WarningKind.DUPLICATE_FIELD, "a second " + name + " line",
          Optional.of(line.text())));
      return current;
    }
    return value;
  }

  /** Orders a comparator once, not per article. */
  private static final java.util.Comparator<ParseWarning> BY_LINE = java.util.Comparator.comparingInt(ParseWarning::line);

  private Article capWarnings(Article.Builder a, List<ParseWarning> warnings) {
    if (warnings.isEmpty()) {
      // Most articles: no iterator, no sort.
      return a.build();
    }
    int max = limits.maxWarningsPerArticle();
    if (warnings.size() > max) {
      int dropped = warnings.size() - (max - 1);
      List<ParseWarning> kept = new ArrayList<>(warnings.subList(0, max - 1));
      kept.add(ParseWarning.of(warnings.get(max - 1).line(), WarningKind.TOO_MANY_WARNINGS,
          // No line number in the text: a piece read unshifted has its numbers shifted later, its texts never.
          dropped + " more warnings, up to the article's last line, were not kept"));
      warnings = kept;
    }
    warnings.sort(BY_LINE);
    for (ParseWarning w : warnings) {
      a.warning(w);
    }
    return a.build();
  }

  /** Body paragraphs, with the credit line and the dateline taken out where present. */
  private void fillBody(Article.Builder a, List<Line> bodyLines) {
    int end = bodyLines.size();
    String credit = null;
    if (features.contains(ParserFeature.DETECT_CREDITS) && end >= 2) {
      credit = Agencies.credit(bodyLines.get(end - 1).text());
      if (credit != null) {
        a.credit(credit);
        end--;
      }
    }
    for (int k = 0; k < end; k++) {
      a.addParagraph(bodyLines.get(k).text());
    }
    if (features.contains(ParserFeature.DETECT_DATELINES) && end > 0) {
      Datelines.Dateline d = Datelines.find(bodyLines.get(0).text());
      if (d != null) {
        a.dateline(d.place());
        if (d.agency() != null && credit == null) {
          a.credit(d.agency());
        }
      }
    }
  }

  /**
   * Splits a "read also" block into articles: a new one starts after a credit line, and at a
   * title-like line whose next line opens with a dateline.
   */
  private List<List<Line>> splitRelated(List<Line> block) {
    List<List<Line>> groups = new ArrayList<>();
    List<Line> current = null;
    for (int k = 0; k < block.size(); k++) {
      Line line = block.get(k);
      boolean start = current == null
          || (features.contains(ParserFeature.DETECT_CREDITS) && current.size() >= 2
              && Agencies.credit(current.get(current.size() - 1).text()) != null)
          || (current.size() >= 2 && k + 1 < block.size() && titleLike(line.text())
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

  /** Short, and not ending like a sentence or a lead-in; the word count last, as it reads the whole line. */
  private static boolean titleLike(String text) {
    char end = text.charAt(text.length() - 1);
    return end != '.' && end != ':' && end != '،' && end != ',' && text.length() <= 250
        && Labels.wordCount(text) <= 25;
  }

  private Article buildRelated(List<Line> group) {
    int first = group.get(0).number();
    int last = group.get(group.size() - 1).number();
    Article.Builder r = Article.builder(new Origin(input, first, last));
    r.title(group.get(0).text());
    fillBody(r, group.subList(1, group.size()));
    return r.build();
  }
}
