package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
import dev.akhbar.formats.options.InputFormat;
import dev.akhbar.formats.options.OutputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcTest {
  private static final String HTML =
      "<html><head><title>عنوان الصفحة | الموقع</title>"
          + "<meta property=\"og:title\" content=\"بوتين: روسيا مستعدة للحوار\">"
          + "<meta property=\"article:published_time\" content=\"2024-02-29T10:30:00+03:00\">"
          + "<meta property=\"og:site_name\" content=\"صدى البلد\">"
          + "<meta name=\"keywords\" content=\"روسيا، الولايات المتحدة\"></head>"
          + "<body><nav>الرئيسية</nav><p>موسكو – قال الرئيس الروسي إن بلاده مستعدة للحوار.</p>"
          + "<p>وأضاف أن المصالح الروسية يجب أن تؤخذ في الاعتبار.</p><p>الأناضول</p></body></html>";
  private static final String WET =
      "ارتفاع أسعار النفط\nارتفعت أسعار النفط اليوم في الأسواق العالمية.\n";

  static byte[] warc(WarcCompression compression) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
      w.write(
          new WarcRequest.Builder("https://example.com/a")
              .date(Instant.parse("2024-03-01T00:00:00Z"))
              .body(
                  MediaType.parse("application/http;msgtype=request"),
                  "GET /a HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
              .build());
      HttpResponse http =
          new HttpResponse.Builder(200, "OK")
              .body(
                  MediaType.parse("text/html; charset=windows-1256"),
                  HTML.getBytes(Charset.forName("windows-1256")))
              .build();
      w.write(
          new WarcResponse.Builder("https://example.com/a")
              .date(Instant.parse("2024-03-01T00:00:00Z"))
              .body(http)
              .build());
      HttpResponse missing =
          new HttpResponse.Builder(404, "Not Found")
              .body(MediaType.parse("text/html"), "<p>لا شيء</p>".getBytes(StandardCharsets.UTF_8))
              .build();
      w.write(new WarcResponse.Builder("https://example.com/gone").body(missing).build());
      w.write(
          new WarcConversion.Builder()
              .setHeader("WARC-Target-URI", "https://example.com/b")
              .date(Instant.parse("2024-03-02T00:00:00Z"))
              .body(MediaType.parse("text/plain"), WET.getBytes(StandardCharsets.UTF_8))
              .build());
    }
    return out.toByteArray();
  }

  static List<Article> read(byte[] bytes) throws IOException {
    try (DumpReader r =
        Dumps.builder().build().open(new ByteArrayInputStream(bytes), "crawl.warc")) {
      assertEquals(InputFormat.WARC, r.format());
      return r.stream().toList();
    }
  }

  @Test
  void htmlResponsesAndTextConversionsBecomeArticles() throws IOException {
    List<Article> a = read(warc(WarcCompression.NONE));
    assertEquals(2, a.size(), "the request and the 404 hold no article");
    Article html = a.get(0);
    assertEquals("بوتين: روسيا مستعدة للحوار", html.title());
    assertEquals("2024-02-29T10:30:00+03:00", html.published().orElseThrow().toIso());
    assertEquals("صدى البلد", html.source().orElseThrow());
    assertEquals("https://example.com/a", html.url().orElseThrow());
    assertEquals(List.of("روسيا", "الولايات المتحدة"), html.keywords());
    assertEquals(
        List.of(
            "موسكو – قال الرئيس الروسي إن بلاده مستعدة للحوار.",
            "وأضاف أن المصالح الروسية يجب أن تؤخذ في الاعتبار."),
        html.body());
    assertEquals("موسكو", html.dateline().orElseThrow());
    assertEquals("الأناضول", html.credit().orElseThrow());
    assertEquals(2, html.origin().line(), "the second record of the file");
    assertEquals("2024-03-01T00:00:00Z", html.attributes().get("crawled"));
    Article wet = a.get(1);
    assertEquals("ارتفاع أسعار النفط", wet.title());
    assertEquals(List.of("ارتفعت أسعار النفط اليوم في الأسواق العالمية."), wet.body());
    assertEquals("https://example.com/b", wet.url().orElseThrow());
    assertEquals(4, wet.origin().line());
  }

  @Test
  void gzippedWarcReadsTheSame() throws IOException {
    assertEquals(
        read(warc(WarcCompression.NONE)).stream().map(Article::title).toList(),
        read(warc(WarcCompression.GZIP)).stream().map(Article::title).toList());
  }

  @Test
  void aTruncatedWarcKeepsWhatThereIsAndSaysWhere() throws IOException {
    // Cut 40 bytes before the end: inside the last record's text, the WET paragraph.
    byte[] whole = warc(WarcCompression.NONE);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 40);
    List<Article> a = read(cut);
    assertEquals("بوتين: روسيا مستعدة للحوار", a.get(0).title());
    assertEquals("ارتفاع أسعار النفط", a.get(1).title());
    assertTrue(a.get(1).body().get(0).startsWith("ارتفعت أسعار النفط"), a.get(1).body().toString());
    assertTrue(
        a.get(a.size() - 1).warnings().stream()
            .anyMatch(
                w ->
                    w.kind() == dev.akhbar.article.WarningKind.MALFORMED_INPUT
                        && w.message().contains("record 4 is cut short at the end of the input")),
        a.toString());
  }

  /** Every article knows the byte offset of its record: the input read there starts the record. */
  @Test
  void articlesKnowTheirRecordsByteOffset() throws IOException {
    byte[] bytes = warc(WarcCompression.NONE);
    List<Article> articles = read(bytes);
    assertEquals(2, articles.size());
    long previous = -1;
    for (Article a : articles) {
      long offset = a.origin().offset();
      assertTrue(offset > previous, "offsets grow: " + offset);
      previous = offset;
      assertEquals(
          "WARC/",
          new String(bytes, (int) offset, 5, StandardCharsets.US_ASCII),
          "a record starts at " + offset);
    }
    // The first record (a request) holds no article, so the first article's offset is past it.
    assertTrue(articles.get(0).origin().offset() > 0);
    // The JSON output names it; page text has none, and its JSON has no offset field.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ArticleWriter w = ArticleWriter.of(out, OutputFormat.JSONL)) {
      w.write(articles.get(0));
    }
    assertTrue(
        out.toString(StandardCharsets.UTF_8)
            .contains("\"offset\":" + articles.get(0).origin().offset()));
  }

  /**
   * A conversion record longer than the page limit is read as a stream, cut into articles that each
   * carry the record's origin and address, with no line lost; an HTML body past the limit is cut
   * there, and said so.
   */
  @Test
  void recordsPastTheLimitsAreBoundedAndSaySo() throws IOException {
    StringBuilder wet = new StringBuilder("عنوان النص الطويل\n");
    for (int i = 0; i < 40; i++) {
      wet.append("السطر رقم ").append(i).append(" من النص.\n");
    }
    StringBuilder html = new StringBuilder("<html><head><title>عنوان</title></head><body>");
    for (int i = 0; i < 40; i++) {
      html.append("<p>فقرة رقم ").append(i).append("</p>");
    }
    html.append("</body></html>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.NONE)) {
      w.write(
          new WarcConversion.Builder()
              .setHeader("WARC-Target-URI", "https://example.com/long")
              .body(MediaType.parse("text/plain"), wet.toString().getBytes(StandardCharsets.UTF_8))
              .build());
      HttpResponse http =
          new HttpResponse.Builder(200, "OK")
              .body(
                  MediaType.parse("text/html; charset=utf-8"),
                  html.toString().getBytes(StandardCharsets.UTF_8))
              .build();
      w.write(new WarcResponse.Builder("https://example.com/page").body(http).build());
    }
    dev.akhbar.NewsDumpParser tight =
        dev.akhbar.NewsDumpParser.builder()
            .limits(dev.akhbar.article.ParseLimits.builder().maxPageChars(200).build())
            .build();
    List<Article> articles;
    try (DumpReader r =
        Dumps.builder()
            .parser(tight)
            .build()
            .open(new ByteArrayInputStream(out.toByteArray()), "long.warc")) {
      articles = r.stream().toList();
    }
    Article last = articles.get(articles.size() - 1);
    List<Article> fromText = articles.subList(0, articles.size() - 1);
    assertTrue(fromText.size() > 1, "the long text is several articles: " + fromText.size());
    StringBuilder lines = new StringBuilder();
    for (Article a : fromText) {
      assertEquals(1, a.origin().line(), "the record's number");
      assertEquals("https://example.com/long", a.url().orElseThrow());
      lines.append(a.title()).append('\n');
      a.body().forEach(p -> lines.append(p).append('\n'));
    }
    assertEquals(wet.toString(), lines.toString(), "every line of the text, in order");
    assertTrue(
        fromText.get(0).warnings().stream()
            .anyMatch(w -> w.kind() == dev.akhbar.article.WarningKind.PAGE_TOO_LONG));
    assertEquals(
        "https://example.com/page",
        last.url().orElseThrow(() -> new AssertionError(last.toString())));
    assertTrue(
        last.warnings().stream()
            .anyMatch(
                w ->
                    w.kind() == dev.akhbar.article.WarningKind.PAGE_TOO_LONG
                        && w.message().contains("HTML body")),
        last.warnings().toString());
    assertTrue(last.body().size() < 40, "cut: " + last.body().size());
  }

  /** The records of {@link #warc} as per-record gzip members, each its own array. */
  private static List<byte[]> members() throws IOException {
    byte[] all = warc(WarcCompression.GZIP);
    List<Integer> starts = new java.util.ArrayList<>();
    // jwarc writes one member per record; a member starts with 1F 8B 08 right after the previous.
    try (org.netpreserve.jwarc.WarcReader r =
        new org.netpreserve.jwarc.WarcReader(new ByteArrayInputStream(all))) {
      for (org.netpreserve.jwarc.WarcRecord rec : r) {
        starts.add((int) r.position());
      }
    }
    starts.add(all.length);
    List<byte[]> out = new java.util.ArrayList<>();
    for (int k = 0; k + 1 < starts.size(); k++) {
      out.add(java.util.Arrays.copyOfRange(all, starts.get(k), starts.get(k + 1)));
    }
    return out;
  }

  @Test
  void aCorruptMemberOfAPerRecordWarcGzLosesOnlyItsRecord() throws IOException {
    List<byte[]> m = members();
    assertEquals(4, m.size());
    byte[] response = m.get(1);
    // The response record's deflate data opens with an invalid block type (BTYPE 11); its header
    // has no optional fields (flags 0), so the data starts at byte 10.
    assertEquals(0, response[3]);
    response[10] = 0x07;
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    m.forEach(joined::writeBytes);
    DumpReader r =
        Dumps.builder().build().open(new ByteArrayInputStream(joined.toByteArray()), "c.warc.gz");
    List<Article> a = r.stream().toList();
    // The WET conversion after the corrupt member is still read.
    assertEquals("ارتفاع أسعار النفط", a.get(a.size() - 1).title());
    assertTrue(a.stream().noneMatch(x -> "بوتين: روسيا مستعدة للحوار".equals(x.title())));
    IOException e = assertThrows(IOException.class, r::close);
    assertTrue(
        e.getMessage()
            .contains("the gzip member at byte " + m.get(0).length + ": its data is corrupt"),
        e.getMessage());
  }

  @Test
  void junkAfterTheLastMemberKeepsEveryRecordAndIsSaid() throws IOException {
    byte[] gz = warc(WarcCompression.GZIP);
    byte[] junk = java.util.Arrays.copyOf(gz, gz.length + 14);
    java.util.Arrays.fill(junk, gz.length, junk.length, (byte) 'x');
    DumpReader r = Dumps.builder().build().open(new ByteArrayInputStream(junk), "j.warc.gz");
    assertEquals(2, r.stream().count());
    IOException e = assertThrows(IOException.class, r::close);
    assertTrue(
        e.getMessage().contains("14 bytes after byte " + gz.length + " are no gzip data"),
        e.getMessage());
  }

  @Test
  void aTextGzWithACorruptMiddleMemberKeepsTheMembersAroundIt() throws IOException {
    String page = "عنوان %d\nتاريخ النشر: 29th, February 2024 GMT\nنص الخبر رقم %d.\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int[] starts = new int[3];
    for (int k = 0; k < 3; k++) {
      starts[k] = out.size();
      ByteArrayOutputStream one = new ByteArrayOutputStream();
      try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(one)) {
        gz.write(String.format(page, k, k).repeat(50).getBytes(StandardCharsets.UTF_8));
      }
      byte[] b = one.toByteArray();
      if (k == 1) {
        // An invalid block type at the start of the deflate data (after a 10-byte header).
        b[10] = 0x07;
      }
      out.writeBytes(b);
    }
    DumpReader r =
        Dumps.builder().build().open(new ByteArrayInputStream(out.toByteArray()), "t.gz");
    List<String> titles = r.stream().map(Article::title).toList();
    assertEquals("عنوان 0", titles.get(0));
    assertEquals("عنوان 2", titles.get(titles.size() - 1));
    IOException e = assertThrows(IOException.class, r::close);
    assertTrue(e.getMessage().contains("the gzip member at byte " + starts[1]), e.getMessage());
  }

  @Test
  void aTextGzWhoseMiddleMemberIsCutShortKeepsTheMemberAfterIt() throws IOException {
    String page = "عنوان %d\nتاريخ النشر: 29th, February 2024 GMT\nنص الخبر رقم %d.\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int k = 0; k < 3; k++) {
      ByteArrayOutputStream one = new ByteArrayOutputStream();
      try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(one)) {
        gz.write(String.format(page, k, k).repeat(50).getBytes(StandardCharsets.UTF_8));
      }
      byte[] b = one.toByteArray();
      // The middle member loses its second half: the inflater runs into the third's header.
      out.write(b, 0, k == 1 ? b.length / 2 : b.length);
    }
    DumpReader r =
        Dumps.builder().build().open(new ByteArrayInputStream(out.toByteArray()), "cut.gz");
    List<String> titles = r.stream().map(Article::title).toList();
    assertEquals(50, titles.stream().filter("عنوان 2"::equals).count(), titles.toString());
    assertThrows(IOException.class, r::close);
  }

  @Test
  void aWarcInBzip2InGzipIsReadWhole() throws IOException {
    ByteArrayOutputStream bz = new ByteArrayOutputStream();
    try (org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream out =
        new org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream(bz)) {
      out.write(warc(WarcCompression.NONE));
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(bz.toByteArray());
    }
    assertEquals(
        read(warc(WarcCompression.NONE)).stream().map(Article::title).toList(),
        read(gz.toByteArray()).stream().map(Article::title).toList());
  }
}
