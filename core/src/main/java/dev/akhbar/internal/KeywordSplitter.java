package dev.akhbar.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a keywords line whose multi-word tags are joined by plain spaces into those tags. A run
 * of keyword words is one tag when the same words, search-folded, stand together in the page's
 * title or body (within one clause: punctuation breaks a phrase); the longest such run wins.
 * Words that match nothing are one-word tags. A line that separates its tags with commas,
 * {@code ،} or {@code |} is split on those instead.
 *
 * <p>Stateless and thread-safe.
 */
public final class KeywordSplitter {
  /** The longest tag considered, in words. */
  private static final int MAX_TAG_WORDS = 6;

  private KeywordSplitter() {}

  /** The tags of a keywords value, given the page's text. */
  public static List<String> split(String value, Iterable<String> pageText) {
    List<String> tags = new ArrayList<>();
    if (hasSeparators(value)) {
      for (String part : value.split("[,،|؛;#]")) {
        String t = part.strip();
        if (!t.isEmpty()) {
          tags.add(t);
        }
      }
      return tags;
    }
    String[] words = value.strip().split("\\s+");
    if (words.length == 1) {
      if (!words[0].isEmpty()) {
        tags.add(words[0]);
      }
      return tags;
    }
    String[] folded = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      folded[i] = WordTable.fold(trimPunctuation(words[i]));
    }
    Set<String> phrases = phrases(pageText);
    int i = 0;
    while (i < words.length) {
      int taken = 1;
      for (int n = Math.min(MAX_TAG_WORDS, words.length - i); n >= 2; n--) {
        if (phrases.contains(join(folded, i, n))) {
          taken = n;
          break;
        }
      }
      tags.add(String.join(" ", java.util.Arrays.asList(words).subList(i, i + taken)));
      i += taken;
    }
    return tags;
  }

  private static boolean hasSeparators(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '،' || c == '|' || c == '؛' || c == ';' || c == '#') {
        return true;
      }
    }
    return false;
  }

  /** Every run of 2 to {@link #MAX_TAG_WORDS} folded words that stands within one clause. */
  private static Set<String> phrases(Iterable<String> texts) {
    Set<String> out = new HashSet<>();
    List<String> clause = new ArrayList<>();
    for (String text : texts) {
      int i = 0;
      int n = text.length();
      while (i <= n) {
        if (i == n || !Chars.isWordChar(text.charAt(i)) && text.charAt(i) != '\u0640') {
          boolean breaks = i == n || !Chars.isHorizontalSpace(text.charAt(i));
          if (breaks) {
            addRuns(clause, out);
            clause.clear();
          }
          i++;
          continue;
        }
        int start = i;
        while (i < n && (Chars.isWordChar(text.charAt(i)) || text.charAt(i) == '\u0640')) {
          i++;
        }
        clause.add(WordTable.fold(text.subSequence(start, i)));
      }
    }
    return out;
  }

  private static void addRuns(List<String> clause, Set<String> out) {
    String[] w = clause.toArray(new String[0]);
    for (int i = 0; i < w.length; i++) {
      for (int n = 2; n <= MAX_TAG_WORDS && i + n <= w.length; n++) {
        out.add(join(w, i, n));
      }
    }
  }

  private static String join(String[] words, int from, int n) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < from + n; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(words[k]);
    }
    return b.toString();
  }

  private static String trimPunctuation(String w) {
    int from = 0;
    int to = w.length();
    while (from < to && !Chars.isWordChar(w.charAt(from))) {
      from++;
    }
    while (to > from && !Chars.isWordChar(w.charAt(to - 1))) {
      to--;
    }
    return w.substring(from, to);
  }
}
