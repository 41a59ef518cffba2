package dev.akhbar.internal;

/**
 * Character classes shared by the normaliser, the date grammar and the page parser.
 *
 * <p>Pure static functions over UTF-16 code units; no allocation. Thread-safe.
 */
public final class Chars {
  private Chars() {}

  private static final byte ARABIC_LETTER = 1;
  private static final byte ARABIC_MARK = 2;
  private static final byte WORD = 4;
  private static final byte HORIZONTAL_SPACE = 8;
  private static final byte SPACE = 16;
  private static final byte INVISIBLE_FORMAT = 32;

  /**
   * The classes above of every UTF-16 code unit, worked out once from the definitions below: the
   * parser asks them for most chars of its input, and one table load is cheaper than the chains of
   * range tests (and the JDK's property look-ups) they are defined by.
   */
  private static final byte[] CLASS = new byte[0x10000];

  static {
    for (int i = 0; i < 0x10000; i++) {
      char c = (char) i;
      boolean letter = definesArabicLetter(c);
      boolean mark = definesArabicMark(c);
      boolean horizontal = definesHorizontalSpace(c);
      CLASS[i] =
          (byte)
              ((letter ? ARABIC_LETTER : 0)
                  | (mark ? ARABIC_MARK : 0)
                  | (letter || mark || Character.isLetterOrDigit(c) ? WORD : 0)
                  | (horizontal ? HORIZONTAL_SPACE : 0)
                  | (horizontal || Character.isWhitespace(c) || Character.isSpaceChar(c)
                      ? SPACE
                      : 0)
                  | (definesInvisibleFormat(c) ? INVISIBLE_FORMAT : 0));
    }
  }

  /** True for letters of the Arabic block and its supplements that take part in words. */
  public static boolean isArabicLetter(char c) {
    return (CLASS[c] & ARABIC_LETTER) != 0;
  }

  private static boolean definesArabicLetter(char c) {
    return (c >= '\u0620' && c <= '\u063F')
        || (c >= '\u0641' && c <= '\u064A')
        || (c >= '\u066E' && c <= '\u066F')
        || (c >= '\u0671' && c <= '\u06D3')
        || c == '\u06D5'
        || (c >= '\u06EE' && c <= '\u06EF')
        || (c >= '\u06FA' && c <= '\u06FC')
        || c == '\u06FF'
        || (c >= '\u0750' && c <= '\u077F');
  }

  /**
   * True for Arabic combining marks: harakat, tanween, shadda, sukun, dagger alef, Quranic marks.
   */
  public static boolean isArabicMark(char c) {
    return (CLASS[c] & ARABIC_MARK) != 0;
  }

  private static boolean definesArabicMark(char c) {
    return (c >= '\u0610' && c <= '\u061A')
        || (c >= '\u064B' && c <= '\u065F')
        || c == '\u0670'
        || (c >= '\u06D6' && c <= '\u06DC')
        || (c >= '\u06DF' && c <= '\u06E4')
        || (c >= '\u06E7' && c <= '\u06E8')
        || (c >= '\u06EA' && c <= '\u06ED');
  }

  /** True for a letter of any script or an Arabic mark: what makes up a word. */
  public static boolean isWordChar(char c) {
    return (CLASS[c] & WORD) != 0;
  }

