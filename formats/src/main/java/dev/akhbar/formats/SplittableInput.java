package dev.akhbar.formats;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.ParserFeature;
import dev.akhbar.spi.LineReader;
import dev.akhbar.spi.PageText;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One uncompressed input read in byte ranges, "pieces", each of which starts where a record
 * starts, so that pieces parse in parallel (on threads, or as tasks of a cluster) into exactly
 * the articles of the input read whole: the same articles with the same line numbers, none read
 * twice, none lost.
 *
 * <p>Splittable: text dumps in the seed's shape, where a piece starts at a page's title line (a
 * line with text followed by a publication-date line, as {@link PageText.PageStarts#startsPage}
 * decides from those two lines alone), and JSON Lines, where a piece starts at any line; in
 * UTF-8 or a single-byte encoding (windows-1256, ISO-8859-6), where a line-feed byte is always a
 * line feed. Not splittable, and read whole: compressed inputs, JSON arrays, XML, TREC, SGML,
 * WARC, plain title-plus-body files, UTF-16, and text when {@link ParserFeature#SPLIT_PAGES} is
 * off. {@link #of} says which.
 *
 * <p>Planning takes two steps. {@link #probe} looks at one byte range: where the first record at
 * or after its start begins, and how many line ends lie before that and in the range; probes of
 * ranges are independent and run in parallel. {@link #pieces} turns the probes of consecutive
 * ranges into pieces, each knowing its first line. {@link #plan} does both in the calling thread.
 * Threads of one process need no planning: {@link #pieceReader} reads the piece of each range as
 * a task of its own, which finds its bounds and first line itself. The only difference from
 * reading whole: a page that {@link dev.akhbar.ParseLimits} cut right
 * before a piece's start.
 *
 * <p>Immutable and thread-safe when its {@link Opener} is.
 */
public final class SplittableInput {
  /** How many bytes are looked at to tell the encoding and the format, as {@link Dumps} does. */
  private static final int SNIFF = 1 << 16;

  /** Opens the input's bytes at a position: a local file, a Hadoop file, a byte array. */
  @FunctionalInterface
  public interface Opener {
    /** A stream of the input's bytes from {@code position} on; the caller closes it. */
    InputStream open(long position) throws IOException;
  }

  /**
   * A byte range to probe.
   *
   * @param start the first byte, 0-based
   * @param end the byte after the last, at least {@code start}
   */
  public record Range(long start, long end) {
    /** Checks the bounds. */
    public Range {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad range " + start + ".." + end);
      }
    }
  }

  /**
   * What a probe of one range found.
   *
   * @param range the range probed
   * @param recordStart where the first record at or after the range's start begins: the input's
   *     size when none does (it may lie past the range's end)
   * @param lineEndsBeforeRecord the line ends from the range's start to {@code recordStart}
   * @param lineEnds the line ends within the range
   */
  public record Probe(Range range, long recordStart, long lineEndsBeforeRecord, long lineEnds) {
    /** Checks the fields. */
    public Probe {
      Objects.requireNonNull(range, "range");
      if (recordStart < range.start() || lineEndsBeforeRecord < 0 || lineEnds < 0) {
        throw new IllegalArgumentException("bad probe of " + range);
      }
    }
  }

  /**
   * A piece to read: bytes {@code [start, end)}, whose first line is line {@code firstLine} of
   * the input.
   *
   * @param start where the piece's first record starts
   * @param end where the next piece starts, or the input's size
   * @param firstLine the 1-based number of the piece's first line in the whole input
   */
  public record Piece(long start, long end, int firstLine) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks the fields. */
    public Piece {
      if (start < 0 || end <= start || firstLine < 1) {
        throw new IllegalArgumentException("bad piece " + start + ".." + end + " at line " + firstLine);
      }
    }
  }

  private final Dumps dumps;
  private final String name;
  private final long size;
  private final Opener opener;
  private final Dumps.Layout layout;

  private SplittableInput(Dumps dumps, String name, long size, Opener opener, Dumps.Layout layout) {
    this.dumps = dumps;
    this.name = name;
    this.size = size;
    this.opener = opener;
    this.layout = layout;
  }

  /** A local file, when it is splittable; the input is named by the path as given. */
  public static Optional<SplittableInput> of(Dumps dumps, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return of(dumps, file.toString(), Files.size(file), position -> {
      SeekableByteChannel channel = Files.newByteChannel(file);
      try {
        channel.position(position);
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      return Channels.newInputStream(channel);
    });
  }

  /**
   * An input of {@code size} bytes that {@code opener} reads, when it is splittable with the
   * format and encoding that {@code dumps} forces or detects (from the first 64 KiB, as
   * {@link Dumps#open} does); empty otherwise.
   */
  public static Optional<SplittableInput> of(Dumps dumps, String name, long size, Opener opener) throws IOException {
    Objects.requireNonNull(dumps, "dumps");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(opener, "opener");
    byte[] head;
    try (BufferedInputStream in = new BufferedInputStream(opener.open(0), SNIFF)) {
      if (Dumps.compression(in) != null) {
        return Optional.empty();
      }
      head = in.readNBytes(SNIFF);
    }
    Dumps.Layout layout = dumps.layout(head, head.length, head.length < SNIFF);
    if (!lineFeedIsSafe(layout.charset())) {
      return Optional.empty();
    }
    boolean splittable;
    switch (layout.format()) {
      case TEXT:
        splittable = dumps.parser().features().contains(ParserFeature.SPLIT_PAGES);
        break;
      case JSON:
        splittable = firstSignificantChar(new String(head, layout.charset())) == '{';
        break;
      default:
        splittable = false;
    }
    return splittable ? Optional.of(new SplittableInput(dumps, name, size, opener, layout)) : Optional.empty();
  }

  /** UTF-8 and single-byte encodings that keep ASCII: a 0x0A or 0x0D byte is a line end and nothing else. */
  private static boolean lineFeedIsSafe(Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return true;
    }
    if (!charset.canEncode()) {
      return false;
    }
    try {
      return charset.newEncoder().maxBytesPerChar() == 1f
          && "\n\r{ ".equals(new String("\n\r{ ".getBytes(charset), charset))
          && "\n\r{ ".getBytes(charset).length == 4;
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }

  private static int firstSignificantChar(String head) {
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c != '\uFEFF' && !Character.isWhitespace(c)) {
        return c;
      }
    }
    return -1;
  }

  /** The input's name, as in every article's origin. */
  public String name() {
    return name;
  }

  /** The input's size in bytes. */
  public long size() {
    return size;
  }

  /** The format: {@link InputFormat#TEXT} or {@link InputFormat#JSON} (JSON Lines). */
  public InputFormat format() {
    return layout.format();
  }

  /** The encoding, forced or detected. */
  public Charset charset() {
    return layout.charset();
  }

  /** Consecutive ranges of {@code rangeSize} bytes (the last one shorter) that cover the input: what to probe. */
  public List<Range> ranges(long rangeSize) {
    if (rangeSize < 1) {
      throw new IllegalArgumentException("rangeSize must be positive: " + rangeSize);
    }
    List<Range> out = new ArrayList<>();
    for (long start = 0; start < size; start += rangeSize) {
      out.add(new Range(start, Math.min(size, start + rangeSize)));
    }
    if (out.isEmpty()) {
      out.add(new Range(0, 0));
    }
    return out;
  }

  /** Probes one range: reads from its start to its end or to the first record start, whichever is later. */
  public Probe probe(Range range) throws IOException {
    long from = Math.max(0, range.start() - 1);
    try (InputStream in = opener.open(from)) {
      LineScanner scan = new LineScanner(in, from, range.end(), dumps.parser().limits().maxLineLength());
      long[] found = findRecordStart(scan, range);
      scan.countToLimit();
      return new Probe(range, found[0], found[1], scan.lineEndsBeforeLimit);
    }
  }

  /** Where the first record at or after a range's start begins (the input's size when none does), read from there on. */
  private long recordStart(Range range) throws IOException {
    long from = Math.max(0, range.start() - 1);
    try (InputStream in = opener.open(from)) {
      return findRecordStart(new LineScanner(in, from, range.end(), dumps.parser().limits().maxLineLength()), range)[0];
    }
  }

  /**
   * Moves a scanner that stands one byte before a range's start (or at 0) to the first record
   * start at or after the range's start: that start, capped at the input's size, and the line
   * ends passed on the way.
   */
  private long[] findRecordStart(LineScanner scan, Range range) throws IOException {
    if (range.start() > 0) {
      // Where the range starts inside a line (or between CR and LF), that line belongs to the range before.
      int previous = scan.next();
      if (previous != '\n' && !(previous == '\r' && scan.peek() != '\n')) {
        scan.skipLine();
      }
    }
    long[] found = range.start() == 0 || format() == InputFormat.JSON ? new long[] {scan.offset(), scan.lineEnds}
        : findPageStart(scan);
    found[0] = Math.min(found[0], size);
    return found;
  }

  /**
   * The first page start the scanner meets after a line with text, and the line ends before it;
   * the end of input when none.
   */
  private long[] findPageStart(LineScanner scan) throws IOException {
    PageText.PageStarts parser = PageText.pageStarts(dumps.parser());
    CharsetDecoder decoder = charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    String candidate = null;
    boolean textBeforeCandidate = false;
    long candidateStart = -1;
    long candidateEnds = 0;
    while (true) {
      long lineStart = scan.offset();
      long endsAtStart = scan.lineEnds;
      if (!scan.readLine()) {
        return new long[] {scan.offset(), scan.lineEnds};
      }
      String text = scan.decode(decoder);
      if (!parser.keepsText(text)) {
        continue;
      }
      // The parser starts a page at a title only when some text stands before it in the input;
      // text seen since the range's start proves that, without looking back.
      if (textBeforeCandidate && parser.startsPage(candidate, text)) {
        return new long[] {candidateStart, candidateEnds};
      }
      textBeforeCandidate = candidate != null;
      candidate = text;
      candidateStart = lineStart;
      candidateEnds = endsAtStart;
    }
  }

  /**
   * The pieces that the probes of consecutive ranges covering the whole input give, in input
   * order; ranges in which no record starts add no piece.
   *
   * @throws IllegalArgumentException if the probes do not cover the input from byte 0 in order
   */
  public List<Piece> pieces(List<Probe> probes) {
    List<Piece> out = new ArrayList<>();
    long expectedStart = 0;
    long endsBeforeRange = 0;
    long pieceStart = -1;
    long pieceLine = 0;
    for (Probe p : probes) {
      if (p.range().start() != expectedStart) {
        throw new IllegalArgumentException("probes must cover the input in order; expected a range at " + expectedStart
            + ", got " + p.range());
      }
      expectedStart = p.range().end();
      long record = p.recordStart();
      if (record < size && record > pieceStart) {
        if (pieceStart >= 0) {
          out.add(new Piece(pieceStart, record, Math.toIntExact(pieceLine)));
        }
        pieceStart = record;
        pieceLine = 1 + endsBeforeRange + p.lineEndsBeforeRecord();
      }
      endsBeforeRange += p.lineEnds();
    }
    if (expectedStart != size) {
      throw new IllegalArgumentException("probes cover " + expectedStart + " of " + size + " bytes");
    }
    if (pieceStart >= 0) {
      out.add(new Piece(pieceStart, size, Math.toIntExact(pieceLine)));
    }
    return out;
  }

  /** The pieces of about {@code pieceSize} bytes, probed in the calling thread. */
  public List<Piece> plan(long pieceSize) throws IOException {
    List<Probe> probes = new ArrayList<>();
    for (Range r : ranges(pieceSize)) {
      probes.add(probe(r));
    }
    return pieces(probes);
  }

  /**
   * Reads the pieces of the consecutive ranges of {@code rangeSize} bytes on the threads of one
   * process, with no planning step: reading the piece of a range finds the piece's bounds, counts
   * its line ends, and learns its first line from the ranges before it as they count theirs. The
   * pieces and their articles are those of {@link #plan} with the same range size. Where pieces
   * are read by other processes (tasks of a cluster), use {@link #probe} and {@link #pieces}.
   */
  public PieceReader pieceReader(long rangeSize) {
    return new PieceReader(ranges(rangeSize));
  }

  /**
   * The pieces of an input's consecutive ranges, one for each range, read in any order on any
   * threads: the piece of range {@code i} holds the records that start in that range (none, when
   * no record does), numbered as in the whole input.
   *
   * <p>Reading a piece needs the number of line ends before it. A piece counts its own line ends
   * first, a buffer at a time (so its bytes are read twice: to count, then to parse), waits for
   * the ranges before it that other threads are counting, and counts those that no thread has
   * started itself, so no order of reads can wait forever. Read in range order, as a first-in
   * first-out pool does, a piece rarely waits: the pieces before it have started, and count
   * before they parse. A range that cannot be read fails every later piece with a message that
   * names its bytes.
   *
   * <p>Thread-safe.
   */
  public final class PieceReader {
    private static final int UNCLAIMED = 0;
    private static final int COUNTING = 1;
    private static final int COUNTED = 2;
    private static final int FAILED = 3;

    private final List<Range> ranges;
    /** The record start of each range, -1 until found. */
    private final AtomicLongArray recordStarts;
    private final AtomicIntegerArray states;
    /** Line ends in each range's piece; guarded by this. */
    private final long[] lineEnds;
    /** Line ends before each piece, known for pieces up to {@code counted}; guarded by this. */
    private final long[] lineEndsBefore;
    /** How many pieces from the first on have been counted; guarded by this. */
    private int counted;
    /** The first range whose piece could not be counted, or {@code Integer.MAX_VALUE}; guarded by this. */
    private int firstFailed = Integer.MAX_VALUE;

    private PieceReader(List<Range> ranges) {
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

    /** The ranges, in input order: {@code read(i)} reads the piece of range {@code i}. */
    public List<Range> ranges() {
      return ranges;
    }

    /**
     * Reads the piece of range {@code index}: its articles, numbered as in the whole input; an
     * empty reader when no record starts in the range. May wait for other threads counting the
     * line ends of earlier ranges.
     *
     * @throws IOException if this piece, or an earlier one this piece's first line depends on,
     *     cannot be read
     */
    public DumpReader read(int index) throws IOException {
      Objects.checkIndex(index, ranges.size());
      if (states.compareAndSet(index, UNCLAIMED, COUNTING)) {
        count(index);
      }
      long start = start(index);
      long end = end(index);
      if (start >= end) {
        return dumps.open(InputStream.nullInputStream(), name, layout, 1);
      }
      return SplittableInput.this.read(new Piece(start, end, firstLine(index)));
    }

    /**
     * Reads the piece of range {@code index} at once, with provisional line numbers: from line 1
     * for the first range, from line 2 for every later one (a later piece never holds the
     * input's first line, where a byte-order mark is dropped, so its numbering must not start
     * there either). Nothing before it is counted or waited for, and the count of its own line
     * ends is the one the parse reads anyway ({@link DumpReader#lineEnds()}), not a pass of its
     * own. Add {@link #lineShift lineShift(index)} to every line number above 0 to get the
     * whole input's numbers; for JSON output, {@link LineNumbers} does that as the fragments
     * are joined. Read the reader to its end, or close it (which reads the rest): until then,
     * {@link #firstLine} and {@link #lineShift} of the pieces after this one wait.
     *
     * @throws IOException if the piece's bounds cannot be found
     */
    public DumpReader readUnshifted(int index) throws IOException {
      Objects.checkIndex(index, ranges.size());
      boolean counting = states.compareAndSet(index, UNCLAIMED, COUNTING);
      try {
        long start = start(index);
        long end = end(index);
        if (start >= end) {
          if (counting) {
            publish(index, 0);
          }
          return dumps.open(InputStream.nullInputStream(), name, layout, provisionalFirstLine(index));
        }
        InputStream in = opener.open(start);
        DumpReader reader;
        try {
          reader = dumps.open(new Bounded(in, end - start), name, layout, provisionalFirstLine(index));
        } catch (RuntimeException e) {
          in.close();
          throw e;
        }
        return counting ? reader.whenRead(new DumpReader.EndListener() {
          @Override
          public void ended(long lineEnds) {
            if (lineEnds < 0) {
              // Every splittable shape is read line by line and counts; this would be a bug.
              fail(index);
              throw new IllegalStateException(name + ": the reader of a splittable format counted no line ends");
            }
            publish(index, lineEnds);
          }

          @Override
          public void failed() {
            fail(index);
          }
        }) : reader;
      } catch (IOException | RuntimeException e) {
        if (counting) {
          fail(index);
        }
        throw e;
      }
    }

    private int provisionalFirstLine(int index) {
      return index == 0 ? 1 : 2;
    }

    /**
     * What to add to the line numbers (those above 0) of the piece {@link #readUnshifted} read
     * for range {@code index}: {@code firstLine(index)} less its provisional first line, never
     * negative (a piece after the first starts after a line end); 0 for an empty piece, which
     * has no numbers. Waits as {@link #firstLine} does.
     *
     * @throws IOException if an earlier range could not be read, naming its bytes
     */
    public long lineShift(int index) throws IOException {
      long shift = firstLine(index) - (long) provisionalFirstLine(index);
      // An empty piece after the first may have no line end before it (one long line): nothing to shift.
      return start(index) >= end(index) ? 0 : shift;
    }

    /** Counts the line ends of a piece this thread has claimed, a buffer at a time, and publishes them. */
    private void count(int index) throws IOException {
      try {
        long start = start(index);
        long end = end(index);
        long ends = 0;
        if (start < end) {
          try (InputStream in = opener.open(start)) {
            LineScanner scan = new LineScanner(in, start, end, dumps.parser().limits().maxLineLength());
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
      return index == ranges.size() - 1 ? size : recordStart(index + 1);
    }

    private long recordStart(int index) throws IOException {
      long known = recordStarts.get(index);
      if (known < 0) {
        // Two threads may both look; they find the same start.
        known = SplittableInput.this.recordStart(ranges.get(index));
        recordStarts.set(index, known);
      }
      return known;
    }

    /**
     * The 1-based number, in the whole input, of the first line of the piece of range {@code
     * index}: counts the line ends of the earlier ranges that nobody has claimed, and waits for
     * those other threads are counting (or reading through {@link #readUnshifted}). Immediate
     * once every earlier piece has been read.
     *
     * @throws IOException if an earlier range could not be read, naming its bytes
     */
    public int firstLine(int index) throws IOException {
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
            throw new java.io.InterruptedIOException("interrupted while waiting for the line count of earlier pieces");
          }
        }
        return Math.toIntExact(1 + lineEndsBefore[index]);
      }
    }

    /** The error of a piece whose first line depends on a range that could not be counted. */
    private IOException unreadable(int range, IOException cause) {
      Range failed = ranges.get(range);
      return new IOException(name + ": bytes " + failed.start() + ".." + failed.end()
          + " could not be read, so the line numbers after them are unknown", cause);
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

  /** Reads one piece: its articles, numbered as in the whole input. */
  public DumpReader read(Piece piece) throws IOException {
    Objects.requireNonNull(piece, "piece");
    if (piece.end() > size) {
      throw new IllegalArgumentException("piece " + piece + " ends past the input's " + size + " bytes");
    }
    InputStream in = opener.open(piece.start());
    return dumps.open(new Bounded(in, piece.end() - piece.start()), name, layout, piece.firstLine());
  }

  /** At most {@code remaining} bytes of a stream. */
  private static final class Bounded extends FilterInputStream {
    private long remaining;

    Bounded(InputStream in, long remaining) {
      super(in);
      this.remaining = remaining;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int b = super.read();
      remaining -= b >= 0 ? 1 : 0;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (remaining <= 0) {
        return len == 0 ? 0 : -1;
      }
      int n = super.read(b, off, (int) Math.min(len, remaining));
      remaining -= Math.max(n, 0);
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(Math.min(n, remaining));
      remaining -= skipped;
      return skipped;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(super.available(), remaining);
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }

  /**
   * Lines of bytes with their offsets, counting line ends as {@code LineSource} does: LF, CRLF
   * and CR each end one line. A line end's position is that of its last byte, so that an end
   * split across two ranges (CR at the end of one, LF at the start of the next) is counted once.
   */
  private static final class LineScanner {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private final long limit;
    private final int maxBytes;
    private int pos;
    private int filled;
    private long base;
    private byte[] line = new byte[256];
    private int lineLength;
    private final int maxLineLength;
    long lineEnds;
    long lineEndsBeforeLimit;

    LineScanner(InputStream in, long base, long limit, int maxLineLength) {
      this.in = in;
      this.base = base;
      this.limit = limit;
      this.maxLineLength = maxLineLength;
      // Enough bytes for maxLineLength chars in any of the encodings read (UTF-8: at most 3 bytes a char).
      this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 16, 3L * maxLineLength + 3);
    }

    long offset() {
      return base + pos;
    }

    int next() throws IOException {
      if (pos == filled && !fill()) {
        return -1;
      }
      return buffer[pos++] & 0xFF;
    }

    int peek() throws IOException {
      if (pos == filled && !fill()) {
        return -1;
      }
      return buffer[pos] & 0xFF;
    }

    private boolean fill() throws IOException {
      base += filled;
      pos = 0;
      filled = 0;
      int n = in.readNBytes(buffer, 0, buffer.length);
      filled = Math.max(n, 0);
      return filled > 0;
    }

    /** Reads a line into the line buffer; false at the end of input. */
    boolean readLine() throws IOException {
      lineLength = 0;
      return scanLine(true);
    }

    /** Passes over the rest of a line; false at the end of input. */
    boolean skipLine() throws IOException {
      return scanLine(false);
    }

    private boolean scanLine(boolean keep) throws IOException {
      boolean any = false;
      while (true) {
        if (pos == filled && !fill()) {
          return any;
        }
        any = true;
        if (!keep) {
          // The fast path of counting: look for the line end inside the buffer, eight bytes at a time.
          pos = LineReader.indexOfLineEnd(buffer, pos, filled);
          if (pos == filled) {
            continue;
          }
        }
        int b = buffer[pos++] & 0xFF;
        if (b == '\n') {
          ended(offset() - 1);
          return true;
        }
        if (b == '\r') {
          if (peek() == '\n') {
            pos++;
          }
          ended(offset() - 1);
          return true;
        }
        if (keep && lineLength < maxBytes) {
          if (lineLength == line.length) {
            line = java.util.Arrays.copyOf(line, (int) Math.min((long) line.length * 2, maxBytes));
          }
          line[lineLength++] = (byte) b;
        }
      }
    }

    /**
     * Counts the line ends before the limit from here (a line start) on, a buffer at a time rather
     * than a line at a time: what most of a probe's time goes to. Reads one byte past the limit
     * when a CR stands just before it, to see whether it ends a line there or with the LF after.
     */
    void countToLimit() throws IOException {
      while (offset() < limit) {
        if (pos == filled && !fill()) {
          return;
        }
        int to = (int) Math.min(filled, limit - base);
        lineEndsBeforeLimit += LineReader.countLineEnds(buffer, pos, to);
        // A CR in the last byte is left out of that count: whether it ends a line depends on the next byte.
        boolean cr = to > pos && buffer[to - 1] == '\r';
        pos = to;
        if (cr && peek() != '\n') {
          lineEndsBeforeLimit++;
        }
      }
    }

    private void ended(long position) {
      lineEnds++;
      if (position < limit) {
        lineEndsBeforeLimit++;
      }
    }

    /** The line read last, decoded as the whole-input reader decodes it, cut to the line length limit. */
    String decode(CharsetDecoder decoder) {
      String text;
      try {
        text = decoder.reset().decode(ByteBuffer.wrap(line, 0, lineLength)).toString();
      } catch (CharacterCodingException e) {
        throw new IllegalStateException("a replacing decoder does not throw", e);
      }
      return text.length() > maxLineLength ? text.substring(0, maxLineLength) : text;
    }
  }
}
