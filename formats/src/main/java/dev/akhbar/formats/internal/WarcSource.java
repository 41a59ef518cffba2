package dev.akhbar.formats.internal;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.Article;
import dev.akhbar.article.ArticleReader;
import dev.akhbar.article.Origin;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import dev.akhbar.spi.PageText;
import dev.akhbar.spi.RawRecord;
import dev.akhbar.spi.RecordFinisher;
import dev.akhbar.spi.RecordSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC and WET files through jwarc: each HTML response record (status 200) becomes one
 * article, its text taken from the HTML (read up to {@code maxPageChars} bytes) with jsoup; each
 * conversion record (WET text) is read as one page by the page parser, streamed, and becomes
 * several articles only where it passes the page limits. Other records (requests, metadata, images)
 * hold no article and are passed over. An article's origin line is its record's number in the file
 * and its offset the record's byte offset; the crawl time and the record id are attributes.
 *
 * <p>Not thread-safe: one per input.
 */
public final class WarcSource implements RecordSource {
  private final InputStream in;

  /**
   * What the WARC readers read: counts the bytes (a reader opened again after a corrupt gzip member
   * starts at this count), and is not closed by them (jwarc closes its input at the end; the input
   * is closed here, where what it reports on closing is reported).
   */
  private final CountingStream counted;

  /**
   * The last bytes the readers read, by their offset in the decompressed input: after a record that
   * cannot be parsed, reading goes on at the next record's start, which jwarc may have read ahead.
   */
  private final RecentBytes recent;

  /** How many bytes {@link #recent} keeps: far more than jwarc reads ahead (8 KiB). */
  private static final int RECENT = 1 << 18;

  /** The most bytes passed over after a broken record that its warning carries as text. */
  private static final int MAX_CARRIED = 1 << 16;

  /**
   * The bytes that look-backs into records cut short had read again: they stay below the bytes
   * read, so that records nested in one another are not each read again (output quadratic in the
   * input), while a chain of cut records, each read again by its overrun only, is.
   */
  private long readAgain;

  /**
   * Whether the record before did not end where its length said: jwarc found no blank lines there
   * (it says so as it reads the next record).
   */
  private boolean trailerBroken;

  /** Where in the decompressed input the current reader started. */
  private long readerBase;

  private WarcReader reader;
  private final String input;
  private final RecordFinisher finisher;
  private final NewsDumpParser pageParser;
  private long record;

  /** The byte offset of the current record in the (decompressed) input. */
  private long offset = -1;

  /** The articles of the conversion record being read, or null between records. */
  private ArticleReader pages;

  private java.util.Iterator<Article> pageIterator;
  private WarcConversion conversionRecord;

  /** The body of the record being read, or of the last one read. */
  private EndedEarly endedEarly;

  /** The most bytes of an HTML body read: a body past it is cut there, with a warning. */
  private final long maxBodyBytes;

  /** A source over a WARC or WET stream; {@code pageParser} reads WET text, as one page. */
  public WarcSource(
      InputStream in, String input, NewsDumpParser parser, NewsDumpParser pageParser) {
    this.in = in;
    this.counted = new CountingStream(in, true);
    this.recent = new RecentBytes(counted, RECENT);
    this.input = input;
    this.finisher = RecordFinisher.of(parser);
    this.pageParser = pageParser;
    this.maxBodyBytes = Math.min(parser.limits().maxPageChars(), Markup.MAX_HTML_CHARS);
  }

