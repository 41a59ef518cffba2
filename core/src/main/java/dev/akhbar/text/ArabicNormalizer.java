package dev.akhbar.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import dev.akhbar.internal.Chars;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

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

  /**
   * Letters written before a dagger alef in words whose modern spelling has no alef there
   * (هٰذا، ذٰلك، لٰكن، الرحمٰن، الله، أولٰئك, with their common prefixes). Elsewhere a dagger alef
   * stands for a written alef (السمٰوٰت → السماوات).
   */
  private static final Set<String> DAGGER_ALEF_SILENT_AFTER = Set.of(
      "ه", "له", "به", "وه", "فه", "كه",
      "ذ", "كذ", "لذ", "بذ", "وذ", "فذ",
      "ل", "ول", "فل",
      "ال", "إل", "الل", "لل", "بالل", "والل", "فالل", "تالل",
      "الرحم", "رحم", "والرحم", "بالرحم",
      "اول", "أول");

  private static final ArabicNormalizer NONE = new ArabicNormalizer(EnumSet.noneOf(NormalizationOperation.class));
  private static final ArabicNormalizer DISPLAY = new ArabicNormalizer(NormalizationProfile.DISPLAY.operations());
  private static final ArabicNormalizer SEARCH = new ArabicNormalizer(NormalizationProfile.SEARCH.operations());

  private final Set<NormalizationOperation> operations;
  private final boolean compatibility;
  private final boolean invalid;
  private final boolean persian;
  private final boolean bidi;
  private final boolean zeroWidth;
  private final boolean tatweel;
  private final boolean whitespace;
  private final boolean alef;
  private final boolean maksura;
  private final boolean tehMarbuta;
  private final boolean diacritics;
  private final boolean digits;

  private ArabicNormalizer(Collection<NormalizationOperation> ops) {
    EnumSet<NormalizationOperation> set = EnumSet.noneOf(NormalizationOperation.class);
    set.addAll(ops);
    this.operations = java.util.Collections.unmodifiableSet(set);
    this.compatibility = set.contains(NormalizationOperation.COMPATIBILITY_FORMS);
    this.invalid = set.contains(NormalizationOperation.INVALID_CHARACTERS);
    this.persian = set.contains(NormalizationOperation.PERSIAN_LETTERS);
    this.bidi = set.contains(NormalizationOperation.BIDI_CONTROLS);
    this.zeroWidth = set.contains(NormalizationOperation.ZERO_WIDTH);
    this.tatweel = set.contains(NormalizationOperation.TATWEEL);
    this.whitespace = set.contains(NormalizationOperation.WHITESPACE);
    this.alef = set.contains(NormalizationOperation.ALEF_VARIANTS);
    this.maksura = set.contains(NormalizationOperation.ALEF_MAKSURA);
    this.tehMarbuta = set.contains(NormalizationOperation.TEH_MARBUTA);
    this.diacritics = set.contains(NormalizationOperation.DIACRITICS);
    this.digits = set.contains(NormalizationOperation.DIGITS);
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

  /** A normaliser with exactly these operations (applied in the enum's order). */
  public static ArabicNormalizer of(Collection<NormalizationOperation> operations) {
    return new ArabicNormalizer(Objects.requireNonNull(operations, "operations"));
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
    if (operations.isEmpty()) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(text.length());
    normalize(text, out);
    return out.toString();
  }

  /**
   * Appends the normalised text to {@code out}.
   *
   * @return how many invalid characters (NUL, controls, U+FFFD, lone surrogates) were removed
   */
  public int normalize(CharSequence text, StringBuilder out) {
    if (operations.isEmpty()) {
      out.append(text);
      return 0;
    }
    int start = out.length();
    CharSequence source = text;
    if (compatibility && NFKC.spanQuickCheckYes(text) < text.length()) {
      source = NFKC.normalize(text);
    }
    int removed = pass(source, out);
    if (compatibility) {
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
        pass(again, out);
      }
    }
    return removed;
  }

  /** The single character pass: every operation but NFKC. */
  private int pass(CharSequence s, StringBuilder out) {
    int removed = 0;
    int n = s.length();
    boolean pendingSpace = false;
    boolean lineStart = true;
    char last = 0;
    int wordStart = out.length();
    int tatweelScanEnd = -1;
    char tatweelNext = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char emit = c;
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          if (pendingSpace && !lineStart) {
            out.append(' ');
          }
          pendingSpace = false;
          out.append(c).append(s.charAt(++i));
          last = 'x';
          lineStart = false;
          continue;
        }
        if (invalid) {
          removed++;
          continue;
        }
      } else if (c == '\n' || c == '\r') {
        if (whitespace) {
          pendingSpace = false;
          out.append(c);
          lineStart = true;
          last = c;
          wordStart = out.length();
          continue;
        }
      } else if (isInvalid(c)) {
        if (invalid) {
          removed++;
          continue;
        }
      } else if (Chars.isHorizontalSpace(c)) {
        if (whitespace) {
          pendingSpace = true;
          continue;
        }
      } else if (c == ZWNJ) {
        if (zeroWidth && !(joinsToNext(last) && i + 1 < n && Chars.isArabicLetter(s.charAt(i + 1)))) {
          continue;
        }
      } else if (isBidiControl(c)) {
        if (bidi) {
          continue;
        }
      } else if (isZeroWidth(c)) {
        if (zeroWidth) {
          continue;
        }
      } else if (c == TATWEEL) {
        if (tatweel) {
          if (i >= tatweelScanEnd) {
            tatweelScanEnd = i + 1;
            while (tatweelScanEnd < n && (s.charAt(tatweelScanEnd) == TATWEEL || drops(s.charAt(tatweelScanEnd)))) {
              tatweelScanEnd++;
            }
            tatweelNext = tatweelScanEnd < n ? s.charAt(tatweelScanEnd) : 0;
          }
          if (isLetterOrMark(last) || isLetterOrMark(tatweelNext)) {
            continue;
          }
        }
      } else if (c >= '\u0600' && c <= '\u06FF') {
        if (persian) {
          emit = mapPersian(c);
        }
        if (alef && (emit == ALEF_MADDA || emit == ALEF_HAMZA_ABOVE || emit == ALEF_HAMZA_BELOW
            || emit == ALEF_WASLA || emit == '\u0672' || emit == '\u0673')) {
          emit = ALEF;
        } else if (maksura && emit == ALEF_MAKSURA) {
          emit = YEH;
        } else if (tehMarbuta && emit == TEH_MARBUTA) {
          emit = HEH;
        } else if (digits && emit >= '\u0660' && emit <= '\u0669') {
          emit = (char) ('0' + (emit - '\u0660'));
        } else if (digits && emit >= '\u06F0' && emit <= '\u06F9') {
          emit = (char) ('0' + (emit - '\u06F0'));
        } else if (diacritics && Chars.isArabicMark(emit)) {
          if (emit != DAGGER_ALEF || daggerAlefIsSilent(last, out, wordStart)) {
            continue;
          }
          emit = ALEF;
        }
      } else if (diacritics && Chars.isArabicMark(c)) {
        continue;
      }
      if (pendingSpace && !lineStart) {
        out.append(' ');
        wordStart = out.length();
      }
      pendingSpace = false;
      out.append(emit);
      lineStart = false;
      last = emit;
      if (!Chars.isWordChar(emit)) {
        wordStart = out.length();
      }
    }
    return removed;
  }

  /** True for characters the pass deletes unconditionally under this normaliser's operations. */
  private boolean drops(char c) {
    return (invalid && (isInvalid(c) || Character.isSurrogate(c)))
        || (bidi && isBidiControl(c))
        || (zeroWidth && (isZeroWidth(c) || c == ZWNJ))
        || (diacritics && Chars.isArabicMark(c) && c != DAGGER_ALEF);
  }

  private static boolean daggerAlefIsSilent(char last, StringBuilder out, int wordStart) {
    if (last == ALEF || last == ALEF_MAKSURA || last == YEH || last == ALEF_HAMZA_ABOVE
        || last == ALEF_HAMZA_BELOW || last == ALEF_MADDA || last == ALEF_WASLA) {
      return true;
    }
    int len = out.length() - wordStart;
    if (len <= 0 || len > 7) {
      return len <= 0;
    }
    for (String word : DAGGER_ALEF_SILENT_AFTER) {
      if (word.length() == len && regionEquals(out, wordStart, word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean regionEquals(StringBuilder out, int from, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (out.charAt(from + k) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static char mapPersian(char c) {
    switch (c) {
      case FARSI_YEH:
      case YEH_SMALL_V:
      case YEH_BARREE:
        return YEH;
      case KEHEH:
      case SWASH_KAF:
        return KAF;
      case HEH_DOACHASHMEE:
      case HEH_GOAL:
      case AE:
        return HEH;
      case TEH_MARBUTA_GOAL:
        return TEH_MARBUTA;
      default:
        return c;
    }
  }

  private static boolean isLetterOrMark(char c) {
    return Chars.isArabicLetter(c) || Chars.isArabicMark(c);
  }

  /** True when a ZWNJ after this character changes how it joins: a dual-joining Arabic letter. */
  private static boolean joinsToNext(char c) {
    return Chars.isArabicLetter(c)
        && UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE) == UCharacter.JoiningType.DUAL_JOINING;
  }

  static boolean isInvalid(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\u000B' && c != '\u000C')
        || (c >= 0x7F && c <= 0x9F) || c == '\uFFFD';
  }

  static boolean isBidiControl(char c) {
    return c == '\u200E' || c == '\u200F' || c == '\u061C'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  static boolean isZeroWidth(char c) {
    return c == '\u200B' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
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
