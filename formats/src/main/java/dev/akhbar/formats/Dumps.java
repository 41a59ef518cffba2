package dev.akhbar.formats;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.ParserFeature;
import dev.akhbar.formats.internal.EncodingDetector;
import dev.akhbar.formats.internal.JsonSource;
import dev.akhbar.formats.internal.TaggedSource;
import dev.akhbar.formats.internal.WarcSource;
import dev.akhbar.spi.PageText;
import dev.akhbar.spi.RecordSource;
import dev.akhbar.spi.SourceReader;
import java.nio.charset.StandardCharsets;
import dev.akhbar.ParseLimits;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;

/**
 * Opens news dumps of any supported shape, encoding and compression as {@link DumpReader}s of
 * {@link dev.akhbar.Article}s: the one entry point of {@code akhbar-formats}.
 *
 * <p>Per input: gzip, bzip2, xz and zstd are recognised by their magic bytes and decompressed;
 * the encoding is detected (byte-order mark, valid UTF-8, then windows-1256 or ISO-8859-6 by an
 * Arabic-aware score) unless forced; the format is sniffed from the content unless forced. Bytes
 * that are malformed in the encoding become U+FFFD and are reported as warnings on their line.
 *
 * <p>Defaults: {@link InputFormat#AUTO}, encoding detected, the default {@link NewsDumpParser},
 * {@link FieldMapping#DEFAULTS}.
 *
 * <p>Instances are immutable and thread-safe: open many inputs from many threads with one.
 */
public final class Dumps {
  /** How many bytes are looked at to detect the encoding and the format. */
  private static final int SNIFF = 1 << 16;

  private final NewsDumpParser parser;
  private final NewsDumpParser plainParser;
  private final InputFormat format;
  private final Charset encoding;
  private final FieldMapping mapping;

  private Dumps(Builder b) {
    this.parser = b.parser;
    this.plainParser = rebuildWithoutPages(b.parser);
    this.format = b.format;
    this.encoding = b.encoding;
    this.mapping = b.mapping;
  }

