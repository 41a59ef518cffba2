package dev.akhbar.formats;

import static dev.akhbar.formats.WarcRecords.badHeader;
import static dev.akhbar.formats.WarcRecords.cut;
import static dev.akhbar.formats.WarcRecords.good;
import static dev.akhbar.formats.WarcRecords.join;
import static dev.akhbar.formats.WarcRecords.read;
import static dev.akhbar.formats.WarcRecords.text;
import static dev.akhbar.formats.WarcRecords.titles;
import static dev.akhbar.formats.WarcRecords.unreadable;
import static dev.akhbar.formats.WarcRecords.withText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * WARC files cut short (a download broken off), alone or with another file written after the cut:
 * every whole record is read, what there is of the cut one too, and the cut is said; and the record
 * starts this looks for inside lines and records are none where they could be a header's.
 */
class WarcCutShortTest {

  /** How many articles have the title of record {@code n}. */
  private static long count(List<Article> out, int n) {
    return out.stream().filter(a -> a.title().equals(WarcRecords.title(n))).count();
  }

  @Test
  void aRecordCutShortWithAnotherWrittenAfterItLosesNoRecord() throws IOException {
    // Record 2 cut 24 bytes before its end, inside its paragraph, record 3 written right after:
    // record 2's text takes record 3's first 20 bytes (the other 4 were its closing CRLF CRLF), and
    // the parse after it fails there.
    byte[] whole = good(2);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 24);
    List<Article> out = read(join(good(1), cut, good(3), good(4)), "a.warc");
    assertEquals(
        List.of("عنوان الخبر 1", "عنوان الخبر 2", "", "عنوان الخبر 3", "عنوان الخبر 4"),
        titles(out));
    long third = good(1).length + cut.length;
    assertEquals(third, out.get(3).origin().offset());
    ParseWarning w = out.get(2).warnings().get(0);
    assertEquals(WarningKind.MALFORMED_INPUT, w.kind());
    assertEquals(2, w.line());
    assertTrue(w.message().contains("record 2 is cut short"), w.message());
    assertTrue(w.message().contains("starts at byte " + third), w.message());
    assertTrue(w.message().contains("the 20 bytes from there on"), w.message());
    // Nothing passed over, nothing carried: every byte is in a record.
    assertEquals(List.of(), unreadable(out));
    // The record numbers go on as if nothing broke.
    assertEquals(3, out.get(3).origin().line());
  }

  @Test
  void textEndingOnNoLineEndRightBeforeARecordHidesItNoLonger() throws IOException {
    byte[] junk = "كلام بلا نهاية سطر".getBytes(StandardCharsets.UTF_8);
    List<Article> out = read(join(good(1), junk, good(2), good(3)), "a.warc");
    assertEquals(List.of("عنوان الخبر 1", "", "عنوان الخبر 2", "عنوان الخبر 3"), titles(out));
    assertEquals(Optional.of("كلام بلا نهاية سطر"), unreadable(out).get(0).text());
  }

  @Test
  void aRecordCutInsideAHeaderNameHidesNotTheNext() throws IOException {
    // Cut inside "WARC-Target-URI", before its colon: that line holds no header, the next
    // record starts on it.
    byte[] whole = good(2);
    int at = new String(whole, StandardCharsets.US_ASCII).indexOf("WARC-Target-URI") + 9;
    byte[] cut = java.util.Arrays.copyOf(whole, at);
    List<Article> out = read(join(good(1), cut, good(3)), "a.warc");
    assertEquals(List.of("عنوان الخبر 1", "", "عنوان الخبر 3"), titles(out));
    assertEquals(
        Optional.of(new String(cut, StandardCharsets.US_ASCII).strip()),
        unreadable(out).get(0).text());
  }

  @Test
  void aStartInsideALineWhoseNextLineOutrunsWhatIsHeldIsPassedOver() throws IOException {
    // The start inside the "zz" line waits for the line after it, which is longer than the bytes
    // held: by its end the start is no longer held, and it cannot be gone back to.
    byte[] junk =
        ("p".repeat(7872) + "\n" + "zz WARC/1.0\r\n" + "WARC-Type: " + "a".repeat(257_800) + "\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[][] parts = new byte[31][];
    parts[0] = good(1);
    parts[1] = junk;
    for (int n = 2; n <= 30; n++) {
      parts[n] = good(n);
    }
    List<Article> out = read(join(parts), "a.warc");
    for (int n = 1; n <= 30; n++) {
      String title = "عنوان الخبر " + n;
      assertEquals(1, out.stream().filter(a -> a.title().equals(title)).count(), title);
    }
    assertEquals(1, unreadable(out).size());
  }

  @Test
  void aWholeRecordWhoseTextQuotesARecordIsNotCutShort() throws IOException {
    // A page about WARC files, its record closed by its blank lines; the record after it broken.
    String quoting =
        "عنوان الخبر 2\nمثال:\nWARC/1.0\nWARC-Type: response\nContent-Length: 5\n\nhello\n"
            + "نص بعد المثال.\n";
    byte[] body = quoting.getBytes(StandardCharsets.UTF_8);
    byte[] whole = good(2);
    String header = new String(whole, StandardCharsets.ISO_8859_1);
    int bodyAt = header.indexOf("\r\n\r\n") + 4;
    byte[] second =
        join(
            header
                .substring(0, bodyAt)
                .replaceAll("Content-Length: \\d+", "Content-Length: " + body.length)
                .getBytes(StandardCharsets.ISO_8859_1),
            body,
            "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    List<Article> out = read(join(good(1), second, badHeader(3), good(4)), "a.warc");
    assertEquals(List.of("عنوان الخبر 1", "عنوان الخبر 2", "", "عنوان الخبر 4"), titles(out));
    assertEquals(List.of(1L, 2L, 3L, 4L), out.stream().map(a -> a.origin().line()).toList());
    assertTrue(
        out.stream()
            .flatMap(a -> a.warnings().stream())
            .noneMatch(w -> w.message().contains("cut short")));
  }

  @Test
  void recordsNestedInOneAnotherAreNotReadAgainAtEachFailure() throws IOException {
    // Twenty headers in a row, each one's length ending at the same byte, where garbage stands:
    // each failure there would find the next nested header and give all the text after it again.
    int n = 20;
    String tail = "نص الخبر في آخر السجلات.\n";
    List<String> headers = new java.util.ArrayList<>();
    for (int k = 0; k < n; k++) {
      headers.add(
          "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/n"
              + k
              + "\r\nWARC-Date: 2024-03-02T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
              + String.format("00000000-0000-0000-0001-%012d", k)
              + ">\r\nContent-Type: text/plain\r\nContent-Length: %s\r\n\r\n");
    }
    // Lengths from the back: header k's block is every later header and the tail.
    byte[] rest = tail.getBytes(StandardCharsets.UTF_8);
    for (int k = n - 1; k >= 0; k--) {
      String h = String.format(headers.get(k), rest.length);
      rest = join(h.getBytes(StandardCharsets.US_ASCII), rest);
    }
    byte[] input =
        join(good(1), rest, "%%% garbage\r\n".getBytes(StandardCharsets.US_ASCII), good(3));
    List<Article> out = read(input, "a.warc");
    long chars =
        out.stream()
            .mapToLong(a -> a.body().stream().mapToLong(String::length).sum() + a.title().length())
            .sum();
    // Read once (the outer record) and once more from the first nested header: not twenty times.
    assertTrue(chars < 3L * input.length, chars + " chars from " + input.length + " bytes");
    assertEquals("عنوان الخبر 3", out.get(out.size() - 1).title());
  }

  @Test
  void aCutLineWithAnAddressInItHidesNotTheNextRecord() throws IOException {
    // The cut falls in a line that holds colons (an address), as most lines of HTML do.
    String text =
        WarcRecords.title(2)
            + "\nزار الوزير https://example.org المنطقة "
            + WarcRecords.paragraph(2)
            + "\n";
    List<Article> out = read(join(good(1), cut(withText(2, text), 24), good(3), good(4)), "a.warc");
    assertEquals(1, count(out, 3), titles(out).toString());
    assertEquals(1, count(out, 4));
    assertEquals(List.of(), unreadable(out));
  }

  @Test
  void aChainOfRecordsCutShortKeepsEveryWholeOne() throws IOException {
    // Record 2 loses 2,000 of its bytes: its length runs through record 3, itself cut, and on.
    String long2 = WarcRecords.title(2) + "\n" + "كلمة ".repeat(600) + "\n";
    byte[][] parts = new byte[11][];
    parts[0] = good(1);
    parts[1] = cut(withText(2, long2), 2000);
    parts[2] = cut(good(3), 24);
    for (int n = 4; n <= 10; n++) {
      parts[n - 1] = good(n);
    }
    parts[10] = new byte[0];
    List<Article> out = read(join(parts), "a.warc");
    for (int n = 3; n <= 10; n++) {
      assertEquals(1, count(out, n), n + " in " + titles(out));
    }
    assertEquals(List.of(), unreadable(out));
  }

  @Test
  void aCutRecordLongerThanWhatIsHeldStillFindsTheNext() throws IOException {
    String big = WarcRecords.title(2) + "\n" + "كلمة ".repeat(30_000) + "\n";
    List<Article> out = read(join(good(1), cut(withText(2, big), 24), good(3), good(4)), "a.warc");
    assertEquals(1, count(out, 3), titles(out).toString());
    assertEquals(1, count(out, 4));
  }

  @Test
  void bytesPassedOverThatEndInsideALetterAreStillCarried() throws IOException {
    // Cut 24 bytes before the end of a broken record (its CRLF CRLF, ".", "المنطقة", a space,
    // "ي" and one byte of "ف"): inside a letter of its paragraph, the next record written right
    // after.
    byte[] broken = cut(badHeader(2), 24);
    List<Article> out = read(join(good(1), broken, good(3)), "a.warc");
    assertEquals(1, count(out, 3));
    String carried = unreadable(out).get(0).text().orElseThrow();
    assertTrue(carried.contains("%%% no header line"), carried);
    assertTrue(carried.endsWith("عن الأحداث"), carried);
  }

  @Test
  void aFileOfLfLinesCutInsideALineHidesNotTheNextRecord() throws IOException {
    byte[] crlf = join(good(1), cut(good(2), 24), good(3), good(4));
    byte[] lf =
        new String(crlf, StandardCharsets.UTF_8)
            .replace("\r\n", "\n")
            .getBytes(StandardCharsets.UTF_8);
    List<Article> out = read(lf, "a.warc");
    assertEquals(1, count(out, 3), titles(out).toString());
    assertEquals(1, count(out, 4));
  }

  @Test
  void aFileCutInsideItsLastRecordKeepsWhatThereIsOfIt() throws IOException {
    // A download broken off 30 bytes before the end: the closing CRLF CRLF and 26 bytes of text.
    byte[] last = good(3);
    byte[] cut = java.util.Arrays.copyOf(last, last.length - 30);
    List<Article> out = read(join(good(1), good(2), cut), "a.warc");
    assertEquals(List.of("عنوان الخبر 1", "عنوان الخبر 2", "عنوان الخبر 3", ""), titles(out));
    byte[] body = text(3).getBytes(StandardCharsets.UTF_8);
    String kept = new String(body, 0, body.length - 26, StandardCharsets.UTF_8);
    // What the cut left of the paragraph, up to its last whole letter.
    String paragraph = out.get(2).body().get(0);
    assertTrue(kept.contains(paragraph) && paragraph.startsWith("نص الخبر 3"), paragraph);
    ParseWarning w = out.get(3).warnings().get(0);
    assertEquals(WarningKind.MALFORMED_INPUT, w.kind());
    assertTrue(w.message().contains("record 3 is cut short at the end of the input"), w.message());
    // Said once, and not carried again as bytes passed over.
    assertEquals(List.of(), unreadable(out));
  }

  @Test
  void anHtmlResponseCutShortAtTheEndIsReadAsFarAsItGoes() throws IOException {
    String html =
        "<html><head><meta property=\"og:title\" content=\"بوتين: روسيا مستعدة للحوار\"></head>"
            + "<body><p>موسكو – قال الرئيس الروسي إن بلاده مستعدة للحوار.</p>"
            + "<p>وأضاف أن المصالح الروسية يجب أن تؤخذ في الاعتبار.</p></body></html>";
    byte[] whole =
        WarcRecords.written(
            new org.netpreserve.jwarc.WarcResponse.Builder("https://example.com/a")
                .body(
                    new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
                        .body(
                            org.netpreserve.jwarc.MediaType.parse("text/html; charset=utf-8"),
                            html.getBytes(StandardCharsets.UTF_8))
                        .build())
                .build());
    // Cut inside the second paragraph.
    int end =
        whole.length - 4 - "في الاعتبار.</p></body></html>".getBytes(StandardCharsets.UTF_8).length;
    List<Article> out = read(java.util.Arrays.copyOf(whole, end), "a.warc");
    assertEquals(1, out.size(), out.toString());
    Article a = out.get(0);
    assertEquals("بوتين: روسيا مستعدة للحوار", a.title());
    assertEquals("موسكو – قال الرئيس الروسي إن بلاده مستعدة للحوار.", a.body().get(0));
    assertTrue(
        a.warnings().stream()
            .anyMatch(
                w ->
                    w.kind() == WarningKind.MALFORMED_INPUT
                        && w.message().contains("is cut short at the end of the input")),
        a.warnings().toString());
  }

  @Test
  void aResponseWhoseGzipBodyIsCutInsideAWholeRecordEndsNotTheFile() throws IOException {
    // The HTTP body's own gzip encoding ends early (the server's fault), inside a record that is
    // whole: reading goes on with the next record, unlike a file the input's end cuts short.
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(
          "<html><body><p>نص الصفحة الأولى في الموقع.</p></body></html>"
              .repeat(20)
              .getBytes(StandardCharsets.UTF_8));
    }
    byte[] encoded = gz.toByteArray();
    byte[] cutBody = java.util.Arrays.copyOf(encoded, encoded.length / 2);
    byte[] file =
        WarcRecords.written(
            new org.netpreserve.jwarc.WarcResponse.Builder("https://example.com/a")
                .body(
                    new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
                        .addHeader("Content-Encoding", "gzip")
                        .body(
                            org.netpreserve.jwarc.MediaType.parse("text/html; charset=utf-8"),
                            cutBody)
                        .build())
                .build());
    List<Article> out = read(join(good(1), file, good(3), good(4)), "a.warc");
    assertEquals(1, count(out, 3), titles(out).toString());
    assertEquals(1, count(out, 4));
    assertTrue(
        out.stream()
            .flatMap(a -> a.warnings().stream())
            .noneMatch(w -> w.message().contains("at the end of the input")),
        out.toString());
  }

  @Test
  void aResponseWhoseChunkedBodyEndsEarlyEndsNotTheFile() throws IOException {
    // A crawler that cut a response at its size limit keeps the chunk's announced size: the
    // chunked body ends before it, inside a whole record.
    String html = "<html><body><p>نص الصفحة الأولى في الموقع.</p></body></html>";
    byte[] htmlBytes = html.getBytes(StandardCharsets.UTF_8);
    byte[] http =
        join(
            ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(htmlBytes.length + 500)
                    + "\r\n")
                .getBytes(StandardCharsets.US_ASCII),
            htmlBytes);
    byte[] file =
        WarcRecords.written(
            new org.netpreserve.jwarc.WarcResponse.Builder("https://example.com/a")
                .body(org.netpreserve.jwarc.MediaType.HTTP_RESPONSE, http)
                .build());
    List<Article> out = read(join(good(1), file, good(3), good(4)), "a.warc");
    assertEquals(1, count(out, 3), titles(out).toString());
    assertEquals(1, count(out, 4));
  }
}
