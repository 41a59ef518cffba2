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
 *   <li>Otherwise windows-1256 or ISO-8859-6, whichever gives more Arabic (ties: the file's guess,
 *       else windows-1256); in a file guessed UTF-8, only where that reads as Arabic (at least half
 *       as many Arabic letters as Latin ones), else UTF-8 with replacements.
 * </ul>
 *
 * <p>Not thread-safe (one decoder per instance); stateless between lines.
 */
public final class LineCharsets {
  private final Charset file;
  private final Charset singleByte;
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
    this.singleByte = file.equals(StandardCharsets.UTF_8) ? EncodingDetector.WINDOWS_1256 : file;
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

  /** A line decided: its encoding and its text in it (malformed bytes as U+FFFD). */
  public record Line(Charset charset, String text) {}

  /**
   * The encoding of bytes {@code from} to {@code to} of {@code b}, a line without its terminator
   * (or a stretch of a very long one).
   */
  public Charset of(byte[] b, int from, int to) {
    return decide(b, from, to).charset();
  }

  /** The line decoded as {@link #of} decides; malformed bytes as U+FFFD. */
  public String decode(byte[] b, int from, int to) {
    return decide(b, from, to).text();
  }

  /** The encoding of a line and its text in it, each decoding done once. */
  public Line decide(byte[] b, int from, int to) {
    int multiByte = 0;
    int stray = 0;
    int i = from;
    while (i < to) {
      if (b[i] >= 0) {
        i++;
        continue;
      }
      int n = Utf8Sequences.length(b, i, to);
      if (n > 0) {
        multiByte++;
        i += n;
      } else {
        stray++;
        i++;
      }
    }
    if (multiByte == 0 && stray == 0) {
      return new Line(file, new String(b, from, to - from, StandardCharsets.ISO_8859_1));
    }
    if (stray == 0) {
      String text = utf8(b, from, to);
      if (file.equals(StandardCharsets.UTF_8) || mostlyArabic(text)) {
        return new Line(StandardCharsets.UTF_8, text);
      }
      return bestSingleByte(b, from, to);
    }
    if (multiByte >= stray) {
      return new Line(StandardCharsets.UTF_8, utf8(b, from, to));
    }
    Line best = bestSingleByte(b, from, to);
    if (file.equals(StandardCharsets.UTF_8) && !arabicNotLatin(best.text())) {
      return new Line(StandardCharsets.UTF_8, utf8(b, from, to));
    }
    return best;
  }

  private String utf8(byte[] b, int from, int to) {
    try {
      return utf8.reset().decode(ByteBuffer.wrap(b, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder does not throw", e);
    }
  }

  private Line bestSingleByte(byte[] b, int from, int to) {
    Charset other =
        singleByte.equals(EncodingDetector.WINDOWS_1256)
            ? EncodingDetector.ISO_8859_6
            : EncodingDetector.WINDOWS_1256;
    String mine = new String(b, from, to - from, singleByte);
    String theirs = new String(b, from, to - from, other);
    return EncodingDetector.arabicScore(theirs) > EncodingDetector.arabicScore(mine)
        ? new Line(other, theirs)
        : new Line(singleByte, mine);
  }

  /**
   * Whether a line decoded in a single-byte code page reads as Arabic: it scores above zero and has
   * at least half as many Arabic letters as Latin ones ("café" in Latin-1 gives two Arabic letters
   * in ISO-8859-6, among Latin words).
   */
  private static boolean arabicNotLatin(String text) {
    int arabic = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0621' && c <= '\u064A') {
        arabic++;
      } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        latin++;
      }
    }
    return EncodingDetector.arabicScore(text) > 0 && 2 * arabic >= latin;
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
