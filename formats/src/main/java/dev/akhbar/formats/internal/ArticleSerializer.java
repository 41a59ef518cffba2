package dev.akhbar.formats.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.akhbar.article.Article;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.date.NewsDate;
import dev.akhbar.formats.options.OutputFormat;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine behind {@code ArticleWriter} and the parallel runners' fragment writers: writes
 * articles as JSON Lines, a JSON array (or a fragment of one) or CSV through Jackson's generators;
 * where asked, tells where it wrote each line number, so that a fragment's numbers can be shifted
 * as it is joined. See {@code ArticleWriter} for the shape of the output.
 *
 * <p>Not thread-safe: one per output. Closing it closes the stream.
 */
public final class ArticleSerializer implements Closeable, Flushable {
  /** Told where each line number above 0 was written: the output offset its digits end at. */
  public interface LinePositions {
    /** {@code value}'s decimal digits end at output offset {@code end}. */
    void add(long end, long value);
  }

  // Root values (articles) separated by a newline: JSON Lines without a pretty printer, whose
  // calls would run for every structural token. Fragments of an array use a comma instead.
  private static final JsonFactory LINES =
      new JsonFactoryBuilder().rootValueSeparator("\n").build();
  private static final JsonFactory ARRAY_FRAGMENT =
      new JsonFactoryBuilder().rootValueSeparator(",").build();
  private static final JsonFactory ARRAY = new JsonFactoryBuilder().build();

  // Keys quoted and encoded once, not per article.
  private static final SerializedString TITLE = new SerializedString("title");
  private static final SerializedString PUBLISHED = new SerializedString("published");
  private static final SerializedString PUBLISHED_RAW = new SerializedString("publishedRaw");
  private static final SerializedString SOURCE = new SerializedString("source");
  private static final SerializedString KEYWORDS = new SerializedString("keywords");
  private static final SerializedString DATELINE = new SerializedString("dateline");
  private static final SerializedString CREDIT = new SerializedString("credit");
  private static final SerializedString BODY = new SerializedString("body");
  private static final SerializedString RELATED = new SerializedString("related");
  private static final SerializedString URL = new SerializedString("url");
  private static final SerializedString AUTHOR = new SerializedString("author");
  private static final SerializedString ATTRIBUTES = new SerializedString("attributes");
  private static final SerializedString ORIGIN = new SerializedString("origin");
  private static final SerializedString INPUT = new SerializedString("input");
  private static final SerializedString LINE = new SerializedString("line");
  private static final SerializedString LAST_LINE = new SerializedString("lastLine");
  private static final SerializedString OFFSET = new SerializedString("offset");
  private static final SerializedString WARNINGS = new SerializedString("warnings");
  private static final SerializedString KIND = new SerializedString("kind");
  private static final SerializedString MESSAGE = new SerializedString("message");
  private static final SerializedString TEXT = new SerializedString("text");

  private final JsonGenerator json;

  /** The article's strings in JSON and JSON Lines: what {@code json.writeString} writes, sooner. */
  private final JsonText text = new JsonText();

  private final OutputFormat format;
  private long written;

  /** The CSV columns, in order. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "title",
          "published",
          "publishedRaw",
          "source",
          "keywords",
          "dateline",
          "credit",
          "body",
          "related",
          "url",
          "author",
          "attributes",
          "input",
          "line",
          "lastLine",
          "warnings");

  private static final CsvFactory CSV_FACTORY = new CsvFactory();

  private final boolean fragment;
  private final boolean neutraliseFormulas;
  private boolean closed;

  /** Where line numbers went, or null when nobody asked. */
  private final LinePositions numbers;

  /** The bytes the generator has handed to the stream, when {@link #numbers} are recorded. */
  private final Counting counted;

