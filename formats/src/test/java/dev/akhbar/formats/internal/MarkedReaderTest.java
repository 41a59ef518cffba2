package dev.akhbar.formats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class MarkedReaderTest {
  /** Reads {@code n} chars (or what is left) in one call. */
  private static void read(MarkedReader r, int n) throws IOException {
    char[] buf = new char[n];
    int got = 0;
    while (got < n) {
      int k = r.read(buf, got, n - got);
      if (k < 0) {
        return;
      }
      got += k;
    }
  }

  @Test
  void keepsWhatWasReadSinceTheMarkWithItsLines() throws IOException {
    String json = "[\n{\"a\": \"ب\"},\n{\"a\": \"ت\nث\"}\n]";
    MarkedReader r = new MarkedReader(new StringReader(json), 100);
    read(r, json.length());
    int start = json.indexOf("{\"a\": \"ت");
    r.mark(start, 3);
    MarkedReader.Consumed c = r.consumed(json.indexOf('}', start) + 1, 3);
    assertEquals("{\"a\": \"ت\nث\"}", c.text());
    assertEquals(0, c.dropped());
    assertEquals(3, c.firstLine());
    // The raw line break inside the string is counted.
    assertEquals(4, c.lastLine());
  }

  @Test
  void leadingBlanksAndACommaAreLeftOutAndTheirLinesCounted() throws IOException {
    MarkedReader r = new MarkedReader(new StringReader("{},\n  خطأ {}"), 100);
    read(r, 20);
    r.mark(2, 1);
    MarkedReader.Consumed c = r.consumed(9, 1);
    assertEquals("خطأ", c.text());
    assertEquals(2, c.firstLine());
    assertEquals(2, c.lastLine());
  }

  @Test
  void manyMarksOverALongInputKeepTheRightText() throws IOException {
    String element = "{\"title\": \"عنوان\"},\n";
    MarkedReader r = new MarkedReader(new StringReader(element.repeat(10_000)), 1 << 20);
    for (int k = 0; k < 9_999; k++) {
      read(r, element.length());
      r.mark((long) (k + 1) * element.length(), k + 2);
    }
    read(r, element.length());
    MarkedReader.Consumed c = r.consumed(r.passed(), 0);
    assertEquals(element, c.text());
    assertEquals(10_000, c.firstLine());
  }

  @Test
  void aReadPastTheLimitIsCutAndItsLinesStillCounted() throws IOException {
    MarkedReader r = new MarkedReader(new StringReader("ab\ncd\nefgh"), 4);
    read(r, 10);
    MarkedReader.Consumed c = r.consumed(10, 99);
    assertEquals("ab\nc", c.text());
    assertEquals(6, c.dropped());
    assertEquals(3, c.lastLine());
  }

  @Test
  void readsBetweenTheHeadAndTheLastAreCountedAndAMarkInTheLastKeepsItAgain() throws IOException {
    MarkedReader r =
        new MarkedReader(new StringReader("a\nb\nc\nd\ne\n" + "0123456789" + "x\ny\nz\r\n1234"), 4);
    read(r, 10);
    read(r, 10);
    read(r, 10);
    // Nothing kept (each read was past the limit); the first two only counted.
    MarkedReader.Consumed c = r.consumed(25, 99);
    assertEquals("", c.text());
    assertEquals(25, c.dropped());
    // Five line ends in the first read, two in the last up to offset 25 ("x\ny\nz").
    assertEquals(1 + 5 + 2, c.lastLine());
    assertEquals(false, c.endsInCr());
    assertEquals(true, r.consumed(26, 99).endsInCr());
    // A parser marks where it stands, in its last read: that becomes the head.
    r.mark(22, 7);
    c = r.consumed(30, 99);
    // Cut at the limit, the rest counted; its lines counted all the same.
    assertEquals("y\nz\r", c.text());
    assertEquals(4, c.dropped());
    assertEquals(9, c.lastLine());
  }
}
