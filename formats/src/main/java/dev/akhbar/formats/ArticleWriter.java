package dev.akhbar.formats;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dev.akhbar.Article;
import dev.akhbar.ParseWarning;
import dev.akhbar.date.NewsDate;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes {@link Article}s as JSON, streaming, through Jackson's generator: escaping is never done
 * by hand.
 *
 * <p>Every article object has the same keys, in this order: {@code title}, {@code published}
 * (ISO-8601, or null), {@code publishedRaw}, {@code source}, {@code keywords}, {@code dateline},
 * {@code credit}, {@code body}, {@code related} (article objects without {@code origin} input
 * repeated), {@code url}, {@code author}, {@code attributes}, {@code origin}
 * ({@code {"input", "line", "lastLine"}}) and {@code warnings}
 * ({@code [{"line", "kind", "message", "text"}]}). Absent values are {@code null}; absent lists
 * are {@code []}.
 *
 * <p>Not thread-safe: one writer per output. Closing it closes the stream.
 */
public final class ArticleWriter implements Closeable, Flushable {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final JsonGenerator json;
  private final OutputFormat format;
  private long written;

  private ArticleWriter(OutputStream out, OutputFormat format) throws IOException {
    this.format = Objects.requireNonNull(format, "format");
    this.json = FACTORY.createGenerator(Objects.requireNonNull(out, "out"), JsonEncoding.UTF8);
    if (format == OutputFormat.JSONL) {
      json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
    } else {
      json.writeStartArray();
    }
  }

  /** A writer of the given format to a stream. */
  public static ArticleWriter of(OutputStream out, OutputFormat format) throws IOException {
    return new ArticleWriter(out, format);
  }

  /** Writes one article. */
  public void write(Article article) throws IOException {
    writeArticle(article, true);
    written++;
  }

  /** How many articles were written. */
  public long written() {
    return written;
  }

  private void writeArticle(Article a, boolean top) throws IOException {
    json.writeStartObject();
    json.writeStringField("title", a.title());
    writeOptional("published", a.published().map(NewsDate::toIso));
    writeOptional("publishedRaw", a.publishedRaw());
    writeOptional("source", a.source());
    writeStrings("keywords", a.keywords());
    writeOptional("dateline", a.dateline());
    writeOptional("credit", a.credit());
    writeStrings("body", a.body());
    json.writeArrayFieldStart("related");
    for (Article r : a.related()) {
      writeArticle(r, false);
    }
    json.writeEndArray();
    writeOptional("url", a.url());
    writeOptional("author", a.author());
    json.writeObjectFieldStart("attributes");
    for (Map.Entry<String, String> e : a.attributes().entrySet()) {
      json.writeStringField(e.getKey(), e.getValue());
    }
    json.writeEndObject();
    json.writeObjectFieldStart("origin");
    json.writeStringField("input", a.origin().input());
    json.writeNumberField("line", a.origin().line());
    json.writeNumberField("lastLine", a.origin().lastLine());
    json.writeEndObject();
    json.writeArrayFieldStart("warnings");
    for (ParseWarning w : a.warnings()) {
      json.writeStartObject();
      json.writeNumberField("line", w.line());
      json.writeStringField("kind", w.kind().name());
      json.writeStringField("message", w.message());
      writeOptional("text", w.text());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void writeOptional(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(name, value.get());
    } else {
      json.writeNullField(name);
    }
  }

  private void writeStrings(String name, List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }

  @Override
  public void flush() throws IOException {
    json.flush();
  }

  /** Ends the array (for {@link OutputFormat#JSON}) or the last line (JSON Lines), and closes. */
  @Override
  public void close() throws IOException {
    if (format == OutputFormat.JSON) {
      json.writeEndArray();
    }
    json.flush();
    OutputStream target = (OutputStream) json.getOutputTarget();
    if (format == OutputFormat.JSONL && written > 0) {
      target.write('\n');
    }
    json.close();
  }
}
