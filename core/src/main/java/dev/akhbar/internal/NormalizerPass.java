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

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import dev.akhbar.text.NormalizationOperation;
import java.nio.CharBuffer;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The character pass behind {@code ArabicNormalizer}: per-character tables built once for a set of
 * operations, and the loops that apply them, every operation but NFKC (which the normaliser runs
 * through ICU when a pass bails out). Internal so that the parser can run the same tables straight
 * over UTF-8 bytes ({@link #utf8}) without the API growing for it.
 *
 * <p>Instances are immutable and shared per set of operations ({@link #of}); thread-safe. Passes
 * write into a per-thread buffer, {@link #output()}.
 */
public final class NormalizerPass {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

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

  private final boolean compatibility;
  private final boolean whitespace;
  private final boolean invalidRemoved;

  /** What the pass does with each UTF-16 code unit; see the {@code A_} constants. */
  private final byte[] action = new byte[0x10000];

  /** The same, for text that ICU has already put in NFKC: nothing bails out any more. */
  private final byte[] actionAfterNfkc = new byte[0x10000];

  /**
   * What the pass writes for a char that it keeps ({@link #A_COPY}), maps ({@link #A_MAP}) or turns
   * into a space ({@link #A_SPACE}): the char itself, its mapping, or a space; 0 for every other
   * action (and for NUL).
   */
  private final char[] kept = new char[0x10000];

  /** The same, under {@link #actionAfterNfkc}. */
  private final char[] keptAfterNfkc = new char[0x10000];

  /**
   * The common chars of {@link #utf8}, by their UTF-8 bytes: at {@code lead << 8} for an ASCII
   * char, at {@code lead << 8 | next} for a two-byte sequence; the char that {@link #kept} gives,
   * with the flags at {@link #COMMON_SPACE_SHIFT} and {@link #COMMON_LEAD_SHIFT}; 0 for every other
   * pair of bytes (malformed, longer sequences, chars whose rules do more than keep or map them).
   * One look-up instead of decoding and checking the bytes by arithmetic: about a fifth less time
   * for the whole pass over a generated dump.
   */
  private final int[] utf8Common = new int[0x10000];

  /** In {@link #utf8Common}: the char is a space that runs of white space collapse. */
  private static final int COMMON_SPACE_SHIFT = 16;

  /** In {@link #utf8Common}: the char is ط or ظ ({@link #mojibakeLead}); the highest bit used. */
  private static final int COMMON_LEAD_SHIFT = 17;

  /** NFKC expansions of presentation forms, already mapped by this normaliser's letter rules. */
  private final char[][] expansion = new char[0x10000 - 0xFB50][];

  /** Replacements for {@link #A_MAP} characters of the Arabic block, indexed from U+0600. */
  private final char[] mapped = new char[0x100];

  /**
   * Bit {@code b} set: the pass drops a space written right after char {@code b}; bit 63: at the
   * start of the text. Spaces, line breaks and the start when runs of white space collapse, else 0.
   */
  private final long spaceDroppedAfter;

  private static final byte A_COPY = 0;
  private static final byte A_MAP = 1;
  private static final byte A_SPACE = 2;
  private static final byte A_BREAK = 3;
  private static final byte A_DROP = 4;
  private static final byte A_INVALID = 5;
  private static final byte A_ZWNJ = 6;
  private static final byte A_TATWEEL = 7;
  private static final byte A_DAGGER = 8;
  private static final byte A_SURROGATE = 9;

  /** Not stable under NFKC on its own: the text takes the ICU path. */
  private static final byte A_NFKC = 10;

  /**
   * A combining mark that composes with nothing: stable unless marks before it are out of order.
   */
  private static final byte A_MARK = 11;

  /**
   * A presentation form whose NFKC expansion is letters only: written out from {@link #expansion}.
   */
  private static final byte A_EXPAND = 12;

  private static final ThreadLocal<char[][]> SCRATCH =
      ThreadLocal.withInitial(() -> new char[][] {new char[256], new char[1024]});

  /** Arabic letters that join on both sides, where a ZWNJ after them changes the shapes. */
  private static final boolean[] DUAL_JOINING = new boolean[0x100];

  /** Canonical combining classes of the Arabic block (0-255, read with {@code & 0xFF}). */
  private static final byte[] CCC = new byte[0x100];

  static {
    for (int c = 0x0600; c < 0x0700; c++) {
      DUAL_JOINING[c - 0x0600] =
          UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE)
              == UCharacter.JoiningType.DUAL_JOINING;
      CCC[c - 0x0600] = (byte) UCharacter.getCombiningClass(c);
    }
  }

  private static final ConcurrentMap<Set<NormalizationOperation>, NormalizerPass> BUILT =
      new ConcurrentHashMap<>();

  /**
   * The pass of a set of operations; building one fills its tables (about 400 KiB), so they are
   * shared.
   */
  public static NormalizerPass of(Set<NormalizationOperation> operations) {
    EnumSet<NormalizationOperation> set = EnumSet.noneOf(NormalizationOperation.class);
    set.addAll(operations);
    return BUILT.computeIfAbsent(set, NormalizerPass::new);
  }

  private NormalizerPass(Set<NormalizationOperation> ops) {
    EnumSet<NormalizationOperation> set = EnumSet.noneOf(NormalizationOperation.class);
    set.addAll(ops);
    this.compatibility = set.contains(NormalizationOperation.COMPATIBILITY_FORMS);
    this.whitespace = set.contains(NormalizationOperation.WHITESPACE);
    this.invalidRemoved = set.contains(NormalizationOperation.INVALID_CHARACTERS);
    this.spaceDroppedAfter =
        whitespace ? (1L << 63) | (1L << ' ') | (1L << '\n') | (1L << '\r') : 0;
    for (int c = 0; c < 0x10000; c++) {
      action[c] = actionOf((char) c, set, compatibility);
      actionAfterNfkc[c] = actionOf((char) c, set, false);
    }
    if (compatibility) {
      for (int c = 0xFB50; c < 0x10000; c++) {
        if (action[c] == A_NFKC) {
          char[] e = lettersOnlyExpansion((char) c, set);
          if (e != null) {
            expansion[c - 0xFB50] = e;
            action[c] = A_EXPAND;
          }
        }
      }
    }
    for (int c = 1; c < 0x10000; c++) {
      kept[c] = keptChar((char) c, action[c]);
      keptAfterNfkc[c] = keptChar((char) c, actionAfterNfkc[c]);
    }
    for (int lead = 0; lead < 0x80; lead++) {
      utf8Common[lead << 8] = common(lead);
    }
    for (int lead = 0xC2; lead < 0xE0; lead++) {
      for (int next = 0x80; next < 0xC0; next++) {
        utf8Common[lead << 8 | next] = common(((lead & 0x1F) << 6) | (next & 0x3F));
      }
    }
  }

  /** The {@link #utf8Common} entry of char {@code c}. */
  private int common(int c) {
    int k = kept[c];
    if (k == 0) {
      return 0;
    }
    int space = whitespace && k == ' ' ? 1 : 0;
    return k | space << COMMON_SPACE_SHIFT | mojibakeLead(c) << COMMON_LEAD_SHIFT;
  }

  private char keptChar(char c, byte a) {
    return a == A_COPY ? c : a == A_MAP ? mapped[c - 0x0600] : a == A_SPACE ? ' ' : 0;
  }

  /**
   * The NFKC expansion of a presentation form when it is Arabic letters only, mapped; else null.
   */
  private static char[] lettersOnlyExpansion(char c, Set<NormalizationOperation> ops) {
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

  /** Decides, once per character and normaliser, what the pass does with it. */
  private byte actionOf(char c, Set<NormalizationOperation> ops, boolean nfkc) {
    boolean nfkcStable =
        !nfkc || (NFKC.hasBoundaryBefore(c) && NFKC.isNormalized(String.valueOf(c)));
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
  private static char mapLetter(char c, Set<NormalizationOperation> ops) {
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
   * What the passes return when NFKC could change the text: take the ICU path. A pass returns the
   * chars written and the invalid chars removed packed in one {@code long}, not a record: it runs
   * for every line of every dump, and allocates nothing per line.
   */
  public static final long BAIL = -1L;

  /** The chars a pass wrote, from its result. */
  public static int written(long result) {
    return (int) result;
  }

  /** The invalid characters a pass removed, from its result. */
  public static int removed(long result) {
    return (int) (result >>> 32);
  }

  /** The calling thread's output buffer: what the last pass on this thread wrote, from index 0. */
  public static char[] output() {
    return SCRATCH.get()[1];
  }

  /**
   * Runs the pass over any char sequence, reading a backing array in place where there is one, into
   * {@link #output()}: with the table for raw text, or ({@code afterNfkc}) for text ICU has already
   * put in NFKC. Returns the packed result, or {@link #BAIL} (raw text only).
   */
  public long pass(CharSequence text, boolean afterNfkc) {
    int n = text.length();
    char[][] scratch = SCRATCH.get();
    byte[] act = afterNfkc ? actionAfterNfkc : action;
    char[] kept = afterNfkc ? keptAfterNfkc : this.kept;
    if (text instanceof CharBuffer && ((CharBuffer) text).hasArray()) {
      CharBuffer cb = (CharBuffer) text;
      return pass(cb.array(), cb.arrayOffset() + cb.position(), n, act, kept, scratch);
    }
    char[] s = scratch[0];
    if (s.length < n) {
      s = scratch[0] = new char[Math.max(n, s.length * 2)];
    }
    if (text instanceof String) {
      ((String) text).getChars(0, n, s, 0);
    } else if (text instanceof StringBuilder) {
      ((StringBuilder) text).getChars(0, n, s, 0);
    } else {
      for (int i = 0; i < n; i++) {
        s[i] = text.charAt(i);
      }
    }
    return pass(s, 0, n, act, kept, scratch);
  }

  /**
   * The single character pass: every operation but NFKC, from {@code s[off, off + n)} into the
   * thread's output buffer. Returns the chars written, with the invalid characters removed in the
   * high 32 bits; or {@link #BAIL} under the {@code action} table at the first character that NFKC
   * could change.
   *
   * <p>The state the rules look at (the last char written, whether a line has just started, the
   * combining class before a mark) is read back from the output, so that the common case, a char
   * kept or mapped by {@code kept}, is one table look-up and one store.
   */
  private long pass(char[] s, int off, int n, byte[] act, char[] kept, char[][] scratch) {
    // Every char but an expansion writes at most one char per char read: room for the input, and
    // an expansion makes room for itself and the rest.
    char[] out = room(scratch, scratch[1], 0, (long) n + SLACK);
    int o = 0;
    int removed = 0;
    int tatweelScanEnd = -1;
    char tatweelNext = 0;
    // The last char written, or -1 before the first one.
    int prev = -1;
    int end = off + n;
    for (int i = off; i < end; i++) {
      char c = s[i];
      int k = kept[c];
      if (k != 0) {
        o = keep(out, o, k, prev);
        prev = k;
        continue;
      }
      byte a = act[c];
      char last = o == 0 ? 0 : out[o - 1];
      char emit = c;
      slow:
      {
        switch (a) {
          case A_COPY:
            // Only NUL, kept when invalid characters are not removed, comes here.
            break;
          case A_BREAK:
            if (last == ' ') {
              o--;
            }
            break;
          case A_DROP:
            break slow;
          case A_INVALID:
            removed++;
            break slow;
          case A_ZWNJ:
            if (!(last >= 0x0600
                && last < 0x0700
                && DUAL_JOINING[last - 0x0600]
                && i + 1 < end
                && isLetterLike(s[i + 1], act))) {
              break slow;
            }
            break;
          case A_TATWEEL:
            if (i >= tatweelScanEnd) {
              tatweelScanEnd = i + 1;
              while (tatweelScanEnd < end
                  && (s[tatweelScanEnd] == TATWEEL || drops(s[tatweelScanEnd], act))) {
                tatweelScanEnd++;
              }
              tatweelNext = tatweelScanEnd < end ? s[tatweelScanEnd] : 0;
            }
            if (isLetterOrMark(last)
                || isLetterLike(tatweelNext, act)
                || isCombiningMark(tatweelNext)) {
              break slow;
            }
            break;
          case A_DAGGER:
            if (daggerAlefIsSilent(last, out, o)) {
              break slow;
            }
            emit = ALEF;
            break;
          case A_SURROGATE:
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s[i + 1])) {
              if (act == action && compatibility) {
                return BAIL;
              }
              out[o++] = c;
              out[o++] = s[++i];
              break slow;
            }
            if (invalidRemoved) {
              removed++;
              break slow;
            }
            break;
          case A_MARK:
            if (outOfOrder(last, c)) {
              return BAIL;
            }
            break;
          case A_EXPAND:
            out = room(scratch, out, o, (long) o + (end - i) + SLACK);
            o = expand(out, o, c);
            break slow;
          default:
            return BAIL;
        }
        out[o++] = emit;
      }
      prev = o == 0 ? -1 : out[o - 1];
    }
    if (whitespace && o > 0 && out[o - 1] == ' ') {
      o--;
    }
    return ((long) removed << 32) | o;
  }

  /**
   * Writes {@code k}, a char that {@code kept} gives, at {@code out[o]}, and returns the new end: a
   * space right after a space or a line break ({@link #spaceDroppedAfter}), or first, is written
   * but not kept. Worked out without a branch: spaces fall between words at random, and a
   * mispredicted branch per word costs more than this arithmetic.
   */
  private int keep(char[] out, int o, int k, int prev) {
    out[o] = (char) k;
    int isSpace = ((k ^ ' ') - 1) >>> 31;
    return o + 1 - (isSpace & dropsSpaceAfter(prev));
  }

  /**
   * 1 where a space written after {@code prev} (a char, or -1 at the start) is dropped ({@link
   * #spaceDroppedAfter}), else 0.
   */
  private int dropsSpaceAfter(int prev) {
    return (int) (spaceDroppedAfter >>> prev) & ((prev - 33) >>> 31);
  }

  /** Room an expansion needs beyond the chars left to read: the longest expansion. */
  private static final int SLACK = 16;

  /** The largest array a JVM allocates. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  /**
   * The thread's output buffer with room for {@code need} chars, the first {@code o} of {@code out}
   * kept: grown (at least doubled) only when it is too small, and never by an {@code int} overflow.
   *
   * @throws IllegalArgumentException if no array holds {@code need} chars
   */
  private static char[] room(char[][] scratch, char[] out, int o, long need) {
    if (need <= out.length) {
      return out;
    }
    if (need > MAX_ARRAY) {
      throw new IllegalArgumentException("text too long to normalise in one piece: " + need);
    }
    char[] bigger = new char[(int) Math.min(MAX_ARRAY, Math.max(need, 2L * out.length))];
    System.arraycopy(out, 0, bigger, 0, o);
    scratch[1] = bigger;
    return bigger;
  }

  /**
   * Writes the letters of presentation form {@code c} ({@link #A_EXPAND}) at {@code out[o]};
   * returns the new end.
   */
  private int expand(char[] out, int o, char c) {
    for (char x : expansion[c - 0xFB50]) {
      out[o++] = x;
    }
    return o;
  }

  /** A mark after {@code last} in an order NFKC would change. */
  private static boolean outOfOrder(char last, char mark) {
    return last >= 0x0600
        && last < 0x0700
        && (CCC[last - 0x0600] & 0xFF) > (CCC[mark - 0x0600] & 0xFF);
  }

  /**
   * The pass for raw text straight over the UTF-8 bytes of one line, {@code b[from, to)}, decoding
   * as it goes: what {@link #pass(CharSequence, boolean)} gives for the decoded line, without the
   * decoded copy. Returns {@link #BAIL} where the line needs the general path (decode, repair,
   * NFKC): malformed bytes, four-byte sequences, a char whose rule looks ahead (ZWNJ, a tatweel not
   * after a letter) or needs NFKC; and, with {@code mojibakeCheck}, a line whose letters ط and ظ
   * make a third of its non-ASCII chars, the condition without which {@link
   * Mojibake#looksLikeMojibake} never holds.
   */
  public long utf8(byte[] b, int from, int to, boolean mojibakeCheck) {
    char[][] scratch = SCRATCH.get();
    int n = to - from;
    // At most one char per byte read but for expansions, which make room for themselves.
    char[] out = room(scratch, scratch[1], 0, (long) n + SLACK);
    byte[] act = action;
    char[] kept = this.kept;
    int[] common = utf8Common;
    int o = 0;
    int removed = 0;
    // 1 where a space written next is dropped (see keep); at the start, when white space collapses.
    int afterSpace = dropsSpaceAfter(-1);
    int leads = 0;
    int nonAscii = 0;
    int i = from;
    int lastIndex = to - 1;
    while (i < to) {
      // The common chars, in a loop of their own so that it stays small: one look-up in
      // utf8Common by the lead byte and the next (read from within the line: the lead itself at
      // the end, which finds 0), whether ASCII or two-byte sequences (Arabic letters), which
      // alternate at every space, too irregularly for a branch between them.
      while (i < to) {
        int b1 = b[i] & 0xFF;
        int b2 = b[Math.min(i + 1, lastIndex)] & 0xFF;
        int lead = b1 >>> 7;
        int x = common[b1 << 8 | (b2 & -lead)];
        if (x == 0) {
          break;
        }
        nonAscii += lead;
        leads += x >>> COMMON_LEAD_SHIFT;
        out[o] = (char) x;
        int space = (x >>> COMMON_SPACE_SHIFT) & 1;
        o += 1 - (space & afterSpace);
        afterSpace = space;
        i += 1 + lead;
      }
      if (i >= to) {
        break;
      }
      // Anything else, one char at a time.
      int b1 = b[i];
      char c;
      if (b1 >= 0) {
        c = (char) b1;
        i++;
      } else if (b1 >= -62 && b1 < -32 && i + 1 < to && (b[i + 1] & 0xC0) == 0x80) {
        c = (char) (((b1 & 0x1F) << 6) | (b[i + 1] & 0x3F));
        i += 2;
      } else if (b1 >= -32
          && b1 < -16
          && i + 2 < to
          && (b[i + 1] & 0xC0) == 0x80
          && (b[i + 2] & 0xC0) == 0x80) {
        c = (char) (((b1 & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F));
        if (c < 0x800 || Character.isSurrogate(c)) {
          return BAIL;
        }
        i += 3;
      } else {
        return BAIL;
      }
      nonAscii += (0x7F - c) >>> 31;
      leads += mojibakeLead(c);
      int k = kept[c];
      char last = o == 0 ? 0 : out[o - 1];
      if (k != 0) {
        o = keep(out, o, k, o == 0 ? -1 : last);
        afterSpace = dropsSpaceAfter(k);
        continue;
      }
      switch (act[c]) {
        case A_DROP:
          break;
        case A_INVALID:
          removed++;
          break;
        case A_EXPAND:
          out = room(scratch, out, o, (long) o + (to - i) + SLACK);
          o = expand(out, o, c);
          break;
        case A_TATWEEL:
          if (!isLetterOrMark(last)) {
            return BAIL;
          }
          break;
        case A_MARK:
          if (outOfOrder(last, c)) {
            return BAIL;
          }
          out[o++] = c;
          break;
        default:
          return BAIL;
      }
      afterSpace = dropsSpaceAfter(o == 0 ? -1 : out[o - 1]);
    }
    if (mojibakeCheck && leads >= 2 && leads * 3 >= nonAscii) {
      return BAIL;
    }
    if (whitespace && o > 0 && out[o - 1] == ' ') {
      o--;
    }
    return ((long) removed << 32) | o;
  }

  /**
   * 1 for ط or ظ, the windows-1256 lead letters that make up a third of Arabic mojibake, else 0;
   * without a branch (c - U+0637 is 0 or 1 only for them).
   */
  private static int mojibakeLead(int c) {
    return (((c - 0x0637) >>> 1) - 1) >>> 31;
  }

  /**
   * True for what a ZWNJ or tatweel sees as a letter after it: a letter, or a presentation form of
   * letters.
   */
  private static boolean isLetterLike(char c, byte[] act) {
    return Chars.isArabicLetter(c) || act[c] == A_EXPAND;
  }

  /** True for characters the pass deletes unconditionally: what a tatweel looks past. */
  private boolean drops(char c, byte[] act) {
    byte a = act[c];
    return a == A_DROP || a == A_INVALID || a == A_ZWNJ || (a == A_SURROGATE && invalidRemoved);
  }

  private static boolean daggerAlefIsSilent(char last, char[] out, int end) {
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
  private static boolean isLetterOrMark(char c) {
    return Chars.isArabicLetter(c) || isCombiningMark(c);
  }

  private static boolean isCombiningMark(char c) {
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
