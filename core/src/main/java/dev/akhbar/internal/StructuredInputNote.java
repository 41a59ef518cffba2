package dev.akhbar.internal;

import dev.akhbar.article.Article;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Page text that is clearly JSON or XML (a JSON object or array, an XML declaration, a feed or an
 * HTML page): the page parser reads it as lines, so its first article says that the input has a
 * structure this parser does not read, and names the reader that does. Not thread-safe.
 */
public final class StructuredInputNote implements ArticleSource {
  private final ArticleSource source;

  /** The input's head, until the first article reads it. */
  private Head head;

  /** What the first article says of the input, until it is said; null when nothing. */
  private String note;

  private StructuredInputNote(ArticleSource source, Head head) {
    this.source = source;
    this.head = head;
  }

  /** How many chars (or bytes) of an input's head a {@link Head} gives. */
  public static final int HEAD = 512;

  /** The first chars of an input, read without consuming them. */
  public interface Head {
    /** The head; the input is left where it was. */
    String read() throws IOException;
  }

  /** The source, noting on its first article what its input's head shows, if it is structured. */
  public static ArticleSource of(Head head, ArticleSource source) {
    return new StructuredInputNote(source, head);
  }

  private static String note(String shape) {
    return "the input is "
        + shape
        + ", not page text, and was read as lines: open it with"
        + " dev.akhbar.formats.Dumps (akhbar-formats), which reads its structure";
  }

  /** "JSON", "XML" or "HTML" where the head is clearly so, else null. */
  static String shapeOf(String head) {
    String s = head.strip();
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1).strip();
    }
    if (s.startsWith("{\"") || s.startsWith("[{") || s.matches("(?s)\\[\\s*\\{\\s*\".*")) {
      return "JSON";
    }
    String lower =
        s.length() > 64
            ? s.substring(0, 64).toLowerCase(java.util.Locale.ROOT)
            : s.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
      return "HTML";
    }
    if (lower.startsWith("<?xml") || lower.startsWith("<rss") || lower.startsWith("<feed")) {
      return "XML";
    }
    return null;
  }

  @Override
  public Article next() throws IOException {
    if (head != null) {
      // Before the source reads anything: the head is read and the input put back.
      String shape = shapeOf(head.read());
      head = null;
      note = shape == null ? null : note(shape);
    }
    Article a = source.next();
    if (a != null && note != null) {
      List<ParseWarning> w = new ArrayList<>(a.warnings().size() + 1);
      w.add(ParseWarning.of(a.origin().line(), WarningKind.NOT_PAGE_TEXT, note));
      w.addAll(a.warnings());
      a = a.withWarnings(w);
      note = null;
    }
    return a;
  }

  @Override
  public long lineEnds() {
    return source.lineEnds();
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
