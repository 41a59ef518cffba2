package dev.akhbar.formats;

import static dev.akhbar.formats.WarcRecords.badHeader;
import static dev.akhbar.formats.WarcRecords.cut;
import static dev.akhbar.formats.WarcRecords.good;
import static dev.akhbar.formats.WarcRecords.gzip;
import static dev.akhbar.formats.WarcRecords.join;
import static dev.akhbar.formats.WarcRecords.read;
import static dev.akhbar.formats.WarcRecords.record;
import static dev.akhbar.formats.WarcRecords.text;
import static dev.akhbar.formats.WarcRecords.titles;
import static dev.akhbar.formats.WarcRecords.unreadable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
import dev.akhbar.article.ParseWarning;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * WARC records that cannot be parsed: the records after them are read, and the bytes passed over
 * are said, their text carried.
 */
class WarcFaultsTest {

  @Test
  void aRecordWithALineThatIsNoHeaderIsCarriedAndTheNextOnesRead() throws IOException {
    byte[] broken = badHeader(2);
    List<Article> out = read(join(good(1), broken, good(3), good(4)), "a.warc");
    assertEquals(List.of("عنوان الخبر 1", "", "عنوان الخبر 3", "عنوان الخبر 4"), titles(out));
    List<ParseWarning> w = unreadable(out);
    assertEquals(1, w.size());
    // The broken record whole, its header and its text.
    assertEquals(Optional.of(new String(broken, StandardCharsets.UTF_8).strip()), w.get(0).text());
    // Passed over: the broken record, from its first byte (the record before closed by its blank
    // lines).
    assertTrue(
        w.get(0).message().contains(broken.length + " bytes were passed over"), w.toString());
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
    // Longer than what jwarc reads ahead, so that it fails on the garbage before the member ends;
    // binary garbage, so that the next record's start counts where no line ends before it.
    byte[] garbage = new byte[50_000];
    new Random(7).nextBytes(garbage);
    byte[] member = gzip(garbage);
    member[member.length - 8] ^= 0x55;
    DumpReader r =
        Dumps.builder()
            .build()
            .open(
                new ByteArrayInputStream(join(gzip(good(1)), member, gzip(good(3)), gzip(good(4)))),
                "a.warc.gz");
    List<Article> out = r.stream().toList();
    // The file is said to have failed once read, its good records converted.
    IOException closed = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, r::close);
    assertTrue(closed.getMessage().contains("fails its checksum"), closed.getMessage());
    assertEquals(List.of("عنوان الخبر 1", "", "عنوان الخبر 3", "عنوان الخبر 4"), titles(out));
    ParseWarning w = unreadable(out).get(0);
    assertEquals(Optional.empty(), w.text());
    assertTrue(w.message().contains("(not text)"), w.message());
  }

  @Test
  void aCorruptMemberThatRunsOnIntoTheNextLosesNotTheNext() throws IOException {
    // Every single-byte fault in the second member: where its data still inflated and ran on into
    // the third member (taking it in as data), the third and fourth records are read all the same.
    byte[] second = gzip(good(2));
    int ranOn = 0;
    for (int k = 10; k < second.length - 8; k++) {
      byte[] flipped = second.clone();
      flipped[k] ^= 0x55;
      DumpReader r =
          Dumps.builder()
              .build()
              .open(
                  new ByteArrayInputStream(
                      join(gzip(good(1)), flipped, gzip(good(3)), gzip(good(4)))),
                  "a.warc.gz");
      List<Article> out = r.stream().toList();
      String closed;
      try {
        r.close();
        closed = "";
      } catch (IOException e) {
        closed = e.getMessage();
      }
      if (closed.contains("ran on into the header")) {
        ranOn++;
        List<String> titles = titles(out);
        assertTrue(
            titles.contains("عنوان الخبر 3") && titles.contains("عنوان الخبر 4"),
            k + ": " + titles + " " + closed);
      }
    }
    assertTrue(ranOn > 0, "no fault ran on into the next member");
  }

  @Test
  void anExtraBlankLineAfterARecordIsNoFault() throws IOException {
    List<Article> out =
        read(join(good(1), "\r\n".getBytes(StandardCharsets.US_ASCII), good(2), good(3)), "a.warc");
    assertEquals(List.of("عنوان الخبر 1", "عنوان الخبر 2", "عنوان الخبر 3"), titles(out));
    assertEquals(List.of(), unreadable(out));
    assertEquals(List.of(1L, 2L, 3L), out.stream().map(a -> a.origin().line()).toList());
  }

  @Test
  void aLengthThatEndsInsideALetterKeepsTheTextAfterIt() throws IOException {
    byte[] body = text(2).getBytes(StandardCharsets.UTF_8);
    // One byte into the first letter of the second word (its letters are two bytes each).
    int cut = "عنوان ".getBytes(StandardCharsets.UTF_8).length + 1;
    List<Article> out = read(join(good(1), record(2, "", cut), good(3)), "a.warc");
    assertEquals("عنوان الخبر 3", out.get(out.size() - 1).title());
    String rest = new String(body, cut + 1, body.length - cut - 1, StandardCharsets.UTF_8);
    assertEquals(Optional.of(rest.strip()), unreadable(out).get(0).text());
  }

  @Test
  void aBrokenLastRecordIsCarriedToTheEnd() throws IOException {
    byte[] broken = badHeader(2);
    List<Article> out = read(join(good(1), broken), "a.warc");
    assertEquals(List.of("عنوان الخبر 1", ""), titles(out));
    ParseWarning w = unreadable(out).get(0);
    assertTrue(w.message().contains("to the end of the input"), w.message());
    assertEquals(Optional.of(new String(broken, StandardCharsets.UTF_8).strip()), w.text());
  }

  @Test
  void aHeaderValueThatReadsLikeARecordStartIsNone() throws IOException {
    // Thousands of header lines whose values read "WARC/1.0", each followed by a line that
    // opens a header: none is a record's start (each would have jwarc parse the rest of the header
    // again), so the broken record is passed over once.
    StringBuilder lines = new StringBuilder();
    for (int k = 0; k < 5000; k++) {
      lines.append(k % 2 == 0 ? "X-Note: WARC/1.0\r\n" : "WARC-Note: WARC/1.0\r\n");
    }
    assertPassedOverOnce(lines.toString());
  }

  @Test
  void aStartInsideAFoldedHeaderLineIsNone() throws IOException {
    // Folded header lines (opening with a space) that end in a record start, each followed by a
    // line that opens a header: jwarc would read on through all of them from each start.
    StringBuilder lines = new StringBuilder("X-Note: a\r\n");
    for (int k = 0; k < 4000; k++) {
      lines.append(" v WARC/1.0\r\nWARC-Note: v\r\n");
    }
    assertPassedOverOnce(lines.toString());
  }

  /**
   * Record 2, broken after {@code headerLines} in its header, is passed over once, with one
   * warning, between the whole records 1 and 3.
   */
  private static void assertPassedOverOnce(String headerLines) throws IOException {
    byte[] broken = record(2, headerLines + "%%% no header line\r\n", -1);
    List<Article> out = read(join(good(1), broken, good(3)), "a.warc");
    assertEquals(List.of("عنوان الخبر 1", "", "عنوان الخبر 3"), titles(out));
    assertEquals(1, unreadable(out).size());
  }

  @Test
  void recordsWhoseLinesEndInLfAloneAreRead() throws IOException {
    byte[] crlf = join(good(1), good(2), good(3));
    byte[] lf =
        new String(crlf, StandardCharsets.UTF_8)
            .replace("\r\n", "\n")
            .getBytes(StandardCharsets.UTF_8);
    List<Article> out = read(lf, "a.warc");
    assertEquals(List.of("عنوان الخبر 1", "عنوان الخبر 2", "عنوان الخبر 3"), titles(out));
    assertEquals(List.of(), unreadable(out));
  }

  @Test
  void thousandsOfBrokenRecordsAreEachSaidOnce() throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.writeBytes(good(0));
    for (int n = 1; n <= 4000; n++) {
      in.writeBytes(n % 2 == 0 ? good(n) : badHeader(n));
    }
    List<Article> out = read(in.toByteArray(), "a.warc");
    assertEquals(4001, out.size());
    assertEquals(2000, unreadable(out).size());
    for (int n = 0; n <= 4000; n += 2) {
      assertEquals("عنوان الخبر " + n, out.get(n).title());
    }
  }
}
