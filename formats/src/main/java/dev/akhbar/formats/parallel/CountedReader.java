package dev.akhbar.formats.parallel;

import dev.akhbar.article.Article;
import dev.akhbar.article.ArticleReader;
import dev.akhbar.spi.SourceReader;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The articles of a piece read with provisional line numbers, telling a listener how many line ends
 * the piece held once its articles run out (or that reading failed), so that the pieces after it
 * learn where their lines start. Closing it early reads the rest first.
 *
 * <p>Not thread-safe: one reader is consumed by one thread.
 */
final class CountedReader implements ArticleReader {
  /** Told once, when the articles run out or fail. */
  interface Listener {
    /**
     * The articles ran out; {@code lineEnds} were read, or -1 when the source does not count them.
     */
    void ended(long lineEnds);

    /** Reading failed before the end. */
    void failed();
  }

  private final SourceReader articles;
  private final Listener listener;
  private boolean told;
  private Iterator<Article> iterator;

  CountedReader(SourceReader articles, Listener listener) {
    this.articles = articles;
    this.listener = listener;
  }

  @Override
  public Iterator<Article> iterator() {
    Iterator<Article> it = articles.iterator();
    iterator =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            boolean more;
            try {
              more = it.hasNext();
            } catch (RuntimeException | Error e) {
              tell(false);
              throw e;
            }
            if (!more) {
              tell(true);
            }
            return more;
          }

          @Override
          public Article next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return it.next();
          }
        };
    return iterator;
  }

  @Override
  public long recordsWithoutText() {
    return articles.recordsWithoutText();
  }

  private void tell(boolean ended) {
    if (!told) {
      told = true;
      if (ended) {
        listener.ended(articles.lineEnds());
      } else {
        listener.failed();
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (!told) {
        // Read to the end, so that the listener (the pieces after this one) learns the line count.
        Iterator<Article> rest = iterator != null ? iterator : iterator();
        while (rest.hasNext()) {
          rest.next();
        }
      }
    } catch (RuntimeException e) {
      // Told as failed; the pieces after this one learn it.
    } finally {
      articles.close();
    }
  }
}
