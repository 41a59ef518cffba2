package dev.akhbar.article;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The articles of one input, read lazily: one article (or one page of text) is in memory at a time,
 * not the whole dump. Every reader of this library is one: the parser's and those of the formats
 * module.
 *
 * <p>It can be iterated once. An I/O error while reading surfaces as an {@link
 * UncheckedIOException} from the iterator; parse problems never do (they are warnings). Close it,
 * or the stream from {@link #stream()}, to release the input.
 *
 * <p>Not thread-safe: one reader is consumed by one thread.
 */
public interface ArticleReader extends Iterable<Article>, Closeable {
  /**
   * The articles, in input order. Can be called once.
   *
   * @throws IllegalStateException when called a second time
   */
  @Override
  Iterator<Article> iterator();

  /**
   * The records read so far that held no article text (a JSON object with an empty {@code content},
   * a JSON-LD {@code WebSite} node beside the article): no articles, counted here; complete once
   * the articles are read. 0 for page text, where every article has text.
   */
  default long recordsWithoutText() {
    return 0;
  }

  /** The articles as a sequential stream; closing the stream closes this reader. */
  default Stream<Article> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
