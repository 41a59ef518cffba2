package dev.akhbar.formats.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * An Arabic single-byte code page (windows-1256, ISO-8859-6) as tables by byte, so that a line can
 * be scored and written as UTF-8 in one pass over its bytes, without a String in between: what
 * {@link EncodingDetector#arabicScore} gives for the decoded line, its Arabic and Latin letters,
 * and each byte's UTF-8. Immutable and thread-safe.
 */
final class SingleBytePage {
  static final SingleBytePage WINDOWS_1256 = new SingleBytePage(EncodingDetector.WINDOWS_1256);
  static final SingleBytePage ISO_8859_6 = new SingleBytePage(EncodingDetector.ISO_8859_6);

  final Charset charset;
  private final int[] score = new int[256];
  private final boolean[] arabic = new boolean[256];

  /** Each byte's UTF-8: its length in the low byte, then up to three bytes. */
  private final int[] utf8 = new int[256];

  private SingleBytePage(Charset charset) {
    this.charset = charset;
    for (int v = 0; v < 256; v++) {
      String c = new String(new byte[] {(byte) v}, charset);
      score[v] = EncodingDetector.arabicScore(c);
      arabic[v] = c.charAt(0) >= '\u0621' && c.charAt(0) <= '\u064A';
      byte[] u = c.getBytes(StandardCharsets.UTF_8);
      int packed = u.length;
      for (int k = 0; k < u.length; k++) {
        packed |= (u[k] & 0xFF) << (8 * (k + 1));
      }
      utf8[v] = packed;
    }
  }

  /** The page of a charset: windows-1256 or ISO-8859-6. */
  static SingleBytePage of(Charset charset) {
    return charset.equals(ISO_8859_6.charset) ? ISO_8859_6 : WINDOWS_1256;
  }

  /** {@link EncodingDetector#arabicScore} of {@code b[from, to)} decoded in this page. */
  int score(byte[] b, int from, int to) {
    int s = 0;
    for (int i = from; i < to; i++) {
      s += score[b[i] & 0xFF];
    }
    return s;
  }

  /**
   * Whether {@code b[from, to)} reads as Arabic in this page: it scores above zero and has at least
   * half as many Arabic letters as Latin ones ("café" in Latin-1 gives two Arabic letters in
   * ISO-8859-6, among Latin words).
   */
  boolean readsAsArabic(byte[] b, int from, int to) {
    int letters = 0;
    int latin = 0;
    for (int i = from; i < to; i++) {
      int v = b[i] & 0xFF;
      letters += arabic[v] ? 1 : 0;
      latin += (v | 0x20) >= 'a' && (v | 0x20) <= 'z' ? 1 : 0;
    }
    return score(b, from, to) > 0 && 2 * letters >= latin;
  }

  /**
   * Writes {@code b[from, to)} as UTF-8 into {@code out} from {@code o} (3 bytes a byte at most).
   */
  int toUtf8(byte[] b, int from, int to, byte[] out, int o) {
    int[] table = utf8;
    for (int i = from; i < to; i++) {
      int u = table[b[i] & 0xFF];
      int n = u & 0xFF;
      out[o] = (byte) (u >>> 8);
      if (n > 1) {
        out[o + 1] = (byte) (u >>> 16);
        if (n > 2) {
          out[o + 2] = (byte) (u >>> 24);
        }
      }
      o += n;
    }
    return o;
  }
}
