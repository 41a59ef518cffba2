package dev.akhbar.internal;

import dev.akhbar.article.Article;
import dev.akhbar.article.ArticleReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An {@link ArticleReader} over an {@link ArticleSource}: iterated once, closed once. Every reader
 * of the library is one underneath: the parser's, and those of other formats through {@code
 * dev.akhbar.spi.SourceReader}.
 *
 * <p>Not thread-safe: one reader is consumed by one thread.
 */
public final class SourceArticles implements ArticleReader {
  private final ArticleSource source;
  private boolean iterated;
  private boolean closed;

  /** A reader over a source of articles. */
  public SourceArticles(ArticleSource source) {
    this.source = source;
  }

  @Override
  public Iterator<Article> iterator() {
    if (iterated) {
      throw new IllegalStateException("an ArticleReader can be iterated only once");
    }
    iterated = true;
    return new Iterator<>() {
      private Article next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          try {
            next = closed ? null : source.next();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          done = next == null;
        }
        return next != null;
      }

      @Override
      public Article next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Article a = next;
        next = null;
        return a;
      }
    };
  }

  /** See {@link ArticleSource#lineEnds()}. */
  public long lineEnds() {
    return source.lineEnds();
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      source.close();
    }
  }
}
