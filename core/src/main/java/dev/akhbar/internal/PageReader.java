package dev.akhbar.internal;

import dev.akhbar.article.Article;
import dev.akhbar.article.ParseLimits;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.ParserFeature;
import dev.akhbar.article.WarningKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a character stream into pages in the arabkhabar.com shape and hands each page's lines to the
 * {@link Finisher}.
 *
 * <p>A page: a title line; a publication-date line; body paragraphs; source and keywords lines;
 * then an optional "read also" block of related articles. A new page starts where a title line is
 * followed by a publication-date line; in a page with no date line, also where {@link PlainBreaks}
 * sees one (a title after blank lines, or a line that is a whole article). Every non-blank line
 * ends up in exactly one place: a field of one article or a warning that carries its text.
 *
 * <p>One page is held in memory at a time. Not thread-safe: one per input.
 */
public final class PageReader implements ArticleSource {
  /** The lines as chars; null while {@link #utf8} reads them. */
  private LineSource lines;

  /**
   * The lines as UTF-8 bytes, when the input is a {@link Utf8Reader} not yet read: each line is
   * then decoded and normalised in one pass where it can be (most lines), else decoded and taken
   * through the general path. Null otherwise, and once it has handed over to {@link #lines}.
   */
  private Utf8Lines utf8;

  private final Reader reader;
  private final String input;
  private final DateGrammar dates;
  private final boolean splitPages;
  private final ParseLimits limits;
  private final LinePreparer preparer;
  private final Finisher finisher;

  private final List<TextLine> page = new ArrayList<>();
  private long pageChars;
  private boolean eof;

  /** Whether the page holds a publication-date line, or a "read also" label. */
  private boolean pageHasDate;

  private boolean pageHasRelated;

  /**
   * The page's lines with text, the last one's number, and the widest run of lines without text
   * between two of them: all of them, all before the last, all before the one before it.
   */
  private int textLines;

  private long lastTextNumber;
  private long secondLastTextNumber;
  private long thirdLastTextNumber;

  /** Where in the page the last two lines with text are. */
  private int lastTextIndex;

  private int secondLastTextIndex;

  /** Whether the page's first line with text is a whole article's length. */
  private boolean firstLong;

  /** Whether the last two lines with text were looked at as a possible break already. */
  private boolean pairSeen;

  private long widestGap;

  /**
   * The widest run between lines with text after the page's second (between paragraphs, past the
   * gap under the title), -1 for none yet; then as it was before the last and the one before it.
   */
  private long widestBodyGap = -1;

  private long widestBodyGapBeforeLast = -1;
  private long widestBodyGapBeforeSecondLast = -1;

  /** The run of lines without text between the page's first two lines with text. */
  private long titleGap;

  private long widestGapBeforeLast;
  private long widestGapBeforeSecondLast;

  /**
   * The line ends the UTF-8 line reader read before it handed the rest of the input to {@link
   * #lines}.
   */
  private long lineEndsBeforeRest;

  /** A reader of one input, or of a piece of one that starts at line {@code firstLine}. */
  public PageReader(Reader reader, String input, long firstLine, Settings settings) {
    this.reader = reader;
    InputStream bytes =
        reader instanceof Utf8Reader ? ((Utf8Reader) reader).untouchedStream() : null;
    if (bytes != null) {
      this.utf8 = new Utf8Lines(bytes, settings.limits().maxLineLength(), firstLine);
    } else {
      this.lines = new LineSource(reader, settings.limits().maxLineLength(), firstLine);
    }
    this.input = input;
    this.dates = settings.dates();
    this.splitPages = settings.on(ParserFeature.SPLIT_PAGES);
    this.limits = settings.limits();
    this.preparer = new LinePreparer(settings);
    this.finisher = new Finisher(settings, preparer);
  }

