package dev.akhbar.formats;

import dev.akhbar.article.Article;
import dev.akhbar.formats.internal.ArticleSerializer;
import dev.akhbar.formats.options.OutputFormat;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes {@link Article}s as JSON Lines, a JSON array or CSV, streaming, through Jackson's
 * generators: escaping is never done by hand (strings that need no escape are encoded to UTF-8 by a
 * faster loop than Jackson's, with the same bytes).
 *
 * <p>Every article object has the same keys, in this order: {@code title}, {@code published}
 * (ISO-8601, or null), {@code publishedRaw}, {@code source}, {@code keywords}, {@code dateline},
 * {@code credit}, {@code body}, {@code related} (article objects without {@code origin} input
 * repeated), {@code url}, {@code author}, {@code attributes}, {@code origin} ({@code {"input",
 * "line", "lastLine"}}, and {@code "offset"}, the record's byte offset, for WARC input) and {@code
 * warnings} ({@code [{"line", "kind", "message", "text"}]}). Absent values are {@code null}; absent
 * lists are {@code []}.
 *
 * <p>Not thread-safe: one writer per output. Closing it closes the stream.
 */
public final class ArticleWriter implements Closeable, Flushable {
  /** The CSV columns, in order. */
  public static final List<String> CSV_COLUMNS = ArticleSerializer.CSV_COLUMNS;

  private final ArticleSerializer out;

  private ArticleWriter(ArticleSerializer out) {
    this.out = out;
  }

  /** What a writer does that can be turned off, each with its default. */
  public enum Feature {
    /**
     * A CSV cell that opens with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
     * return gets a leading {@code '}, so that a spreadsheet opening the file shows the text rather
     * than running it as a formula (CSV injection). On by default; JSON is never changed.
     */
    NEUTRALISE_CSV_FORMULAS,

    /**
     * Closing the writer closes its stream, as Jackson's {@code AUTO_CLOSE_TARGET} does. On by
     * default; turn it off to write to a stream the writer does not own, such as {@code
     * System.out}, and keep it open.
     */
    CLOSE_STREAM;

    /** The features that are on by default: all of them. */
    public static Set<Feature> defaults() {
      return EnumSet.allOf(Feature.class);
    }
  }

  /** A writer of the given format to a stream, with the default {@link Feature}s. */
  public static ArticleWriter of(OutputStream out, OutputFormat format) throws IOException {
    return of(out, format, Feature.defaults());
  }

  /** A writer of the given format to a stream, with these {@link Feature}s on. */
  public static ArticleWriter of(OutputStream out, OutputFormat format, Set<Feature> features)
      throws IOException {
    return new ArticleWriter(
        new ArticleSerializer(
            out,
            format,
            false,
            null,
            features.contains(Feature.NEUTRALISE_CSV_FORMULAS),
            features.contains(Feature.CLOSE_STREAM)));
  }

  /**
   * Writes one article.
   *
   * @throws IllegalStateException after {@link #close}
   */
  public void write(Article article) throws IOException {
    out.write(article);
  }

  /** How many articles were written. */
  public long written() {
    return out.written();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /**
   * Ends the array (for {@link OutputFormat#JSON}) or the last line (JSON Lines), flushes, and
   * closes the stream unless {@link Feature#CLOSE_STREAM} is off; closing again does nothing.
   */
  @Override
  public void close() throws IOException {
    out.close();
  }
}
