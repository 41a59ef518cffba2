package dev.akhbar.spi;

import dev.akhbar.article.Article;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.internal.ArticleSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Hands each article of a source the {@link LineDecodings} of the lines it holds: those from its
 * first line up to the next article's (the first article also those before it). Looks one article
 * ahead to know where an article ends.
 *
 * <p>Not thread-safe.
 */
final class DecodedLinesSource implements ArticleSource {
  private final ArticleSource source;
  private final LineDecodings decodings;
  private Article held;
  private boolean started;

  DecodedLinesSource(ArticleSource source, LineDecodings decodings) {
    this.source = source;
    this.decodings = decodings;
  }

  @Override
  public Article next() throws IOException {
    if (!started) {
      started = true;
      held = source.next();
    }
    if (held == null) {
      return null;
    }
    Article following = source.next();
    Article out =
        with(held, decodings.take(following == null ? Long.MAX_VALUE : following.origin().line()));
    held = following;
    return out;
  }

  /** The article with the warnings added, each before the first warning on a later line. */
  private static Article with(Article article, List<ParseWarning> added) {
    if (added.isEmpty()) {
      return article;
    }
    List<ParseWarning> warnings = new ArrayList<>(article.warnings());
    for (ParseWarning w : added) {
      int at = 0;
      while (at < warnings.size() && warnings.get(at).line() <= w.line()) {
        at++;
      }
      warnings.add(at, w);
    }
    return article.withWarnings(warnings);
  }

  @Override
  public long lineEnds() {
    return source.lineEnds();
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
