package dev.akhbar.spi;

import dev.akhbar.article.Article;
import dev.akhbar.article.ArticleReader;
import dev.akhbar.internal.ArticleSource;
import dev.akhbar.internal.SourceArticles;
import java.io.IOException;
import java.util.Iterator;

/**
 * An {@link ArticleReader} over a {@link RecordSource}: iterated once, closed once.
 *
 * <p>Not thread-safe: one reader is consumed by one thread.
 */
public final class SourceReader implements ArticleReader {
  private final SourceArticles articles;

  /** A reader over a source of articles. */
  public SourceReader(RecordSource source) {
    this(
        new SourceArticles(
            new ArticleSource() {
              @Override
              public Article next() throws IOException {
                return source.next();
              }

              @Override
              public long lineEnds() {
                return source.lineEnds();
              }

              @Override
              public void close() throws IOException {
                source.close();
              }
            }));
  }

  SourceReader(SourceArticles articles) {
    this.articles = articles;
  }

  @Override
  public Iterator<Article> iterator() {
    return articles.iterator();
  }

  /** See {@link RecordSource#lineEnds()}. */
  public long lineEnds() {
    return articles.lineEnds();
  }

  @Override
  public void close() throws IOException {
    articles.close();
  }
}
