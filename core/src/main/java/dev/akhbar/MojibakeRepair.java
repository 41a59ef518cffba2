package dev.akhbar;

import dev.akhbar.internal.Mojibake;
import java.util.Optional;

/**
 * Restores Arabic text that was UTF-8, read as windows-1256 and saved again as UTF-8: the familiar
 * {@code ط¨ظˆطھظٹظ†} for {@code بوتين}.
 *
 * <p>The repair re-encodes the text to windows-1256 bytes and decodes those as UTF-8. Such copies
 * usually lose byte 0xAD (a soft hyphen in windows-1256), the second byte of {@code ح}; it is put
 * back where a 0xD8 lead byte has no continuation byte after it.
 *
 * <p>The score that decides: the text is repaired only when (1) every character has a windows-1256
 * byte, (2) those bytes are valid UTF-8, (3) at least two multi-byte characters come out, and (4)
 * restored {@code ح} letters are no more than the sequences that decoded without help. Clean Arabic
 * fails (2) at once: its letters are windows-1256 bytes 0xC1-0xFF, which UTF-8 allows only as lead
 * bytes, so two letters in a row are malformed. Clean ASCII text decodes to itself and is left
 * alone.
 *
 * <p>Stateless and thread-safe.
 */
public final class MojibakeRepair {
  private MojibakeRepair() {}

  /**
   * A cheap first look: true when the windows-1256 lead letters {@code ط} and {@code ظ} make up at
   * least a third of the non-ASCII characters, as they do in Arabic mojibake and never in prose.
   */
  public static boolean looksLikeMojibake(CharSequence text) {
    return Mojibake.looksLikeMojibake(text);
  }

  /** The repaired text, or empty when the text is not mojibake by the score above. */
  public static Optional<String> repair(CharSequence text) {
    return Mojibake.repair(text);
  }
}
