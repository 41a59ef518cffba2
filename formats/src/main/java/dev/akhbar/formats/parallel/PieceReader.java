package dev.akhbar.formats.parallel;

import dev.akhbar.article.ArticleReader;
import dev.akhbar.spi.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The pieces of an input's consecutive ranges, one for each range, read in any order on any
 * threads: the piece of range {@code i} holds the records that start in that range (none, when no
 * record does), numbered as in the whole input.
 *
 * <p>Reading a piece needs the number of line ends before it. A piece counts its own line ends
 * first, a buffer at a time (so its bytes are read twice: to count, then to parse), waits for the
 * ranges before it that other threads are counting, and counts those that no thread has started
 * itself, so no order of reads can wait forever. Read in range order, as a first-in first-out pool
 * does, a piece rarely waits: the pieces before it have started, and count before they parse. A
 * range that cannot be read fails every later piece with a message that names its bytes.
 *
 * <p>Thread-safe.
 */
public final class PieceReader {
  private static final int UNCLAIMED = 0;
  private static final int COUNTING = 1;
  private static final int COUNTED = 2;
  private static final int FAILED = 3;

  private final SplittableInput input;
  private final List<SplittableInput.Range> ranges;

  /** The record start of each range, -1 until found. */
  private final AtomicLongArray recordStarts;

  private final AtomicIntegerArray states;

  /** Line ends in each range's piece; guarded by this. */
  private final long[] lineEnds;

  /** Line ends before each piece, known for pieces up to {@code counted}; guarded by this. */
  private final long[] lineEndsBefore;

  /** How many pieces from the first on have been counted; guarded by this. */
  private int counted;

  /**
   * The first range whose piece could not be counted, or {@code Integer.MAX_VALUE}; guarded by
   * this.
   */
  private int firstFailed = Integer.MAX_VALUE;

  /**
   * Reads the pieces of the consecutive ranges of {@code rangeSize} bytes of {@code input} on the
   * threads of one process, with no planning step: reading the piece of a range finds the piece's
   * bounds, counts its line ends, and learns its first line from the ranges before it as they count
   * theirs. The pieces and their articles are those of {@link SplittableInput#plan} with the same
   * range size. Where pieces are read by other processes (tasks of a cluster), use {@link
   * SplittableInput#probe} and {@link SplittableInput#pieces}.
   *
   * @throws IllegalArgumentException if {@code rangeSize} is not positive
   */
  public PieceReader(SplittableInput input, long rangeSize) {
    this.input = input;
    List<SplittableInput.Range> ranges = input.ranges(rangeSize);
    this.ranges = List.copyOf(ranges);
    int n = ranges.size();
    this.recordStarts = new AtomicLongArray(n);
    for (int i = 0; i < n; i++) {
      recordStarts.set(i, -1);
    }
    this.states = new AtomicIntegerArray(n);
    this.lineEnds = new long[n];
    this.lineEndsBefore = new long[n + 1];
  }

  /**
   * Whether a record starts in the second range. An input where none does (prose without page
   * starts, blank lines, one long line) is better read whole by one thread, at the cost of this one
   * range's search, than probed everywhere for starts that are not there while that thread waits;
   * an input whose records start only later is read whole too (the same articles, one thread). The
   * start found is kept: reading the pieces does not search for it again.
   */
  public boolean startsAgain() throws IOException {
    if (ranges.size() < 2) {
      return false;
    }
    long found = input.recordStart(ranges.get(1));
    if (found >= input.size()) {
      return false;
    }
    recordStarts.compareAndSet(1, -1, found);
    return true;
  }

  /** The ranges, in input order: {@code read(i)} reads the piece of range {@code i}. */
  public List<SplittableInput.Range> ranges() {
    return ranges;
  }

  /**
   * Reads the piece of range {@code index}: its articles, numbered as in the whole input; an empty
   * reader when no record starts in the range. May wait for other threads counting the line ends of
   * earlier ranges.
   *
   * @throws IOException if this piece, or an earlier one this piece's first line depends on, cannot
   *     be read
   */
  public ArticleReader read(int index) throws IOException {
    Objects.checkIndex(index, ranges.size());
    if (states.compareAndSet(index, UNCLAIMED, COUNTING)) {
      count(index);
    }
    long start = start(index);
    long end = end(index);
    return input.open(start, end, start >= end ? 1 : firstLine(index));
  }

