package dev.akhbar.text;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The sets of {@link NormalizationOperation}s that users pick by purpose.
 *
 * <p>Immutable and thread-safe.
 */
public enum NormalizationProfile {
  /** No change at all. */
  NONE(EnumSet.noneOf(NormalizationOperation.class)),
  /**
   * Text a reader would call identical to the input: compatibility forms, Persian letters,
   * invisible characters, tatweel inside words and white space are cleaned; hamza, teh marbuta,
   * alef maksura and diacritics are kept. The parser's default for its output.
   */
  DISPLAY(
      EnumSet.of(
          NormalizationOperation.COMPATIBILITY_FORMS,
          NormalizationOperation.INVALID_CHARACTERS,
          NormalizationOperation.PERSIAN_LETTERS,
          NormalizationOperation.BIDI_CONTROLS,
          NormalizationOperation.ZERO_WIDTH,
          NormalizationOperation.TATWEEL,
          NormalizationOperation.WHITESPACE)),
  /**
   * {@link #DISPLAY} plus the folding search engines do: alef variants, alef maksura, teh marbuta,
   * diacritics and digits. The parser matches labels and keywords in this form.
   */
  SEARCH(EnumSet.allOf(NormalizationOperation.class));

  private final Set<NormalizationOperation> operations;

  NormalizationProfile(EnumSet<NormalizationOperation> operations) {
    this.operations = Collections.unmodifiableSet(operations);
  }

  /** The operations of this profile, unmodifiable. */
  public Set<NormalizationOperation> operations() {
    return operations;
  }
}
