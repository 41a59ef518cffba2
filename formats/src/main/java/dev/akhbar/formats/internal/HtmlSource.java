package dev.akhbar.formats.internal;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.Article;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import dev.akhbar.spi.LineReader;
import dev.akhbar.spi.RawRecord;
import dev.akhbar.spi.RecordFinisher;
import dev.akhbar.spi.RecordSource;
import java.io.IOException;
import java.io.Reader;

/**
 * A saved news page ({@code .html}, {@code .htm}): one article, read with jsoup as WARC responses
 * are ({@link HtmlPages}), at most {@code maxPageChars} of it, then the finisher's rules. Its
 * origin spans the file's lines.
 *
 * <p>Not thread-safe: one per input.
 */
public final class HtmlSource implements RecordSource {
  private final Reader reader;
  private final String input;
  private final RecordFinisher finisher;
  private final long maxChars;
  private boolean done;
  private long withoutText;

  /** A source over one page's characters. */
  public HtmlSource(Reader reader, String input, NewsDumpParser parser) {
    this.reader = reader;
    this.input = input;
    this.finisher = RecordFinisher.of(parser);
    this.maxChars = Math.min(parser.limits().maxPageChars(), Markup.MAX_HTML_CHARS);
  }

  @Override
  public Article next() throws IOException {
    if (done) {
      return null;
    }
    done = true;
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[1 << 14];
    LineReader.Counter lineEnds = new LineReader.Counter();
    char last = '\n';
    long passed = 0;
    for (int n; (n = reader.read(buffer)) > 0; ) {
      for (int i = 0; i < n; i++) {
        lineEnds.accept(buffer[i]);
      }
      last = buffer[n - 1];
      int keep = (int) Math.max(0, Math.min(n, maxChars - text.length()));
      text.append(buffer, 0, keep);
      passed += n - keep;
    }
    HtmlPages.Page page = Markup.page(text.toString());
    if (page.title() == null && page.paragraphs().isEmpty()) {
      withoutText++;
      return null;
    }
    // The last line is the one a line end closes, or the one the file ends in.
    long lines = Math.max(1, lineEnds.count() + (last == '\n' || last == '\r' ? 0 : 1));
    RawRecord.Builder a = RawRecord.builder(input, 1, lines);
    if (passed > 0) {
      a.warning(
          ParseWarning.of(
              1,
              WarningKind.PAGE_TOO_LONG,
              "the page is longer than "
                  + maxChars
                  + " chars (the lesser of ParseLimits.maxPageChars and the HTML limit); its last "
                  + passed
                  + " chars were not read"));
    }
    a.title(page.title());
    a.publishedRaw(page.published());
    a.author(page.author());
    page.keywords().forEach(a::keyword);
    page.paragraphs().forEach(a::paragraph);
    if (page.site() != null) {
      a.attribute("site", page.site());
    }
    return finisher.finish(a.build());
  }

  @Override
  public long recordsWithoutText() {
    return withoutText;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