  /**
   * A writer of a whole output, or of a fragment ({@code fragment}: JSON Lines as usual; a JSON
   * array's objects without the brackets; CSV rows without the header), telling {@code numbers}
   * (when not null; JSON and JSON Lines only) where line numbers go.
   */
  public ArticleSerializer(
      OutputStream out,
      OutputFormat format,
      boolean fragment,
      LinePositions numbers,
      boolean neutraliseFormulas,
      boolean closeStream)
      throws IOException {
    this.format = Objects.requireNonNull(format, "format");
    this.fragment = fragment;
    this.neutraliseFormulas = neutraliseFormulas;
    this.numbers = numbers;
    Objects.requireNonNull(out, "out");
    if (numbers != null) {
      if (format == OutputFormat.CSV) {
        throw new IllegalArgumentException(
            "line numbers are recorded in JSON and JSON Lines output, not CSV");
      }
      counted = new Counting(out);
      out = counted;
    } else {
      counted = null;
    }
    if (format == OutputFormat.CSV) {
      CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(!fragment);
      CSV_COLUMNS.forEach(schema::addColumn);
      CsvGenerator csv = CSV_FACTORY.createGenerator(out, JsonEncoding.UTF8);
      csv.setSchema(schema.build());
      csv.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, closeStream);
      this.json = csv;
      return;
    }
    // A fragment of an array: objects separated by commas, no brackets; the caller assembles it.
    JsonFactory factory = format == OutputFormat.JSONL ? LINES : fragment ? ARRAY_FRAGMENT : ARRAY;
    this.json = factory.createGenerator(out, JsonEncoding.UTF8);
    json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, closeStream);
    // Surrogates (and everything above them) as \\uXXXX escapes: a lone surrogate an article may
    // hold stays valid JSON and reads back as the same string. Arabic stays unescaped.
    json.setHighestNonEscapedChar(0xD7FF);
    if (format == OutputFormat.JSON && !fragment) {
      json.writeStartArray();
    }
  }

  /**
   * Writes one article.
   *
   * @throws IllegalStateException after {@link #close}
   */
  public void write(Article article) throws IOException {
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    if (format == OutputFormat.CSV) {
      writeRow(article);
    } else {
      writeArticle(article);
    }
    written++;
  }

  /** CSV has no escapes: a lone surrogate, which UTF-8 cannot encode, is written as U+FFFD. */
  private static String csvText(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
          char c = s.charAt(k);
          boolean paired =
              Character.isHighSurrogate(c)
                  ? k + 1 < s.length() && Character.isLowSurrogate(s.charAt(k + 1))
                  : Character.isLowSurrogate(c)
                      && k > 0
                      && Character.isHighSurrogate(s.charAt(k - 1));
          b.append(Character.isSurrogate(c) && !paired ? '\uFFFD' : c);
        }
        return b.toString();
      }
    }
    return s;
  }

  private void writeCell(String s) throws IOException {
    String text = csvText(s);
    if (neutraliseFormulas && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
      // A spreadsheet runs a cell that opens like this as a formula: a leading ' keeps it text.
      text = "'" + text;
    }
    json.writeString(text);
  }

  /** What opens a formula in a spreadsheet (OWASP's list for CSV injection). */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private void writeRow(Article a) throws IOException {
    json.writeStartArray();
    writeCell(a.title());
    writeCell(a.published().map(NewsDate::toIso).orElse(""));
    writeCell(a.publishedRaw().orElse(""));
    writeCell(a.source().orElse(""));
    writeCell(String.join(" | ", a.keywords()));
    writeCell(a.dateline().orElse(""));
    writeCell(a.credit().orElse(""));
    writeCell(String.join("\n", a.body()));
    writeCell(
        a.related().stream()
            .map(Article::title)
            .collect(java.util.stream.Collectors.joining(" | ")));
    writeCell(a.url().orElse(""));
    writeCell(a.author().orElse(""));
    writeCell(
        a.attributes().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(java.util.stream.Collectors.joining(" | ")));
    writeCell(a.origin().input());
    json.writeNumber(a.origin().line());
    json.writeNumber(a.origin().lastLine());
    writeCell(
        a.warnings().stream()
            .map(ParseWarning::toString)
            .collect(java.util.stream.Collectors.joining("\n")));
    json.writeEndArray();
  }

  /** How many articles were written. */
  public long written() {
    return written;
  }

  private void writeArticle(Article a) throws IOException {
    json.writeStartObject();
    writeField(TITLE, a.title());
    writeOptional(PUBLISHED, a.published().map(NewsDate::toIso));
    writeOptional(PUBLISHED_RAW, a.publishedRaw());
    writeOptional(SOURCE, a.source());
    writeStrings(KEYWORDS, a.keywords());
    writeOptional(DATELINE, a.dateline());
    writeOptional(CREDIT, a.credit());
    writeStrings(BODY, a.body());
    json.writeFieldName(RELATED);
    json.writeStartArray();
    for (Article r : a.related()) {
      writeArticle(r);
    }
    json.writeEndArray();
    writeOptional(URL, a.url());
    writeOptional(AUTHOR, a.author());
    json.writeFieldName(ATTRIBUTES);
    json.writeStartObject();
    for (Map.Entry<String, String> e : a.attributes().entrySet()) {
      json.writeStringField(e.getKey(), e.getValue());
    }
    json.writeEndObject();
    json.writeFieldName(ORIGIN);
    json.writeStartObject();
    writeField(INPUT, a.origin().input());
    writeLine(LINE, a.origin().line());
    writeLine(LAST_LINE, a.origin().lastLine());
    if (a.origin().offset() >= 0) {
      // Only where the format has one (WARC), so that other outputs keep their shape.
      json.writeFieldName(OFFSET);
      json.writeNumber(a.origin().offset());
    }
    json.writeEndObject();
    json.writeFieldName(WARNINGS);
    json.writeStartArray();
    for (ParseWarning w : a.warnings()) {
      json.writeStartObject();
      writeLine(LINE, w.line());
      writeField(KIND, w.kind().name());
      writeField(MESSAGE, w.message());
      writeOptional(TEXT, w.text());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void writeField(SerializedString name, String value) throws IOException {
    json.writeFieldName(name);
    text.write(json, value);
  }

  /** A line number; recorded where asked, unless 0 (a warning of no single line), which stays 0. */
  private void writeLine(SerializedString name, long value) throws IOException {
    json.writeFieldName(name);
    json.writeNumber(value);
    if (numbers != null && value > 0) {
      numbers.add(counted.count + json.getOutputBuffered(), value);
    }
  }

  private void writeOptional(SerializedString name, Optional<String> value) throws IOException {
    json.writeFieldName(name);
    if (value.isPresent()) {
      text.write(json, value.get());
    } else {
      json.writeNull();
    }
  }

  private void writeStrings(SerializedString name, List<String> values) throws IOException {
    json.writeFieldName(name);
    json.writeStartArray();
    for (String v : values) {
      text.write(json, v);
    }
    json.writeEndArray();
  }

  @Override
  public void flush() throws IOException {
    json.flush();
  }

  /**
   * Counts the bytes passed on, so that a position in the output is this count plus what the
   * generator holds.
   */
  private static final class Counting extends java.io.FilterOutputStream {
    long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }

  /**
   * Ends the array (for {@link OutputFormat#JSON}) or the last line (JSON Lines), and closes;
   * closing again does nothing.
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (format == OutputFormat.JSON && !fragment) {
      json.writeEndArray();
    }
    if (format == OutputFormat.CSV) {
      json.close();
      return;
    }
    json.flush();
    OutputStream target = (OutputStream) json.getOutputTarget();
    if (format == OutputFormat.JSONL && written > 0) {
      target.write('\n');
    }
    json.close();
  }
}
