package dev.akhbar.formats.parallel;

import dev.akhbar.article.ArticleReader;
import dev.akhbar.article.ParserFeature;
import dev.akhbar.formats.Dumps;
import dev.akhbar.formats.internal.BoundedStream;
import dev.akhbar.formats.internal.Decompression;
import dev.akhbar.formats.internal.DumpOpener;
import dev.akhbar.formats.internal.FormatSniffer;
import dev.akhbar.formats.internal.LineCharsets;
import dev.akhbar.formats.options.InputFormat;
import dev.akhbar.spi.PageText;
import dev.akhbar.spi.SourceReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One uncompressed input read in byte ranges, "pieces", each of which starts where a record starts,
 * so that pieces parse in parallel (on threads, or as tasks of a cluster) into exactly the articles
 * of the input read whole: the same articles with the same line numbers, none read twice, none
 * lost.
 *
 * <p>Splittable: text dumps in the seed's shape, where a piece starts at a page's title line (a
 * line with text followed by a publication-date line, as {@link PageText.PageStarts#startsPage}
 * decides from those two lines alone), and JSON Lines, where a piece starts at any line; in UTF-8
 * or a single-byte encoding (windows-1256, ISO-8859-6), where a line-feed byte is always a line
 * feed. Not splittable, and read whole: compressed inputs, JSON arrays, XML, TREC, SGML, WARC,
 * plain title-plus-body files, UTF-16, and text when {@link ParserFeature#SPLIT_PAGES} is off.
 * {@link #of} says which.
 *
 * <p>Planning takes two steps. {@link #probe} looks at one byte range: where the first record at or
 * after its start begins, and how many line ends lie before that and in the range; probes of ranges
 * are independent and run in parallel. {@link #pieces} turns the probes of consecutive ranges into
 * pieces, each knowing its first line. {@link #plan} does both in the calling thread. Threads of
 * one process need no planning: a {@link PieceReader} reads the piece of each range as a task of
 * its own, which finds its bounds and first line itself. The only difference from reading whole: a
 * page that {@link dev.akhbar.article.ParseLimits} cut right before a piece's start.
 *
 * <p>Immutable and thread-safe when its {@link Opener} is.
 */
public final class SplittableInput {
  /** How many bytes are looked at to tell the encoding and the format, as {@link Dumps} does. */
  private static final int SNIFF = DumpOpener.SNIFF;

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
   * @param recordStart where the first record that starts in the range begins: the input's size
   *     when none does
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
   * A piece to read: bytes {@code [start, end)}, whose first line is line {@code firstLine} of the
   * input.
   *
   * @param start where the piece's first record starts
   * @param end where the next piece starts, or the input's size
   * @param firstLine the 1-based number of the piece's first line in the whole input
   */
  public record Piece(long start, long end, long firstLine) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks the fields. */
    public Piece {
      if (start < 0 || end <= start || firstLine < 1) {
        throw new IllegalArgumentException(
            "bad piece " + start + ".." + end + " at line " + firstLine);
      }
    }
  }

  private final Dumps dumps;
  private final String name;
  private final long size;
  private final Opener opener;
  private final DumpOpener engine;

  /**
   * Where the input's first line with text starts, -1 until looked for: a title in a range that
   * starts after it has text before it in the input, which is what starts a page there.
   */
  private volatile long firstTextLine = -1;

  private final DumpOpener.Layout layout;

  private SplittableInput(
      Dumps dumps, String name, long size, Opener opener, DumpOpener.Layout layout) {
    this.dumps = dumps;
    this.engine = engine(dumps);
    this.name = name;
    this.size = size;
    this.opener = opener;
    this.layout = layout;
  }

  /** A local file, when it is splittable; the input is named by the path as given. */
  public static Optional<SplittableInput> of(Dumps dumps, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return of(
        dumps,
        file.toString(),
        Files.size(file),
        position -> {
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
   * An input of {@code size} bytes that {@code opener} reads, when it is splittable with the format
   * and encoding that {@code dumps} forces or detects (from the first 64 KiB, as {@link Dumps#open}
   * does); empty otherwise.
   */
  public static Optional<SplittableInput> of(Dumps dumps, String name, long size, Opener opener)
      throws IOException {
    Objects.requireNonNull(dumps, "dumps");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(opener, "opener");
    byte[] head;
    try (BufferedInputStream in = new BufferedInputStream(opener.open(0), SNIFF)) {
      if (Decompression.compression(in) != null) {
        return Optional.empty();
      }
      head = in.readNBytes(SNIFF);
    }
    DumpOpener.Layout layout = engine(dumps).layout(head, head.length, head.length < SNIFF);
    if (!lineFeedIsSafe(layout.charset())
        || FormatSniffer.binaryReason(head, head.length, layout.charset()) != null) {
      // Binary data is refused by the whole-input reader, with the reason.
      return Optional.empty();
    }
    boolean splittable;
    switch (layout.format()) {
      case TEXT:
        splittable = dumps.parser().features().contains(ParserFeature.SPLIT_PAGES);
        break;
      case JSON:
        String text = new String(head, layout.charset());
        // JSON Lines: objects one to a line. Objects that span lines are read whole.
        splittable = firstSignificantChar(text) == '{' && FormatSniffer.isJsonLines(text);
        break;
      default:
        splittable = false;
    }
    return splittable
        ? Optional.of(new SplittableInput(dumps, name, size, opener, layout))
        : Optional.empty();
  }

  /**
   * UTF-8 and single-byte encodings that keep ASCII: a 0x0A or 0x0D byte is a line end and nothing
   * else.
   */
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

  /**
   * Consecutive ranges of {@code rangeSize} bytes (the last one shorter) that cover the input: what
   * to probe.
   */
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

  /**
   * Probes one range: reads its bytes (and the line that crosses its end), to find the first record
   * that starts in it and count its line ends. The work is that of the range alone, so probing
   * every range of an input is linear in the input, whatever it holds.
   */
  public Probe probe(Range range) throws IOException {
    long from = Math.max(0, range.start() - 1);
    try (InputStream in = opener.open(from)) {
      LineScanner scan = scanner(in, from, range.end());
      RecordStart found = findRecordStart(scan, range);
      scan.countToLimit();
      return new Probe(range, found.offset(), found.lineEndsBefore(), scan.lineEndsBeforeLimit);
    }
  }

  /**
   * Where the first record that starts in a range begins (a record whose first line starts before
   * the range's end), or the input's size when none does.
   */
  long recordStart(Range range) throws IOException {
    long from = Math.max(0, range.start() - 1);
    try (InputStream in = opener.open(from)) {
      return findRecordStart(scanner(in, from, range.end()), range).offset();
    }
  }

  /**
   * Moves a scanner that stands one byte before a range's start (or at 0) to the first record that
   * starts in the range: that start and the line ends passed on the way; the input's size when no
   * record starts before the range's end (input without record starts: no scan runs past its own
   * range, so the pieces' search is linear).
   */
  private RecordStart findRecordStart(LineScanner scan, Range range) throws IOException {
    if (range.start() > 0) {
      // Where the range starts inside a line (or between CR and LF), that line belongs to the range
      // before.
      int previous = scan.next();
      if (previous != '\n' && !(previous == '\r' && scan.peek() != '\n') && !scan.skipLine()) {
        // The line runs past the range: no record starts in it, and nothing more is read.
        return new RecordStart(size, scan.lineEnds);
      }
    }
    RecordStart found =
        range.start() == 0 || format() == InputFormat.JSON
            ? new RecordStart(scan.offset(), scan.lineEnds)
            : findPageStart(scan, range.end(), range.start());
    if (range.start() > 0 && found.offset() >= range.end()) {
      return new RecordStart(size, found.lineEndsBefore());
    }
    return new RecordStart(Math.min(found.offset(), size), found.lineEndsBefore());
  }

  /**
   * Decodes a scanned line as the readers do: in the forced encoding, or line by line where the
   * encoding was guessed; malformed bytes replaced.
   */
  private LineScanner.Decoder lineDecoder() {
    if (dumps.encoding().isEmpty() && LineCharsets.applies(charset())) {
      LineCharsets charsets = new LineCharsets(charset());
      return charsets::decode;
    }
    CharsetDecoder decoder =
        charset()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return (b, from, to) -> {
      try {
        return decoder.reset().decode(java.nio.ByteBuffer.wrap(b, from, to - from)).toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new IllegalStateException("a replacing decoder does not throw", e);
      }
    };
  }

  /** Where the input's first line with text starts; the input's size when none has any. */
  private long firstTextLine() throws IOException {
    long known = firstTextLine;
    if (known >= 0) {
      return known;
    }
    PageText.PageStarts parser = PageText.pageStarts(dumps.parser());
    LineScanner.Decoder decoder = lineDecoder();
    long found = size;
    try (InputStream in = opener.open(0)) {
      LineScanner scan = scanner(in, 0, size);
      while (true) {
        long lineStart = scan.offset();
        if (!scan.readLine()) {
          break;
        }
        if (!scan.isBlank() && parser.keepsText(scan.decode(decoder))) {
          found = lineStart;
          break;
        }
      }
    }
    // Threads that look at once find the same line.
    firstTextLine = found;
    return found;
  }

  /**
   * Where a record starts, found by a scanner.
   *
   * @param offset the record's first byte
   * @param lineEndsBefore the line ends the scanner passed before it
   */
  private record RecordStart(long offset, long lineEndsBefore) {}

  /**
   * The first page start the scanner meets after a line with text, and the line ends before it; the
   * end of input when none starts before {@code limit}.
   */
  private RecordStart findPageStart(LineScanner scan, long limit, long rangeStart)
      throws IOException {
    PageText.PageStarts parser = PageText.pageStarts(dumps.parser());
    LineScanner.Decoder decoder = lineDecoder();
    String candidate = null;
    boolean textBeforeCandidate = false;
    long candidateStart = -1;
    long candidateEnds = 0;
    while (true) {
      long lineStart = scan.offset();
      long endsAtStart = scan.lineEnds;
      if (!scan.readLine()) {
        return new RecordStart(scan.offset(), scan.lineEnds);
      }
      if (candidate == null && lineStart >= limit) {
        // No title waits for its next line, and every one from here on starts past the range (a
        // run of blank lines must not take the search to the end of the input).
        return new RecordStart(size, endsAtStart);
      }
      if (scan.isBlank()) {
        continue;
      }
      String text = scan.decode(decoder);
      if (!parser.keepsText(text)) {
        continue;
      }
      // The parser starts a page at a title only when some text stands before it in the input:
      // text seen since the range's start, or a range that starts after the first line with text.
      if (textBeforeCandidate && parser.startsPage(candidate, text)) {
        return new RecordStart(candidateStart, candidateEnds);
      }
      if (lineStart >= limit) {
        // Every title from here on starts past the range: no record starts in it.
        return new RecordStart(size, scan.lineEnds);
      }
      // Asked only here: the input's first line with text is searched for once, and only by a range
      // that has a line with text of its own.
      textBeforeCandidate = candidate != null || rangeStart > firstTextLine();
      candidate = text;
      candidateStart = lineStart;
      candidateEnds = endsAtStart;
    }
  }

  /**
   * The pieces that the probes of consecutive ranges covering the whole input give, in input order;
   * ranges in which no record starts add no piece.
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
        throw new IllegalArgumentException(
            "probes must cover the input in order; expected a range at "
                + expectedStart
                + ", got "
                + p.range());
      }
      expectedStart = p.range().end();
      long record = p.recordStart();
      if (record < size && record > pieceStart) {
        if (pieceStart >= 0) {
          out.add(new Piece(pieceStart, record, pieceLine));
        }
        pieceStart = record;
        pieceLine = 1 + endsBeforeRange + p.lineEndsBeforeRecord();
      }
      endsBeforeRange += p.lineEnds();
    }
    if (expectedStart != size) {
      throw new IllegalArgumentException(
          "probes cover " + expectedStart + " of " + size + " bytes");
    }
    if (pieceStart >= 0) {
      out.add(new Piece(pieceStart, size, pieceLine));
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

  /** Reads one piece: its articles, numbered as in the whole input. */
  public ArticleReader read(Piece piece) throws IOException {
    Objects.requireNonNull(piece, "piece");
    if (piece.end() > size) {
      throw new IllegalArgumentException(
          "piece " + piece + " ends past the input's " + size + " bytes");
    }
    return open(piece.start(), piece.end(), piece.firstLine());
  }

  /**
   * The articles of bytes {@code start} to {@code end}, lines numbered from {@code firstLine}; an
   * empty reader for no bytes.
   */
  SourceReader open(long start, long end, long firstLine) throws IOException {
    if (start >= end) {
      return engine.open(InputStream.nullInputStream(), name, layout, firstLine);
    }
    InputStream in = opener.open(start);
    try {
      return engine.open(new BoundedStream(in, end - start), name, layout, firstLine);
    } catch (RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** A line scanner over bytes {@code from} to {@code limit} of a stream opened at {@code from}. */
  LineScanner scanner(InputStream in, long from, long limit) {
    return new LineScanner(in, from, limit, dumps.parser().limits().maxLineLength());
  }

  /** The input's bytes from {@code position} on. */
  InputStream openAt(long position) throws IOException {
    return opener.open(position);
  }

  private static DumpOpener engine(Dumps dumps) {
    return new DumpOpener(
        dumps.parser(), dumps.format(), dumps.encoding().orElse(null), dumps.fieldMapping());
  }
}
