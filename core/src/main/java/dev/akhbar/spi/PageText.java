package dev.akhbar.spi;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.internal.PageReader;
import dev.akhbar.internal.Settings;
import dev.akhbar.internal.Utf8Reader;
import java.io.InputStream;
import java.io.Reader;
import java.util.Objects;

/**
 * Page text for readers that cut a large input into pieces and parse them in parallel: where a page
 * may start, and the articles of a piece that starts at a given line. Stateless.
 */
public final class PageText {
  private PageText() {}

  /**
   * The articles of page text, or of a piece of a larger input that starts at line {@code
   * firstLine} (1-based): lines are numbered from there, and a byte-order mark is dropped only at
   * line 1. Cut an input only before a line where {@link PageStarts#startsPage} holds: the pieces
   * then parse into the same articles as the whole input. A {@link #utf8} reader takes the parser's
   * byte-level path.
   *
   * @throws IllegalArgumentException if {@code firstLine} is below 1
   */
  public static SourceReader read(
      NewsDumpParser parser, Reader reader, String inputName, long firstLine) {
    return read(parser, reader, inputName, firstLine, null);
  }

  /**
   * {@link #read(NewsDumpParser, Reader, String, long)} for text whose decoder reports the lines it
   * read in another encoding into {@code decodings} (null: none).
   */
  public static SourceReader read(
      NewsDumpParser parser,
      Reader reader,
      String inputName,
      long firstLine,
      LineDecodings decodings) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(inputName, "inputName");
    return new SourceReader(
        SourceReader.noting(
            new PageReader(reader, inputName, firstLine, Engine.settings(parser)), decodings));
  }

  /** Where {@code parser} starts pages, for a reader that looks for a place to cut an input. */
  public static PageStarts pageStarts(NewsDumpParser parser) {
    return new PageStarts(Engine.settings(parser));
  }

  /** Tells where a parser starts pages. Immutable and thread-safe. */
  public static final class PageStarts {
    private final Settings settings;

    private PageStarts(Settings settings) {
      this.settings = settings;
    }

    /**
     * Whether the parser starts a new page at raw input line {@code line} when {@code
     * nextLineWithText} is the next line for which {@link #keepsText} holds: the line is a title
     * (text that is no label) and the next one a publication-date line. The two lines alone decide
     * it, so a dump cut just before such a line parses, piece by piece, into the same articles as
     * read whole (except where the page limits cut a page just before). Always false without {@link
     * dev.akhbar.article.ParserFeature#SPLIT_PAGES}.
     */
    public boolean startsPage(CharSequence line, CharSequence nextLineWithText) {
      return PageReader.startsPage(line, nextLineWithText, settings);
    }

    /**
     * Whether a raw input line keeps any text once repaired and normalised; lines that keep none
     * are blank to the parser.
     */
    public boolean keepsText(CharSequence line) {
      return PageReader.keepsText(line, settings);
    }
  }

  /**
   * A reader of UTF-8 bytes: malformed bytes become U+FFFD (reported as invalid characters on their
   * line), and {@link #read} on it decodes and normalises most lines in one pass.
   */
  public static Reader utf8(InputStream in) {
    return new Utf8Reader(Objects.requireNonNull(in, "in"));
  }
}
