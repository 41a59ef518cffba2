package dev.akhbar.internal;

import static dev.akhbar.internal.ArabicLetters.AE;
import static dev.akhbar.internal.ArabicLetters.ALEF;
import static dev.akhbar.internal.ArabicLetters.ALEF_HAMZA_ABOVE;
import static dev.akhbar.internal.ArabicLetters.ALEF_HAMZA_BELOW;
import static dev.akhbar.internal.ArabicLetters.ALEF_MADDA;
import static dev.akhbar.internal.ArabicLetters.ALEF_MAKSURA;
import static dev.akhbar.internal.ArabicLetters.ALEF_WASLA;
import static dev.akhbar.internal.ArabicLetters.DAGGER_ALEF;
import static dev.akhbar.internal.ArabicLetters.FARSI_YEH;
import static dev.akhbar.internal.ArabicLetters.HEH;
import static dev.akhbar.internal.ArabicLetters.HEH_DOACHASHMEE;
import static dev.akhbar.internal.ArabicLetters.HEH_GOAL;
import static dev.akhbar.internal.ArabicLetters.KAF;
import static dev.akhbar.internal.ArabicLetters.KEHEH;
import static dev.akhbar.internal.ArabicLetters.SWASH_KAF;
import static dev.akhbar.internal.ArabicLetters.TATWEEL;
import static dev.akhbar.internal.ArabicLetters.TEH_MARBUTA;
import static dev.akhbar.internal.ArabicLetters.TEH_MARBUTA_GOAL;
import static dev.akhbar.internal.ArabicLetters.YEH;
import static dev.akhbar.internal.ArabicLetters.YEH_BARREE;
import static dev.akhbar.internal.ArabicLetters.YEH_SMALL_V;
import static dev.akhbar.internal.ArabicLetters.ZWNJ;

import com.ibm.icu.text.Normalizer2;
import dev.akhbar.text.NormalizationOperation;
import java.util.Set;

/**
 * What {@link NormalizerPass} does with each char, decided once per set of operations and kept in
 * its tables: the actions ({@code A_} constants), the letter mappings, the NFKC expansions of
 * presentation forms it writes out itself, and the classes of chars the rules name.
 */
final class CharActions {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private CharActions() {}

  /**
   * Letters written before a dagger alef in words whose modern spelling has no alef there (هٰذا،
   * ذٰلك، لٰكن، الرحمٰن، الله، أولٰئك, with their common prefixes). Elsewhere a dagger alef stands
   * for a written alef (السمٰوٰت → السماوات).
   */
  private static final Set<String> DAGGER_ALEF_SILENT_AFTER =
      Set.of(
          "ه", "له", "به", "وه", "فه", "كه", "ذ", "كذ", "لذ", "بذ", "وذ", "فذ", "ل", "ول", "فل",
          "ال", "إل", "الل", "لل", "بالل", "والل", "فالل", "تالل", "الرحم", "رحم", "والرحم",
          "بالرحم", "اول", "أول");

  static final byte A_COPY = 0;
  static final byte A_MAP = 1;
  static final byte A_SPACE = 2;
  static final byte A_BREAK = 3;
  static final byte A_DROP = 4;
  static final byte A_INVALID = 5;
  static final byte A_ZWNJ = 6;
  static final byte A_TATWEEL = 7;
  static final byte A_DAGGER = 8;
  static final byte A_SURROGATE = 9;

  /** Not stable under NFKC on its own: the text takes the ICU path. */
  static final byte A_NFKC = 10;

  /**
   * A combining mark that composes with nothing: stable unless marks before it are out of order.
   */
  static final byte A_MARK = 11;

  /**
   * A presentation form whose NFKC expansion is letters only: written out from its {@link
   * #lettersOnlyExpansion}.
   */
  static final byte A_EXPAND = 12;

  /**
   * The NFKC expansion of a presentation form when it is Arabic letters only, mapped; else null.
   */
  static char[] lettersOnlyExpansion(char c, Set<NormalizationOperation> ops) {
    String e = NFKC.normalize(String.valueOf(c));
    if (e.isEmpty() || e.length() > 8) {
      return null;
    }
    char[] out = new char[e.length()];
    for (int i = 0; i < e.length(); i++) {
      char x = e.charAt(i);
      if (!Chars.isArabicLetter(x) || (x >= '\u0622' && x <= '\u0626' && i + 1 < e.length())) {
        return null;
      }
      out[i] = mapLetter(x, ops);
    }
    return out;
  }

