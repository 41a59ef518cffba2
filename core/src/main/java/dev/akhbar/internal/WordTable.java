package dev.akhbar.internal;

import java.util.Arrays;
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
      int slot = hash(key, 0, key.length()) & mask;
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
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char f = Chars.searchFold(s.charAt(i));
      if (f == 0) {
        continue;
      }
      if (f == ' ') {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(f);
    }
    return b.toString();
  }

  /** The value of the folded region {@code [from, to)} of {@code s}, or {@link #MISSING}. */
  public int get(CharSequence s, int from, int to) {
    if (to - from > maxLength * 4 + 8) {
      return MISSING;
    }
    int h = 0;
    int len = 0;
    boolean space = false;
    for (int i = from; i < to; i++) {
      char f = Chars.searchFold(s.charAt(i));
      if (f == 0) {
        continue;
      }
      if (f == ' ') {
        space = len > 0;
        continue;
      }
      if (space) {
        h = 31 * h + ' ';
        len++;
        space = false;
      }
      h = 31 * h + f;
      len++;
    }
    if (len == 0 || len > maxLength) {
      return MISSING;
    }
    for (int slot = mix(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      if (keys[slot].length() == len && matches(keys[slot], s, from, to)) {
        return values[slot];
      }
    }
    return MISSING;
  }

  /** True when the table has a key for the folded region. */
  public boolean contains(CharSequence s, int from, int to) {
    return get(s, from, to) != MISSING;
  }

  /** All keys, folded, in no particular order. */
  public String[] keys() {
    return Arrays.stream(keys).filter(k -> k != null).toArray(String[]::new);
  }

  private static boolean matches(String key, CharSequence s, int from, int to) {
    int k = 0;
    boolean space = false;
    for (int i = from; i < to; i++) {
      char f = Chars.searchFold(s.charAt(i));
      if (f == 0) {
        continue;
      }
      if (f == ' ') {
        space = k > 0;
        continue;
      }
      if (space) {
        if (k >= key.length() || key.charAt(k++) != ' ') {
          return false;
        }
        space = false;
      }
      if (k >= key.length() || key.charAt(k++) != f) {
        return false;
      }
    }
    return k == key.length();
  }

  private static int hash(String key, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + key.charAt(i);
    }
    return mix(h);
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }
}
