package dev.akhbar.formats;

import dev.akhbar.Article;
import dev.akhbar.ArticleReader;
import dev.akhbar.spi.SourceReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * The articles of one input of any format, read lazily, with what was detected about it.
 *
 * <p>Iterate it once; close it (or the stream) to release the input. Parse problems are warnings
 * on the articles; an I/O error surfaces as an {@link java.io.UncheckedIOException}.
 *
 * <p>Not thread-safe: one reader is consumed by one thread.
 */
public final class DumpReader implements ArticleReader {
  private final SourceReader articles;
  private final InputFormat format;
  private final Charset charset;
  private final String name;
  /** Told when the articles run out or fail; null for most readers. */
  private EndListener listener;
  /** Whether the listener was told. */
  private boolean told;
  /** The articles' iterator, once asked for, when a listener waits. */
  private Iterator<Article> iterator;

  /** What a piece's reader tells its {@link SplittableInput.PieceReader}. */
  interface EndListener {
    /** The articles ran out; {@code lineEnds} were read, or -1 when the source does not count them. */
    void ended(long lineEnds);

    /** Reading failed before the end. */
    void failed();
  }

  DumpReader(SourceReader articles, InputFormat format, Charset charset, String name) {
    this.articles = articles;
    this.format = format;
    this.charset = charset;
    this.name = name;
  }

  /** This reader, telling {@code value} when its articles run out; closing it early reads the rest first. */
  DumpReader whenRead(EndListener value) {
    this.listener = value;
    return this;
  }

  /** The format read: the detected one when {@link InputFormat#AUTO} was asked for. */
  public InputFormat format() {
    return format;
  }

  /** The encoding read: the detected one unless one was forced. */
  public Charset charset() {
    return charset;
  }

  /** The input's name, as in every article's origin. */
  public String name() {
    return name;
  }

  /**
   * The line ends read from the input so far, or -1 for a format not read line by line (see
   * {@link dev.akhbar.spi.RecordSource#lineEnds()}): once the articles are exhausted, all of the input's.
   */
  long lineEnds() {
    return articles.lineEnds();
  }

  @Override
  public Iterator<Article> iterator() {
    if (listener == null) {
      return articles.iterator();
    }
    Iterator<Article> it = articles.iterator();
    iterator = new Iterator<>() {
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
          throw new java.util.NoSuchElementException();
        }
        return it.next();
      }
    };
    return iterator;
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

  /** The articles as a sequential stream; closing it closes this reader. */
  public Stream<Article> stream() {
    if (listener == null) {
      return articles.stream();
    }
    return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(iterator(),
        java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL), false).onClose(() -> {
          try {
            close();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  @Override
  public void close() throws IOException {
    try {
      if (listener != null && !told) {
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
