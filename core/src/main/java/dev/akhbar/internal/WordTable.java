package dev.akhbar.internal;

import java.util.Map;

/**
 * An immutable map from search-folded words (or short phrases) to int values, looked up straight
 * from a region of a {@link CharSequence} without allocating: the region is folded with
 * {@link Chars#searchFold(char)} character by character while it is hashed and compared, and runs
 * of white space count as one space.
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

  /** Builds a table; keys are folded here, so they may be written in any spelling. */
  public WordTable(Map<String, Integer> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
    keys = new String[size];
    values = new int[size];
    mask = size - 1;
    int longest = 0;
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      String key = fold(e.getKey());
      longest = Math.max(longest, key.length());
      int slot = hash(key) & mask;
      while (keys[slot] != null && !keys[slot].equals(key)) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = e.getValue();
    }
    maxLength = longest;
  }

  /** The folded form of a string, as keys are stored. */
  public static String fold(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    foldInto(s, 0, s.length(), b, Integer.MAX_VALUE);
    return b.toString();
  }

  private static final ThreadLocal<StringBuilder> SCRATCH = ThreadLocal.withInitial(() -> new StringBuilder(64));

  /**
   * Appends the search folding of {@code [from, to)}: characters through
   * {@link Chars#searchFold(char)}, runs of white space as one space, none at the ends. Stops
   * and returns false once more than {@code max} chars would be written.
   */
  private static boolean foldInto(CharSequence s, int from, int to, StringBuilder out, int max) {
    int start = out.length();
    boolean space = false;
    for (int i = from; i < to; i++) {
      char f = Chars.searchFold(s.charAt(i));
      if (f == 0) {
        continue;
      }
      if (f == ' ') {
        space = out.length() > start;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(f);
      if (out.length() - start > max) {
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
    StringBuilder folded = SCRATCH.get();
    folded.setLength(0);
    if (!foldInto(s, from, to, folded, maxLength) || folded.length() == 0) {
      return MISSING;
    }
    for (int slot = hash(folded) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      if (keys[slot].contentEquals(folded)) {
        return values[slot];
      }
    }
    return MISSING;
  }

  /** True when the table has a key for the folded region. */
  public boolean contains(CharSequence s, int from, int to) {
    return get(s, from, to) != MISSING;
  }

  private static int hash(CharSequence key) {
    int h = 0;
    for (int i = 0; i < key.length(); i++) {
      h = 31 * h + key.charAt(i);
    }
    return mix(h);
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }
}
