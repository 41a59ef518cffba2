package dev.akhbar.spi;

import dev.akhbar.Article;
import dev.akhbar.ArticleReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An {@link ArticleReader} over a {@link RecordSource}: iterated once, closed once.
 *
 * <p>Not thread-safe: one reader is consumed by one thread.
 */
public final class SourceReader implements ArticleReader {
  private final RecordSource source;
  private boolean iterated;
  private boolean closed;

  /** A reader over a source of articles. */
  public SourceReader(RecordSource source) {
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

  /** See {@link RecordSource#lineEnds()}. */
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
