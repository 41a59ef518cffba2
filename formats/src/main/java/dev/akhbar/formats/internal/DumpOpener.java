package dev.akhbar.formats.internal;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.ParserFeature;
import dev.akhbar.formats.options.FieldMapping;
import dev.akhbar.formats.options.InputFormat;
import dev.akhbar.spi.LineDecodings;
import dev.akhbar.spi.PageText;
import dev.akhbar.spi.RecordSource;
import dev.akhbar.spi.SourceReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;

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

  /**
   * An input opened: its articles, its layout, and the count of its data's (decompressed) bytes
   * read so far, which may be looked at from any thread.
   */
  public record Opened(SourceReader articles, Layout layout, LongSupplier bytesRead) {}

  /**
   * Opens a stream: decompressed, its layout detected, its reader chosen; closing the articles
   * closes it.
   */
  public Opened open(InputStream raw, String name) throws IOException {
    Head head = head(raw, name);
    Layout layout = layout(head.bytes(), head.length(), head.complete());
    refuseBinary(head, layout);
    if (layout.format() == InputFormat.WARC) {
      OptionalLibrary.JWARC.require(name, "a WARC file");
      OptionalLibrary.JSOUP.require(name, "a WARC file's pages");
      if (head.gzip() != null) {
        // A per-record .warc.gz: a corrupt member loses its record, not the rest.
        head.gzip().members().stopAtCorruption(true);
      }
      return new Opened(
          new SourceReader(new WarcSource(head.direct(), name, parser, plainParser)),
          layout,
          head.layers()::dataBytes);
    }
    return new Opened(open(head.stream(), name, layout, 0), layout, head.layers()::dataBytes);
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

  private static void refuseBinary(Head head, Layout layout) throws IOException {
    if (layout.format() == InputFormat.WARC) {
      return;
    }
    String reason = FormatSniffer.binaryReason(head.bytes(), head.length(), layout.charset());
    if (reason != null) {
      throw new IOException(reason);
    }
  }

  /** A decompressed stream, positioned at its start, and its first bytes. */
  private record Head(
      BufferedInputStream stream,
      byte[] bytes,
      int length,
      boolean complete,
      Decompression.Layers layers) {
    /**
     * The decompressed stream without the sniffing buffer in between (the head's bytes, then the
     * innermost layer): a reader that must know where a gzip member broke sees it at once.
     */
    InputStream direct() {
      return gzip() == null
          ? stream
          : new Decompression.HeadThenRest(bytes, length, gzip().stream());
    }

    Decompression.Unbuffered gzip() {
      return layers.gzip();
    }
  }

  private Head head(InputStream raw, String name) throws IOException {
    Decompression.Layers layers = new Decompression.Layers();
    BufferedInputStream buffered = Decompression.decompress(raw, parser.limits(), name, layers);
    buffered.mark(SNIFF);
    byte[] head = new byte[SNIFF];
    int length = buffered.readNBytes(head, 0, SNIFF);
    buffered.reset();
    return new Head(buffered, head, length, length < SNIFF, layers);
  }

  /**
   * What the first bytes say, where nothing is forced: WARC by its magic, then the encoding, then
   * the shape.
   */
  public Layout layout(byte[] head, int length, boolean complete) {
    if (format == InputFormat.WARC
        || (format == InputFormat.AUTO && FormatSniffer.isWarc(head, length))) {
      return new Layout(InputFormat.WARC, StandardCharsets.UTF_8);
    }
    Charset charset = encoding != null ? encoding : EncodingDetector.detect(head, length, complete);
    InputFormat shape =
        format != InputFormat.AUTO
            ? format
            : FormatSniffer.sniff(new String(head, 0, length, charset), complete);
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
      case CSV:
        source = JsonSource.csv(reader, name, parser, mapping);
        break;
      case TREC:
        source = new TaggedSource(reader, name, parser, false, true);
        break;
      case XML:
        source = new TaggedSource(reader, name, parser, true, false);
        break;
      case FEED:
        source = new FeedSource(reader, name, parser);
        break;
      case SGML:
        source = new TaggedSource(reader, name, parser, true, true);
        break;
      case HTML:
        source = new HtmlSource(reader, name, parser);
        break;
      case PLAIN:
        return PageText.read(plainParser, reader, name, 1, decodings);
      default:
        return PageText.read(parser, reader, name, Math.max(firstLine, 1), decodings);
    }
    return new SourceReader(source, decodings);
  }

  /** The page-text parser. */
  public NewsDumpParser parser() {
    return parser;
  }
}
