package dev.akhbar.formats.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** {@link JsonText} writes the bytes Jackson's {@code writeString} writes, for any string. */
class JsonTextTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** The strings written one after another in an array, by {@link JsonText} or by Jackson. */
  private static byte[] written(List<String> strings, boolean fast, boolean highestSet)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonText text = new JsonText();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      if (highestSet) {
        json.setHighestNonEscapedChar(0xD7FF);
      }
      json.writeStartArray();
      for (String s : strings) {
        if (fast) {
          text.write(json, s);
        } else {
          json.writeString(s);
        }
      }
      json.writeEndArray();
    }
    return out.toByteArray();
  }

  private static String jsonOf(String s) throws IOException {
    return new String(written(List.of(s), true, true), StandardCharsets.UTF_8);
  }

  @Provide
  Arbitrary<List<String>> texts() {
    // Every kind of char the loop tells apart, Arabic most of all, with the edges of each range.
    Arbitrary<Character> chars =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.chars().range('\u0600', '\u06FF')),
            Tuple.of(4, Arbitraries.chars().range(' ', '~')),
            Tuple.of(1, Arbitraries.chars().range('\u0000', '\u001F')),
            Tuple.of(
                1,
                Arbitraries.of(
                    '"', '\\', '/', '\u007F', '\u0080', '\u07FF', '\u0800', '\uD7FF', '\uD800',
                    '\uDBFF', '\uDC00', '\uDFFF', '\uE000', '\uFFFF')),
            Tuple.of(2, Arbitraries.chars().range('\u0080', '\u07FF')),
            Tuple.of(2, Arbitraries.chars().range('\u0800', '\uFFFF')));
    return chars
        .list()
        .ofMaxSize(300)
        .map(
            list -> {
              StringBuilder b = new StringBuilder(list.size());
              list.forEach(b::append);
              return b.toString();
            })
        .list()
        .ofMaxSize(12);
  }

  @Property(tries = 2000)
  void writesWhatJacksonWrites(@ForAll("texts") List<String> strings, @ForAll boolean highestSet)
      throws IOException {
    assertArrayEquals(written(strings, false, highestSet), written(strings, true, highestSet));
  }

  @Example
  void anArabicWordIsItsUtf8BytesInQuotes() throws IOException {
    // خبر: U+062E U+0628 U+0631, two bytes each (D8 AE, D8 A8, D8 B1).
    assertArrayEquals(
        new byte[] {
          '[',
          '"',
          (byte) 0xD8,
          (byte) 0xAE,
          (byte) 0xD8,
          (byte) 0xA8,
          (byte) 0xD8,
          (byte) 0xB1,
          '"',
          ']'
        },
        written(List.of("خبر"), true, true));
  }

  @Example
  void aQuoteInATitleIsEscapedByJackson() throws IOException {
    assertEquals("[\"قال \\\"لا\\\"\"]", jsonOf("قال \"لا\""));
  }

  @Example
  void aDashTakesThreeBytesUnescaped() throws IOException {
    // U+2013 EN DASH: E2 80 93.
    assertEquals("[\"غزة – القدس\"]", jsonOf("غزة – القدس"));
  }

  @Example
  void anEmojiIsEscapedAsJacksonDoesAboveD7ff() throws IOException {
    assertEquals("[\"تحية \\uD83D\\uDE00\"]", jsonOf("تحية 😀"));
  }

  @Example
  void stringsThatGrowTheBuffersAreWrittenAlike() throws IOException {
    // 1,024 bytes and 256 chars to start with: 600 Arabic chars take 1,200 bytes; the longest
    // string here takes 36,000, under the cap of 65,536 chars.
    List<String> growing =
        List.of(
            "خبر".repeat(200),
            "في العاصمة عمّان – قال المتحدث: ".repeat(60),
            "خبر".repeat(6000),
            "قصير");
    assertArrayEquals(written(growing, false, true), written(growing, true, true));
  }

  @Example
  void aStringLongerThanTheBufferIsWrittenAlike() throws IOException {
    String paragraph = "في العاصمة عمّان – قال المتحدث: ".repeat(4000);
    assertArrayEquals(
        written(List.of(paragraph, "بعده"), false, true),
        written(List.of(paragraph, "بعده"), true, true));
  }
}