  /** Value 0-9 of an ASCII, Arabic-Indic or Extended Arabic-Indic digit, or -1. */
  public static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return c - '\u0660';
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return c - '\u06F0';
    }
    return -1;
  }

  /** True for horizontal white space, including NBSP and the other Unicode space separators. */
  public static boolean isHorizontalSpace(char c) {
    return (CLASS[c] & HORIZONTAL_SPACE) != 0;
  }

  private static boolean definesHorizontalSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u00A0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000'
        || c == '\u000B'
        || c == '\u000C';
  }

  /**
   * The first index in {@code [from, to)} of {@code s} that is not white space as {@link
   * String#strip()} sees it, or {@code to}.
   */
  public static int skipWhitespace(String s, int from, int to) {
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    return from;
  }

  /**
   * The end of {@code [from, to)} of {@code s} without trailing white space as {@link
   * String#strip()} sees it.
   */
  public static int trimWhitespace(String s, int from, int to) {
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /** {@code s.substring(from, to).strip()}, copying only what is kept. */
  public static String stripped(String s, int from, int to) {
    int start = skipWhitespace(s, from, to);
    return s.substring(start, trimWhitespace(s, start, to));
  }

  /** True for characters that carry no text: bidi controls and zero-width characters. */
  public static boolean isInvisibleFormat(char c) {
    return (CLASS[c] & INVISIBLE_FORMAT) != 0;
  }

  private static boolean definesInvisibleFormat(char c) {
    return c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\u00AD';
  }

  /** True for a dash a dateline may end with: hyphen-minus, en dash, em dash, minus, bar. */
  public static boolean isDash(char c) {
    return c == '-'
        || c == '\u2013'
        || c == '\u2014'
        || c == '\u2212'
        || c == '\u2010'
        || c == '\u2011'
        || c == '\u2012'
        || c == '\u2015'
        || c == '\u0640';
  }

  /**
   * True when the whole sequence is white space ({@link #isSpace}), invisible format characters or
   * NUL: a line with nothing to place.
   */
  public static boolean isBlank(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isBlank(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True for a char that {@link #isBlank(CharSequence)} allows: white space, invisible format
   * characters, NUL.
   */
  public static boolean isBlank(char c) {
    return (CLASS[c] & (SPACE | INVISIBLE_FORMAT)) != 0 || c == '\0';
  }

  /**
   * White space of any kind: horizontal spaces, line breaks, and the line and paragraph separators
   * U+2028 and U+2029. What a line is trimmed of, and what a blank line holds.
   */
  public static boolean isSpace(char c) {
    return (CLASS[c] & SPACE) != 0;
  }

  /**
   * The search folding of one character, as used to compare labels, month names and keywords: alef
   * variants to ا, ى to ي, ة to ه, Persian letters to Arabic, Arabic-Indic digits to ASCII, ASCII
   * capitals to small letters. Returns 0 for characters that do not count: Arabic marks, tatweel
   * and invisible format characters.
   */
  public static char searchFold(char c) {
    return FOLD[c];
  }

  /**
   * {@link #searchFold(char)} for every UTF-16 code unit, computed once by {@link
   * #computeFold(char)}.
   */
  private static final char[] FOLD = new char[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      FOLD[c] = computeFold((char) c);
    }
  }

  /** {@link #wordFold(char)}'s answer for a char that is not part of a word. */
  public static final char NOT_WORD = '\uFFFF';

  /**
   * The {@link #searchFold(char) search folding} of a char that is part of a word (a word char or
   * tatweel), else {@link #NOT_WORD}: the keyword scan asks both questions of every char of a page,
   * and one table load answers them.
   */
  public static char wordFold(char c) {
    return WORD_FOLD[c];
  }

  private static final char[] WORD_FOLD = new char[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      WORD_FOLD[c] = isWordChar((char) c) || c == '\u0640' ? FOLD[c] : NOT_WORD;
    }
  }

  private static char computeFold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    switch (c) {
      case '\u0622':
      case '\u0623':
      case '\u0625':
      case '\u0671':
      case '\u0672':
      case '\u0673':
        return '\u0627';
      case '\u0649':
      case '\u06CC':
      case '\u06D0':
      case '\u06D2':
        return '\u064A';
      case '\u0629':
      case '\u06C3':
      case '\u06BE':
      case '\u06C1':
      case '\u06D5':
        return '\u0647';
      case '\u06A9':
      case '\u06AA':
        return '\u0643';
      case '\u0640':
        return 0;
      default:
        break;
    }
    if (isArabicMark(c) || isInvisibleFormat(c)) {
      return 0;
    }
    int digit = digitValue(c);
    if (digit >= 0) {
      return (char) ('0' + digit);
    }
    return isHorizontalSpace(c) ? ' ' : c;
  }
}