  @Override
  public Article next() throws IOException {
    while (!eof) {
      TextLine line = readLine();
      if (line == null) {
        eof = true;
        break;
      }
      boolean dateLine = splitPages && (isDateLine(line) || isBareDateUnderTitle(line));
      int title = dateLine ? newPageTitle() : -1;
      if (title < 0 && !dateLine) {
        title = plainBreak();
      }
      if (title > 0) {
        // Everything before the new page's first line is the old page.
        List<TextLine> done = page.subList(0, title);
        Article a = finisher.page(input, done);
        preparer.release(done);
        page.add(line);
        recount(dateLine);
        return a;
      }
      page.add(line);
      pageChars += line.text().length();
      counted(line, page.size() - 1, dateLine);
      if (page.size() >= limits.maxLinesPerPage() || pageChars >= limits.maxPageChars()) {
        long lastLine = line.number();
        List<TextLine> done = page.subList(0, page.size());
        Article a = finisher.page(input, done);
        preparer.release(done);
        recount(false);
        return a.withWarnings(
            LinePreparer.add(
                a.warnings(),
                ParseWarning.of(
                    lastLine,
                    WarningKind.PAGE_TOO_LONG,
                    "page reached the limit of "
                        + limits.maxLinesPerPage()
                        + " lines or "
                        + limits.maxPageChars()
                        + " chars; the rest starts a new article")));
      }
    }
    if (page.isEmpty()) {
      return null;
    }
    int last = plainBreak();
    // A view, as for every other page: the finisher, compiled for views, is not compiled again at
    // the end of each input (or piece) for a list of another class.
    List<TextLine> done = page.subList(0, last > 0 ? last : page.size());
    Article a = finisher.page(input, done);
    preparer.release(done);
    recount(false);
    return a;
  }

  /**
   * Where a page without a date line breaks before its last line with text comes to the next line:
   * the index of the line that starts the new article ({@link PlainBreaks}), or -1. Looking back
   * only once the line after the pair has come keeps a page start (a title before a date line) out
   * of the pair, so an input cut at page starts breaks as the whole input does. Each pair is looked
   * at once, however many lines without text follow it.
   */
  private int plainBreak() {
    if (!splitPages || pageHasDate || pageHasRelated || textLines < 2 || pairSeen) {
      return -1;
    }
    pairSeen = true;
    TextLine last = page.get(lastTextIndex);
    TextLine before = page.get(secondLastTextIndex);
    if (firstLong && PlainBreaks.isLong(before) && PlainBreaks.isLong(last)) {
      // A page that opens with a whole-article line, and two such lines in a row: a dump of one
      // article per line. (Under a title, long paragraphs stay one article.)
      return lastTextIndex;
    }
    if (textLines >= 3
        && PlainBreaks.startsArticle(
            before,
            last,
            before.number() - thirdLastTextNumber - 1,
            last.number() - before.number() - 1,
            widestGapBeforeSecondLast,
            widestBodyGapBeforeSecondLast >= 0 ? widestBodyGapBeforeSecondLast : titleGap)) {
      return secondLastTextIndex;
    }
    return -1;
  }

  /** Updates what the page has seen with a line just added to it. */
  private void counted(TextLine line, int index, boolean dateLine) {
    pageHasDate |= dateLine;
    if (line.text().isEmpty()) {
      return;
    }
    Labels.Match m = line.label();
    pageHasRelated |= m != null && m.kind() == Labels.RELATED;
    long gap = textLines == 0 ? 0 : line.number() - lastTextNumber - 1;
    if (textLines == 1) {
      titleGap = gap;
    }
    widestGapBeforeSecondLast = widestGapBeforeLast;
    widestGapBeforeLast = widestGap;
    widestGap = Math.max(widestGap, gap);
    widestBodyGapBeforeSecondLast = widestBodyGapBeforeLast;
    widestBodyGapBeforeLast = widestBodyGap;
    if (textLines >= 2) {
      widestBodyGap = Math.max(widestBodyGap, gap);
    }
    if (textLines == 0) {
      firstLong = PlainBreaks.isLong(line);
    }
    thirdLastTextNumber = secondLastTextNumber;
    secondLastTextNumber = lastTextNumber;
    lastTextNumber = line.number();
    secondLastTextIndex = lastTextIndex;
    lastTextIndex = index;
    textLines++;
    pairSeen = false;
  }