  @Override
  public Article next() throws IOException {
    Article more = nextPage();
    if (more != null) {
      return more;
    }
    if (endedEarly != null && endedEarly.reason() != null) {
      // The input ended inside the last record: nothing is left to read.
      return null;
    }
    while (true) {
      Optional<WarcRecord> next;
      try {
        if (reader == null) {
          // Opened here, not in the constructor: jwarc reads ahead, and input that is no WARC
          // must become a warning like every other unreadable record, not an exception. Input
          // of nothing but white space is an empty file: no records.
          PushbackInputStream peek = new PushbackInputStream(recent, 1);
          int b = peek.read();
          while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
            b = peek.read();
          }
          if (b < 0) {
            return null;
          }
          peek.unread(b);
          readerBase = recent.position() - 1;
          reader = reader(peek);
        }
        trailerBroken = false;
        next = reader.next();
      } catch (IOException | RuntimeException e) {
        record++;
        if (corruptMember(e)) {
          // The gzip member this record was in is corrupt; the next member starts a record.
          reader = null;
          return unreadable(
              "a WARC record in a corrupt gzip member, not read: " + e.getMessage(),
              Optional.empty());
        }
        Article said = readOn(e);
        if (said != null) {
          return said;
        }
        continue;
      }
      if (next.isEmpty()) {
        return null;
      }
      record++;
      offset = readerBase + reader.position();
      WarcRecord r = next.get();
      try {
        if (r instanceof WarcConversion) {
          return conversion((WarcConversion) r);
        }
        if (r instanceof WarcResponse) {
          Article a = response((WarcResponse) r);
          if (a != null) {
            return a;
          }
        }
      } catch (IOException | RuntimeException e) {
        if (corruptMember(e)) {
          reader = null;
        }
        return unreadable(
            "record " + record + " cannot be read: " + e.getMessage(), Optional.empty());
      }
    }
  }

  /**
   * A jwarc reader over {@code in}, lenient: it also reads records whose lines end in LF alone (as
   * hand-made and some tools' files have them), which the strict reader refuses whole.
   */
  private WarcReader reader(InputStream in) throws IOException {
    WarcReader r = new WarcReader(in);
    r.setLenient(true);
    r.onWarning(message -> trailerBroken |= message.contains("trailer"));
    return r;
  }

  /**
   * After a record that cannot be parsed: reading goes on at the next record's start, and the bytes
   * passed over on the way are said, their text carried where they are text.
   */
  private Article readOn(Exception e) throws IOException {
    // Where the broken record starts: jwarc moves its position past the record before (its
    // length by its header, then the blank lines that close it) before it parses a header.
    long from = reader == null ? readerBase : readerBase + reader.position();
    boolean after = reader != null && offset >= readerBase;
    reader = null;
    // From the record's start, or from the oldest byte held when the record is longer.
    long lookFrom = Math.max(offset, recent.oldest());
    if (after && lookFrom < from && trailerBroken) {
      // The record before, not closed by blank lines where its length ends, may have been cut
      // short, another record written after the cut (a download broken off and one started
      // again): its length then ran into that record, whose start lies before where this parse
      // failed.
      long inside = WarcResync.startInside(recent, lookFrom, from);
      if (inside >= 0 && readAgain + (from - inside) <= from) {
        readAgain += from - inside;
        recent.seek(inside);
        readerBase = inside;
        reader = reader(recent);
        // The parse that failed is made again, from there.
        record--;
        return warning(
            WarningKind.MALFORMED_INPUT,
            "record "
                + record
                + " is cut short: the next record starts at byte "
                + inside
                + ", inside the length its header gives; its text may end with the "
                + (from - inside)
                + " bytes from there on",
            Optional.empty());
      }
    }
    WarcResync.Found f = WarcResync.scan(recent, from, MAX_CARRIED);
    if (f.next() >= 0) {
      readerBase = f.next();
      reader = reader(recent);
    }
    String text = text(f.kept());
    if (text != null && text.isBlank() && f.lost() == 0) {
      // Only blank lines before the next record or the end (an extra one after the record
      // before): nothing to say, and that record is read.
      record--;
      return null;
    }
    String message =
        "a WARC record that cannot be parsed ("
            + e.getMessage()
            + "); "
            + f.passed()
            + (f.next() >= 0
                ? " bytes were passed over up to the next record, at byte " + f.next()
                : " bytes were passed over to the end of the input")
            + (f.lost() > 0 ? "; the first " + f.lost() + " were no longer held" : "")
            + (text == null
                ? " (not text)"
                : f.passed() > f.lost() + f.kept().length
                    ? "; " + f.kept().length + " of them are here"
                    : f.lost() > 0 ? "; the rest are here" : "; they are here");
    return unreadable(
        message, text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip()));
  }

  /**
   * The bytes as UTF-8 text, or null where they are not; a sequence cut at their start (a length
   * that ended inside a letter) or at their end (kept bytes cut there, or a file cut inside a
   * letter with the next record written right after) is left out.
   */
  private static String text(byte[] bytes) {
    int from = 0;
    while (from < Math.min(3, bytes.length) && (bytes[from] & 0xC0) == 0x80) {
      from++;
    }
    for (int drop = 0; drop <= 3 && drop <= bytes.length - from; drop++) {
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .decode(java.nio.ByteBuffer.wrap(bytes, from, bytes.length - from - drop))
            .toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        // Not text, or a sequence cut at the end: one byte fewer.
      }
    }
    return null;
  }

  /** Whether a gzip member broke under a read (so reading goes on at the next one). */
  private static boolean corruptMember(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof GzipMembers.CorruptMember) {
        return true;
      }
    }
    return false;
  }

  /** An article of nothing but an {@code UNREADABLE} warning at the current record. */
  private Article unreadable(String message, Optional<String> text) {
    return warning(WarningKind.UNREADABLE, message, text);
  }

  /** An article of nothing but a warning at the current record. */
  private Article warning(WarningKind kind, String message, Optional<String> text) {
    return Article.builder(new Origin(input, record, record))
        .warning(new ParseWarning(record, kind, message, text))
        .build();
  }

  /**
   * Starts reading a conversion record's text as page text, streamed: a text past the page limits
   * becomes several articles (with {@code PAGE_TOO_LONG}), each with the record's origin, address
   * and attributes; an empty one is said so.
   */
  private Article conversion(WarcConversion c) throws IOException {
    Charset charset = charset(c.contentType(), StandardCharsets.UTF_8);
    endedEarly = new EndedEarly(c.body().stream(), recent::ended);
    Reader text = Decoding.decode(endedEarly, charset);
    pages = PageText.read(pageParser, text, input, 1);
    pageIterator = pages.iterator();
    conversionRecord = c;
    Article first = nextPage();
    if (first == null) {
      return Article.builder(new Origin(input, record, record, offset))
          .warning(ParseWarning.of(record, WarningKind.UNREADABLE, "an empty conversion record"))
          .url(c.target())
          .build();
    }
    return first;
  }

  /**
   * The next article of the conversion record being read, or null when it has no more; a record
   * whose text cannot be read to its end (a truncated file) ends with an {@code UNREADABLE}
   * warning.
   */
  private Article nextPage() throws IOException {
    if (pageIterator == null) {
      return null;
    }
    Article page;
    try {
      page = pageIterator.hasNext() ? pageIterator.next() : null;
    } catch (java.io.UncheckedIOException e) {
      endPages();
      return unreadable(
          "record " + record + " cannot be read: " + e.getCause().getMessage(), Optional.empty());
    }
    if (page == null) {
      endPages();
      if (endedEarly.reason() != null) {
        // A file cut short (a download broken off): the record's text so far was read.
        return warning(WarningKind.MALFORMED_INPUT, cutAtTheEnd("text"), Optional.empty());
      }
      return null;
    }
    Article.Builder b =
        page.toBuilder()
            .origin(new Origin(input, record, record, offset))
            .url(conversionRecord.target());
    attributes(conversionRecord, b::attribute);
    return b.build();
  }

  /** What a warning says of the current record, whose body the input's end cut short. */
  private String cutAtTheEnd(String what) {
    return "record "
        + record
        + " is cut short at the end of the input ("
        + endedEarly.reason()
        + "): what could be read of its "
        + what
        + " is in its article";
  }

  private void endPages() throws IOException {
    ArticleReader done = pages;
    pages = null;
    pageIterator = null;
    done.close();
  }

  private Article response(WarcResponse w) throws IOException {
    MediaType type = w.payloadType().base();
    boolean html = type.subtype().equals("html") || type.subtype().equals("xhtml+xml");
    if (!html || w.http().status() != 200) {
      return null;
    }
    Document doc;
    boolean cut;
    // Bounded: a body's HTTP content encoding (gzip) is inflated as it is read, so a small record
    // could otherwise grow without limit.
    endedEarly = new EndedEarly(w.http().bodyDecoded().stream(), recent::ended);
    try (BoundedStream body = new BoundedStream(endedEarly, maxBodyBytes)) {
      Charset declared = charset(w.http().contentType(), null);
      doc = Jsoup.parse(body, declared == null ? null : declared.name(), w.target());
      cut = body.exceeded();
    }
    RawRecord.Builder a = RawRecord.builder(input, record, record).offset(offset).url(w.target());
    if (cut) {
      a.warning(
          ParseWarning.of(
              record,
              WarningKind.PAGE_TOO_LONG,
              "the HTML body is longer than "
                  + maxBodyBytes
                  + " bytes (the lesser of ParseLimits.maxPageChars and the HTML limit); the rest was"
                  + " not read"));
    }
    if (endedEarly.reason() != null) {
      a.warning(ParseWarning.of(record, WarningKind.MALFORMED_INPUT, cutAtTheEnd("HTML")));
    }
    HtmlPages.Page page = HtmlPages.read(doc);
    a.title(page.title());
    a.publishedRaw(page.published());
    a.source(page.site());
    a.author(page.author());
    page.keywords().forEach(a::keyword);
    page.paragraphs().forEach(a::paragraph);
    attributes(w, a::attribute);
    return finisher.finish(a.build());
  }

  private static void attributes(WarcRecord r, java.util.function.BiConsumer<String, String> to) {
    to.accept("crawled", r.date().toString());
    to.accept("warcRecordId", r.id().toString());
  }

  private static Charset charset(MediaType type, Charset otherwise) {
    String name = type.parameters().get("charset");
    if (name == null) {
      return otherwise;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return otherwise;
    }
  }

  @Override
  public void close() throws IOException {
    if (pages != null) {
      pages.close();
    }
    if (reader != null) {
      reader.close();
    }
    in.close();
  }
}
