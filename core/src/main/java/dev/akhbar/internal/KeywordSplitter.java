package dev.akhbar.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a keywords line whose multi-word tags are joined by plain spaces into those tags. A run
 * of keyword words is one tag when the same words, search-folded, stand together in the page's
 * title or body (within one clause: punctuation breaks a phrase); the longest such run wins.
 * Words that match nothing are one-word tags. A line that separates its tags with commas,
 * {@code ،} or {@code |} is split on those instead.
 *
 * <p>Only runs of page words that are themselves keyword words are looked at, so the work is
 * one table look-up per page word, hashed while the word is read. Stateless and thread-safe.
 */
public final class KeywordSplitter {
  /** The longest tag considered, in words. */
  private static final int MAX_TAG_WORDS = 6;
  /** Past this many words a keywords line is not split into phrases. */
  private static final int MAX_KEYWORD_WORDS = 2000;

  private KeywordSplitter() {}

  /** The tags of a keywords value, given the page's text. */
  public static List<String> split(String value, Iterable<String> pageText) {
    List<String> tags = new ArrayList<>();
    if (hasSeparators(value)) {
      splitOn(value, true, tags);
      return tags;
    }
    List<String> words = new ArrayList<>();
    splitOn(value, false, words);
    if (words.size() <= 1 || words.size() > MAX_KEYWORD_WORDS) {
      // A hostile or broken line of thousands of words: every word is its own tag.
      return words;
    }
    // Each distinct folded keyword word gets an id; a phrase is the string of its words' ids.
    Map<String, Integer> ids = new HashMap<>();
    char[] idOf = new char[words.size()];
    for (int i = 0; i < words.size(); i++) {
      String folded = WordTable.fold(trimPunctuation(words.get(i)));
      idOf[i] = (char) (1 + ids.computeIfAbsent(folded, f -> ids.size()));
    }
    Set<String> phrases = phrases(new WordTable(ids), pageText);
    int i = 0;
    while (i < words.size()) {
      int taken = 1;
      for (int n = Math.min(MAX_TAG_WORDS, words.size() - i); n >= 2; n--) {
        if (phrases.contains(new String(idOf, i, n))) {
          taken = n;
          break;
        }
      }
      tags.add(String.join(" ", words.subList(i, i + taken)));
      i += taken;
    }
    return tags;
  }

  private static boolean hasSeparators(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (isSeparator(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == '،' || c == '|' || c == '؛' || c == ';' || c == '#';
  }

  /** Splits on separators (tags) or on white space (words), dropping empty parts. */
  private static void splitOn(String value, boolean separators, List<String> out) {
    int start = 0;
    int n = value.length();
    for (int i = 0; i <= n; i++) {
      boolean end = i == n || (separators ? isSeparator(value.charAt(i)) : Chars.isHorizontalSpace(value.charAt(i)));
      if (end) {
        String part = Chars.stripped(value, start, i);
        if (!part.isEmpty()) {
          out.add(part);
        }
        start = i + 1;
      }
    }
  }

  /** Every run of 2 to {@link #MAX_TAG_WORDS} keyword words that stands together within one clause. */
  private static Set<String> phrases(WordTable keywordWords, Iterable<String> texts) {
    Set<String> out = new HashSet<>();
    StringBuilder run = new StringBuilder();
    for (String text : texts) {
      int i = 0;
      int n = text.length();
      run.setLength(0);
      while (i < n) {
        char c = text.charAt(i);
        if (!isWordPart(c)) {
          if (!Chars.isHorizontalSpace(c)) {
            addRuns(run, out);
          }
          i++;
          continue;
        }
        int start = i;
        int hash = 0;
        while (i < n && isWordPart(c = text.charAt(i))) {
          hash = WordTable.hashStep(hash, c);
          i++;
        }
        int id = keywordWords.getWord(text, start, i, hash);
        if (id == WordTable.MISSING) {
          addRuns(run, out);
        } else {
          run.append((char) (1 + id));
        }
      }
      addRuns(run, out);
    }
    return out;
  }

  private static boolean isWordPart(char c) {
    return Chars.isWordChar(c) || c == '\u0640';
  }

  private static void addRuns(StringBuilder run, Set<String> out) {
    for (int i = 0; i + 1 < run.length(); i++) {
      for (int n = 2; n <= MAX_TAG_WORDS && i + n <= run.length(); n++) {
        out.add(run.substring(i, i + n));
      }
    }
    run.setLength(0);
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