  /**
   * Reads the piece of range {@code index} at once, with provisional line numbers: from line 1 for
   * the first range, from line 2 for every later one (a later piece never holds the input's first
   * line, where a byte-order mark is dropped, so its numbering must not start there either).
   * Nothing before it is counted or waited for, and the count of its own line ends is the one the
   * parse reads anyway ({@link SourceReader#lineEnds()}), not a pass of its own. Add {@link
   * #lineShift lineShift(index)} to every line number above 0 to get the whole input's numbers; for
   * JSON output, {@link LineNumbers} does that as the fragments are joined. Read the reader to its
   * end, or close it (which reads the rest): until then, {@link #firstLine} and {@link #lineShift}
   * of the pieces after this one wait.
   *
   * @throws IOException if the piece's bounds cannot be found
   */
  public ArticleReader readUnshifted(int index) throws IOException {
    Objects.checkIndex(index, ranges.size());
    boolean counting = states.compareAndSet(index, UNCLAIMED, COUNTING);
    try {
      long start = start(index);
      long end = end(index);
      SourceReader reader = input.open(start, end, provisionalFirstLine(index));
      if (!counting) {
        return reader;
      }
      if (start >= end) {
        publish(index, 0);
        return reader;
      }
      return new CountedReader(
          reader,
          new CountedReader.Listener() {
            @Override
            public void ended(long lineEnds) {
              if (lineEnds < 0) {
                // Every splittable shape is read line by line and counts; this would be a bug.
                fail(index);
                throw new IllegalStateException(
                    input.name() + ": the reader of a splittable format counted no line ends");
              }
              publish(index, lineEnds);
            }

            @Override
            public void failed() {
              fail(index);
            }
          });
    } catch (IOException | RuntimeException e) {
      if (counting) {
        fail(index);
      }
      throw e;
    }
  }

  private long provisionalFirstLine(int index) {
    return index == 0 ? 1 : 2;
  }

  /**
   * What to add to the line numbers (those above 0) of the piece {@link #readUnshifted} read for
   * range {@code index}: {@code firstLine(index)} less its provisional first line, never negative
   * (a piece after the first starts after a line end); 0 for an empty piece, which has no numbers.
   * Waits as {@link #firstLine} does.
   *
   * @throws IOException if an earlier range could not be read, naming its bytes
   */
  public long lineShift(int index) throws IOException {
    long shift = firstLine(index) - provisionalFirstLine(index);
    // An empty piece after the first may have no line end before it (one long line): nothing to
    // shift.
    return start(index) >= end(index) ? 0 : shift;
  }

  /**
   * Counts the line ends of a piece this thread has claimed, a buffer at a time, and publishes
   * them.
   */
  private void count(int index) throws IOException {
    try {
      long start = start(index);
      long end = end(index);
      long ends = 0;
      if (start < end) {
        try (InputStream in = input.openAt(start)) {
          LineScanner scan = input.scanner(in, start, end);
          scan.countToLimit();
          ends = scan.lineEndsBeforeLimit;
        }
      }
      publish(index, ends);
    } catch (IOException | RuntimeException e) {
      fail(index);
      throw e;
    }
  }

  private long start(int index) throws IOException {
    return index == 0 ? 0 : recordStart(index);
  }

  private long end(int index) throws IOException {
    return index == ranges.size() - 1 ? input.size() : recordStart(index + 1);
  }

  /**
   * The first record start at or after range {@code index}'s start: the one in the range, or, when
   * none starts in it, that of the ranges after it (so that a piece without a record start of its
   * own is empty and the piece before it runs on, read in one go).
   */
  private long recordStart(int index) throws IOException {
    long known = recordStarts.get(index);
    if (known >= 0) {
      return known;
    }
    int j = index;
    long found;
    while (true) {
      long k = recordStarts.get(j);
      if (k >= 0) {
        found = k;
        break;
      }
      // Two threads may both look; they find the same start.
      found = input.recordStart(ranges.get(j));
      if (found < input.size() || j == ranges.size() - 1) {
        break;
      }
      j++;
    }
    for (int m = index; m <= j; m++) {
      recordStarts.set(m, found);
    }
    return found;
  }

  /**
   * The 1-based number, in the whole input, of the first line of the piece of range {@code index}:
   * counts the line ends of the earlier ranges that nobody has claimed, and waits for those other
   * threads are counting (or reading through {@link #readUnshifted}). Immediate once every earlier
   * piece has been read.
   *
   * @throws IOException if an earlier range could not be read, naming its bytes
   */
  public long firstLine(int index) throws IOException {
    Objects.checkIndex(index, ranges.size());
    int from;
    synchronized (this) {
      from = counted;
    }
    for (int j = from; j < index; j++) {
      if (states.compareAndSet(j, UNCLAIMED, COUNTING)) {
        try {
          count(j);
        } catch (IOException e) {
          throw unreadable(j, e);
        }
      }
    }
    synchronized (this) {
      while (counted < index) {
        if (firstFailed < index) {
          throw unreadable(firstFailed, null);
        }
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException(
              "interrupted while waiting for the line count of earlier pieces");
        }
      }
      return 1 + lineEndsBefore[index];
    }
  }

  /** The error of a piece whose first line depends on a range that could not be counted. */
  private IOException unreadable(int range, IOException cause) {
    SplittableInput.Range failed = ranges.get(range);
    return new IOException(
        input.name()
            + ": bytes "
            + failed.start()
            + ".."
            + failed.end()
            + " could not be read, so the line numbers after them are unknown",
        cause);
  }

  private synchronized void publish(int index, long count) {
    lineEnds[index] = count;
    states.set(index, COUNTED);
    while (counted < lineEnds.length && states.get(counted) == COUNTED) {
      lineEndsBefore[counted + 1] = lineEndsBefore[counted] + lineEnds[counted];
      counted++;
    }
    notifyAll();
  }

  private synchronized void fail(int index) {
    if (states.get(index) == COUNTING) {
      states.set(index, FAILED);
      firstFailed = Math.min(firstFailed, index);
      notifyAll();
    }
  }
}
