package dev.akhbar.internal;

/**
 * Finds the dateline a first paragraph opens with: one to four words naming a place, perhaps an
 * agency in brackets, then a dash ("موسكو – صرح ...", "القاهرة - ...", "الرياض (واس) - ...").
 *
 * <p>Stateless and thread-safe.
 */
public final class Datelines {
  /** How far into a paragraph the dash may stand. */
  private static final int MAX_PREFIX = 60;
  private static final int MAX_WORDS = 4;

  /** Words that open sentences and never place names: "قال المتحدث - ..." has no dateline. */
  private static final WordTable SENTENCE_OPENERS = new WordTable(java.util.Map.ofEntries(
      opener("قال"), opener("وقال"), opener("قالت"), opener("وقالت"), opener("أكد"), opener("وأكد"),
      opener("أعلن"), opener("أعلنت"), opener("أضاف"), opener("وأضاف"), opener("أشار"), opener("وأشار"),
      opener("ذكر"), opener("وذكر"), opener("أفاد"), opener("في"), opener("وفي"), opener("من"), opener("على"),
      opener("إن"), opener("أن"), opener("كما"), opener("هذا"), opener("هذه"), opener("ثم"), opener("لكن"),
      opener("وكان"), opener("كان"), opener("the"), opener("he"), opener("she"), opener("it")));

  private static java.util.Map.Entry<String, Integer> opener(String w) {
    return java.util.Map.entry(w, 1);
  }

  /** A dateline: the place, and the agency named in brackets after it (or null). */
  public record Dateline(String place, String agency) {}

  private Datelines() {}

  /** The dateline of a paragraph, or null. */
  public static Dateline find(String p) {
    int n = Math.min(p.length(), MAX_PREFIX);
    for (int i = 1; i < n; i++) {
      char c = p.charAt(i);
      if (!Chars.isDash(c)) {
        if (!(Chars.isWordChar(c) || Chars.isHorizontalSpace(c) || c == '(' || c == ')' || c == '/' || c == '.'
            || c == '\u0640')) {
          return null;
        }
        continue;
      }
      boolean spaced = Chars.isHorizontalSpace(p.charAt(i - 1)) || (i + 1 < p.length() && Chars.isHorizontalSpace(p.charAt(i + 1)));
      if (c == '-' && !spaced) {
        continue;
      }
      return at(p, i);
    }
    return null;
  }

  private static Dateline at(String p, int dash) {
    String prefix = p.substring(0, dash).strip();
    String rest = p.substring(dash + 1).strip();
    if (prefix.isEmpty() || rest.isEmpty() || Chars.isDash(rest.charAt(0))) {
      return null;
    }
    String agency = null;
    if (prefix.endsWith(")")) {
      int open = prefix.lastIndexOf('(');
      if (open <= 0) {
        return null;
      }
      agency = prefix.substring(open + 1, prefix.length() - 1).strip();
      prefix = prefix.substring(0, open).strip();
      if (agency.isEmpty() || !Agencies.isAgency(agency)) {
        return null;
      }
    }
    int words = Labels.wordCount(prefix);
    if (words < 1 || words > MAX_WORDS) {
      return null;
    }
    int firstEnd = 0;
    while (firstEnd < prefix.length() && !Chars.isHorizontalSpace(prefix.charAt(firstEnd))) {
      firstEnd++;
    }
    if (SENTENCE_OPENERS.contains(prefix, 0, firstEnd)) {
      return null;
    }
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      if (!(Chars.isArabicLetter(c) || Chars.isArabicMark(c) || Character.isLetter(c) || Chars.isHorizontalSpace(c)
          || c == '\u0640')) {
        return null;
      }
    }
    return new Dateline(prefix, agency);
  }
}
