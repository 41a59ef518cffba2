package dev.akhbar.formats.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides the encoding of one line of a dump whose file-wide guess is UTF-8 or a single-byte Arabic
 * code page: dumps glued together from several sources mix them, and one stray byte must not turn a
 * whole UTF-8 file into windows-1256. The decision looks at the line's bytes and the file's guess
 * only, never at other lines, so a piece of an input decodes each line as the whole input does.
 *
 * <ul>
 *   <li>Valid UTF-8 stays UTF-8; in a file guessed single-byte, only when its characters are mostly
 *       Arabic or common punctuation (two bytes of windows-1256 can form a valid UTF-8 sequence by
 *       chance).
 *   <li>Not valid UTF-8 but with at least as many valid multi-byte sequences as stray bytes: UTF-8
 *       with the stray bytes replaced (U+FFFD, reported on the line by the parser).
 *   <li>Otherwise, in a file guessed windows-1256 or ISO-8859-6, that code page; in a file guessed
 *       UTF-8, windows-1256 or ISO-8859-6, whichever gives more Arabic (ties: windows-1256), where
 *       that reads as Arabic (at least half as many Arabic letters as Latin ones), else UTF-8 with
 *       replacements.
 * </ul>
 *
 * <p>Not thread-safe (one decoder per instance); stateless between lines.
 */
public final class LineCharsets {
  private final Charset file;
  private final CharsetDecoder utf8 = replacing(StandardCharsets.UTF_8);

  /**
   * Lines of a file guessed to be in {@code file}: UTF-8, windows-1256 or ISO-8859-6 (see {@link
   * #applies}).
   */
  public LineCharsets(Charset file) {
    if (!applies(file)) {
      throw new IllegalArgumentException("no per-line decoding for " + file);
    }
    this.file = file;
  }

  /** Whether lines of a file guessed to be in {@code charset} are decided one by one. */
  public static boolean applies(Charset charset) {
    return charset.equals(StandardCharsets.UTF_8)
        || charset.equals(EncodingDetector.WINDOWS_1256)
        || charset.equals(EncodingDetector.ISO_8859_6);
  }

  /** The file's guess. */
  public Charset file() {
    return file;
  }

  /**
   * The encoding of bytes {@code from} to {@code to} of {@code b}, a line without its terminator
   * (or a stretch of a very long one).
   */
  public Charset of(byte[] b, int from, int to) {
    long counts = Utf8Sequences.count(b, from, to);
    return of(b, from, to, counts >>> 32, counts & 0xFFFFFFFFL);
  }

  /**
   * {@link #of(byte[], int, int)} for a line whose well-formed multi-byte sequences and stray bytes
   * ({@link Utf8Sequences#count}) are counted already.
   */
  Charset of(byte[] b, int from, int to, long multiByte, long stray) {
    if (multiByte == 0 && stray == 0) {
      return file;
    }
    if (stray == 0) {
      if (file.equals(StandardCharsets.UTF_8) || mostlyArabic(utf8(b, from, to))) {
        return StandardCharsets.UTF_8;
      }
      return bestSingleByte(b, from, to).charset;
    }
    if (multiByte >= stray) {
      return StandardCharsets.UTF_8;
    }
    SingleBytePage best = bestSingleByte(b, from, to);
    if (file.equals(StandardCharsets.UTF_8) && !best.readsAsArabic(b, from, to)) {
      return StandardCharsets.UTF_8;
    }
    return best.charset;
  }

  /** The line decoded as {@link #of} decides; malformed bytes as U+FFFD. */
  public String decode(byte[] b, int from, int to) {
    Charset charset = of(b, from, to);
    return charset.equals(StandardCharsets.UTF_8)
        ? utf8(b, from, to)
        : new String(b, from, to - from, charset);
  }

  /**
   * Writes the line as UTF-8 into {@code out} from 0, decoded in {@code charset}, what {@link #of}
   * decided (malformed UTF-8 as U+FFFD); returns the bytes written. {@code out} holds three bytes a
   * byte of the line.
   */
  int toUtf8(byte[] b, int from, int to, Charset charset, byte[] out) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      byte[] text = utf8(b, from, to).getBytes(StandardCharsets.UTF_8);
      System.arraycopy(text, 0, out, 0, text.length);
      return text.length;
    }
    return SingleBytePage.of(charset).toUtf8(b, from, to, out, 0);
  }

  private String utf8(byte[] b, int from, int to) {
    try {
      return utf8.reset().decode(ByteBuffer.wrap(b, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder does not throw", e);
    }
  }

  /**
   * In a file guessed UTF-8, the Arabic code page that scores better on the line (windows-1256 on a
   * tie); in a file guessed single-byte, its own page: the guess already scored the two over the
   * file's head, and scoring every line again would cost more than reading it.
   */
  private SingleBytePage bestSingleByte(byte[] b, int from, int to) {
    if (!file.equals(StandardCharsets.UTF_8)) {
      return SingleBytePage.of(file);
    }
    return SingleBytePage.ISO_8859_6.score(b, from, to)
            > SingleBytePage.WINDOWS_1256.score(b, from, to)
        ? SingleBytePage.ISO_8859_6
        : SingleBytePage.WINDOWS_1256;
  }

  /**
   * Whether valid UTF-8 decodes mostly to Arabic letters and punctuation, the characters a news
   * line holds (at least half of those outside ASCII).
   */
  private static boolean mostlyArabic(String chars) {
    int arabic = 0;
    int other = 0;
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      if (c < 0x80) {
        continue;
      }
      if ((c >= '\u0600' && c <= '\u06FF')
          || (c >= '\u0750' && c <= '\u077F')
          || (c >= '\u08A0' && c <= '\u08FF')
          || (c >= '\uFB50' && c <= '\uFDFF')
          || (c >= '\uFE70' && c <= '\uFEFF')
          || (c >= '\u2000' && c <= '\u206F')
          || c == '\u00A0'
          || c == '\u00AB'
          || c == '\u00BB') {
        arabic++;
      } else {
        other++;
      }
    }
    return arabic >= other;
  }

  private static CharsetDecoder replacing(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }
}
