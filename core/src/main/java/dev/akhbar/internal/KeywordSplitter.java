package dev.akhbar.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a keywords line whose multi-word tags are joined by plain spaces into those tags. A run of
 * keyword words is one tag when the same words, search-folded, stand together in the page's title
 * or body (within one clause: punctuation breaks a phrase; a word may carry a clitic, as "لكأس
 * العالم" holds "كأس العالم"); the longest such run wins. Words that match nothing are one-word
 * tags. A line that separates its tags with commas, {@code ،}, {@code |}, {@code ؛}, {@code #},
 * bullets or spaced dashes and slashes is split on those instead; a tag of punctuation alone is
 * dropped.
 *
 * <p>Only runs of page words that are themselves keyword words are looked at, so the work is one
 * table look-up per page word, hashed while the word is read. Stateless and thread-safe.
 */
public final class KeywordSplitter {
  /** The letters that join a word in front, folded as words are: و ف ب ل ك. */
  private static final char[] CLITICS = {
    Chars.wordFold('و'),
    Chars.wordFold('ف'),
    Chars.wordFold('ب'),
    Chars.wordFold('ل'),
    Chars.wordFold('ك')
  };

  /** The longest tag considered, in words. */
  private static final int MAX_TAG_WORDS = 6;

  /** Past this many words a keywords line is not split into phrases. */
  private static final int MAX_KEYWORD_WORDS = 2000;

  private KeywordSplitter() {}

  /** The tags of a keywords value, given the page's text. */
  public static List<String> split(String value, Iterable<String> pageText) {
    if (hasSeparators(value)) {
      List<String> tags = new ArrayList<>();
      splitOn(value, true, tags);
      return tags;
    }
    List<String> words = new ArrayList<>();
    splitOn(value, false, words);
    if (words.size() <= 1 || words.size() > MAX_KEYWORD_WORDS) {
      // A hostile or broken line of thousands of words: every word is its own tag.
      return words;
    }
    Phrases phrases = new Phrases(words);
    phrases.find(pageText);
    return phrases.tags(words);
  }

  private static boolean hasSeparators(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (isSeparator(value, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the char at {@code i} separates tags: a comma, {@code ،}, {@code |}, {@code ؛}, {@code
   * ;}, {@code #} or a bullet anywhere; a dash or {@code /} only with spaces on both sides, so
   * "ابن-سينا" stays one word.
   */
  private static boolean isSeparator(String value, int i) {
    char c = value.charAt(i);
    if (c == ',' || c == '،' || c == '|' || c == '؛' || c == ';' || c == '#' || c == '•') {
      return true;
    }
    return (Chars.isDash(c) || c == '/')
        && i > 0
        && i + 1 < value.length()
        && Chars.isHorizontalSpace(value.charAt(i - 1))
        && Chars.isHorizontalSpace(value.charAt(i + 1));
  }

  /** Whether a part holds a letter or a digit: a tag of punctuation alone ("-", "...") is none. */
  private static boolean hasWordChar(String part) {
    for (int i = 0; i < part.length(); i++) {
      if (Character.isLetterOrDigit(part.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Splits on separators (tags) or on white space (words), dropping empty parts. */
  private static void splitOn(String value, boolean separators, List<String> out) {
    int start = 0;
    int n = value.length();
    for (int i = 0; i <= n; i++) {
      boolean end =
          i == n || (separators ? isSeparator(value, i) : Chars.isHorizontalSpace(value.charAt(i)));
      if (end) {
        String part = Chars.stripped(value, start, i);
        if (hasWordChar(part)) {
          out.add(part);
        }
        start = i + 1;
      }
    }
  }

  /**
   * The phrases a keywords line could hold, every run of 2 to {@link #MAX_TAG_WORDS} of its words,
   * each marked when the same words stand together in the page's text within one clause. A page
   * word that is a keyword word is matched backwards from each place it has in the line, against
   * the run of keyword words that ends with it: no string or hash per run of page words.
   *
   * <p>Most page words are looked up in no table at all: a phrase needs each pair of its
   * neighbouring words to be neighbours in the line, so a word is looked up only when it and the
   * word before it pass a filter of the line's neighbouring pairs (their hashes), and then the word
   * before it too, if it was not yet.
   */
  private static final class Phrases {
    private static final int STRIDE = MAX_TAG_WORDS + 1;

    /** The line's word ids. */
    private final int[] ids;

    /** The line's distinct words, folded, by id. */
    private final WordTable keywordWords;

    /**
     * For each id, the first place in the line with it; for each place, the next with the same id
     * (-1: none).
     */
    private final int[] firstPlace;

    private final int[] nextPlace;

    /**
     * Whether the line's words {@code [i, i + n)} were seen together: index {@code i * STRIDE + n}.
     */
    private final boolean[] found;

    /**
     * The hash pairs of the line's neighbouring words (each also behind every clitic), a bit each:
     * no false negatives. About 16 bits a pair (64 at least), so few page words pass it by chance
     * (one in 16 at most), and small for short lines.
     */
    private final long[] pairs;

    /** {@code 32 - log2} of the filter's bits: the shift that picks a bit from a 32-bit hash. */
    private final int pairShift;

    private int missing;

    /** The last keyword words of the current run of page words, the newest last. */
    private final int[] recent = new int[MAX_TAG_WORDS];

    private int runLength;

    /** The phrases of a line's words (2 to {@link #MAX_KEYWORD_WORDS}), none seen yet. */
    Phrases(List<String> words) {
      // Each distinct folded keyword word gets an id; a phrase is the sequence of its words' ids.
      int n = words.size();
      ids = new int[n];
      String[] distinct = new String[n];
      int[] hashes = new int[n];
      int count = assignIds(words, ids, distinct, hashes);
      keywordWords = new WordTable(distinct, count);
      firstPlace = new int[count];
      nextPlace = new int[n];
      java.util.Arrays.fill(firstPlace, -1);
      for (int p = n - 1; p >= 0; p--) {
        nextPlace[p] = firstPlace[ids[p]];
        firstPlace[ids[p]] = p;
      }
      found = new boolean[n * STRIDE];
      int pairCount = Math.max(1, n - 1) * (1 + CLITICS.length);
      int bits = Math.max(Long.SIZE, Integer.highestOneBit(pairCount * 16) << 1);
      pairs = new long[bits / Long.SIZE];
      pairShift = Integer.SIZE - Integer.numberOfTrailingZeros(bits);
      for (int i = 0; i + 1 < n; i++) {
        missing += Math.min(MAX_TAG_WORDS, n - i) - 1;
        int first = hashes[ids[i]];
        int second = hashes[ids[i + 1]];
        addPair(first, second);
        // The page may write a tag's word behind a clitic ("لكأس العالم" for "كأس العالم"): the
        // filter knows those pairs too, and a word that passes it but is missing is looked up
        // again without its first letter. The hash is polynomial: a clitic before a word of k
        // folded chars adds clitic * 31^k.
        int power = 1;
        for (int k = distinct[ids[i]].length(); k > 0; k--) {
          power *= 31;
        }
        for (char clitic : CLITICS) {
          addPair(clitic * power + first, second);
        }
      }
    }

    /**
     * Fills {@code ids} with each word's id, {@code distinct} and {@code hashes} with each id's
     * folded word and its hash; returns how many ids there are. Ids are found by hash in a small
     * open-addressing table: no boxing, and linear on any line.
     */
    private static int assignIds(List<String> words, int[] ids, String[] distinct, int[] hashes) {
      int count = 0;
      int[] slots = new int[Integer.highestOneBit(words.size()) << 2];
      int mask = slots.length - 1;
      for (int i = 0; i < words.size(); i++) {
        String folded = WordTable.fold(trimPunctuation(words.get(i)));
        int hash = WordTable.hashOfFolded(folded);
        int slot = (hash * 0x9E3779B1) >>> 16 & mask;
        int id;
        while ((id = slots[slot] - 1) >= 0
            && !(hashes[id] == hash && distinct[id].equals(folded))) {
          slot = (slot + 1) & mask;
        }
        if (id < 0) {
          id = count++;
          distinct[id] = folded;
          hashes[id] = hash;
          slots[slot] = id + 1;
        }
        ids[i] = id;
      }
      return count;
    }

    private void addPair(int first, int second) {
      int bit = pairBit(first, second);
      pairs[bit >>> 6] |= 1L << bit;
    }

    /** The tags: the longest phrase seen from each word on, else the word alone. */
    List<String> tags(List<String> words) {
      List<String> tags = new ArrayList<>();
      int i = 0;
      while (i < words.size()) {
        int taken = 1;
        for (int k = Math.min(MAX_TAG_WORDS, words.size() - i); k >= 2; k--) {
          if (found(i, k)) {
            taken = k;
            break;
          }
        }
        // A one-word tag is the word's own string, not a copy.
        tags.add(taken == 1 ? words.get(i) : String.join(" ", words.subList(i, i + taken)));
        i += taken;
      }
      return tags;
    }

    private int pairBit(int first, int second) {
      int h = (first * 0x9E3779B1 + second) * 0x85EBCA6B;
      return h >>> pairShift;
    }

    private boolean mayBePair(int first, int second) {
      int bit = pairBit(first, second);
      return (pairs[bit >>> 6] & (1L << bit)) != 0;
    }

    /** Whether the line's words {@code [i, i + n)} stand together in the page. */
    boolean found(int i, int n) {
      return found[i * STRIDE + n];
    }

    /** Marks the phrases that stand in the texts; stops early once every one has been seen. */
    void find(Iterable<String> texts) {
      for (String text : texts) {
        int i = 0;
        int n = text.length();
        runLength = 0;
        // The page word before the current one in the same clause, and whether it was looked up.
        boolean previous = false;
        boolean previousLooked = false;
        int previousStart = 0;
        int previousEnd = 0;
        int previousHash = 0;
        while (i < n && missing > 0) {
          char c = text.charAt(i);
          char folded = Chars.wordFold(c);
          if (folded == Chars.NOT_WORD) {
            if (!Chars.isHorizontalSpace(c)) {
              // Punctuation ends the clause, and with it the run.
              runLength = 0;
              previous = false;
            }
            i++;
            continue;
          }
          int start = i;
          int hash = 0;
          do {
            hash = WordTable.hashFolded(hash, folded);
            i++;
          } while (i < n && (folded = Chars.wordFold(text.charAt(i))) != Chars.NOT_WORD);
          boolean looked = previous && mayBePair(previousHash, hash);
          if (looked) {
            if (!previousLooked) {
              // The word before starts the run: nothing before it pairs with it.
              runLength = 0;
              see(word(keywordWords, text, previousStart, previousEnd, previousHash));
            }
            int id = keywordWords.getWord(text, start, i, hash);
            if (id != WordTable.MISSING) {
              seen(id);
            } else {
              // No next word of a phrase as written; behind a clitic it may start one (a clitic
              // only on a phrase's first word: "والعالم" does not continue "كأس").
              runLength = 0;
              see(withoutClitic(keywordWords, text, start, i));
            }
          } else {
            // No phrase ends here; this word may start one, looked up if the next word pairs with
            // it.
            runLength = 0;
          }
          previous = true;
          previousLooked = looked;
          previousStart = start;
          previousEnd = i;
          previousHash = hash;
        }
      }
    }

    /**
     * The id of a page word that starts a run, or of the word after its clitic ("لكأس" → "كأس").
     */
    private static int word(WordTable table, String text, int start, int end, int hash) {
      int id = table.getWord(text, start, end, hash);
      return id != WordTable.MISSING ? id : withoutClitic(table, text, start, end);
    }

    /** The id of the word after a page word's clitic, or MISSING. */
    private static int withoutClitic(WordTable table, String text, int start, int end) {
      if (end - start < 3 || !isClitic(Chars.wordFold(text.charAt(start)))) {
        return WordTable.MISSING;
      }
      int bare = 0;
      for (int k = start + 1; k < end; k++) {
        bare = WordTable.hashFolded(bare, Chars.wordFold(text.charAt(k)));
      }
      return table.getWord(text, start + 1, end, bare);
    }

    private static boolean isClitic(char folded) {
      for (char c : CLITICS) {
        if (c == folded) {
          return true;
        }
      }
      return false;
    }

    private void see(int id) {
      if (id == WordTable.MISSING) {
        runLength = 0;
      } else {
        seen(id);
      }
    }

    /**
     * Adds a keyword word to the current run and marks the phrases of the line the run ends with.
     */
    private void seen(int id) {
      System.arraycopy(recent, 1, recent, 0, MAX_TAG_WORDS - 1);
      recent[MAX_TAG_WORDS - 1] = id;
      runLength = Math.min(runLength + 1, MAX_TAG_WORDS);
      for (int p = firstPlace[id]; p >= 0; p = nextPlace[p]) {
        // Longer and longer phrases ending at place p, as long as the run agrees with the line.
        for (int n = 2;
            n <= runLength && p - n + 1 >= 0 && ids[p - n + 1] == recent[MAX_TAG_WORDS - n];
            n++) {
          int at = (p - n + 1) * STRIDE + n;
          if (!found[at]) {
            found[at] = true;
            missing--;
          }
        }
      }
    }
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
