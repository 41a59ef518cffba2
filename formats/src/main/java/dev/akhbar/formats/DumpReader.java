package dev.akhbar.formats;

import dev.akhbar.article.Article;
import dev.akhbar.article.ArticleReader;
import dev.akhbar.formats.options.InputFormat;
import dev.akhbar.spi.SourceReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.function.LongSupplier;

/**
 * The articles of one input of any format, read lazily, with what was detected about it.
 *
 * <p>Iterate it once; close it (or the stream) to release the input. Parse problems are warnings on
 * the articles; an I/O error surfaces as an {@link java.io.UncheckedIOException}.
 *
 * <p>Not thread-safe: one reader is consumed by one thread.
 */
public final class DumpReader implements ArticleReader {
  private final SourceReader articles;
  private final InputFormat format;
  private final Charset charset;
  private final String name;
  private final LongSupplier bytesRead;

  DumpReader(
      SourceReader articles,
      InputFormat format,
      Charset charset,
      String name,
      LongSupplier bytesRead) {
    this.articles = articles;
    this.format = format;
    this.charset = charset;
    this.name = name;
    this.bytesRead = bytesRead;
  }

  /** The format read: the detected one when {@link InputFormat#AUTO} was asked for. */
  public InputFormat format() {
    return format;
  }

  /** The encoding read: the detected one unless one was forced. */
  public Charset charset() {
    return charset;
  }

  /** The input's name, as in every article's origin. */
  public String name() {
    return name;
  }

  /**
   * How many bytes of the input's data have been read so far: decompressed bytes for a compressed
   * input. The reader reads ahead, so this runs a few buffers (some 100 KiB) ahead of the last
   * article returned. For a progress display: it may be called from any thread.
   */
  public long bytesRead() {
    return bytesRead.getAsLong();
  }

  @Override
  public long recordsWithoutText() {
    return articles.recordsWithoutText();
  }

  @Override
  public Iterator<Article> iterator() {
    return articles.iterator();
  }

  @Override
  public void close() throws IOException {
    articles.close();
  }
}
