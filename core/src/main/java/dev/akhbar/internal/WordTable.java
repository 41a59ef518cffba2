package dev.akhbar.internal;

import java.util.Map;

/**
 * An immutable map from search-folded words (or short phrases) to int values, looked up straight
 * from a region of a {@link CharSequence} without allocating: the region is folded with {@link
 * Chars#searchFold(char)} character by character while it is hashed and compared, and runs of white
 * space count as one space.
 *
 * <p>Open addressing with linear probing. Thread-safe once built.
 */
public final class WordTable {
  /** Returned by {@link #get} for a word that is not in the table. */
  public static final int MISSING = -1;

  private final String[] keys;
  private final int[] values;
  private final int mask;

  private final int maxLength;

  /**
   * A 256-bit filter of the keys' first chars: most look-ups of words that are no key stop here.
   */
  private final long[] firstChars = new long[4];

  /** Builds a table; keys are folded here, so they may be written in any spelling. */
  public WordTable(Map<String, Integer> entries) {
    this(entries.size(), entries.keySet().stream().mapToInt(k -> fold(k).length()).max().orElse(0));
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      put(fold(e.getKey()), e.getValue());
    }
  }

  /**
   * A table of the first {@code count} keys, each already folded (as {@link #fold} returns it) and
   * mapped to its index: no map to build for a few words.
   */
  public WordTable(String[] folded, int count) {
    this(count, longest(folded, count));
    for (int i = 0; i < count; i++) {
      put(folded[i], i);
    }
  }

  private WordTable(int entries, int maxLength) {
    int size = Integer.highestOneBit(Math.max(4, entries * 3)) << 1;
    keys = new String[size];
    values = new int[size];
    mask = size - 1;
    this.maxLength = maxLength;
  }

  private static int longest(String[] keys, int count) {
    int longest = 0;
    for (int i = 0; i < count; i++) {
      longest = Math.max(longest, keys[i].length());
    }
    return longest;
  }

  private void put(String key, int value) {
    int slot = hash(key) & mask;
    while (keys[slot] != null && !keys[slot].equals(key)) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
    if (!key.isEmpty()) {
      char first = key.charAt(0);
      firstChars[(first >> 6) & 3] |= 1L << first;
    }
  }

  /**
   * The folded form of a string, as keys are stored; a string already folded is returned as it is.
   */
  public static String fold(CharSequence s) {
    if (s instanceof String && isFolded((String) s)) {
      return (String) s;
    }
    // A char array, not a StringBuilder: a builder starts Latin-1 and copies itself at the first
    // Arabic letter.
    char[] b = new char[s.length()];
    int n = 0;
    Folder f = new Folder(s, 0, s.length());
    for (int c = f.next(); c >= 0; c = f.next()) {
      if (n == b.length) {
        b = java.util.Arrays.copyOf(b, n * 2 + 1);
      }
      b[n++] = (char) c;
    }
    return new String(b, 0, n);
  }

  /**
   * Whether folding leaves {@code s} as it is: every char folds to itself, single spaces only
   * between others.
   */
  private static boolean isFolded(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Chars.searchFold(c) != c
          || (c == ' ' && (i == 0 || i == n - 1 || s.charAt(i - 1) == ' '))) {
        return false;
      }
    }
    return true;
  }

  /** The value of the folded region {@code [from, to)} of {@code s}, or {@link #MISSING}. */
  public int get(CharSequence s, int from, int to) {
    if (to - from > maxLength * 4 + 8) {
      return MISSING;
    }
    Folder f = new Folder(s, from, to);
    int c = f.next();
    if (c < 0 || (firstChars[(c >> 6) & 3] & (1L << c)) == 0) {
      return MISSING;
    }
    int h = 0;
    int len = 0;
    for (; c >= 0; c = f.next()) {
      if (++len > maxLength) {
        return MISSING;
      }
      h = 31 * h + c;
    }
    for (int slot = mix(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      if (keys[slot].length() == len && matches(keys[slot], new Folder(s, from, to))) {
        return values[slot];
      }
    }
    return MISSING;
  }

  /**
   * The same look-up, folding the region once into {@code scratch} (at least as long as the longest
   * key plus one) instead of twice: for callers in a hot loop that own a buffer.
   */
  public int get(CharSequence s, int from, int to, char[] scratch) {
    if (to - from > maxLength * 4 + 8 || scratch.length <= maxLength) {
      return scratch.length <= maxLength ? get(s, from, to) : MISSING;
    }
    Folder f = new Folder(s, from, to);
    int c = f.next();
    if (c < 0 || (firstChars[(c >> 6) & 3] & (1L << c)) == 0) {
      return MISSING;
    }
    int h = 0;
    int len = 0;
    for (; c >= 0; c = f.next()) {
      if (len == maxLength) {
        return MISSING;
      }
      scratch[len++] = (char) c;
      h = 31 * h + c;
    }
    for (int slot = mix(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key.length() == len && sameChars(key, scratch, len)) {
        return values[slot];
      }
    }
    return MISSING;
  }

  private static boolean sameChars(String key, char[] chars, int len) {
    for (int k = 0; k < len; k++) {
      if (key.charAt(k) != chars[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * One step of the hash {@link #getWord(CharSequence, int, int, int)} takes: {@code h} extended by
   * char {@code c}, folded (chars that fold to nothing leave it as it is). A caller that walks a
   * word anyway hashes it on the way instead of the table folding it a second time.
   */
  public static int hashStep(int h, char c) {
    return hashFolded(h, Chars.searchFold(c));
  }

  /** {@link #hashStep} for a char already search-folded ({@code 0}: a char that does not count). */
  public static int hashFolded(int h, char folded) {
    return folded == 0 ? h : 31 * h + folded;
  }

  /**
   * {@link #get(CharSequence, int, int)} for a region without white space (a word), whose folding
   * is char by char: looked up without the general walk. Used on every line and every page word, so
   * that nothing is allocated and most words that are no key stop at an empty slot.
   */
  public int getWord(CharSequence s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = hashStep(h, s.charAt(i));
    }
    return getWord(s, from, to, h);
  }

  /**
   * {@link #getWord(CharSequence, int, int)} for a word whose hash, by {@link #hashStep} from 0, is
   * known.
   */
  public int getWord(CharSequence s, int from, int to, int hash) {
    for (int slot = mix(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      if (isWord(keys[slot], s, from, to)) {
        return values[slot];
      }
    }
    return MISSING;
  }

  /** Whether the word {@code s[from, to)}, folded char by char, is {@code key}. */
  private static boolean isWord(String key, CharSequence s, int from, int to) {
    int k = 0;
    for (int i = from; i < to; i++) {
      char f = Chars.searchFold(s.charAt(i));
      if (f != 0) {
        if (k == key.length() || key.charAt(k) != f) {
          return false;
        }
        k++;
      }
    }
    return k == key.length();
  }

  /** True when the table has a key for the folded region. */
  public boolean contains(CharSequence s, int from, int to) {
    return get(s, from, to) != MISSING;
  }

  private static boolean matches(String key, Folder f) {
    for (int k = 0; k < key.length(); k++) {
      if (f.next() != key.charAt(k)) {
        return false;
      }
    }
    return f.next() < 0;
  }

  /**
   * Walks the search folding of a region: characters through {@link Chars#searchFold(char)}, those
   * that fold to nothing skipped, runs of white space as one space, none at either end. The one
   * definition of folded text that keys and look-ups share; small enough to live on the stack.
   */
  private static final class Folder {
    private final CharSequence s;
    private final int to;
    private int i;
    private boolean started;

    Folder(CharSequence s, int from, int to) {
      this.s = s;
      this.i = from;
      this.to = to;
    }

    /** The next folded char, or -1 at the end. */
    int next() {
      boolean space = false;
      while (i < to) {
        char f = Chars.searchFold(s.charAt(i));
        if (f == 0) {
          i++;
          continue;
        }
        if (f == ' ') {
          space = started;
          i++;
          continue;
        }
        if (space) {
          // The space is returned now; the letter after it is read again on the next call.
          return ' ';
        }
        started = true;
        i++;
        return f;
      }
      return -1;
    }
  }

  private static int hash(CharSequence key) {
    return mix(hashOfFolded(key));
  }

  /**
   * The hash {@link #getWord(CharSequence, int, int, int)} takes, of a word already folded (as
   * {@link #fold} returns it): the same as {@link #hashStep} over any spelling of the word.
   */
  public static int hashOfFolded(CharSequence folded) {
    int h = 0;
    for (int i = 0; i < folded.length(); i++) {
      h = 31 * h + folded.charAt(i);
    }
    return h;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }
}
