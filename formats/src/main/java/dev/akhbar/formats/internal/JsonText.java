package dev.akhbar.formats.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharTypes;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Writes a JSON string value through a UTF-8 {@link JsonGenerator}, byte for byte as its {@link
 * JsonGenerator#writeString(String)} would, sooner for the strings articles are made of (writing
 * articles as JSON Lines takes about 30 % less time): a string that needs no escape is encoded here
 * and handed over whole with {@link JsonGenerator#writeRawUTF8String}; any other goes to {@code
 * writeString}, so escaping is still Jackson's alone. The speed is in the encoding: Jackson
 * branches between one- and two-byte chars, which alternate at every space of Arabic text; here one
 * table look-up gives the bytes of either. The chars are copied out of the string first: a loop
 * over a {@code char[]} compiles tighter than one over {@code charAt}, which checks the string's
 * coder (Latin-1 or UTF-16).
 *
 * <p>For generators that escape with Jackson's default table and keep every char below U+D800
 * unescaped ({@link JsonGenerator#setHighestNonEscapedChar} 0xD7FF, or none set). Not thread-safe:
 * one per generator, for its reused buffer.
 */
public final class JsonText {
  /** Longer strings go to Jackson as they are, so that the buffer stays small. */
  private static final int MAX_CHARS = 1 << 16;

  private static final VarHandle SHORTS =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

  /** Bit set in {@link #BELOW_800}: the char takes two bytes. */
  private static final int TWO_BYTES_SHIFT = 16;

  /** Bit set in {@link #BELOW_800}: Jackson escapes the char (controls, quote, backslash). */
  private static final int ESCAPED_SHIFT = 17;

  /**
   * For each char below U+0800: its UTF-8 bytes (the first in bits 0-7, the second, if any, in bits
   * 8-15) and the two flags above.
   */
  private static final int[] BELOW_800 = new int[0x800];

  static {
    int[] escapes = CharTypes.get7BitOutputEscapes();
    for (int c = 0; c < 0x80; c++) {
      BELOW_800[c] = c | (escapes[c] != 0 ? 1 << ESCAPED_SHIFT : 0);
    }
    for (int c = 0x80; c < 0x800; c++) {
      BELOW_800[c] = (0xC0 | c >> 6) | (0x80 | (c & 0x3F)) << 8 | 1 << TWO_BYTES_SHIFT;
    }
  }

  /** Three bytes for each char, and one for the two-byte store at the end; grown as needed. */
  private byte[] buffer = new byte[1024];

  /** The string's chars, read out at once. */
  private char[] chars = new char[256];

  /** Writes {@code s} as a string value. */
  public void write(JsonGenerator json, String s) throws IOException {
    int n = s.length();
    if (n > MAX_CHARS) {
      json.writeString(s);
      return;
    }
    byte[] b = buffer;
    if (b.length < n * 3 + 1) {
      b = buffer = new byte[Math.max(n * 3 + 1, b.length * 2)];
    }
    char[] cs = chars;
    if (cs.length < n) {
      cs = chars = new char[Math.max(n, cs.length * 2)];
    }
    s.getChars(0, n, cs, 0);
    int o = 0;
    int escaped = 0;
    for (int i = 0; i < n; i++) {
      int c = cs[i];
      if (c < 0x800) {
        // Both bytes stored at once; the second is overwritten when the char takes one.
        int x = BELOW_800[c];
        SHORTS.set(b, o, (short) x);
        o += 1 + ((x >>> TWO_BYTES_SHIFT) & 1);
        escaped |= x >>> ESCAPED_SHIFT;
      } else if (c < 0xD800) {
        b[o] = (byte) (0xE0 | c >> 12);
        b[o + 1] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[o + 2] = (byte) (0x80 | (c & 0x3F));
        o += 3;
      } else {
        // Surrogates and above, which the generator escapes.
        escaped = 1;
        break;
      }
    }
    if (escaped != 0) {
      json.writeString(s);
    } else {
      json.writeRawUTF8String(b, 0, o);
    }
  }
}