  /**
   * Decides, once per character and set of operations, what the pass does with it; with {@code
   * nfkc}, whether NFKC could change it too. Writes the replacement of an {@link #A_MAP} char of
   * the Arabic block into {@code mapped}, indexed from U+0600.
   */
  static byte actionOf(char c, Set<NormalizationOperation> ops, boolean nfkc, char[] mapped) {
    boolean whitespace = ops.contains(NormalizationOperation.WHITESPACE);
    // An inert char (most of them) is both; asking that first spares building a string per char.
    boolean nfkcStable =
        !nfkc
            || NFKC.isInert(c)
            || (NFKC.hasBoundaryBefore(c) && NFKC.isNormalized(String.valueOf(c)));
    if (nfkc && c >= '\u0653' && c <= '\u0655') {
      // Madda and hamza marks compose with the letter before them (و + ٔ → ؤ): NFKC must see them.
      return A_NFKC;
    }
    if (Character.isSurrogate(c)) {
      return A_SURROGATE;
    }
    if (c == '\n' || c == '\r') {
      return whitespace ? A_BREAK : A_COPY;
    }
    if (isInvalid(c)) {
      return ops.contains(NormalizationOperation.INVALID_CHARACTERS)
          ? A_INVALID
          : nfkcStable ? A_COPY : A_NFKC;
    }
    if (Chars.isHorizontalSpace(c)) {
      // NFKC maps NBSP and the other spaces to a space too, so the two agree.
      return whitespace ? A_SPACE : nfkcStable ? A_COPY : A_NFKC;
    }
    if (c == ZWNJ) {
      return ops.contains(NormalizationOperation.ZERO_WIDTH) ? A_ZWNJ : A_COPY;
    }
    if (isBidiControl(c) && ops.contains(NormalizationOperation.BIDI_CONTROLS)) {
      return A_DROP;
    }
    if (isZeroWidth(c) && ops.contains(NormalizationOperation.ZERO_WIDTH)) {
      return A_DROP;
    }
    if (c == TATWEEL && ops.contains(NormalizationOperation.TATWEEL)) {
      return A_TATWEEL;
    }
    if (Chars.isArabicMark(c) && ops.contains(NormalizationOperation.DIACRITICS)) {
      return c == DAGGER_ALEF ? A_DAGGER : A_DROP;
    }
    if (c >= '\u0600' && c <= '\u06FF') {
      char m = mapLetter(c, ops);
      if (m != c) {
        mapped[c - 0x0600] = m;
        return nfkcStable ? A_MAP : A_NFKC;
      }
    }
    if (nfkc && Chars.isArabicMark(c)) {
      return A_MARK;
    }
    return nfkcStable ? A_COPY : A_NFKC;
  }

  /** The letter mappings of the enabled operations, applied in the enum's order. */
  static char mapLetter(char c, Set<NormalizationOperation> ops) {
    char m = c;
    if (ops.contains(NormalizationOperation.PERSIAN_LETTERS)) {
      m = mapPersian(m);
    }
    if (ops.contains(NormalizationOperation.ALEF_VARIANTS)
        && (m == ALEF_MADDA
            || m == ALEF_HAMZA_ABOVE
            || m == ALEF_HAMZA_BELOW
            || m == ALEF_WASLA
            || m == '\u0672'
            || m == '\u0673')) {
      m = ALEF;
    }
    if (ops.contains(NormalizationOperation.ALEF_MAKSURA) && m == ALEF_MAKSURA) {
      m = YEH;
    }
    if (ops.contains(NormalizationOperation.TEH_MARBUTA) && m == TEH_MARBUTA) {
      m = HEH;
    }
    if (ops.contains(NormalizationOperation.DIGITS) && Chars.digitValue(m) >= 0) {
      m = (char) ('0' + Chars.digitValue(m));
    }
    return m;
  }

  /**
   * Whether a dagger alef after {@code last}, at the end {@code end} of the text written so far in
   * {@code out}, is dropped rather than written as an alef: after an alef or yeh, at a word's
   * start, or in the words of {@link #DAGGER_ALEF_SILENT_AFTER}.
   */
  static boolean daggerAlefIsSilent(char last, char[] out, int end) {
    if (last == ALEF
        || last == ALEF_MAKSURA
        || last == YEH
        || last == ALEF_HAMZA_ABOVE
        || last == ALEF_HAMZA_BELOW
        || last == ALEF_MADDA
        || last == ALEF_WASLA) {
      return true;
    }
    int wordStart = end;
    while (wordStart > 0 && end - wordStart <= 7 && Chars.isWordChar(out[wordStart - 1])) {
      wordStart--;
    }
    int len = end - wordStart;
    if (len == 0) {
      return true;
    }
    for (String word : DAGGER_ALEF_SILENT_AFTER) {
      if (word.length() == len && regionEquals(out, wordStart, word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean regionEquals(char[] out, int from, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (out[from + k] != word.charAt(k)) {
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

  /**
   * What a tatweel touches when it is part of a word: a letter, or any combining mark. Any mark,
   * not only Arabic ones: NFKC may reorder marks, and a tatweel kept beside a Hebrew accent could
   * end up beside an Arabic one, so the result would change when normalised again.
   */
  static boolean isLetterOrMark(char c) {
    return Chars.isArabicLetter(c) || isCombiningMark(c);
  }

  static boolean isCombiningMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  static boolean isInvalid(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\u000B' && c != '\u000C')
        || (c >= 0x7F && c <= 0x9F)
        || c == '\uFFFD';
  }

  static boolean isBidiControl(char c) {
    return c == '\u200E'
        || c == '\u200F'
        || c == '\u061C'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  static boolean isZeroWidth(char c) {
    return c == '\u200B' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }
}
