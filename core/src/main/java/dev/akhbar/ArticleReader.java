package dev.akhbar;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The articles of one input, read lazily: one page is in memory at a time, not the whole dump.
 *
 * <p>It can be iterated once. An I/O error while reading surfaces as an
 * {@link UncheckedIOException} from the iterator; parse problems never do (they are warnings).
 * Close it, or the stream from {@link #stream()}, to release the input.
 *
 * <p>Not thread-safe: one reader is consumed by one thread.
 */
public final class ArticleReader implements Iterable<Article>, Closeable {
  /** The source of articles behind a reader. */
  public interface Source extends Closeable {
    /** The next article, or null at the end of the input. */
    Article next() throws IOException;

    /**
     * The line ends read from the input so far, or -1 (the default) for a source that does not
     * read its input line by line. See {@link ArticleReader#lineEnds()}.
     */
    default long lineEnds() {
      return -1;
    }
  }

  private final Source source;
  private boolean iterated;
  private boolean closed;

  /** A reader over a source of articles. */
  public ArticleReader(Source source) {
    this.source = source;
  }

  /** The articles, in input order. Can be called once. */
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

  /** The articles as a sequential stream; closing the stream closes this reader. */
  public Stream<Article> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          try {
            close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * The line ends (LF, CRLF or CR) read from the input so far, or -1 when the source does not
   * read its input line by line (a JSON array). Once the articles are exhausted: every line end
   * of the input, so that a piece of a larger input tells where the next piece's lines start
   * without a second pass over its bytes.
   */
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
