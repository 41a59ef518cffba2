package dev.akhbar.formats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** One case per rule of {@link LineCharsets}, each on a real news line. */
class LineCharsetsTest {
  private static final Charset UTF8 = StandardCharsets.UTF_8;
  private static final Charset CP1256 = Charset.forName("windows-1256");
  private static final Charset ISO = Charset.forName("ISO-8859-6");
  private static final String LINE =
      "قال الرئيس الروسي فلاديمير بوتين، اليوم الخميس، إن موسكو مستعدة";

  private static Charset of(Charset file, byte[] b) {
    return new LineCharsets(file).of(b, 0, b.length);
  }

  private static String decode(Charset file, byte[] b) {
    return new LineCharsets(file).decode(b, 0, b.length);
  }

  @Test
  void validUtf8InAUtf8FileIsUtf8() {
    assertEquals(UTF8, of(UTF8, LINE.getBytes(UTF8)));
    assertEquals(LINE, decode(UTF8, LINE.getBytes(UTF8)));
  }

  @Test
  void asciiIsTheFilesOwn() {
    assertEquals(CP1256, of(CP1256, "Reuters 2024".getBytes(UTF8)));
    assertEquals(UTF8, of(UTF8, "Reuters 2024".getBytes(UTF8)));
  }

  @Test
  void aWindows1256LineInAUtf8FileIsWindows1256() {
    byte[] b = LINE.getBytes(CP1256);
    assertEquals(CP1256, of(UTF8, b));
    assertEquals(LINE, decode(UTF8, b));
  }

  @Test
  void anIso88596LineIsToldFromWindows1256ByItsLetters() {
    // ISO-8859-6 has no ک or گ, but its letters for ال sit where windows-1256 has Latin letters.
    String text = "دورة تكوينية حول الإعلام والقوانين بالرباط";
    byte[] b = text.getBytes(ISO);
    assertEquals(ISO, of(UTF8, b));
    assertEquals(text, decode(UTF8, b));
  }

  @Test
  void aFewStrayBytesInUtf8StayUtf8WithReplacements() {
    byte[] b = LINE.getBytes(UTF8);
    b[10] = (byte) 0xFF;
    assertEquals(UTF8, of(UTF8, b));
    String d = decode(UTF8, b);
    assertTrue(d.contains("\uFFFD"), d);
    assertTrue(d.endsWith("إن موسكو مستعدة"), d);
  }

  @Test
  void aLineWithStrayBytesAndNoArabicInEitherCodePageStaysUtf8() {
    // Latin-1 "café crème" in a UTF-8 file: no code page gives Arabic, so the bytes are replaced.
    byte[] b = "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(UTF8, of(UTF8, b));
  }

  @Test
  void aUtf8LineInAWindows1256FileIsUtf8() {
    assertEquals(UTF8, of(CP1256, LINE.getBytes(UTF8)));
  }

  @Test
  void windows1256BytesThatFormAValidUtf8SequenceByChanceStayWindows1256() {
    // ب then a no-break space is C8 A0 in windows-1256: also the UTF-8 of U+0220, not Arabic.
    String text = "2024 ب ";
    byte[] b = text.getBytes(CP1256);
    assertEquals("Ƞ", new String(b, UTF8).substring(5));
    assertEquals(CP1256, of(CP1256, b));
    assertEquals(text, decode(CP1256, b));
  }

  @Test
  void onlyUtf8AndTheArabicCodePagesAreDecidedLineByLine() {
    assertTrue(LineCharsets.applies(UTF8));
    assertTrue(LineCharsets.applies(CP1256));
    assertTrue(LineCharsets.applies(ISO));
    assertFalse(LineCharsets.applies(StandardCharsets.UTF_16LE));
    assertFalse(LineCharsets.applies(StandardCharsets.ISO_8859_1));
  }

  @Test
  void sequenceLengthFollowsTheUtf8Table() {
    assertEquals(2, Utf8Sequences.length(new byte[] {(byte) 0xD8, (byte) 0xA8}, 0, 2));
    // Overlong (C0), surrogate (ED A0), past U+10FFFF (F4 90), cut by the end: none.
    assertEquals(0, Utf8Sequences.length(new byte[] {(byte) 0xC0, (byte) 0x80}, 0, 2));
    assertEquals(0, Utf8Sequences.length(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3));
    assertEquals(
        0,
        Utf8Sequences.length(
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0, 4));
    assertEquals(0, Utf8Sequences.length(new byte[] {(byte) 0xD8, (byte) 0xA8}, 0, 1));
    assertEquals(3, Utf8Sequences.length(new byte[] {(byte) 0xE2, (byte) 0x80, (byte) 0x8F}, 0, 3));
  }
}
