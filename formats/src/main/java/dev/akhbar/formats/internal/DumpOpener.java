package dev.akhbar.formats.internal;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.ParseLimits;
import dev.akhbar.article.ParserFeature;
import dev.akhbar.formats.options.FieldMapping;
import dev.akhbar.formats.options.InputFormat;
import dev.akhbar.spi.LineDecodings;
import dev.akhbar.spi.PageText;
import dev.akhbar.spi.RecordSource;
import dev.akhbar.spi.SourceReader;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;

/**
 * Opens one input: decompresses it (gzip, bzip2, xz, zstd, under the size and ratio limits),
 * detects its format and encoding from its first bytes where they are not forced, and hands it to
 * the reader of its format. The engine behind {@code Dumps} and the parallel readers of pieces.
 *
 * <p>Immutable and thread-safe.
 */
public final class DumpOpener {
  /** How many bytes are looked at to detect the encoding and the format. */
  public static final int SNIFF = 1 << 16;

  /** The compressions read, by the names {@link CompressorStreamFactory#detect} gives. */
  private static final Set<String> COMPRESSIONS =
      Set.of(
          CompressorStreamFactory.GZIP,
          CompressorStreamFactory.BZIP2,
          CompressorStreamFactory.XZ,
          CompressorStreamFactory.ZSTANDARD);

  private final NewsDumpParser parser;
  private final NewsDumpParser plainParser;
  private final InputFormat format;
  private final Charset encoding;
  private final FieldMapping mapping;

  /** An opener with these settings; {@code encoding} null to detect it. */
  public DumpOpener(
      NewsDumpParser parser, InputFormat format, Charset encoding, FieldMapping mapping) {
    this.parser = parser;
    this.plainParser = parser.toBuilder().disable(ParserFeature.SPLIT_PAGES).build();
    this.format = format;
    this.encoding = encoding;
    this.mapping = mapping;
  }

  /** The format and encoding of an input, as read or forced. */
  public record Layout(InputFormat format, Charset charset) {}

  /** An input opened: its articles and its layout. */
  public record Opened(SourceReader articles, Layout layout) {}

  /**
   * Opens a stream: decompressed, its layout detected, its reader chosen; closing the articles
   * closes it.
   */
  public Opened open(InputStream raw, String name) throws IOException {
    Head head = head(raw, name);
    Layout layout = layout(head.bytes(), head.length(), head.complete());
    refuseBinary(head, layout);
    if (layout.format() == InputFormat.WARC) {
      return new Opened(
          new SourceReader(new WarcSource(head.stream(), name, parser, plainParser)), layout);
    }
    return new Opened(open(head.stream(), name, layout, 0), layout);
  }

  /**
   * The text of a stream as chars: decompressed, in the forced encoding or, line by line, the one
   * the bytes show, malformed bytes replaced (U+FFFD); closing the reader closes the stream.
   */
  public Reader openText(InputStream raw, String name) throws IOException {
    Head head = head(raw, name);
    if (encoding != null) {
      return Decoding.decode(head.stream(), encoding);
    }
    Charset charset = EncodingDetector.detect(head.bytes(), head.length(), head.complete());
    refuseBinary(head, new Layout(InputFormat.TEXT, charset));
    if (LineCharsets.applies(charset)) {
      return Decoding.decode(
          new PerLineDecoder(head.stream(), charset, 1, new LineDecodings(charset)),
          StandardCharsets.UTF_8);
    }
    return Decoding.decode(head.stream(), charset);
  }

  /** Share of NUL and control bytes above which an input is binary data, not text. */
  private static final double BINARY_SHARE = 0.05;

