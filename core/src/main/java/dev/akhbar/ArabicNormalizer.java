package dev.akhbar;

import dev.akhbar.internal.ArabicLetters;
import dev.akhbar.internal.TextNormalizer;
import dev.akhbar.text.NormalizationOperation;
import dev.akhbar.text.NormalizationProfile;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Cleans Arabic text by a {@link NormalizationProfile} or by an explicit set of {@link
 * NormalizationOperation}s.
 *
 * <p>One pass over the characters, no regular expressions. NFKC (through ICU4J) runs first, and
 * only when ICU's quick check says the text is not already in NFKC. {@link #normalize(CharSequence,
 * StringBuilder)} writes into a caller's buffer so that a hot loop allocates nothing for text that
 * needs no compatibility mapping. The result is idempotent: normalising it again changes nothing.
 *
 * <p>Instances are immutable and thread-safe. The default, {@link #display()}, uses {@link
 * NormalizationProfile#DISPLAY}.
 */
public final class ArabicNormalizer {
  /** Arabic letter alef, the target of {@link NormalizationOperation#ALEF_VARIANTS}. */
  public static final char ALEF = ArabicLetters.ALEF;

  /** Alef with madda above (آ). */
  public static final char ALEF_MADDA = ArabicLetters.ALEF_MADDA;

  /** Alef with hamza above (أ). */
  public static final char ALEF_HAMZA_ABOVE = ArabicLetters.ALEF_HAMZA_ABOVE;

  /** Alef with hamza below (إ). */
  public static final char ALEF_HAMZA_BELOW = ArabicLetters.ALEF_HAMZA_BELOW;

  /** Alef wasla (ٱ). */
  public static final char ALEF_WASLA = ArabicLetters.ALEF_WASLA;

  /** Alef maksura (ى), also called dotless yeh. */
  public static final char ALEF_MAKSURA = ArabicLetters.ALEF_MAKSURA;

  /** Arabic yeh (ي). */
  public static final char YEH = ArabicLetters.YEH;

  /** Farsi yeh (ی), the usual Persian keyboard's yeh. */
  public static final char FARSI_YEH = ArabicLetters.FARSI_YEH;

  /** Yeh with a small v (ې). */
  public static final char YEH_SMALL_V = ArabicLetters.YEH_SMALL_V;

  /** Yeh barree (ے). */
  public static final char YEH_BARREE = ArabicLetters.YEH_BARREE;

  /** Arabic kaf (ك). */
  public static final char KAF = ArabicLetters.KAF;

  /** Keheh (ک), the Persian kaf. */
  public static final char KEHEH = ArabicLetters.KEHEH;

  /** Swash kaf (ڪ). */
  public static final char SWASH_KAF = ArabicLetters.SWASH_KAF;

  /** Arabic heh (ه). */
  public static final char HEH = ArabicLetters.HEH;

  /** Heh doachashmee (ھ). */
  public static final char HEH_DOACHASHMEE = ArabicLetters.HEH_DOACHASHMEE;

  /** Heh goal (ہ). */
  public static final char HEH_GOAL = ArabicLetters.HEH_GOAL;

  /** Ae (ە). */
  public static final char AE = ArabicLetters.AE;

  /** Teh marbuta (ة). */
  public static final char TEH_MARBUTA = ArabicLetters.TEH_MARBUTA;

  /** Teh marbuta goal (ۃ). */
  public static final char TEH_MARBUTA_GOAL = ArabicLetters.TEH_MARBUTA_GOAL;

  /** Tatweel, the kashida (ـ). */
  public static final char TATWEEL = ArabicLetters.TATWEEL;

  /** Superscript ("dagger") alef (ٰ). */
  public static final char DAGGER_ALEF = ArabicLetters.DAGGER_ALEF;

  /** Zero-width non-joiner. */
  public static final char ZWNJ = ArabicLetters.ZWNJ;

  private final Set<NormalizationOperation> operations;

  /** The engine: character tables and loops, shared by every normaliser of the same operations. */
  private final TextNormalizer engine;

  private static final ArabicNormalizer NONE =
      new ArabicNormalizer(EnumSet.noneOf(NormalizationOperation.class));
  private static final ArabicNormalizer DISPLAY =
      new ArabicNormalizer(NormalizationProfile.DISPLAY.operations());
  private static final ArabicNormalizer SEARCH =
      new ArabicNormalizer(NormalizationProfile.SEARCH.operations());

  private ArabicNormalizer(Collection<NormalizationOperation> ops) {
    EnumSet<NormalizationOperation> set = EnumSet.noneOf(NormalizationOperation.class);
    set.addAll(ops);
    this.operations = java.util.Collections.unmodifiableSet(set);
    this.engine = new TextNormalizer(this.operations);
  }

  /** The normaliser of a profile; the three instances are shared. */
  public static ArabicNormalizer of(NormalizationProfile profile) {
    switch (Objects.requireNonNull(profile, "profile")) {
      case NONE:
        return NONE;
      case DISPLAY:
        return DISPLAY;
      default:
        return SEARCH;
    }
  }

  /** Normalisers built for other sets of operations. */
  private static final java.util.concurrent.ConcurrentMap<
          Set<NormalizationOperation>, ArabicNormalizer>
      BUILT = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A normaliser with exactly these operations (applied in the enum's order); instances are shared.
   */
  public static ArabicNormalizer of(Collection<NormalizationOperation> operations) {
    EnumSet<NormalizationOperation> set = EnumSet.noneOf(NormalizationOperation.class);
    set.addAll(Objects.requireNonNull(operations, "operations"));
    for (ArabicNormalizer shared : new ArabicNormalizer[] {NONE, DISPLAY, SEARCH}) {
      if (shared.operations.equals(set)) {
        return shared;
      }
    }
    return BUILT.computeIfAbsent(set, ArabicNormalizer::new);
  }

  /** The {@link NormalizationProfile#DISPLAY} normaliser. */
  public static ArabicNormalizer display() {
    return DISPLAY;
  }

  /** The {@link NormalizationProfile#SEARCH} normaliser. */
  public static ArabicNormalizer search() {
    return SEARCH;
  }

  /** The operations this normaliser applies, unmodifiable. */
  public Set<NormalizationOperation> operations() {
    return operations;
  }

  /** Returns the normalised text. */
  public String normalize(CharSequence text) {
    return normalize(text, (IntConsumer) null);
  }

  /**
   * Returns the normalised text, telling {@code invalidCharacters} (when not null) how many invalid
   * characters were removed, if any. Text that needs no NFKC is copied once, into the result.
   */
  public String normalize(CharSequence text, IntConsumer invalidCharacters) {
    return engine.normalize(text, invalidCharacters);
  }

  /**
   * Appends the normalised text to {@code out}.
   *
   * @return how many invalid characters (NUL, controls, U+FFFD, lone surrogates) were removed
   */
  public int normalize(CharSequence text, StringBuilder out) {
    return engine.normalize(text, out);
  }

  @Override
  public String toString() {
    return "ArabicNormalizer" + operations;
  }
}
