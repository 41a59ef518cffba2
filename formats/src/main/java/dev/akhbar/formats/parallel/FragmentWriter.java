package dev.akhbar.formats.parallel;

import dev.akhbar.article.Article;
import dev.akhbar.formats.ArticleWriter;
import dev.akhbar.formats.internal.ArticleSerializer;
import dev.akhbar.formats.options.OutputFormat;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes the articles of one piece or input as a fragment of a larger output, so that many threads
 * serialise their own parts and one joins them in order: JSON Lines as usual; a JSON array's
 * objects separated by commas, without the brackets ({@link #begin} and {@link #end} write those,
 * and the joiner a comma between non-empty fragments); CSV rows without the header. The bytes are
 * those {@link ArticleWriter} writes for the same articles.
 *
 * <p>Not thread-safe: one writer per fragment. Closing it closes the stream.
 */
public final class FragmentWriter implements Closeable {
  private final ArticleSerializer out;

  private FragmentWriter(ArticleSerializer out) {
    this.out = out;
  }

  /** A writer of a fragment in {@code format}, with the default writer features. */
  public static FragmentWriter of(OutputStream out, OutputFormat format) throws IOException {
    return of(out, format, ArticleWriter.Feature.defaults());
  }

  /** A writer of a fragment in {@code format}, with these writer features on. */
  public static FragmentWriter of(
      OutputStream out, OutputFormat format, java.util.Set<ArticleWriter.Feature> features)
      throws IOException {
    return new FragmentWriter(
        new ArticleSerializer(
            out,
            format,
            true,
            null,
            features.contains(ArticleWriter.Feature.NEUTRALISE_CSV_FORMULAS),
            features.contains(ArticleWriter.Feature.CLOSE_STREAM)));
  }

  /**
   * A writer of a fragment that records in {@code numbers} where it writes each line number, so
   * that the fragment can be joined with its numbers shifted ({@link LineNumbers#shifting}). JSON
   * and JSON Lines only.
   *
   * @throws IllegalArgumentException for {@link OutputFormat#CSV}
   */
  public static FragmentWriter of(OutputStream out, OutputFormat format, LineNumbers numbers)
      throws IOException {
    Objects.requireNonNull(numbers, "numbers");
    return new FragmentWriter(new ArticleSerializer(out, format, true, numbers::add, false, true));
  }

  /** Writes the start of a whole output whose parts are fragments: {@code [} or the CSV header. */
  public static void begin(OutputStream out, OutputFormat format) throws IOException {
    if (format == OutputFormat.JSON) {
      out.write('[');
    } else if (format == OutputFormat.CSV) {
      // The column names are plain identifiers: nothing to escape.
      out.write(
          (String.join(",", ArticleWriter.CSV_COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Writes the end of a whole output of fragments: {@code ]} for a JSON array. */
  public static void end(OutputStream out, OutputFormat format) throws IOException {
    if (format == OutputFormat.JSON) {
      out.write(']');
    }
  }

  /** Writes one article. */
  public void write(Article article) throws IOException {
    out.write(article);
  }

  /** Ends the fragment (the last JSON line's line end) and closes the stream. */
  @Override
  public void close() throws IOException {
    out.close();
  }
}
