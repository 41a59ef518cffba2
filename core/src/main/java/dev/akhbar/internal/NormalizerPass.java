package dev.akhbar.internal;

import static dev.akhbar.internal.ArabicLetters.ALEF;
import static dev.akhbar.internal.ArabicLetters.TATWEEL;
import static dev.akhbar.internal.CharActions.A_BREAK;
import static dev.akhbar.internal.CharActions.A_COPY;
import static dev.akhbar.internal.CharActions.A_DAGGER;
import static dev.akhbar.internal.CharActions.A_DROP;
import static dev.akhbar.internal.CharActions.A_EXPAND;
import static dev.akhbar.internal.CharActions.A_INVALID;
import static dev.akhbar.internal.CharActions.A_MAP;
import static dev.akhbar.internal.CharActions.A_MARK;
import static dev.akhbar.internal.CharActions.A_NFKC;
import static dev.akhbar.internal.CharActions.A_SPACE;
import static dev.akhbar.internal.CharActions.A_SURROGATE;
import static dev.akhbar.internal.CharActions.A_TATWEEL;
import static dev.akhbar.internal.CharActions.A_ZWNJ;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
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
  private final boolean compatibility;
  private final boolean whitespace;
  private final boolean invalidRemoved;

  /** What the pass does with each UTF-16 code unit; see the {@code A_} constants. */
  private final byte[] action = new byte[0x10000];

  /** The same, for text that ICU has already put in NFKC: nothing bails out any more. */
  private final byte[] actionAfterNfkc = new byte[0x10000];

  /**
   * What the pass writes for a char that it keeps ({@link CharActions#A_COPY}), maps ({@link
   * CharActions#A_MAP}) or turns into a space ({@link CharActions#A_SPACE}): the char itself, its
   * mapping, or a space; 0 for every other action (and for NUL).
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

  /**
   * Replacements for {@link CharActions#A_MAP} characters of the Arabic block, indexed from U+0600.
   */
  private final char[] mapped = new char[0x100];

  /**
   * Bit {@code b} set: the pass drops a space written right after char {@code b}; bit 63: at the
   * start of the text. Spaces, line breaks and the start when runs of white space collapse, else 0.
   */
  private final long spaceDroppedAfter;

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
      action[c] = CharActions.actionOf((char) c, set, compatibility, mapped);
      actionAfterNfkc[c] = CharActions.actionOf((char) c, set, false, mapped);
    }
    if (compatibility) {
      for (int c = 0xFB50; c < 0x10000; c++) {
        if (action[c] == A_NFKC) {
          char[] e = CharActions.lettersOnlyExpansion((char) c, set);
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
            if (CharActions.isLetterOrMark(last)
                || isLetterLike(tatweelNext, act)
                || CharActions.isCombiningMark(tatweelNext)) {
              break slow;
            }
            break;
          case A_DAGGER:
            if (CharActions.daggerAlefIsSilent(last, out, o)) {
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
   * Writes the letters of presentation form {@code c} ({@link CharActions#A_EXPAND}) at {@code
   * out[o]}; returns the new end.
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
          if (!CharActions.isLetterOrMark(last)) {
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
}
