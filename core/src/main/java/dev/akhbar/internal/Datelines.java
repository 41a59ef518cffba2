package dev.akhbar.internal;

/**
 * Finds the dateline a first paragraph opens with: one to four words naming a place (a city and its
 * country after a comma count), perhaps an agency in brackets, then a dash ("موسكو – صرح ...",
 * "القاهرة - ...", "الرياض (واس) - ...", "دبي، الإمارات العربية المتحدة (CNN)— ..."), or one or two
 * words before a colon ("بغداد: قال ...").
 *
 * <p>Stateless and thread-safe.
 */
public final class Datelines {
  /** How far into a paragraph the dash may stand. */
  private static final int MAX_PREFIX = 60;

  private static final int MAX_WORDS = 4;

  /** A place before a colon has fewer words: "الوزير المكلف بالملف:" is a speaker, not a place. */
  private static final int MAX_COLON_WORDS = 2;

  /** Words that open sentences and never place names: "قال المتحدث - ..." has no dateline. */
  private static final WordTable SENTENCE_OPENERS =
      new WordTable(
          java.util.Map.ofEntries(
              opener("قال"),
              opener("وقال"),
              opener("قالت"),
              opener("وقالت"),
              opener("أكد"),
              opener("وأكد"),
              opener("أعلن"),
              opener("أعلنت"),
              opener("أضاف"),
              opener("وأضاف"),
              opener("أشار"),
              opener("وأشار"),
              opener("ذكر"),
              opener("وذكر"),
              opener("أفاد"),
              opener("في"),
              opener("وفي"),
              opener("من"),
              opener("على"),
              opener("إن"),
              opener("أن"),
              opener("كما"),
              opener("هذا"),
              opener("هذه"),
              opener("ثم"),
              opener("لكن"),
              opener("وكان"),
              opener("كان"),
              opener("بقلم"),
              opener("كتب"),
              opener("كتبت"),
              opener("إعداد"),
              opener("the"),
              opener("he"),
              opener("she"),
              opener("it")));

  /**
   * Words that tag a lead or report speech before a colon, never a place: "عاجل: ...", "فيديو:",
   * "وأوضح:".
   */
  private static final WordTable LEAD_TAGS =
      new WordTable(
          java.util.Map.ofEntries(
              opener("عاجل"),
              opener("خاص"),
              opener("حصري"),
              opener("فيديو"),
              opener("بالفيديو"),
              opener("صور"),
              opener("بالصور"),
              opener("شاهد"),
              opener("إنفوجرافيك"),
              opener("تقرير"),
              opener("تحليل"),
              opener("رأي"),
              opener("مقال"),
              opener("بيان"),
              opener("تحديث"),
              opener("تنويه"),
              opener("ملاحظة"),
              opener("متابعة"),
              opener("سؤال"),
              opener("جواب"),
              opener("س"),
              opener("ج"),
              opener("وأوضح"),
              opener("أوضح"),
              opener("وتابع"),
              opener("تابع"),
              opener("وقالت"),
              opener("وأضافت"),
              opener("مضيفا"),
              opener("موضحا"),
              opener("مؤكدا")));

  private static java.util.Map.Entry<String, Integer> opener(String w) {
    return java.util.Map.entry(w, 1);
  }

  /**
   * A dateline: the place (null when only an agency opens the text), and the agency named in
   * brackets after it (or null).
   */
  public record Dateline(String place, String agency, String date) {
    /** A dateline with no date in it. */
    public Dateline(String place, String agency) {
      this(place, agency, null);
    }
  }

  private Datelines() {}

  /** What {@link #at} gives for a dateline it was not asked to copy out. */
  private static final Dateline FOUND = new Dateline("", null);

  /** Whether a paragraph opens with a dateline; nothing is copied. */
  public static boolean has(String p) {
    return find(p, false) != null;
  }

  /** The dateline of a paragraph, or null. */
  public static Dateline find(String p) {
    return find(p, true);
  }

  private static Dateline find(String p, boolean copy) {
    int n = Math.min(p.length(), MAX_PREFIX);
    for (int i = 1; i < n; i++) {
      char c = p.charAt(i);
      if (c == ':') {
        // "بغداد: ..." or "بغداد : ...": a colon ends a dateline of one or two words; a metadata
        // label ("المصدر: روسيا اليوم", met where no rule took it) is none.
        Dateline d = colonForm(p, i) && Labels.match(p) == null ? at(p, i, copy) : null;
        return d != null && d.place() != null ? d : null;
      }
      if (!Chars.isDash(c)) {
        if (!(Chars.isWordChar(c)
            || Chars.isHorizontalSpace(c)
            || c == '('
            || c == ')'
            || c == '/'
            || c == '.'
            || c == '،'
            || c == ','
            || c == '\u0640')) {
          return null;
        }
        continue;
      }
      boolean spaced =
          Chars.isHorizontalSpace(p.charAt(i - 1))
              || (i + 1 < p.length() && Chars.isHorizontalSpace(p.charAt(i + 1)));
      boolean doubled = i + 1 < p.length() && p.charAt(i + 1) == '-';
      if (c == '-' && !spaced && !doubled) {
        continue;
      }
      return at(p, i, copy);
    }
    return null;
  }

