package dev.akhbar.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Recognises the metadata labels that open a line (تاريخ النشر, المصدر, كلمات دلالية, إقرأ أيضاً)
 * by comparing search-folded text, so that hamza, tanween, tatweel, Persian letters and spacing do
 * not matter. A label may be followed by a colon (with or without spaces before it) or by nothing.
 *
 * <p>Stateless and thread-safe.
 */
public final class Labels {
  /** The publication-date label. */
  public static final int PUBLISHED = 1;

  /** The source label. */
  public static final int SOURCE = 2;

  /** The keywords label. */
  public static final int KEYWORDS = 3;

  /** The "read also" label. */
  public static final int RELATED = 4;

  /** The "for more" label ("للمزيد:"): one related headline on its own line, inside the body. */
  public static final int RELATED_LINE = 5;

  /** A line's label: its kind, where its value starts, and whether a colon followed it. */
  public record Match(int kind, int valueStart, boolean colon) {}

  private static final WordTable LABELS;

  /** The first words of all labels: a line whose first word is none of them is no label. */
  private static final WordTable FIRST_WORDS;

  private static final int MAX_WORDS = 3;

  static {
    Map<String, Integer> m = new HashMap<>();
    for (String s :
        new String[] {
          "تاريخ النشر",
          "تاريخ نشر",
          "نشر بتاريخ",
          "نشر في",
          "تاريخ الخبر",
          "تاريخ النشر والتحديث",
          "published",
          "date published"
        }) {
      m.put(s, PUBLISHED);
    }
    for (String s : new String[] {"المصدر", "مصدر الخبر", "source"}) {
      m.put(s, SOURCE);
    }
    for (String s :
        new String[] {
          "كلمات دلالية",
          "الكلمات الدلالية",
          "كلمات مفتاحية",
          "الكلمات المفتاحية",
          "الوسوم",
          "وسوم",
          "كلمات البحث",
          "tags",
          "keywords"
        }) {
      m.put(s, KEYWORDS);
    }
    for (String s :
        new String[] {
          "اقرأ أيضا",
          "إقرأ أيضاً",
          "اقرأ ايضا",
          "اقرأ كذلك",
          "اقرأ المزيد",
          "شاهد أيضا",
          "طالع أيضا",
          "read also",
          "see also",
          "اقرأ أيضًا"
        }) {
      m.put(s, RELATED);
    }
    for (String s : new String[] {"للمزيد", "لمزيد من التفاصيل", "المزيد"}) {
      m.put(s, RELATED_LINE);
    }
    LABELS = new WordTable(m);
    Map<String, Integer> first = new HashMap<>();
    for (String label : m.keySet()) {
      first.put(label.split(" ")[0], 1);
    }
    FIRST_WORDS = new WordTable(first);
  }

  private Labels() {}

  /** The label at the start of a line, or null. Allocates only for a label line. */
  public static Match match(CharSequence line) {
    int n = line.length();
    int i = skipSpace(line, 0);
    if (i >= n || !(Chars.isArabicLetter(line.charAt(i)) || Character.isLetter(line.charAt(i)))) {
      return null;
    }
    int firstEnd = i;
    while (firstEnd < n && !isBreak(line.charAt(firstEnd))) {
      firstEnd++;
    }
    if (FIRST_WORDS.getWord(line, i, firstEnd) == WordTable.MISSING) {
      return null;
    }
    int[] ends = new int[MAX_WORDS];
    int words = 0;
    int p = i;
    while (words < MAX_WORDS && p < n) {
      int e = p;
      while (e < n && !isBreak(line.charAt(e))) {
        e++;
      }
      if (e == p) {
        break;
      }
      ends[words++] = e;
      p = skipSpace(line, e);
      if (p < n && isColon(line.charAt(p))) {
        break;
      }
    }
    for (int w = words; w >= 1; w--) {
      int kind = LABELS.get(line, i, ends[w - 1]);
      if (kind != WordTable.MISSING) {
        int v = skipSpace(line, ends[w - 1]);
        boolean colon = v < n && isColon(line.charAt(v));
        if (colon) {
          v = skipSpace(line, v + 1);
        }
        if (kind == RELATED_LINE && (!colon || v >= n)) {
          // "المزيد من الأمطار ..." is a sentence; only "للمزيد: TITLE" is the label.
          return null;
        }
        return new Match(kind, v, colon);
      }
    }
    return null;
  }

  private static boolean isBreak(char c) {
    return Chars.isHorizontalSpace(c) || isColon(c);
  }

  private static boolean isColon(char c) {
    return c == ':' || c == '\uFF1A' || c == '\uFE55';
  }

  private static int skipSpace(CharSequence s, int i) {
    while (i < s.length()
        && (Chars.isHorizontalSpace(s.charAt(i)) || Chars.isInvisibleFormat(s.charAt(i)))) {
      i++;
    }
    return i;
  }

  /** Words that make "المصدر" a noun of the sentence: "المصدر ذاته أكد ...", "المصدر نفسه". */
  private static final java.util.Set<String> SAME =
      java.util.Set.of("ذاته", "نفسه", "ذاتها", "نفسها");

  /**
   * Whether the value of a colon-less label reads as the rest of a sentence: it ends with a full
   * stop, a question or exclamation mark, or opens with "ذاته" or "نفسه".
   */
  public static boolean readsAsSentence(String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return false;
    }
    char last = v.charAt(v.length() - 1);
    if (last == '.' || last == '!' || last == '?' || last == '؟') {
      return true;
    }
    int end = 0;
    while (end < v.length() && !Chars.isHorizontalSpace(v.charAt(end))) {
      end++;
    }
    return SAME.contains(v.substring(0, end));
  }

  /** Words in a string, counted by runs of non-space characters. */
  public static int wordCount(CharSequence s) {
    return wordCount(s, 0, s.length());
  }

  /** The number of words, runs of characters between horizontal spaces, in {@code s[from, to)}. */
  public static int wordCount(CharSequence s, int from, int to) {
    int count = 0;
    boolean in = false;
    for (int i = from; i < to; i++) {
      boolean space = Chars.isHorizontalSpace(s.charAt(i));
      if (!space && !in) {
        count++;
      }
      in = !space;
    }
    return count;
  }
}
