package dev.akhbar.internal;

/**
 * The Arabic code points the normaliser maps, named; {@code ArabicNormalizer} publishes the same
 * names.
 */
public final class ArabicLetters {
  private ArabicLetters() {}

  /** Arabic letter alef, the target of alef normalisation. */
  public static final char ALEF = '\u0627';

  /** Alef with madda above (آ). */
  public static final char ALEF_MADDA = '\u0622';

  /** Alef with hamza above (أ). */
  public static final char ALEF_HAMZA_ABOVE = '\u0623';

  /** Alef with hamza below (إ). */
  public static final char ALEF_HAMZA_BELOW = '\u0625';

  /** Alef wasla (ٱ). */
  public static final char ALEF_WASLA = '\u0671';

  /** Alef maksura (ى), also called dotless yeh. */
  public static final char ALEF_MAKSURA = '\u0649';

  /** Arabic yeh (ي). */
  public static final char YEH = '\u064A';

  /** Farsi yeh (ی), the usual Persian keyboard's yeh. */
  public static final char FARSI_YEH = '\u06CC';

  /** Yeh with a small v (ې). */
  public static final char YEH_SMALL_V = '\u06D0';

  /** Yeh barree (ے). */
  public static final char YEH_BARREE = '\u06D2';

  /** Arabic kaf (ك). */
  public static final char KAF = '\u0643';

  /** Keheh (ک), the Persian kaf. */
  public static final char KEHEH = '\u06A9';

  /** Swash kaf (ڪ). */
  public static final char SWASH_KAF = '\u06AA';

  /** Arabic heh (ه). */
  public static final char HEH = '\u0647';

  /** Heh doachashmee (ھ). */
  public static final char HEH_DOACHASHMEE = '\u06BE';

  /** Heh goal (ہ). */
  public static final char HEH_GOAL = '\u06C1';

  /** Ae (ە). */
  public static final char AE = '\u06D5';

  /** Teh marbuta (ة). */
  public static final char TEH_MARBUTA = '\u0629';

  /** Teh marbuta goal (ۃ). */
  public static final char TEH_MARBUTA_GOAL = '\u06C3';

  /** Tatweel, the kashida (ـ). */
  public static final char TATWEEL = '\u0640';

  /** Superscript ("dagger") alef (ٰ). */
  public static final char DAGGER_ALEF = '\u0670';

  /** Zero-width non-joiner. */
  public static final char ZWNJ = '\u200C';
}
