package dev.akhbar.text;

/**
 * One rule of {@link dev.akhbar.ArabicNormalizer}. A normaliser applies a set of these in a fixed
 * order, whatever order the set was built in.
 *
 * <p>Each constant documents its rule in one line; the tests show each with a real word.
 */
public enum NormalizationOperation {
  /**
   * NFKC through ICU4J: presentation forms (ﻻ ﺑ) and compatibility characters become plain text.
   */
  COMPATIBILITY_FORMS,
  /**
   * NUL, other control characters (not tab or line breaks), U+FFFD and lone surrogates are removed
   * and counted.
   */
  INVALID_CHARACTERS,
  /**
   * Persian and Urdu letters used in Arabic text become the Arabic letter: ی ې ے → ي, ک ڪ → ك, ھ ہ
   * ە → ه.
   */
  PERSIAN_LETTERS,
  /** Bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates) are removed. */
  BIDI_CONTROLS,
  /**
   * ZWSP, ZWJ, word joiner, stray BOM and soft hyphen are removed; ZWNJ is kept only where it
   * changes how letters join.
   */
  ZERO_WIDTH,
  /** Tatweel (ـ) touching a letter is removed; a run that stands alone, used as a dash, is kept. */
  TATWEEL,
  /**
   * NBSP, tabs and other spaces become one space; runs collapse; trimmed at both ends and around
   * line breaks.
   */
  WHITESPACE,
  /**
   * Alef with hamza above or below, alef with madda and alef wasla (أ إ آ ٱ) become bare alef (ا).
   */
  ALEF_VARIANTS,
  /** Alef maksura (ى) becomes yeh (ي). */
  ALEF_MAKSURA,
  /** Teh marbuta (ة) becomes heh (ه). */
  TEH_MARBUTA,
  /**
   * Harakat, tanween, shadda, sukun and Quranic marks are removed; a dagger alef that stands for a
   * written alef becomes ا.
   */
  DIACRITICS,
  /** Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits become ASCII digits. */
  DIGITS
}