  /**
   * Why the first bytes of an input are binary data, not text (more than 5 % NUL or control bytes,
   * other than tab, line ends, form feed and escape; a text file's are a stray byte or a trailing
   * NUL); null for text. UTF-16 and UTF-32 have NULs of their own and are not asked.
   */
  public static String binaryReason(byte[] head, int length, Charset charset) {
    if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
      return null;
    }
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int b = head[i] & 0xFF;
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B)
          || b == 0x7F) {
        controls++;
      }
    }
    if (length == 0 || controls <= BINARY_SHARE * length) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "binary data, not text: %d of its first %d bytes are NUL or control bytes",
        controls,
        length);
  }

  private static void refuseBinary(Head head, Layout layout) throws IOException {
    if (layout.format() == InputFormat.WARC) {
      return;
    }
    String reason = binaryReason(head.bytes(), head.length(), layout.charset());
    if (reason != null) {
      throw new IOException(reason);
    }
  }

  /** A decompressed stream, positioned at its start, and its first bytes. */
  private record Head(BufferedInputStream stream, byte[] bytes, int length, boolean complete) {}

  private Head head(InputStream raw, String name) throws IOException {
    InputStream in = decompress(new BufferedInputStream(raw, SNIFF), parser.limits(), name);
    BufferedInputStream buffered =
        in instanceof BufferedInputStream
            ? (BufferedInputStream) in
            : new BufferedInputStream(in, SNIFF);
    buffered.mark(SNIFF);
    byte[] head = new byte[SNIFF];
    int length = buffered.readNBytes(head, 0, SNIFF);
    buffered.reset();
    return new Head(buffered, head, length, length < SNIFF);
  }

  /**
   * What the first bytes say, where nothing is forced: WARC by its magic, then the encoding, then
   * the shape.
   */
  public Layout layout(byte[] head, int length, boolean complete) {
    if (format == InputFormat.WARC || (format == InputFormat.AUTO && isWarc(head, length))) {
      return new Layout(InputFormat.WARC, StandardCharsets.UTF_8);
    }
    Charset charset = encoding != null ? encoding : EncodingDetector.detect(head, length, complete);
    InputFormat shape =
        format != InputFormat.AUTO ? format : sniff(new String(head, 0, length, charset), complete);
    return new Layout(shape, charset);
  }

  /**
   * Reads decompressed bytes of a known layout (not WARC). {@code firstLine} 0 reads a whole input;
   * above 0, a piece of a text or JSON Lines input that starts at that line.
   */
  public SourceReader open(InputStream in, String name, Layout layout, long firstLine) {
    LineDecodings decodings = null;
    Reader reader;
    if (encoding == null && LineCharsets.applies(layout.charset())) {
      // Guessed, not forced: each line is read by what its own bytes fit.
      decodings = new LineDecodings(layout.charset());
      reader =
          Decoding.decode(
              new PerLineDecoder(in, layout.charset(), Math.max(1, firstLine), decodings),
              StandardCharsets.UTF_8);
    } else {
      reader = Decoding.decode(in, layout.charset());
    }
    RecordSource source;
    switch (layout.format()) {
      case JSON:
        source = new JsonSource(reader, name, parser, mapping, firstLine);
        break;
      case PYTHON:
        source =
            new JsonSource(
                new PythonLinesReader(
                    reader, parser.limits().maxRecordChars(), parser.limits().maxNestingDepth()),
                name,
                parser,
                mapping,
                firstLine);
        break;
      case TREC:
        source = new TaggedSource(reader, name, parser, false, true);
        break;
      case XML:
        source = new TaggedSource(reader, name, parser, true, false);
        break;
      case FEED:
        try {
          source = new FeedSource(reader, name, parser);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        break;
      case SGML:
        source = new TaggedSource(reader, name, parser, true, true);
        break;
      case PLAIN:
        return PageText.read(plainParser, reader, name, 1, decodings);
      default:
        return PageText.read(parser, reader, name, Math.max(firstLine, 1), decodings);
    }
    return new SourceReader(source, decodings);
  }

  private static final com.fasterxml.jackson.core.JsonFactory JSON =
      new com.fasterxml.jackson.core.JsonFactory();

  /**
   * Whether a text opens with JSON articles: an object, or an array that is empty or whose first
   * element is an object, that parses ("[2024] ..." is a text); an object cut off by the end of a
   * head that is not the whole input counts; so do JSON Lines whose first line is broken but
   * another of the first lines is a whole object.
   */
  private static boolean firstValueIsJson(String text, boolean complete) {
    if (parsesAsArticles(text, complete)) {
      return true;
    }
    if (text.charAt(0) != '{') {
      return false;
    }
    // JSON Lines whose first line is broken: another of its first lines is a whole object.
    String[] lines = text.split("\n", 12);
    for (int k = 1; k < Math.min(lines.length, 11); k++) {
      String line = lines[k].strip();
      if (line.startsWith("{") && parsesAsArticles(line, true)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a text opens with a JSON object, or an array that is empty or opens with one, and what
   * follows that first value is more JSON (or nothing): "{} عاجل" and "[ ] عاجل" are text.
   */
  private static boolean parsesAsArticles(String text, boolean complete) {
    try (com.fasterxml.jackson.core.JsonParser p = JSON.createParser(text)) {
      com.fasterxml.jackson.core.JsonToken t = p.nextToken();
      if (t == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
        t = p.nextToken();
        if (t == com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
          p.nextToken();
          return true;
        }
      }
      if (t != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        return false;
      }
      p.skipChildren();
      p.nextToken();
      return true;
    } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
      return !complete;
    } catch (IOException e) {
      return false;
    }
  }

  /** The page-text parser. */
  public NewsDumpParser parser() {
    return parser;
  }

  /** The compression of a stream, by its magic bytes, when it is one this reads; otherwise null. */
  public static String compression(BufferedInputStream in) {
    try {
      String kind = CompressorStreamFactory.detect(in);
      return COMPRESSIONS.contains(kind) ? kind : null;
    } catch (CompressorException e) {
      return null;
    }
  }

  /** A WARC record's first line: "WARC/" and a version such as 1.0, then the line end. */
  private static boolean isWarc(byte[] head, int length) {
    if (!startsWith(head, length, "WARC/")) {
      return false;
    }
    int i = 5;
    int digits = 0;
    while (i < length && i < 16 && (Character.isDigit(head[i]) || head[i] == '.')) {
      digits++;
      i++;
    }
    return digits >= 3 && i < length && (head[i] == '\r' || head[i] == '\n');
  }

  private static boolean startsWith(byte[] head, int length, String magic) {
    if (length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if (head[i] != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * gzip, bzip2, xz and zstd by their magic bytes, guarded by the size limits; anything else as it
   * is.
   */
  private static InputStream decompress(BufferedInputStream in, ParseLimits limits, String name)
      throws IOException {
    BufferedInputStream current = in;
    String label = name;
    for (int depth = 0; ; depth++) {
      String kind = compression(current);
      if (kind == null) {
        return current;
      }
      if (depth == MAX_NESTING) {
        throw new IOException(
            label + " is compressed again inside " + MAX_NESTING + " compressions; stopped");
      }
      CountingStream compressed = new CountingStream(current);
      label = label + " (" + kind + ")";
      try {
        // Each layer under the same limits: a bomb in a bomb is stopped at its own layer.
        current =
            new BufferedInputStream(
                new ExpansionGuard(
                    new CompressorStreamFactory(true).createCompressorInputStream(kind, compressed),
                    compressed,
                    limits,
                    label),
                SNIFF);
      } catch (CompressorException e) {
        throw new IOException(name + ": cannot open the " + kind + " stream: " + e.getMessage(), e);
      }
    }
  }

  /** Compressions unwrapped one inside the other (a {@code .gz.gz}); more is refused. */
  private static final int MAX_NESTING = 3;

  /** Counts the compressed bytes read, for the ratio. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b >= 0 ? 1 : 0;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(n, 0);
      return n;
    }
  }

  /** Stops a decompression that grows past the size or ratio limit, with an error naming it. */
  private static final class ExpansionGuard extends FilterInputStream {
    private static final long RATIO_CHECKED_AFTER = 16L << 20;
    private final CountingStream compressed;
    private final ParseLimits limits;
    private final String name;
    private long expanded;

    ExpansionGuard(InputStream in, CountingStream compressed, ParseLimits limits, String name) {
      super(in);
      this.compressed = compressed;
      this.limits = limits;
      this.name = name;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        check(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        check(n);
      }
      return n;
    }

    private void check(int n) throws IOException {
      expanded += n;
      if (expanded > limits.maxDecompressedBytes()) {
        throw new IOException(
            name
                + " expands past the limit of "
                + limits.maxDecompressedBytes()
                + " bytes (ParseLimits.maxDecompressedBytes); stopped");
      }
      if (expanded > RATIO_CHECKED_AFTER
          && expanded > limits.maxCompressionRatio() * Math.max(1, compressed.count)) {
        throw new IOException(
            name
                + " expands more than "
                + limits.maxCompressionRatio()
                + " times ("
                + expanded
                + " bytes from "
                + compressed.count
                + "; ParseLimits.maxCompressionRatio); stopped");
      }
    }
  }

  /**
   * The shape of a text from its first characters: JSON only where its first value parses as JSON
   * (a text whose first title opens with "[" or "{", such as "[عاجل] ...", is text), Python
   * literals where its first line is one, a feed where the first element is rss, feed or rdf:RDF,
   * tags, else text. {@code complete} says whether the head is the whole input.
   */
  public static InputFormat sniff(String head, boolean complete) {
    int i = 0;
    while (i < head.length()
        && (Character.isWhitespace(head.charAt(i)) || head.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (i >= head.length()) {
      return InputFormat.TEXT;
    }
    char c = head.charAt(i);
    if ((c == '[' || c == '{') && firstValueIsJson(head.substring(i), complete)) {
      return InputFormat.JSON;
    }
    int lineEnd = head.indexOf('\n', i);
    if (lineEnd >= 0 || complete) {
      String first = head.substring(i, lineEnd >= 0 ? lineEnd : head.length()).strip();
      if (PythonLiterals.looksLike(first) && PythonLiterals.toJson(first, 64) != null) {
        return InputFormat.PYTHON;
      }
    }
    // Markup only where a tag of ASCII letters (or <? <!) opens it: every news XML, feed and TREC
    // format has such names, and "<عاجل> ..." opens a title.
    char afterLt = i + 1 < head.length() ? head.charAt(i + 1) : ' ';
    boolean tag =
        c == '<'
            && ((afterLt | 0x20) >= 'a' && (afterLt | 0x20) <= 'z'
                || afterLt == '?'
                || afterLt == '!');
    if (tag && FeedSource.looksLikeFeed(head.substring(i, Math.min(head.length(), i + 4096)))) {
      return InputFormat.FEED;
    }
    if (tag) {
      String upper = head.substring(i, Math.min(head.length(), i + 4096)).toUpperCase(Locale.ROOT);
      if (upper.startsWith("<DOC") && upper.matches("(?s)<DOC\\s+\\w+\\s*=.*")) {
        return InputFormat.SGML;
      }
      if (upper.startsWith("<DOC>") || upper.contains("<DOCNO>")) {
        return InputFormat.TREC;
      }
      return InputFormat.XML;
    }
    return InputFormat.TEXT;
  }
}
