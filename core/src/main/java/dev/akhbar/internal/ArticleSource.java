package dev.akhbar.internal;

import dev.akhbar.article.Article;
import java.io.Closeable;
import java.io.IOException;

/** The articles of one input, one at a time: what a {@link SourceArticles} reads. */
public interface ArticleSource extends Closeable {
  /** The next article, or null at the end of the input. */
  Article next() throws IOException;

  /**
   * The line ends (LF, CRLF or CR) read from the input so far, or -1 for a source that does not
   * read its input line by line; once the articles are exhausted, every line end of the input.
   */
  long lineEnds();
}
