package dev.akhbar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LineSourceTest {

  /** Hands out at most {@code chunk} chars per read, so lines and CRLF pairs span reads. */
  static Reader trickle(String text, int chunk) {
    return new Reader() {
      private final StringReader in = new StringReader(text);

      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        return in.read(buf, off, Math.min(len, chunk));
      }

      @Override
      public void close() {
        in.close();
      }
    };
  }

  static List<String> lines(Reader reader, int max) throws IOException {
    LineSource source = new LineSource(reader, max);
    List<String> out = new ArrayList<>();
    while (source.next()) {
      out.add(
          source.number() + ":" + source.line() + (source.dropped > 0 ? "+" + source.dropped : ""));
    }
    return out;
  }

  @Test
  void everyLineEndingAndABom() throws IOException {
    assertEquals(
        List.of("1:أ", "2:ب", "3:", "4:ج", "5:د"),
        lines(new StringReader("\uFEFFأ\r\nب\r\rج\nد"), 100));
  }

  @Test
  void linesAreCutAtTheLimitAndTheCutCounted() throws IOException {
    assertEquals(List.of("1:abc+4", "2:de"), lines(new StringReader("abcdefg\nde\n"), 3));
  }

  @Property(tries = 300)
  void readsInAnyChunkSizeGiveTheSameLines(
      @ForAll("text") String text,
      @ForAll @IntRange(min = 1, max = 5) int chunk,
      @ForAll @IntRange(min = 1, max = 12) int max)
      throws IOException {
    assertEquals(lines(new StringReader(text), max), lines(trickle(text, chunk), max));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> text() {
    return net.jqwik.api.Arbitraries.strings().withChars("ab\r\n\uFEFFج").ofMaxLength(40);
  }

  @Test
  void aLineLongerThanTheBufferIsWhole() throws IOException {
    String longLine = "ب".repeat(200_000);
    assertEquals(
        List.of("1:" + longLine, "2:x"), lines(new StringReader(longLine + "\r\nx"), 1_000_000));
  }
}
