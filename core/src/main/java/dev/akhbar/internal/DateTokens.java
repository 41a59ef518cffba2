package dev.akhbar.internal;

/**
 * The tokens of one date text: numbers, words (each looked up in {@link DateLexicon} as it is read)
 * and punctuation, in arrays that are reused from one text to the next; and the questions the date
 * matchers ask of them. The first layer of the date grammar.
 *
 * <p>Not thread-safe: one per thread.
 */
class DateTokens {
  private static final byte C_PUNCT = 0;
  private static final byte C_DIGIT = 1;
  private static final byte C_WORD = 2;
  private static final byte C_SKIP = 3;

  /** What the tokenizer makes of each UTF-16 code unit, computed once. */
  private static final byte[] CHAR_CLASS = new byte[0x10000];

  static {
    for (int i = 0; i < 0x10000; i++) {
      char c = (char) i;
      CHAR_CLASS[i] =
          Chars.digitValue(c) >= 0
              ? C_DIGIT
              : Chars.isArabicLetter(c) || Chars.isArabicMark(c) || Character.isLetter(c)
                  ? C_WORD
                  : Chars.isHorizontalSpace(c)
                          || Chars.isInvisibleFormat(c)
                          || c == '\u0640'
                          || c == '\n'
                          || c == '\r'
                          || c == '\0'
                      ? C_SKIP
                      : C_PUNCT;
    }
  }

  /** Tatweel and invisible characters inside a word do not end it. */
  private static boolean isInWordFiller(char c) {
    return c == '\u0640' || Chars.isInvisibleFormat(c);
  }

  static final int NUM = 1;
  static final int WORD = 2;
  static final int PUNCT = 3;

  CharSequence s;
  int count;
  int[] kind = new int[16];
  int[] start = new int[16];
  int[] end = new int[16];
  long[] num = new long[16];
  int[] digits = new int[16];
  int[] lex = new int[16];

  /** Where words are folded for look-ups. */
  final char[] fold = new char[128];

  DateTokens use(CharSequence text) {
    this.s = text;
    this.count = 0;
    tokenize();
    return this;
  }

  private void tokenize() {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      byte k = CHAR_CLASS[c];
      if (k == C_DIGIT) {
        int j = i;
        long v = 0;
        while (j < n && CHAR_CLASS[s.charAt(j)] == C_DIGIT) {
          if (j - i < 12) {
            v = v * 10 + Chars.digitValue(s.charAt(j));
          }
          j++;
        }
        add(NUM, i, j, v, j - i, -1);
        i = j;
      } else if (k == C_WORD) {
        int j = i + 1;
        // Hashed while read: a word holds no white space, so it folds char by char.
        int hash = WordTable.hashStep(0, c);
        char w;
        while (j < n && (CHAR_CLASS[w = s.charAt(j)] == C_WORD || isInWordFiller(w))) {
          hash = WordTable.hashStep(hash, w);
          j++;
        }
        add(WORD, i, j, 0, 0, DateLexicon.WORDS.getWord(s, i, j, hash));
        i = j;
      } else if (k == C_SKIP) {
        i++;
      } else {
        add(PUNCT, i, i + 1, 0, 0, -1);
        i++;
      }
    }
  }

  private void add(int k, int from, int to, long v, int d, int code) {
    if (count == kind.length) {
      int size = count * 2;
      kind = java.util.Arrays.copyOf(kind, size);
      start = java.util.Arrays.copyOf(start, size);
      end = java.util.Arrays.copyOf(end, size);
      num = java.util.Arrays.copyOf(num, size);
      digits = java.util.Arrays.copyOf(digits, size);
      lex = java.util.Arrays.copyOf(lex, size);
    }
    kind[count] = k;
    start[count] = from;
    end[count] = to;
    num[count] = v;
    digits[count] = d;
    lex[count] = code;
    count++;
  }

  int lexKind(int t) {
    return t < count && kind[t] == WORD ? DateLexicon.kind(lex[t]) : 0;
  }

  int lexValue(int t) {
    return DateLexicon.value(lex[t]);
  }

  boolean punct(int t, char c) {
    return t < count && kind[t] == PUNCT && s.charAt(start[t]) == c;
  }

  boolean punctIn(int t, String chars) {
    if (t >= count || kind[t] != PUNCT) {
      return false;
    }
    char c = s.charAt(start[t]);
    for (int i = 0; i < chars.length(); i++) {
      if (chars.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  boolean isNum(int t, int minDigits, int maxDigits) {
    return t < count && kind[t] == NUM && digits[t] >= minDigits && digits[t] <= maxDigits;
  }

  boolean adjacent(int t) {
    return t > 0 && t < count && start[t] == end[t - 1];
  }

  int phrase(int t, int words) {
    if (t + words > count) {
      return -1;
    }
    for (int k = t; k < t + words; k++) {
      if (kind[k] != WORD) {
        return -1;
      }
    }
    return DateLexicon.WORDS.get(s, start[t], end[t + words - 1], fold);
  }

  static String clip(CharSequence s) {
    String t = s.toString().strip();
    return t.length() > 60 ? t.substring(0, 60) + "…" : t;
  }
}
