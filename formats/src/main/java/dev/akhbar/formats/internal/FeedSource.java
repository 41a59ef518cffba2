package dev.akhbar.formats.internal;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.Article;
import dev.akhbar.article.Origin;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import dev.akhbar.spi.RawRecord;
import dev.akhbar.spi.RecordFinisher;
import dev.akhbar.spi.RecordSource;
import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds with the JDK's streaming XML parser (no DTDs, no
 * external entities): one article per {@code <item>} or {@code <entry>}, its title, link, date
 * ({@code pubDate}, {@code published}, {@code updated}, {@code dc:date}), author, categories as
 * keywords, and body from {@code content:encoded}, {@code content} or {@code description} / {@code
 * summary}, whose HTML is read into paragraphs; the feed's own title is the source of items that
 * name none. A feed cut short or broken is reported with its line and the items read so far are
 * kept.
 *
 * <p>Not thread-safe: one per input.
 */
public final class FeedSource implements RecordSource {
  /** The most child elements of one item kept; a hostile feed may send millions. */
  private static final int MAX_FIELDS = 256;

  private final XMLStreamReader xml;

  /** Why the parser could not even start (a broken XML declaration), or null. */
  private final String unopened;

  private final Reader reader;
  private final String input;
  private final RecordFinisher finisher;
  private final int maxText;
  private String feedTitle;
  private boolean done;

  /** The input, noting whether it held anything but white space. */
  private final SeenText text;

  /** Notes whether any char read is not white space. */
  private static final class SeenText extends java.io.FilterReader {
    boolean seen;

    SeenText(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      for (int i = off; i < off + n && !seen; i++) {
        seen = !Character.isWhitespace(buf[i]) && buf[i] != '\uFEFF';
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      seen |= c >= 0 && !Character.isWhitespace(c) && c != '\uFEFF';
      return c;
    }
  }

  /** Whether an element was read: a broken input with none is an empty one. */
  private boolean started;

  /**
   * One factory a thread: looking the implementation up costs more than reading a small feed, and a
   * factory is not promised to be thread-safe.
   */
  private static final ThreadLocal<XMLInputFactory> FACTORY =
      ThreadLocal.withInitial(
          () -> {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            // Not coalescing: a huge text node comes in pieces, and only maxPageChars of it are
            // kept.
            f.setProperty(XMLInputFactory.IS_COALESCING, false);
            return f;
          });

  /** A source over a feed's characters. */
  public FeedSource(Reader reader, String input, NewsDumpParser parser) {
    this.text = new SeenText(reader);
    reader = this.text;
    this.reader = reader;
    this.input = input;
    this.finisher = RecordFinisher.of(parser);
    this.maxText = (int) Math.min(Integer.MAX_VALUE - 8, parser.limits().maxPageChars());
    XMLInputFactory f = FACTORY.get();
    XMLStreamReader opened;
    String why = null;
    try {
      opened = f.createXMLStreamReader(reader);
    } catch (XMLStreamException | RuntimeException e) {
      // Said on an article, as every broken input is: not thrown at the caller.
      opened = null;
      why = parserMessage(e);
    }
    this.xml = opened;
    this.unopened = why;
  }

  /** Whether a text opens as a feed: its first element is rss, feed or rdf:RDF. */
  public static boolean looksLikeFeed(String head) {
    int i = 0;
    while (true) {
      int lt = head.indexOf('<', i);
      if (lt < 0 || lt + 1 >= head.length()) {
        return false;
      }
      char c = head.charAt(lt + 1);
      if (c == '?' || c == '!') {
        i = lt + 1;
        continue;
      }
      String rest =
          head.substring(lt + 1, Math.min(head.length(), lt + 12)).toLowerCase(Locale.ROOT);
      return rest.startsWith("rss") || rest.startsWith("feed") || rest.startsWith("rdf:rdf");
    }
  }

  @Override
  public Article next() throws IOException {
    if (done) {
      return null;
    }
    if (xml == null) {
      done = true;
      return unreadable(1, "not a feed: its XML cannot be read (" + oneLine(unopened) + ")");
    }
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        started = true;
        String name = xml.getLocalName().toLowerCase(Locale.ROOT);
        if (name.equals("item") || name.equals("entry")) {
          return item(name);
        }
        if (name.equals("title") && feedTitle == null) {
          feedTitle = text().strip();
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      // The JDK's parser throws unchecked exceptions too on some malformed input (a message it
      // lacks for a bad char in a DTD, found by fuzzing): the XML breaks there all the same. An
      // I/O error of the input (or a library it needs, missing) fails the input, as elsewhere.
      if (e instanceof java.io.UncheckedIOException u) {
        throw u;
      }
      done = true;
      if (!started && !text.seen) {
        // An empty or blank input holds no feed and no articles.
        return null;
      }
      if (!started) {
        return unreadable(
            1, "not a feed: no element before the XML breaks (" + oneLine(parserMessage(e)) + ")");
      }
      javax.xml.stream.Location at =
          e instanceof XMLStreamException x ? x.getLocation() : xml.getLocation();
      long line = at == null ? 1 : Math.max(1, at.getLineNumber());
      return broken(line, parserMessage(e));
    }
    done = true;
    return null;
  }