  /**
   * Whether the colon at {@code colon} can end a dateline: one or two Arabic words before it, and a
   * sentence (a letter) after it, not a list or a number.
   */
  private static boolean colonForm(String p, int colon) {
    if (Labels.wordCount(p, 0, colon) > MAX_COLON_WORDS) {
      return false;
    }
    int firstEnd = 0;
    while (firstEnd < colon && !Chars.isHorizontalSpace(p.charAt(firstEnd))) {
      firstEnd++;
    }
    if (LEAD_TAGS.getWord(p, 0, firstEnd) != WordTable.MISSING
        || SENTENCE_OPENERS.getWord(p, 0, firstEnd) != WordTable.MISSING) {
      return false;
    }
    for (int i = 0; i < colon; i++) {
      char c = p.charAt(i);
      if (!(Chars.isArabicLetter(c) || Chars.isArabicMark(c) || Chars.isHorizontalSpace(c))) {
        return false;
      }
    }
    int next = Chars.skipWhitespace(p, colon + 1, p.length());
    return next < p.length() && Character.isLetter(p.charAt(next));
  }

  /**
   * The dateline before the dash at {@code dash}, found with indices into the paragraph: only a
   * dateline found is copied out (paragraphs are long; most have none).
   */
  private static Dateline at(String p, int dash, boolean copy) {
    int ps = Chars.skipWhitespace(p, 0, dash);
    int pe = Chars.trimWhitespace(p, ps, dash);
    int afterDash = dash + 1;
    while (afterDash < p.length() && Chars.isDash(p.charAt(afterDash))) {
      afterDash++;
    }
    int rs = Chars.skipWhitespace(p, afterDash, p.length());
    if (ps == pe || rs == p.length() || Chars.isDash(p.charAt(rs))) {
      return null;
    }
    int as = -1;
    int ae = -1;
    if (p.charAt(pe - 1) == ')') {
      int open = p.lastIndexOf('(', pe - 1);
      if (open < ps) {
        return null;
      }
      as = Chars.skipWhitespace(p, open + 1, pe - 1);
      ae = Chars.trimWhitespace(p, as, pe - 1);
      pe = Chars.trimWhitespace(p, ps, open);
      if (as == ae || !Agencies.isAgency(p, as, ae)) {
        return null;
      }
      if (ps == pe) {
        // "(CNN)-- ...": the agency alone, no place.
        return copy ? new Dateline(null, p.substring(as, ae)) : FOUND;
      }
    }
    int words = Labels.wordCount(p, ps, pe);
    if (words < 1 || words > MAX_WORDS) {
      return null;
    }
    int firstEnd = ps;
    while (firstEnd < pe && !Chars.isHorizontalSpace(p.charAt(firstEnd))) {
      firstEnd++;
    }
    if (SENTENCE_OPENERS.getWord(p, ps, firstEnd) != WordTable.MISSING) {
      return null;
    }
    for (int i = ps; i < pe; i++) {
      char c = p.charAt(i);
      if (!(Chars.isArabicLetter(c)
          || Chars.isArabicMark(c)
          || Character.isLetter(c)
          || Chars.isHorizontalSpace(c)
          || c == '،'
          || c == ','
          || c == '\u0640')) {
        return as < 0 ? withDate(p, ps, pe, copy) : null;
      }
    }
    if (!copy) {
      return FOUND;
    }
    return new Dateline(p.substring(ps, pe), as < 0 ? null : p.substring(as, ae));
  }

  /**
   * The wire form "لندن 27-7-2012 وفا -": a place, a date in digits, an agency, then the dash. The
   * date is handed on as written, for the article that has none.
   */
  private static Dateline withDate(String p, int ps, int pe, boolean copy) {
    int agencyStart = pe;
    while (agencyStart > ps && !Chars.isHorizontalSpace(p.charAt(agencyStart - 1))) {
      agencyStart--;
    }
    if (agencyStart <= ps || !Agencies.isAgency(p, agencyStart, pe)) {
      return null;
    }
    int dateEnd = Chars.trimWhitespace(p, ps, agencyStart);
    int dateStart = dateEnd;
    while (dateStart > ps && !Chars.isHorizontalSpace(p.charAt(dateStart - 1))) {
      dateStart--;
    }
    int digits = 0;
    for (int i = dateStart; i < dateEnd; i++) {
      char c = p.charAt(i);
      if (Chars.digitValue(c) >= 0) {
        digits++;
      } else if (c != '-' && c != '/' && c != '.') {
        return null;
      }
    }
    int placeEnd = Chars.trimWhitespace(p, ps, dateStart);
    if (digits < 4 || placeEnd <= ps || Labels.wordCount(p, ps, placeEnd) > 2) {
      return null;
    }
    for (int i = ps; i < placeEnd; i++) {
      char c = p.charAt(i);
      if (!(Character.isLetter(c) || Chars.isArabicMark(c) || Chars.isHorizontalSpace(c))) {
        return null;
      }
    }
    if (!copy) {
      return FOUND;
    }
    return new Dateline(
        p.substring(ps, placeEnd), p.substring(agencyStart, pe), p.substring(dateStart, dateEnd));
  }
}
