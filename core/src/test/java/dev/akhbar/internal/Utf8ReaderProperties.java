package dev.akhbar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast UTF-8 reader gives exactly what the JDK's replacing decoder gives, for any bytes and any
 * read sizes.
 */
class Utf8ReaderProperties {
  /**
   * Pieces of input: valid text of every length class, and the malformed sequences decoders
   * disagree on.
   */
  private static final List<byte[]> PIECES =
      List.of(
          "a".getBytes(StandardCharsets.UTF_8),
          "بوتين".getBytes(StandardCharsets.UTF_8),
          " ".getBytes(StandardCharsets.UTF_8),
          "\n".getBytes(StandardCharsets.UTF_8),
          "€".getBytes(StandardCharsets.UTF_8),
          "😀".getBytes(StandardCharsets.UTF_8),
          "ﻻ".getBytes(StandardCharsets.UTF_8),
          bytes(0x80),
          bytes(0xBF),
          bytes(0xC0, 0xAF),
          bytes(0xC1, 0x81),
          bytes(0xC2),
          bytes(0xD8),
          bytes(0xE0, 0x80, 0xAF),
          bytes(0xE0, 0xA0),
          bytes(0xED, 0xA0, 0x80),
          bytes(0xED, 0xBF, 0xBF),
          bytes(0xEF, 0xBF),
          bytes(0xF0, 0x80, 0x80, 0x80),
          bytes(0xF0, 0x9F, 0x98),
          bytes(0xF4, 0x90, 0x80, 0x80),
          bytes(0xF5, 0x80),
          bytes(0xF8),
          bytes(0xFE),
          bytes(0xFF),
          bytes(0x00),
          bytes(0xEF, 0xBB, 0xBF));

  static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Provide
  Arbitrary<byte[]> inputs() {
    Arbitrary<byte[]> composed =
        Arbitraries.of(PIECES)
            .list()
            .ofMaxSize(200)
            .map(
                parts -> {
                  ByteArrayOutputStream out = new ByteArrayOutputStream();
                  parts.forEach(out::writeBytes);
                  return out.toByteArray();
                });
    return Arbitraries.oneOf(composed, Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
  }

  static String jdk(byte[] input) throws IOException {
    return readAll(
        new InputStreamReader(
            new ByteArrayInputStream(input),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)),
        new Random(0),
        8192);
  }

  static String readAll(Reader r, Random sizes, int maxRead) throws IOException {
    StringBuilder b = new StringBuilder();
    char[] buf = new char[maxRead];
    for (int n = r.read(buf, 0, 1 + sizes.nextInt(maxRead));
        n >= 0;
        n = r.read(buf, 0, 1 + sizes.nextInt(maxRead))) {
      b.append(buf, 0, n);
    }
    return b.toString();
  }

  /** A stream that hands out its bytes a few at a time, so that sequences are cut by every read. */
  static InputStream trickling(byte[] input, long seed) {
    Random r = new Random(seed);
    return new ByteArrayInputStream(input) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + r.nextInt(7)));
      }
    };
  }

  @Property(tries = 2000)
  void decodesLikeTheJdk(@ForAll("inputs") byte[] input, @ForAll long seed) throws IOException {
    String expected = jdk(input);
    assertEquals(
        expected, readAll(new Utf8Reader(new ByteArrayInputStream(input)), new Random(seed), 8192));
    assertEquals(expected, readAll(new Utf8Reader(trickling(input, seed)), new Random(seed), 3));
  }

  @Example
  void aSupplementaryCharacterReadOneCharAtATimeKeepsBothHalves() throws IOException {
    byte[] input = "a😀b".getBytes(StandardCharsets.UTF_8);
    Reader r = new Utf8Reader(new ByteArrayInputStream(input));
    StringBuilder b = new StringBuilder();
    for (int c = r.read(); c >= 0; c = r.read()) {
      b.append((char) c);
    }
    assertEquals("a😀b", b.toString());
  }

  @Example
  void aLongArabicTextCrossesManyBuffers() throws IOException {
    String text = "قال الرئيس الروسي فلاديمير بوتين، اليوم الخميس 😀\r\n".repeat(5000);
    byte[] input = text.getBytes(StandardCharsets.UTF_8);
    assertEquals(
        text, readAll(new Utf8Reader(new ByteArrayInputStream(input)), new Random(1), 1 << 16));
  }
}
