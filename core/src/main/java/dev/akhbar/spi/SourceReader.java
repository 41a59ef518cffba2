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

  /** The source, when the reader is over one: it counts the records that held no text. */
  private final RecordSource source;

  /** A reader over a source of articles. */
  public SourceReader(RecordSource source) {
    this(source, (LineDecodings) null);
  }

  /**
   * A reader over a source of articles whose input's decoder reports the lines it read in another
   * encoding into {@code decodings} (null: none); each article then carries a warning naming those
   * of its lines.
   */
  public SourceReader(RecordSource source, LineDecodings decodings) {
    this(
        source,
        noting(
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
            },
            decodings));
  }

  /** The articles of a source, told about the decodings of their lines where there are any. */
  static SourceArticles noting(ArticleSource source, LineDecodings decodings) {
    return new SourceArticles(
        decodings == null ? source : new DecodedLinesSource(source, decodings));
  }

  SourceReader(SourceArticles articles) {
    this(null, articles);
  }

  private SourceReader(RecordSource source, SourceArticles articles) {
    this.source = source;
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
  public long recordsWithoutText() {
    return source == null ? 0 : source.recordsWithoutText();
  }

  @Override
  public void close() throws IOException {
    articles.close();
  }
}
