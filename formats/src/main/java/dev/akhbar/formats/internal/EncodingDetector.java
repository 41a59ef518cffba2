package dev.akhbar.formats.internal;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides the encoding of the first bytes of an input: a byte-order mark; else UTF-16 or UTF-32 on
 * strong evidence; else valid UTF-8, or mostly UTF-8 (more well-formed sequences than stray bytes);
 * else, for Arabic, windows-1256 or ISO-8859-6 by which gives more Arabic letters and fewer
 * characters that Arabic text does not hold (short texts fool general detectors, so this check
 * comes first); else ICU4J's {@code CharsetDetector}.
 *
 * <p>Stateless and thread-safe.
 */
public final class EncodingDetector {
  /** windows-1256, the Arabic Windows code page. */
  public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  /** ISO-8859-6, Latin/Arabic. */
  public static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

  private EncodingDetector() {}

  /** The encoding of {@code head}, the first bytes of an input ({@code length} of them). */
  public static Charset detect(byte[] head, int length, boolean complete) {
    if (length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    Charset wide = wideWithoutMark(head, length);
    if (wide != null) {
      return wide;
    }
    if (isUtf8(head, length, complete) || mostlyUtf8(head, length)) {
      return StandardCharsets.UTF_8;
    }
    int cp1256 = arabicScore(new String(head, 0, length, WINDOWS_1256));
    int iso = arabicScore(new String(head, 0, length, ISO_8859_6));
    if (Math.max(cp1256, iso) > 0) {
      return iso > cp1256 ? ISO_8859_6 : WINDOWS_1256;
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(java.util.Arrays.copyOf(head, length));
    // ICU's guesses of UTF-16 and UTF-32 without a mark are weak evidence (random bytes get them);
    // the strong kind was asked for above.
    for (CharsetMatch match : detector.detectAll()) {
      String name = match.getName();
      if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
        continue;
      }
      try {
        return Charset.forName(name);
      } catch (IllegalArgumentException e) {
        // A name this JVM does not know: try the next guess.
      }
    }
    return WINDOWS_1256;
  }

  /**
   * True when the bytes are valid UTF-8, allowing a sequence cut at the end of an incomplete head.
   */
  static boolean isUtf8(byte[] head, int length, boolean complete) {
    int end = length;
    if (!complete) {
      // Step back over a multi-byte sequence the head may have cut in two.
      int k = length - 1;
      int back = 0;
      while (k >= 0 && back < 3 && (head[k] & 0xC0) == 0x80) {
        k--;
        back++;
      }
      if (k >= 0 && (head[k] & 0xC0) == 0xC0) {
        end = k;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(head, 0, end));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Share of code units whose high bytes must fit text for UTF-16 or UTF-32 without a mark. */
  private static final double WIDE_FIT = 0.95;

  /**
   * UTF-32 or UTF-16 (either byte order) without a byte-order mark, on strong evidence only: at
   * least 8 code units, 95 % of them with the high bytes of text a news dump holds (U+00xx, U+06xx
   * Arabic, U+20xx punctuation, U+FBxx-U+FExx presentation forms) and half of them in U+00xx or
   * U+06xx, where 8-bit text has almost no NUL or 0x06 bytes; else null.
   */
  static Charset wideWithoutMark(byte[] head, int length) {
    if (fits(head, length, 4, new int[] {3, 2}, 1)) {
      return Charset.forName("UTF-32LE");
    }
    if (fits(head, length, 4, new int[] {0, 1}, 2)) {
      return Charset.forName("UTF-32BE");
    }
    if (fits(head, length, 2, new int[0], 1)) {
      return StandardCharsets.UTF_16LE;
    }
    if (fits(head, length, 2, new int[0], 0)) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Whether units of {@code width} bytes have zeros at {@code zeros} and a text high byte at {@code
   * high}, as {@link #wideWithoutMark} requires.
   */
  private static boolean fits(byte[] head, int length, int width, int[] zeros, int high) {
    int units = length / width;
    if (units < 8) {
      return false;
    }
    int fit = 0;
    int low = 0;
    for (int u = 0; u < units; u++) {
      int at = u * width;
      boolean ok = true;
      for (int z : zeros) {
        ok &= head[at + z] == 0;
      }
      int h = head[at + high] & 0xFF;
      boolean nul = true;
      for (int k = 0; k < width; k++) {
        nul &= head[at + k] == 0;
      }
      // A NUL code unit is no text: all zeros are binary data, not UTF-32.
      if (ok && !nul && (h == 0x00 || h == 0x06 || h == 0x20 || (h >= 0xFB && h <= 0xFE))) {
        fit++;
        if (h == 0x00 || h == 0x06) {
          low++;
        }
      }
    }
    return fit >= WIDE_FIT * units && low * 2 >= units;
  }

  /**
   * True when the bytes hold at least as many well-formed multi-byte UTF-8 sequences as bytes that
   * fit none: UTF-8 with a few damaged bytes (their lines are decided one by one, see {@link
   * LineCharsets}). Text in a single-byte code page forms such sequences only by chance.
   */
  static boolean mostlyUtf8(byte[] head, int length) {
    long counts = Utf8Sequences.count(head, 0, length);
    long multiByte = counts >>> 32;
    long stray = counts & 0xFFFFFFFFL;
    return multiByte > 0 && multiByte >= stray;
  }

  /**
   * Arabic letters minus four times the characters Arabic prose in that code page would not hold:
   * U+FFFD (bytes the code page leaves undefined), Latin letters with accents, and C1 controls.
   */
  static int arabicScore(CharSequence text) {
    int score = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0621' && c <= '\u064A') {
        score++;
      } else if (c == '\uFFFD'
          || (c >= '\u00C0' && c <= '\u00FF')
          || (c >= '\u0080' && c <= '\u009F')) {
        score -= 4;
      }
    }
    return score;
  }
}
