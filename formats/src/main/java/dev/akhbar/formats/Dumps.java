package dev.akhbar.formats;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.formats.internal.DumpOpener;
import dev.akhbar.formats.options.FieldMapping;
import dev.akhbar.formats.options.InputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens news dumps of any supported shape, encoding and compression as {@link DumpReader}s of
 * {@link dev.akhbar.article.Article}s: the one entry point of {@code akhbar-formats}.
 *
 * <p>Per input: gzip, bzip2, xz and zstd are recognised by their magic bytes and decompressed; the
 * encoding is detected (byte-order mark, valid UTF-8, then windows-1256 or ISO-8859-6 by an
 * Arabic-aware score) unless forced; the format is sniffed from the content unless forced. Bytes
 * that are malformed in the encoding become U+FFFD and are reported as warnings on their line.
 *
 * <p>Defaults: {@link InputFormat#AUTO}, encoding detected, the default {@link NewsDumpParser},
 * {@link FieldMapping#DEFAULTS}.
 *
 * <p>Instances are immutable and thread-safe: open many inputs from many threads with one.
 */
public final class Dumps {
  private final NewsDumpParser parser;
  private final InputFormat format;
  private final Charset encoding;
  private final FieldMapping mapping;
  private final DumpOpener opener;

  private Dumps(Builder b) {
    this.parser = b.parser;
    this.format = b.format;
    this.encoding = b.encoding;
    this.mapping = b.mapping;
    this.opener = new DumpOpener(parser, format, encoding, mapping);
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every default: what {@link #read(Path)} opens files with. */
  private static final class Defaults {
    static final Dumps DUMPS = builder().build();
  }

  /**
   * Reads any supported file the way {@code akhbar convert} does: compression, encoding and format
   * detected, the default parser and keys. The one call most users need:
   *
   * <pre>{@code
   * try (DumpReader articles = Dumps.read(Path.of("news.jsonl.gz"))) {
   *   articles.forEach(a -> System.out.println(a.title()));
   * }
   * }</pre>
   */
  public static DumpReader read(Path path) throws IOException {
    return Defaults.DUMPS.open(path);
  }

  /**
   * The regular files under a path, in name order: the path itself when it is a file. Hidden files
   * and hidden directories ({@code .git}, {@code .cache}) below the path are skipped.
   */
  public static List<Path> files(Path path) throws IOException {
    return files(path, false);
  }

  /**
   * The regular files under a path, in name order, hidden ones too when {@code hidden}; the path
   * itself when it is a file (or a pipe or device: read only when named). An entry that cannot be
   * listed (a directory without read permission) is in the list, so that reading it fails with its
   * reason, alone.
   */
  public static List<Path> files(Path path, boolean hidden) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> out = new ArrayList<>();
    // Links followed (a corpus linked in, a linked directory argument); a loop is an entry that
    // fails alone when read.
    Files.walkFileTree(
        path,
        java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(path) && !hidden && hidden(dir)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && (hidden || !hidden(file))) {
              out.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (hidden || !hidden(file)) {
              out.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    out.sort(null);
    return out;
  }

  private static boolean hidden(Path p) {
    return p.getFileName().toString().startsWith(".");
  }

  /** Opens a file; the input is named by the path as given. */
  public DumpReader open(Path path) throws IOException {
    return openFile(path, this::open);
  }

  /** Opens a stream; closing the reader closes it. */
  public DumpReader open(InputStream raw, String name) throws IOException {
    Objects.requireNonNull(name, "name");
    DumpOpener.Opened o = opener.open(raw, name);
    return new DumpReader(
        o.articles(), o.layout().format(), o.layout().charset(), name, o.bytesRead());
  }

  /**
   * The text of a file, for tools that want its lines rather than its articles: decompressed like
   * {@link #open(Path)}, in the {@linkplain Builder#encoding forced encoding} or the one detected
   * from its first bytes, malformed bytes replaced with U+FFFD. Closing the reader closes the file.
   */
  public Reader openText(Path path) throws IOException {
    return openFile(path, this::openText);
  }

  /** What opens a named stream: {@link #open(InputStream, String)} or {@link #openText}. */
  private interface StreamOpener<T> {
    T open(InputStream in, String name) throws IOException;
  }

  /** Opens a file with {@code opener}, named by the path as given; closes it if that fails. */
  private static <T> T openFile(Path path, StreamOpener<T> opener) throws IOException {
    InputStream in = Files.newInputStream(path);
    try {
      return opener.open(in, path.toString());
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** {@link #openText(Path)} for a stream; closing the reader closes it. */
  public Reader openText(InputStream raw, String name) throws IOException {
    Objects.requireNonNull(name, "name");
    return opener.openText(raw, name);
  }

  /** The parser of page text, whose settings also finish the records of every other format. */
  public NewsDumpParser parser() {
    return parser;
  }

  /** The format asked for: {@link InputFormat#AUTO} unless one is forced. */
  public InputFormat format() {
    return format;
  }

  /** The encoding forced, or empty when it is detected per input. */
  public Optional<Charset> encoding() {
    return Optional.ofNullable(encoding);
  }

  /** The keys of JSON article objects. */
  public FieldMapping fieldMapping() {
    return mapping;
  }

  /** Builds {@link Dumps}. Not thread-safe; what it builds is. */
  public static final class Builder {
    private NewsDumpParser parser = NewsDumpParser.builder().build();
    private InputFormat format = InputFormat.AUTO;
    private Charset encoding;
    private FieldMapping mapping = FieldMapping.DEFAULTS;

    private Builder() {}

    /**
     * The parser for page text and for finishing records; default {@code
     * NewsDumpParser.builder().build()}.
     */
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
