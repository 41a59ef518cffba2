package dev.akhbar.formats.internal;

/** Where well-formed UTF-8 sequences stand in bytes, for the encoding checks. Stateless. */
final class Utf8Sequences {
  private Utf8Sequences() {}

  /**
   * The length of the well-formed UTF-8 sequence at {@code i} (2 to 4), or 0 when the byte there
   * starts none that ends before {@code to}.
   */
  static int length(byte[] b, int i, int to) {
    int lead = b[i] & 0xFF;
    int n;
    int lo = 0x80;
    int hi = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      n = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      n = 3;
      lo = lead == 0xE0 ? 0xA0 : 0x80;
      hi = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      n = 4;
      lo = lead == 0xF0 ? 0x90 : 0x80;
      hi = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (i + n > to) {
      return 0;
    }
    int second = b[i + 1] & 0xFF;
    if (second < lo || second > hi) {
      return 0;
    }
    for (int k = 2; k < n; k++) {
      if ((b[i + k] & 0xC0) != 0x80) {
        return 0;
      }
    }
    return n;
  }

  /**
   * The well-formed multi-byte sequences in {@code b[from, to)} (high 32 bits) and the bytes that
   * start none (low 32 bits); ASCII counts in neither.
   */
  static long count(byte[] b, int from, int to) {
    long multiByte = 0;
    long stray = 0;
    int i = from;
    while (i < to) {
      if (b[i] >= 0) {
        i++;
        continue;
      }
      int n = length(b, i, to);
      if (n > 0) {
        multiByte++;
        i += n;
      } else {
        stray++;
        i++;
      }
    }
    return multiByte << 32 | stray;
  }
}
