package dev.akhbar.formats.internal;

import dev.akhbar.NewsDateParser;
import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.Article;
import dev.akhbar.article.Origin;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import dev.akhbar.formats.options.FieldMapping;
import dev.akhbar.spi.LineReader;
import dev.akhbar.spi.RawRecord;
import dev.akhbar.spi.RecordFinisher;
import dev.akhbar.spi.RecordSource;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads records of tagged text without an XML parser: TREC/CLEF-like pseudo-XML (the ANT corpus,
 * which escapes nothing), Abu El-Khair XML (records in a wrapper, files that close the wrong tags
 * or none), Gigaword-style SGML ({@code <DOC id=...>} with {@code <P>} paragraphs) and scrapy's XML
 * export ({@code <items><item><content><value>paragraph</value>...}).
 *
 * <p>Known field tags are captured; any other tag outside a field is a record boundary, so the
 * record and wrapper element names do not matter. A record ends at such a tag, at its closing tag,
 * or at the end of the input; a field left open at the end is closed with a warning. Text outside
 * every field is kept in a warning, not dropped. A record whose text reaches {@link
 * dev.akhbar.article.ParseLimits#maxPageChars()} is cut there with a {@code PAGE_TOO_LONG} warning,
 * and the rest of its text starts the next record, so an unclosed field holds bounded memory.
 *
 * <p>Not thread-safe: one per input.
 */
public final class TaggedSource implements RecordSource {
  /** Tags longer than this are taken as text: a lone '<' in running text. */
  private static final int MAX_TAG = 512;

  private final Reader reader;
  private final String input;
  private final NewsDateParser dates;
  private final RecordFinisher finisher;
  private final long maxRecordChars;
  private final boolean entities;
  private final boolean unknownTagsAreText;
  private final char[] buffer = new char[1 << 16];
  private int pos;
  private int limit;
  private long line = 1;
  private final LineReader.Counter lineEnds = new LineReader.Counter();
  private boolean eof;

  /**
   * The fields of the current record, each value's pieces in order (a field given twice has two).
   */
  private Map<String, List<String>> fields;

  /** The chars of the current record's fields and stray text so far, for the size limit. */
  private long recordChars;

  private Map<String, String> recordAttributes;
  private long recordLine;
  private String field;
  private long fieldLine;
  private final StringBuilder text = new StringBuilder();
  private final StringBuilder stray = new StringBuilder();
  private long strayLine;
  private final List<ParseWarning> warnings = new ArrayList<>();

  /** Warnings without text past the per-article limit: counted, not kept. */
  private long countedWarnings;

  private final int maxWarnings;

  /**
   * A source over tagged text; {@code entities} decodes XML character references, and {@code
   * unknownTagsAreText} (TREC and SGML, which escape nothing) keeps a {@code <...>} that is no tag
   * of the format ({@code <DOC>}, {@code <P>}, a field) as text.
   */
  public TaggedSource(
      Reader reader,
      String input,
      NewsDumpParser parser,
      boolean entities,
      boolean unknownTagsAreText) {
    this.reader = reader;
    this.input = input;
    this.dates = parser.dateParser();
    this.finisher = RecordFinisher.of(parser);
    this.maxRecordChars = parser.limits().maxPageChars();
    this.maxWarnings = parser.limits().maxWarningsPerArticle();
    this.entities = entities;
    this.unknownTagsAreText = unknownTagsAreText;
  }

  /**
   * Whether a tag names a field: the corpora's own names, and the keys JSON objects are read by
   * ({@code tags}, {@code link}, {@code full_text}, {@code published_time}: scrapy's XML export
   * writes an item's keys as its elements), but {@code article}, which names records in XML.
   */
  private static boolean isField(String name) {
    // The corpora's names first: most tags of a TREC or SGML file, found without a lower-case copy.
    switch (name) {
      case "DOCNO":
      case "ID":
      case "URL":
      case "SRC":
      case "SOURCE":
      case "CAT":
      case "CATEGORY":
      case "TITLE":
      case "HEADLINE":
      case "TIME":
      case "DATE":
      case "DATE_TIME":
      case "DATELINE":
      case "AUTHOR":
      case "ABSTRACT":
      case "TEXT":
      case "BODY":
      case "CONTENT":
      case "KEYWORDS":
        return true;
      default:
        String key = name.toLowerCase(Locale.ROOT);
        return !key.equals("article") && FieldMapping.DEFAULTS.fieldOf(key) != null;
    }
  }

  /** Records that held no title and no body text. */
  private long withoutText;

  @Override
  public long recordsWithoutText() {
    return withoutText;
  }

  @Override
  public Article next() throws IOException {
    while (true) {
      int c = read();
      if (c < 0) {
        if (field != null) {
          warn(
              ParseWarning.of(
                  fieldLine,
                  WarningKind.UNPLACED_TEXT,
                  "<"
                      + field
                      + "> opened on line "
                      + fieldLine
                      + " is never closed; read to the end of the input"));
          endField();
        }
        return emit(line);
      }
      if (c == '<') {
        String tag = readTag();
        if (tag == null) {
          append('<');
          continue;
        }
        if (tag == READ_AS_TEXT) {
          continue;
        }
        Article done = onTag(tag);
        if (done != null) {
          return done;
        }
      } else {
        append((char) c);
      }
      if (recordChars >= maxRecordChars) {
        return cut();
      }
    }
  }

  /**
   * The record so far, its text at the size limit: emitted with a warning, and what is still open
   * (a field, stray text) goes on in a record of its own.
   */
  private Article cut() {
    String open = field;
    if (open != null) {
      endField();
    }
    if (fields == null) {
      startRecord(null);
    }
    warnings.add(
        ParseWarning.of(
            line,
            WarningKind.PAGE_TOO_LONG,
            "the record reached the limit of "
                + maxRecordChars
                + " chars; the rest starts a new article"));
    // The rest keeps the record's attributes (a <DOC id=...>), so it can be traced to its record.
    Map<String, String> attrs = recordAttributes;
    Article done = emit(line);
    startRecord(attrs);
    if (open != null) {
      startField(open);
    }
    return done;
  }

  private void append(char c) {
    if (field != null) {
      text.append(c);
      recordChars++;
    } else if (!Character.isWhitespace(c) || stray.length() > 0) {
      if (stray.length() == 0) {
        strayLine = line;
      }
      stray.append(c);
      recordChars++;
    }
  }

  /**
   * Records a warning: one that carries text always (nothing is lost), one without text only up to
   * the per-article limit; the rest are counted and said once.
   */
  private void warn(ParseWarning w) {
    if (w.text().isPresent() || warnings.size() < maxWarnings) {
      warnings.add(w);
    } else {
      countedWarnings++;
    }
  }

  /** Hands over the record's warnings; returns how many more were only counted. */
  private long drainWarnings(java.util.function.Consumer<ParseWarning> to) {
    warnings.forEach(to);
    long counted = countedWarnings;
    warnings.clear();
    countedWarnings = 0;
    return counted;
  }

  /** A tag that is text, with its brackets. */
  private void appendTag(String tag) {
    append('<');
    for (int k = 0; k < tag.length(); k++) {
      append(tag.charAt(k));
    }
    append('>');
  }

  /** Handles one tag; returns a finished record when the tag ends one. */
  private Article onTag(String tag) {
    if (tag.startsWith("?") || tag.startsWith("!")) {
      String upper = tag.toUpperCase(Locale.ROOT);
      if (!unknownTagsAreText || upper.startsWith("?XML") || upper.startsWith("!DOCTYPE")) {
        // Markup of the file itself (a declaration, a comment in XML): no text of the record.
        return null;
      }
      // TREC and SGML escape nothing: "<!هذا>" or "<?php ...?>" in a text is text.
      appendTag(tag);
      return null;
    }
    boolean closing = tag.startsWith("/");
    String body = closing ? tag.substring(1) : tag;
    int nameEnd = 0;
    while (nameEnd < body.length()
        && !Character.isWhitespace(body.charAt(nameEnd))
        && body.charAt(nameEnd) != '/') {
      nameEnd++;
    }
    String name = body.substring(0, nameEnd).toUpperCase(Locale.ROOT);
    if (!unknownTagsAreText && !closing && body.endsWith("/")) {
      // An empty element (<author/>, <br/>): no field opens, no record starts.
      if (name.equals("BR") && field != null) {
        text.append('\n');
      }
      return null;
    }
    if (unknownTagsAreText && !isField(name) && !name.equals("P") && !name.equals("DOC")) {
      // TREC and SGML escape nothing: "<بالدولار>" or "x<y و y>z" is text of the format, not
      // markup.
      appendTag(tag);
      return null;
    }
    if (name.equals("P") || (name.equals("VALUE") && field != null)) {
      // A paragraph, or one item of a list field as scrapy's XML export writes it.
      if (field != null) {
        text.append('\n');
      }
      return null;
    }
    if (field != null) {
      if (closing && name.equals(field)) {
        endField();
      } else if (!closing && isField(name)) {
        // A field that opens inside another: the first was never closed.
        warn(
            ParseWarning.of(
                fieldLine,
                WarningKind.UNPLACED_TEXT,
                "<" + field + "> is not closed before <" + name + ">"));
        endField();
        startField(name);
      }
      // Any other tag inside a field is markup inside the text: dropped, its text kept.
      return null;
    }
    // In XML, an element that opens once its record has fields is one more field (an attribute
    // unless its name is known): <views>, <lang> are no records.
    boolean moreField =
        !unknownTagsAreText && fields != null && !fields.isEmpty() && !name.equals(recordName);
    if ((isField(name) || moreField) && !closing) {
      if (fields == null) {
        startRecord(null);
      }
      startField(name);
      return null;
    }
    // A tag that is no field, outside every field: a record starts or ends here.
    Article done = fields != null && !fields.isEmpty() ? emit(line) : null;
    if (!closing) {
      startRecord(TaggedRecords.attributes(body.substring(nameEnd)));
      recordName = name;
    } else if (done == null && fields != null && fields.isEmpty()) {
      fields = null;
    }
    return done;
  }

  /** The tag that opened the current record, or null: it opening again starts the next record. */
  private String recordName;

  private void startRecord(Map<String, String> attrs) {
    recordName = null;
    fields = new LinkedHashMap<>();
    recordAttributes = attrs == null ? Map.of() : attrs;
    recordLine = line;
    flushStray();
    recordChars = 0;
  }

  private void startField(String name) {
    // Each field opened costs a list entry: counted toward the record's size, so that a record of
    // many tiny fields is cut as a record of much text is.
    recordChars += FIELD_COST;
    field = name;
    fieldLine = line;
    text.setLength(0);
  }

  private void endField() {
    String value = entities ? Entities.decode(text) : text.toString();
    // Pieces joined once, when the record is emitted: merging strings here was quadratic.
    fields.computeIfAbsent(field, k -> new ArrayList<>(1)).add(value);
    field = null;
    text.setLength(0);
  }

  private void flushStray() {
    String s = stray.toString().strip();
    if (!s.isEmpty()) {
      warn(
          new ParseWarning(
              strayLine, WarningKind.UNPLACED_TEXT, "text outside any field", Optional.of(s)));
    }
    stray.setLength(0);
  }

  private Article emit(long lastLine) {
    if (fields == null || fields.isEmpty()) {
      flushStray();
      if (!warnings.isEmpty()) {
        // Text outside any record: carried on an article of its own so that it is not lost.
        long first = warnings.get(0).line();
        Article.Builder b =
            Article.builder(
                new Origin(input, Math.max(1, first), Math.max(Math.max(1, first), lastLine)));
        long counted = drainWarnings(b::warning);
        if (counted > 0) {
          // No finisher for text outside any record: the count is said here.
          b.warning(
              ParseWarning.of(
                  Math.max(1, first),
                  WarningKind.TOO_MANY_WARNINGS,
                  counted + " more warnings without text were counted, not kept"));
        }
        fields = null;
        return b.build();
      }
      fields = null;
      return null;
    }
    flushStray();
    recordChars = 0;
    if (warnings.isEmpty() && !TaggedRecords.hasText(fields)) {
      // <item><content></content></item>: no article, counted.
      withoutText++;
      fields = null;
      return null;
    }
    RawRecord.Builder a =
        TaggedRecords.record(
            input, recordLine, Math.max(recordLine, lastLine), fields, recordAttributes, dates);
    a.warningsNotKept(drainWarnings(a::warning));
    fields = null;
    return finisher.finish(a.build());
  }

  /** Reads a tag after '<' up to '>'; null (and nothing consumed) when it is no tag. */
  private String readTag() throws IOException {
    if (pos >= limit && !fill()) {
      return null;
    }
    char first = buffer[pos];
    if (!(Character.isLetter(first) || first == '/' || first == '?' || first == '!')) {
      return null;
    }
    StringBuilder tag = new StringBuilder(16);
    long startLine = line;
    while (true) {
      int c = read();
      if (c < 0) {
        // No '>' before the end: it was text.
        append('<');
        for (int k = 0; k < tag.length(); k++) {
          append(tag.charAt(k));
        }
        return READ_AS_TEXT;
      }
      if (c == '>') {
        return tag.toString();
      }
      tag.append((char) c);
      if (!unknownTagsAreText && tag.length() == CDATA.length() && CDATA.contentEquals(tag)) {
        cdata();
        return READ_AS_TEXT;
      }
      if (tag.length() > MAX_TAG) {
        warn(
            ParseWarning.of(
                startLine, WarningKind.UNPLACED_TEXT, "a '<' that opens no tag; read as text"));
        append('<');
        for (int k = 0; k < tag.length(); k++) {
          append(tag.charAt(k));
        }
        return READ_AS_TEXT;
      }
    }
  }

  /** What opens a CDATA section, after its '<'. */
  private static final String CDATA = "![CDATA[";

  /**
   * A CDATA section's text, read up to its {@code ]]>} as text of the field it stands in; HTML in
   * it (scrapy and feed exports keep paragraphs so) read into paragraphs, a line apart.
   */
  private void cdata() throws IOException {
    StringBuilder text = new StringBuilder();
    int close = 0;
    long dropped = 0;
    long from = line;
    for (int c; (c = read()) >= 0; ) {
      close = c == ']' ? Math.min(close + 1, 2) : c == '>' && close == 2 ? 3 : 0;
      if (close == 3) {
        // The "]]" before the '>' were kept as text: taken off again (when they were kept).
        int n = text.length();
        if (n >= 2 && text.charAt(n - 1) == ']' && text.charAt(n - 2) == ']') {
          text.setLength(n - 2);
        }
        break;
      }
      // Past the limit the section is still read to its end, as text, but not kept: what it
      // holds never turns into markup (a fake record).
      if (text.length() < maxRecordChars) {
        text.append((char) c);
      } else {
        dropped++;
      }
    }
    if (dropped > 0) {
      warn(
          ParseWarning.of(
              from,
              WarningKind.PAGE_TOO_LONG,
              "a CDATA section longer than "
                  + maxRecordChars
                  + " chars (ParseLimits.maxRecordChars); its last "
                  + dropped
                  + " chars were not kept"));
    }
    String plain =
        Markup.hasMarkup(text)
            ? String.join("\n", Markup.fragmentParagraphs(text.toString()))
            : text.toString();
    for (int k = 0; k < plain.length(); k++) {
      append(plain.charAt(k));
    }
  }

  /** The chars a field entry counts for, besides its text (see {@link #startField}). */
  private static final int FIELD_COST = 16;

  /** What {@link #readTag} returns for a '<' it read on as text (no '>' in reach). */
  @SuppressWarnings("StringOperationCanBeSimplified")
  private static final String READ_AS_TEXT = new String("");

  private int read() throws IOException {
    if (pos >= limit && !fill()) {
      return -1;
    }
    char c = buffer[pos++];
    lineEnds.accept(c);
    if (c == '\n' || c == '\r') {
      line = 1 + lineEnds.count();
    }
    return c;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = reader.read(buffer, 0, buffer.length);
    if (n <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
