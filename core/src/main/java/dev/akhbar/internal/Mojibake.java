package dev.akhbar.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The engine behind {@code MojibakeRepair}: detects and repairs UTF-8 read as windows-1256.
 * Stateless.
 */
public final class Mojibake {
  /**
   * windows-1256 decoded, bytes 0x80-0xFF; fixed by the code page, so not looked up at run time.
   */
  private static final String CP1256_HIGH =
      "\u20AC\u067E\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0679\u2039\u0152\u0686\u0698\u0688\u06AF\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u06A9\u2122\u0691\u203A\u0153\u200C\u200D\u06BA\u00A0\u060C\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9\u06BE\u00AB\u00AC\u00AD\u00AE\u00AF\u00B0\u00B1\u00B2\u00B3\u00B4\u00B5\u00B6\u00B7\u00B8\u00B9\u061B\u00BB\u00BC\u00BD\u00BE\u061F\u06C1\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0628\u0629\u062A\u062B\u062C\u062D\u062E\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u00D7\u0637\u0638\u0639\u063A\u0640\u0641\u0642\u0643\u00E0\u0644\u00E2\u0645\u0646\u0647\u0648\u00E7\u00E8\u00E9\u00EA\u00EB\u0649\u064A\u00EE\u00EF\u064B\u064C\u064D\u064E\u00F4\u064F\u0650\u00F7\u0651\u00F9\u0652\u00FB\u00FC\u200E\u200F\u06D2";

  private static final char[] CHAR_TO_BYTE = new char[0x2200];
  private static final char NO_BYTE = 0xFFFF;
  private static final byte HAH_LEAD = (byte) 0xD8;
  private static final byte HAH_TRAIL = (byte) 0xAD;

  static {
    java.util.Arrays.fill(CHAR_TO_BYTE, NO_BYTE);
    for (int b = 0; b < 0x80; b++) {
      CHAR_TO_BYTE[b] = (char) b;
    }
    for (int i = 0; i < CP1256_HIGH.length(); i++) {
      CHAR_TO_BYTE[CP1256_HIGH.charAt(i)] = (char) (0x80 + i);
    }
  }

  private Mojibake() {}

  /**
   * A cheap first look: true when the windows-1256 lead letters {@code ط} and {@code ظ} make up at
   * least a third of the non-ASCII characters, as they do in Arabic mojibake and never in prose.
   */
  public static boolean looksLikeMojibake(CharSequence text) {
    int leads = 0;
    int nonAscii = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        nonAscii++;
        if (c == '\u0637' || c == '\u0638') {
          leads++;
        } else if (nonAscii >= 48 && leads * 3 < nonAscii) {
          // Prose has one ط or ظ in thirty letters; mojibake one in two. Clear by now.
          return false;
        }
      }
    }
    return leads >= 2 && leads * 3 >= nonAscii;
  }

  /** The repaired text, or empty when the text is not mojibake by the score above. */
  public static Optional<String> repair(CharSequence text) {
    if (!looksLikeMojibake(text)) {
      return Optional.empty();
    }
    int n = text.length();
    // Each character is one byte, plus at most one restored 0xAD after each of them.
    byte[] bytes = new byte[n * 2];
    int len = 0;
    int restored = 0;
    for (int i = 0; i < n; i++) {
      int b = byteOf(text.charAt(i));
      if (b < 0) {
        return Optional.empty();
      }
      bytes[len++] = (byte) b;
      if (bytes[len - 1] == HAH_LEAD) {
        int next = i + 1 < n ? byteOf(text.charAt(i + 1)) : -1;
        if (next < 0x80 || next > 0xBF) {
          bytes[len++] = HAH_TRAIL;
          restored++;
        }
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer decoded;
    try {
      decoded = decoder.decode(ByteBuffer.wrap(bytes, 0, len));
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
    int multiByte = 0;
    for (int i = 0; i < decoded.length(); i++) {
      if (decoded.charAt(i) >= 0x80) {
        multiByte++;
      }
    }
    if (multiByte < 2 || restored > multiByte - restored) {
      return Optional.empty();
    }
    return Optional.of(decoded.toString());
  }

  private static int byteOf(char c) {
    return c < CHAR_TO_BYTE.length && CHAR_TO_BYTE[c] != NO_BYTE ? CHAR_TO_BYTE[c] : -1;
  }
}
