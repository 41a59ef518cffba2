package dev.akhbar.spi;

import dev.akhbar.article.Article;
import java.io.Closeable;
import java.io.IOException;

/**
 * What a reader of one format implements: the articles of one input, one at a time. Wrap it in a
 * {@link SourceReader} to hand it to users as an {@link dev.akhbar.article.ArticleReader}.
 */
public interface RecordSource extends Closeable {
  /** The next article, or null at the end of the input. */
  Article next() throws IOException;

  /**
   * The line ends (LF, CRLF or CR) read from the input so far, or -1 (the default) for a source
   * that does not read its input line by line. Once the articles are exhausted: every line end of
   * the input, so that a piece of a larger input tells where the next piece's lines start without a
   * second pass over its bytes.
   */
  default long lineEnds() {
    return -1;
  }

  /**
   * The records read so far that held no article text (no title, no body: {@code {"content": []}},
   * an empty CSV row's cells, a JSON-LD {@code WebSite} beside the article): they are no articles,
   * and are counted here instead. 0 (the default) for a source that has none.
   */
  default long recordsWithoutText() {
    return 0;
  }
}