  /**
   * Counts the page again from its lines, after its start was cut off. Only its last line can be a
   * date line: a page with one before it would not have been cut.
   */
  private void recount(boolean lastIsDate) {
    pageChars = 0;
    pageHasDate = false;
    pageHasRelated = false;
    textLines = 0;
    firstLong = false;
    pairSeen = false;
    widestGap = 0;
    widestGapBeforeLast = 0;
    widestGapBeforeSecondLast = 0;
    widestBodyGap = -1;
    widestBodyGapBeforeLast = -1;
    widestBodyGapBeforeSecondLast = -1;
    titleGap = 0;
    for (int i = 0; i < page.size(); i++) {
      TextLine l = page.get(i);
      pageChars += l.text().length();
      counted(l, i, lastIsDate && i == page.size() - 1);
    }
  }

  /**
   * Where a new page starts if a date line comes now: the index of the last line with text, when it
   * is no label line and some text stands before it; otherwise -1 (the date line belongs to the
   * current page).
   */
  private int newPageTitle() {
    int k = page.size() - 1;
    while (k >= 0 && page.get(k).text().isEmpty()) {
      k--;
    }
    if (k < 1 || Finisher.isFirmLabel(page.get(k).label())) {
      return -1;
    }
    for (int j = 0; j < k; j++) {
      if (!page.get(j).text().isEmpty()) {
        return k;
      }
    }
    return -1;
  }

  private boolean isDateLine(TextLine line) {
    return Finisher.isDateLine(line.text(), line.label(), dates);
  }

  /** Whether a line is a date alone under the page's last line with text, a title-like one. */
  private boolean isBareDateUnderTitle(TextLine line) {
    if (textLines == 0) {
      return false;
    }
    TextLine title = page.get(lastTextIndex);
    return PlainBreaks.isTitleOverBareDate(
        title.text(), title.label(), line.text(), line.label(), dates);
  }

  /**
   * Whether a reader with these settings starts a new page at a raw line {@code title} when the
   * next line with text is {@code next}: a title that is no label, followed by a publication-date
   * line, or a title-like line followed by a date alone ({@link PlainBreaks#isTitleOverBareDate}).
   * Only the two lines decide it, so an input cut before such a line parses into the same pages as
   * the input read whole.
   */
  public static boolean startsPage(CharSequence title, CharSequence next, Settings settings) {
    if (!settings.on(ParserFeature.SPLIT_PAGES)) {
      return false;
    }
    String t = LinePreparer.text(title, settings);
    String n = LinePreparer.text(next, settings);
    if (t.isEmpty() || n.isEmpty()) {
      return false;
    }
    Labels.Match titleLabel = Labels.match(t);
    Labels.Match nextLabel = Labels.match(n);
    return (!Finisher.isFirmLabel(titleLabel)
            && Finisher.isDateLine(n, nextLabel, settings.dates()))
        || PlainBreaks.isTitleOverBareDate(t, titleLabel, n, nextLabel, settings.dates());
  }

  /**
   * Whether a raw line keeps any text once repaired and normalised; lines that keep none are blank
   * to the reader.
   */
  public static boolean keepsText(CharSequence line, Settings settings) {
    return !LinePreparer.text(line, settings).isEmpty();
  }

  /**
   * The line ends (LF, CRLF or CR) read so far; all of the input's once the articles are exhausted.
   */
  @Override
  public long lineEnds() {
    return utf8 != null
        ? utf8.lineEnds()
        : lineEndsBeforeRest + (lines == null ? 0 : lines.lineEnds());
  }

  private TextLine readLine() throws IOException {
    while (true) {
      TextLine line;
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
        line =
            utf8.mayBeTooLong()
                ? null
                : preparer.prepareUtf8(utf8.bytes(), utf8.start(), utf8.end(), utf8.number());
        if (line == null) {
          line = preparer.prepare(utf8.chars(), utf8.number(), utf8.dropped());
        }
      } else {
        if (!lines.next()) {
          return null;
        }
        line = preparer.prepare(lines.line(), lines.number(), lines.dropped);
      }
      if (line != LinePreparer.BLANK) {
        return line;
      }
    }
  }

  @Override
  public void close() throws IOException {
    // The byte stream is the reader's: closing the reader closes it.
    reader.close();
  }
}