  private static NewsDumpParser rebuildWithoutPages(NewsDumpParser p) {
    NewsDumpParser.Builder b = NewsDumpParser.builder().normalization(p.normalization()).dateParser(p.dateParser())
        .limits(p.limits());
    for (ParserFeature f : ParserFeature.values()) {
      if (!p.features().contains(f)) {
        b.disable(f);
      }
    }
    return b.disable(ParserFeature.SPLIT_PAGES).build();
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The regular files under a path, in name order: the path itself when it is a file. Hidden files are skipped. */
  public static List<Path> files(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** Opens a file; the input is named by the path as given. */
  public DumpReader open(Path path) throws IOException {
    InputStream in = Files.newInputStream(path);
    try {
      return open(in, path.toString());
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Opens a stream; closing the reader closes it. */
  public DumpReader open(InputStream raw, String name) throws IOException {
    Objects.requireNonNull(name, "name");
    InputStream in = decompress(new BufferedInputStream(raw, SNIFF), parser.limits(), name);
    BufferedInputStream buffered = in instanceof BufferedInputStream ? (BufferedInputStream) in
        : new BufferedInputStream(in, SNIFF);
    buffered.mark(SNIFF);
    byte[] head = new byte[SNIFF];
    int length = buffered.readNBytes(head, 0, SNIFF);
    boolean complete = length < SNIFF;
    buffered.reset();
    Layout layout = layout(head, length, complete);
    if (layout.format() == InputFormat.WARC) {
      return new DumpReader(new SourceReader(new WarcSource(buffered, name, parser, plainParser)), InputFormat.WARC,
          layout.charset(), name);
    }
    return open(buffered, name, layout, 0);
  }

  /** The format and encoding of an input, from its first bytes (after decompression). */
  record Layout(InputFormat format, Charset charset) {}

  /** What the first bytes say, where nothing is forced: WARC by its magic, then the encoding, then the shape. */
  Layout layout(byte[] head, int length, boolean complete) {
    if (format == InputFormat.WARC || (format == InputFormat.AUTO && startsWith(head, length, "WARC/"))) {
      return new Layout(InputFormat.WARC, StandardCharsets.UTF_8);
    }
    Charset charset = encoding != null ? encoding : EncodingDetector.detect(head, length, complete);
    InputFormat shape = format != InputFormat.AUTO ? format : sniff(new String(head, 0, length, charset));
    return new Layout(shape, charset);
  }

  /**
   * Reads decompressed bytes of a known layout (not WARC). {@code firstLine} 0 reads a whole
   * input; above 0, a piece of a text or JSON Lines input that starts at that line.
   */
  DumpReader open(InputStream in, String name, Layout layout, int firstLine) {
    Charset charset = layout.charset();
    // UTF-8, the common case, through the core's faster decoder; it replaces malformed bytes as the JDK does.
    Reader reader = charset.equals(StandardCharsets.UTF_8) ? PageText.utf8(in)
        : new InputStreamReader(in, charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE));
    RecordSource source;
    switch (layout.format()) {
      case JSON:
        source = new JsonSource(reader, name, parser, mapping, firstLine);
        break;
      case TREC:
        source = new TaggedSource(reader, name, parser, false);
        break;
      case XML:
      case SGML:
        source = new TaggedSource(reader, name, parser, true);
        break;
      case PLAIN:
        return new DumpReader(PageText.read(plainParser, reader, name, 1), InputFormat.PLAIN, charset, name);
      default:
        return new DumpReader(PageText.read(parser, reader, name, Math.max(firstLine, 1)), InputFormat.TEXT, charset, name);
    }
    return new DumpReader(new SourceReader(source), layout.format(), charset, name);
  }

  /** The parser of page text. */
  NewsDumpParser parser() {
    return parser;
  }

  /** The compressions read, by the names {@link CompressorStreamFactory#detect} gives. */
  private static final java.util.Set<String> COMPRESSIONS = java.util.Set.of(CompressorStreamFactory.GZIP,
      CompressorStreamFactory.BZIP2, CompressorStreamFactory.XZ, CompressorStreamFactory.ZSTANDARD);

  /** The compression of a stream, by its magic bytes, when it is one this reads; otherwise null. */
  static String compression(BufferedInputStream in) {
    try {
      String kind = CompressorStreamFactory.detect(in);
      return COMPRESSIONS.contains(kind) ? kind : null;
    } catch (CompressorException e) {
      return null;
    }
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

  /** gzip, bzip2, xz and zstd by their magic bytes, guarded by the size limits; anything else as it is. */
  private static InputStream decompress(BufferedInputStream in, ParseLimits limits, String name) throws IOException {
    String kind = compression(in);
    if (kind == null) {
      return in;
    }
    CountingStream compressed = new CountingStream(in);
    try {
      return new ExpansionGuard(new CompressorStreamFactory(true).createCompressorInputStream(kind, compressed),
          compressed, limits, name + " (" + kind + ")");
    } catch (CompressorException e) {
      throw new IOException(name + ": cannot open the " + kind + " stream: " + e.getMessage(), e);
    }
  }

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
        throw new IOException(name + " expands past the limit of " + limits.maxDecompressedBytes()
            + " bytes (ParseLimits.maxDecompressedBytes); stopped");
      }
      if (expanded > RATIO_CHECKED_AFTER && expanded > limits.maxCompressionRatio() * Math.max(1, compressed.count)) {
        throw new IOException(name + " expands more than " + limits.maxCompressionRatio()
            + " times (" + expanded + " bytes from " + compressed.count + "; ParseLimits.maxCompressionRatio); stopped");
      }
    }
  }

  /** The shape of a text from its first characters. */
  static InputFormat sniff(String head) {
    int i = 0;
    while (i < head.length() && (Character.isWhitespace(head.charAt(i)) || head.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (i >= head.length()) {
      return InputFormat.TEXT;
    }
    char c = head.charAt(i);
    if (c == '[' || c == '{') {
      return InputFormat.JSON;
    }
    if (c == '<') {
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

  /** Builds {@link Dumps}. Not thread-safe; what it builds is. */
  public static final class Builder {
    private NewsDumpParser parser = NewsDumpParser.builder().build();
    private InputFormat format = InputFormat.AUTO;
    private Charset encoding;
    private FieldMapping mapping = FieldMapping.DEFAULTS;

    private Builder() {}

    /** The parser for page text and for finishing records; default {@code NewsDumpParser.builder().build()}. */
    public Builder parser(NewsDumpParser value) {
      this.parser = Objects.requireNonNull(value, "parser");
      return this;
    }

    /** Forces a format; default {@link InputFormat#AUTO}. */
    public Builder format(InputFormat value) {
      this.format = Objects.requireNonNull(value, "format");
      return this;
    }

    /** Forces an encoding; default: detected per input. */
    public Builder encoding(Charset value) {
      this.encoding = Objects.requireNonNull(value, "encoding");
      return this;
    }

    /** The keys of JSON article objects; default {@link FieldMapping#DEFAULTS}. */
    public Builder fieldMapping(FieldMapping value) {
      this.mapping = Objects.requireNonNull(value, "mapping");
      return this;
    }

    /** The {@link Dumps}. */
    public Dumps build() {
      return new Dumps(this);
    }
  }
}
