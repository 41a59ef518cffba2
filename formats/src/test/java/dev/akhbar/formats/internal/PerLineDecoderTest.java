package dev.akhbar.formats.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.akhbar.spi.LineDecodings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PerLineDecoderTest {
  private static final Charset UTF8 = StandardCharsets.UTF_8;
  private static final Charset CP1256 = Charset.forName("windows-1256");

  /** Real news lines, each long enough for its bytes to show its encoding. */
  private static final List<String> LINES =
      List.of(
          "بوتين: روسيا على استعداد للحوار مع الولايات المتحدة",
          "تاريخ النشر: 29th, February 2024 GMT",
          "قال الرئيس الروسي فلاديمير بوتين، اليوم الخميس، إن موسكو تستبعد المحادثات.",
          "المصدر: صدى البلد",
          "كلمات دلالية: فلاديمير بوتين موسكو",
          "Reuters",
          "");

  private static byte[] decode(byte[] in, Charset file, LineDecodings notes, int chunk)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream d = new PerLineDecoder(new ByteArrayInputStream(in), file, 1, notes)) {
      byte[] buf = new byte[chunk];
      int n;
      while ((n = d.read(buf, 0, chunk)) >= 0) {
        out.write(buf, 0, n);
      }
    }
    return out.toByteArray();
  }

  private static List<String> messages(LineDecodings notes) {
    List<String> out = new ArrayList<>();
    notes.take(Long.MAX_VALUE).forEach(w -> out.add(w.message()));
    return out;
  }

  @Test
  void validUtf8PassesThroughByteForByte() throws IOException {
    byte[] in = String.join("\r\n", LINES).getBytes(UTF8);
    LineDecodings notes = new LineDecodings(UTF8);
    assertArrayEquals(in, decode(in, UTF8, notes, 7));
    assertEquals(List.of(), messages(notes));
  }

  @Test
  void aWindows1256LineAmongUtf8LinesIsDecodedAndNamed() throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.writeBytes((LINES.get(0) + "\n").getBytes(UTF8));
    in.writeBytes((LINES.get(2) + "\r\n").getBytes(CP1256));
    in.writeBytes((LINES.get(3) + "\r").getBytes(UTF8));
    LineDecodings notes = new LineDecodings(UTF8);
    byte[] out = decode(in.toByteArray(), UTF8, notes, 4096);
    assertEquals(
        LINES.get(0) + "\n" + LINES.get(2) + "\r\n" + LINES.get(3) + "\r", new String(out, UTF8));
    assertEquals(
        List.of("line 2 read as windows-1256, not as UTF-8 like the rest of the input"),
        messages(notes));
  }

  @Test
  void aLineLongerThanTheWindowIsDecidedAStretchAtATimeWithoutCuttingASequence()
      throws IOException {
    // An odd number of ASCII bytes first, so that a window's end falls inside a letter.
    String longLine = "x" + "ب".repeat(PerLineDecoder.WINDOW);
    byte[] in = (longLine + "\n" + LINES.get(0)).getBytes(UTF8);
    LineDecodings notes = new LineDecodings(UTF8);
    assertArrayEquals(in, decode(in, UTF8, notes, 1000));
    byte[] mixed = (longLine + "\n").getBytes(CP1256);
    assertEquals(longLine + "\n", new String(decode(mixed, UTF8, notes, 1000), UTF8));
    assertEquals(
        List.of("line 1 read as windows-1256, not as UTF-8 like the rest of the input"),
        messages(notes));
  }

  @Provide
  Arbitrary<List<Encoded>> mixedLines() {
    Arbitrary<Encoded> line =
        Combinators.combine(
                Arbitraries.of(LINES),
                Arbitraries.of(UTF8, CP1256),
                Arbitraries.of("\n", "\r\n", "\r"))
            .as(Encoded::new);
    return line.list().ofMaxSize(20);
  }

  record Encoded(String text, Charset charset, String end) {}

  /** Every line comes out as it was written, whichever encoding each was written in. */
  @Property(tries = 300)
  void linesInAnyMixOfEncodingsDecodeToTheirText(
      @ForAll("mixedLines") List<Encoded> lines, @ForAll @IntRange(min = 1, max = 64) int chunk)
      throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    StringBuilder expected = new StringBuilder();
    List<String> named = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Encoded e = lines.get(i);
      in.writeBytes((e.text() + e.end()).getBytes(e.charset()));
      expected.append(e.text()).append(e.end());
    }
    Charset file = lines.isEmpty() ? UTF8 : lines.get(0).charset();
    byte[] out = decode(in.toByteArray(), file, new LineDecodings(file), chunk);
    assertEquals(expected.toString(), new String(out, UTF8));
  }

  @Provide
  Arbitrary<byte[]> textBytes() {
    // Bytes of every class the scan tells apart: ASCII, line ends, two-byte leads (the overlong C0
    // and C1 too), continuations, longer leads, bytes UTF-8 never has; and whole letters.
    Arbitrary<byte[]> pieces =
        Arbitraries.oneOf(
            Arbitraries.of(
                    (byte) 'a',
                    (byte) ' ',
                    (byte) '\n',
                    (byte) '\r',
                    (byte) 0xC0,
                    (byte) 0xC1,
                    (byte) 0xC2,
                    (byte) 0xD8,
                    (byte) 0xDF,
                    (byte) 0x80,
                    (byte) 0xA7,
                    (byte) 0xBF,
                    (byte) 0xE0,
                    (byte) 0xE2,
                    (byte) 0xED,
                    (byte) 0xF0,
                    (byte) 0xF4,
                    (byte) 0xF5,
                    (byte) 0xFF)
                .map(b -> new byte[] {b}),
            Arbitraries.of("ب", "ـ", "\u200f", "😀", "abcdefgh", "مرحبا بالعالم ")
                .map(t -> t.getBytes(UTF8)));
    return pieces
        .list()
        .ofMaxSize(60)
        .map(
            list -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              list.forEach(out::writeBytes);
              return out.toByteArray();
            });
  }

  /**
   * The scan's eight-byte steps stop, count and find the line end exactly as a byte at a time
   * would, from any start and window.
   */
  @Property(tries = 2000)
  void theScanAgreesWithAByteAtATimeScan(
      @ForAll("textBytes") byte[] b,
      @ForAll @IntRange(min = 0, max = 8) int from,
      @ForAll @IntRange(min = 0, max = 80) int window) {
    int start = Math.min(from, b.length);
    int max = Math.min(b.length, start + window);
    PerLineDecoder decoder =
        new PerLineDecoder(new ByteArrayInputStream(b), UTF8, 1, new LineDecodings(UTF8));
    int stop = decoder.scan(b, start, max, b.length);
    int[] expected = byteAtATime(b, start, max, b.length);
    assertEquals(expected[0], stop, "stop");
    assertEquals(expected[1], decoder.multiByteCount(), "multi-byte sequences");
    assertEquals(expected[2], decoder.strayCount(), "stray bytes");
  }

  /** Where the scan stops, its multi-byte sequences and its stray bytes, a byte at a time. */
  private static int[] byteAtATime(byte[] b, int from, int max, int limit) {
    int i = from;
    int multi = 0;
    int bad = 0;
    while (i < max && b[i] != '\n' && b[i] != '\r') {
      if (b[i] >= 0) {
        i++;
        continue;
      }
      int n = utf8Length(b, i, limit);
      if (n == 0) {
        bad++;
        i++;
      } else {
        multi++;
        i += n;
      }
    }
    return new int[] {i, multi, bad};
  }

  /** The length of the well-formed sequence at {@code i}, by the decoder of the JDK, or 0. */
  private static int utf8Length(byte[] b, int i, int limit) {
    for (int n = 2; n <= 4 && i + n <= limit; n++) {
      java.nio.charset.CharsetDecoder d = UTF8.newDecoder();
      try {
        d.decode(java.nio.ByteBuffer.wrap(b, i, n));
        return n;
      } catch (java.nio.charset.CharacterCodingException e) {
        // not this length
      }
    }
    return 0;
  }
}
