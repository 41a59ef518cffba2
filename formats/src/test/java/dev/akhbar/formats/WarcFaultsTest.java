package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * WARC records that cannot be parsed: the records after them are read, and the bytes passed over
 * are said, their text carried.
 */
class WarcFaultsTest {
  /** The text of conversion record {@code n}: a title line and a paragraph. */
  private static String text(int n) {
    return "عنوان الخبر " + n + "\nنص الخبر " + n + " عن الأحداث في المنطقة.\n";
  }

  /**
   * A WET conversion record, its header as jwarc writes one; {@code extra} a line added to the
   * header, {@code length} the Content-Length written (the body's own when negative).
   */
  private static byte[] record(int n, String extra, int length) {
    byte[] body = text(n).getBytes(StandardCharsets.UTF_8);
    String header =
        "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/"
            + n
            + "\r\n"
            + extra
            + "WARC-Date: 2024-03-02T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-"
            + String.format("%012d", n)
            + ">\r\nContent-Type: text/plain\r\nContent-Length: "
            + (length < 0 ? body.length : length)
            + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static byte[] good(int n) {
    return record(n, "", -1);
  }

  private static byte[] join(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  private static List<Article> read(byte[] bytes, String name) throws IOException {
    try (DumpReader r = Dumps.builder().build().open(new ByteArrayInputStream(bytes), name)) {
      return r.stream().toList();
    }
  }

  private static List<String> titles(List<Article> out) {
    return out.stream().map(Article::title).toList();
  }

  private static List<ParseWarning> unreadable(List<Article> out) {
    return out.stream()
        .flatMap(a -> a.warnings().stream())
        .filter(w -> w.kind() == WarningKind.UNREADABLE)
        .toList();
  }

  @Test
  void aRecordWithALineThatIsNoHeaderIsCarriedAndTheNextOnesRead() throws IOException {
    byte[] broken = record(2, "%%% no header line\r\n", -1);
    List<Article> out = read(join(good(1), broken, good(3), good(4)), "a.warc");
    assertEquals(List.of("عنوان الخبر 1", "", "عنوان الخبر 3", "عنوان الخبر 4"), titles(out));
    List<ParseWarning> w = unreadable(out);
    assertEquals(1, w.size());
    // The broken record whole, its header and its text.
    assertEquals(Optional.of(new String(broken, StandardCharsets.UTF_8).strip()), w.get(0).text());
    // Passed over from where the record before ends by its length: its closing CRLF CRLF, then the
    // broken record.
    assertTrue(
        w.get(0).message().contains((4 + broken.length) + " bytes were passed over"), w.toString());
    // The records after it keep their byte offsets.
    assertEquals(good(1).length + broken.length, out.get(2).origin().offset());
  }

  @Test
  void aRecordShorterThanItsTextKeepsTheRestOfItsTextOnAWarning() throws IOException {
    // Content-Length 10 where the text is longer: the record gives its first 10 bytes, the rest
    // runs into where the next record's header is looked for.
    byte[] shortened = record(2, "", 10);
    List<Article> out = read(join(good(1), shortened, good(3)), "a.warc");
    assertEquals(List.of("عنوان الخبر 1", "عنوان", "", "عنوان الخبر 3"), titles(out));
    String rest =
        new String(
            text(2).getBytes(StandardCharsets.UTF_8),
            10,
            text(2).getBytes(StandardCharsets.UTF_8).length - 10,
            StandardCharsets.UTF_8);
    assertEquals(Optional.of(rest.strip()), unreadable(out).get(0).text());
  }

  @Test
  void aGzipMemberThatInflatesIntoGarbageLosesOnlyItself() throws IOException {
    byte[] garbage = new byte[300];
    new Random(7).nextBytes(garbage);
    List<Article> out =
        read(join(gzip(good(1)), gzip(garbage), gzip(good(3)), gzip(good(4))), "a.warc.gz");
    assertEquals(List.of("عنوان الخبر 1", "", "عنوان الخبر 3", "عنوان الخبر 4"), titles(out));
    ParseWarning w = unreadable(out).get(0);
    assertEquals(Optional.empty(), w.text());
    assertTrue(w.message().contains("(not text)"), w.message());
  }

  @Test
  void aBrokenLastRecordIsCarriedToTheEnd() throws IOException {
    byte[] broken = record(2, "%%% no header line\r\n", -1);
    List<Article> out = read(join(good(1), broken), "a.warc");
    assertEquals(List.of("عنوان الخبر 1", ""), titles(out));
    ParseWarning w = unreadable(out).get(0);
    assertTrue(w.message().contains("to the end of the input"), w.message());
    assertEquals(Optional.of(new String(broken, StandardCharsets.UTF_8).strip()), w.text());
  }

  @Test
  void thousandsOfBrokenRecordsAreEachSaidOnce() throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.writeBytes(good(0));
    for (int n = 1; n <= 4000; n++) {
      in.writeBytes(n % 2 == 0 ? good(n) : record(n, "%%% no header line\r\n", -1));
    }
    List<Article> out = read(in.toByteArray(), "a.warc");
    assertEquals(4001, out.size());
    assertEquals(2000, unreadable(out).size());
    for (int n = 0; n <= 4000; n += 2) {
      assertEquals("عنوان الخبر " + n, out.get(n).title());
    }
  }
}
