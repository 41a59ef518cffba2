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
}