  /** Reads one item or entry, the reader on its start tag. */
  private Article item(String element) throws XMLStreamException {
    long first = Math.max(1, xml.getLocation().getLineNumber());
    Map<String, String> fields = new LinkedHashMap<>();
    RawRecord.Builder a;
    StringBuilder keywords = new StringBuilder();
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT
          && xml.getLocalName().toLowerCase(Locale.ROOT).equals(element)) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String prefix = xml.getPrefix() == null ? "" : xml.getPrefix().toLowerCase(Locale.ROOT);
      String name = xml.getLocalName().toLowerCase(Locale.ROOT);
      String key = prefix.isEmpty() ? name : prefix + ":" + name;
      if (name.equals("link") && xml.getAttributeValue(null, "href") != null) {
        // Atom: <link rel="alternate" href="..."/>; the first, or the alternate, is the page.
        String rel = xml.getAttributeValue(null, "rel");
        if (!fields.containsKey("link") || "alternate".equals(rel)) {
          fields.put("link", xml.getAttributeValue(null, "href"));
        }
        continue;
      }
      if (name.equals("author")) {
        fields.putIfAbsent("author", text().strip());
        continue;
      }
      String value = text();
      if (name.equals("category")) {
        if (!value.isBlank() && keywords.length() < maxText) {
          keywords.append(keywords.length() == 0 ? "" : "\n").append(value.strip());
        }
        continue;
      }
      if (fields.size() < MAX_FIELDS) {
        fields.putIfAbsent(key, value);
      }
    }
    long last = Math.max(first, xml.getLocation().getLineNumber());
    a = RawRecord.builder(input, first, last);
    a.title(fields.remove("title"));
    a.url(fields.remove("link"));
    a.publishedRaw(firstOf(fields, "pubdate", "published", "dc:date", "updated"));
    a.author(firstOf(fields, "author", "dc:creator", "creator"));
    a.source(feedTitle);
    for (String k : keywords.toString().split("\n")) {
      if (!k.isBlank()) {
        a.keyword(k);
      }
    }
    String body = firstOf(fields, "content:encoded", "content", "description", "summary");
    if (body != null) {
      html(body, a);
    }
    fields.forEach(
        (k, v) -> {
          if (!v.isBlank()) {
            a.attribute(k, v.strip());
          }
        });
    return finisher.finish(a.build());
  }

  /** The first of these fields present, taken out of the map; null for none. */
  private static String firstOf(Map<String, String> fields, String... keys) {
    for (String k : keys) {
      String v = fields.remove(k);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** A body of HTML (or plain text) as paragraphs: one per {@code <p>}, else per line. */
  private static void html(String body, RawRecord.Builder a) {
    if (body.indexOf('<') < 0) {
      Paragraphs.split(body, a::paragraph);
      return;
    }
    Markup.fragmentParagraphs(body).forEach(a::paragraph);
  }

  /** The text of the element the reader is on, up to its end; bounded by the page limit. */
  private String text() throws XMLStreamException {
    StringBuilder b = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
          && b.length() < maxText) {
        int room = maxText - b.length();
        b.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(room, xml.getTextLength()));
      }
    }
    return b.toString();
  }

  private Article broken(long line, String message) {
    return unreadable(
        line, "the feed breaks off here (" + oneLine(message) + "); the items before were read");
  }

  /** An article of nothing but an {@code UNREADABLE} warning on {@code line}. */
  private Article unreadable(long line, String message) {
    return Article.builder(new Origin(input, line, line))
        .warning(ParseWarning.of(line, WarningKind.UNREADABLE, message))
        .build();
  }

  /** A parser's message on one line. */
  /** What the XML parser said: its message, or for an unchecked failure of its own, what it was. */
  private static String parserMessage(Exception e) {
    return e instanceof XMLStreamException
        ? e.getMessage()
        : "the XML parser failed: " + e.getClass().getSimpleName() + " " + e.getMessage();
  }

  private static String oneLine(String message) {
    return String.valueOf(message).replaceAll("\\s+", " ");
  }

  @Override
  public void close() throws IOException {
    try {
      if (xml != null) {
        xml.close();
      }
    } catch (XMLStreamException | RuntimeException e) {
      // The reader below is closed next, which is what matters.
    }
    reader.close();
  }
}
