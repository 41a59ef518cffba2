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
  void charsPastTheLimitAreCountedAndKeepingStartsAgainAfterAMark() throws IOException {
    MarkedReader r = new MarkedReader(new StringReader("abcdefghij" + "0123456789"), 4);
    read(r, 10);
    MarkedReader.Consumed c = r.consumed(10, 7);
    assertEquals("abcd", c.text());
    assertEquals(6, c.dropped());
    // The parser's line, where chars were not kept.
    assertEquals(7, c.lastLine());
    // A mark inside the dropped chars: those after it are lost, later ones kept again.
    r.mark(8, 1);
    read(r, 10);
    c = r.consumed(20, 1);
    assertEquals("0123", c.text());
    assertEquals(2 + 6, c.dropped());
  }
}
