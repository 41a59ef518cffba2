package dev.akhbar.text;

import com.ibm.icu.text.Normalizer2;
import dev.akhbar.internal.NormalizerPass;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Cleans Arabic text by a {@link NormalizationProfile} or by an explicit set of
 * {@link NormalizationOperation}s.
 *
 * <p>One pass over the characters, no regular expressions. NFKC (through ICU4J) runs first, and
 * only when ICU's quick check says the text is not already in NFKC. {@link #normalize(CharSequence,
 * StringBuilder)} writes into a caller's buffer so that a hot loop allocates nothing for text that
 * needs no compatibility mapping. The result is idempotent: normalising it again changes nothing.
 *
 * <p>Instances are immutable and thread-safe. The default, {@link #display()}, uses
 * {@link NormalizationProfile#DISPLAY}.
 */
public final class ArabicNormalizer {
  /** Arabic letter alef, the target of {@link NormalizationOperation#ALEF_VARIANTS}. */
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

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private final Set<NormalizationOperation> operations;
  private final boolean none;
  /** The character tables and loops, shared by every normaliser of the same operations. */
  private final NormalizerPass pass;

  private static final ArabicNormalizer NONE = new ArabicNormalizer(EnumSet.noneOf(NormalizationOperation.class));
  private static final ArabicNormalizer DISPLAY = new ArabicNormalizer(NormalizationProfile.DISPLAY.operations());
  private static final ArabicNormalizer SEARCH = new ArabicNormalizer(NormalizationProfile.SEARCH.operations());

  private ArabicNormalizer(Collection<NormalizationOperation> ops) {
    EnumSet<NormalizationOperation> set = EnumSet.noneOf(NormalizationOperation.class);
    set.addAll(ops);
    this.operations = java.util.Collections.unmodifiableSet(set);
    this.none = set.isEmpty();
    this.pass = NormalizerPass.of(set);
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
  private static final java.util.concurrent.ConcurrentMap<Set<NormalizationOperation>, ArabicNormalizer> BUILT =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A normaliser with exactly these operations (applied in the enum's order); instances are shared. */
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
   * Returns the normalised text, telling {@code invalidCharacters} (when not null) how many
   * invalid characters were removed, if any. Text that needs no NFKC is copied once, into the
   * result.
   */
  public String normalize(CharSequence text, IntConsumer invalidCharacters) {
    if (none) {
      return text.toString();
    }
    long r = pass.pass(text, false);
    if (r == NormalizerPass.BAIL) {
      StringBuilder b = new StringBuilder(text.length() + 16);
      int removed = normalize(text, b);
      report(removed, invalidCharacters);
      return b.toString();
    }
    report(NormalizerPass.removed(r), invalidCharacters);
    return new String(NormalizerPass.output(), 0, NormalizerPass.written(r));
  }

  private static void report(int removed, IntConsumer to) {
    if (removed > 0 && to != null) {
      to.accept(removed);
    }
  }

  /**
   * Appends the normalised text to {@code out}.
   *
   * @return how many invalid characters (NUL, controls, U+FFFD, lone surrogates) were removed
   */
  public int normalize(CharSequence text, StringBuilder out) {
    if (none) {
      out.append(text);
      return 0;
    }
    long r = pass.pass(text, false);
    if (r != NormalizerPass.BAIL) {
      // Every character was stable under NFKC on its own, and nothing the pass wrote changes that.
      out.append(NormalizerPass.output(), 0, NormalizerPass.written(r));
      return NormalizerPass.removed(r);
    }
    // Compatibility characters or marks that compose: the ICU path.
    int start = out.length();
    r = pass.pass(NFKC.normalize(text), true);
    out.append(NormalizerPass.output(), 0, NormalizerPass.written(r));
    // Mapping a letter can leave a sequence NFKC would compose (ی + hamza above → ئ); repeat
    // until stable so that the result is idempotent. Two rounds settle every case seen.
    for (int round = 0; round < 3; round++) {
      Tail tail = new Tail(out, start);
      if (NFKC.spanQuickCheckYes(tail) == tail.length()) {
        break;
      }
      String again = NFKC.normalize(tail);
      if (again.contentEquals(tail)) {
        break;
      }
      out.setLength(start);
      out.append(NormalizerPass.output(), 0, NormalizerPass.written(pass.pass(again, true)));
    }
    return NormalizerPass.removed(r);
  }


  @Override
  public String toString() {
    return "ArabicNormalizer" + operations;
  }

  /** A view of the end of a buffer, so that ICU's quick check reads it without a copy. */
  private static final class Tail implements CharSequence {
    private final StringBuilder buffer;
    private final int start;

    Tail(StringBuilder buffer, int start) {
      this.buffer = buffer;
      this.start = start;
    }

    @Override
    public int length() {
      return buffer.length() - start;
    }

    @Override
    public char charAt(int index) {
      return buffer.charAt(start + index);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      return buffer.subSequence(start + from, start + to);
    }

    @Override
    public String toString() {
      return buffer.substring(start);
    }
  }
}
