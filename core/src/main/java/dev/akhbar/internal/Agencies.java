package dev.akhbar.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * A gazetteer of news agencies, Arabic and international, by their wire names, full names and
 * abbreviations, and of the broadcasters and sites that credit their own reports ("العربية.نت",
 * "سكاي نيوز عربية", "CNN"), matched on search-folded text.
 *
 * <p>Stateless and thread-safe.
 */
public final class Agencies {
  private static final String[] NAMES = {
    // International wires
    "الأناضول",
    "وكالة الأناضول",
    "الاناضول للأنباء",
    "anadolu",
    "aa",
    "رويترز",
    "وكالة رويترز",
    "reuters",
    "أ ف ب",
    "ا ف ب",
    "فرانس برس",
    "وكالة فرانس برس",
    "الفرنسية",
    "afp",
    "أسوشيتد برس",
    "أسوشيتدبرس",
    "اسوشيتد برس",
    "أسوشييتد برس",
    "أ ب",
    "ap",
    "associated press",
    "د ب أ",
    "الألمانية",
    "وكالة الأنباء الألمانية",
    "dpa",
    "شينخوا",
    "شينغهوا",
    "وكالة شينخوا",
    "xinhua",
    "سبوتنيك",
    "sputnik",
    "نوفوستي",
    "ريا نوفوستي",
    "ria novosti",
    "تاس",
    "tass",
    "إنترفاكس",
    "interfax",
    "إرنا",
    "ارنا",
    "إيرنا",
    "irna",
    "فارس",
    "تسنيم",
    "مهر",
    "يونهاب",
    "yonhap",
    "كيودو",
    "kyodo",
    "إفي",
    "efe",
    "آكي",
    "أكي",
    "ansa",
    "أنسا",
    "بلومبرغ",
    "bloomberg",
    "يو بي آي",
    "upi",
    "كونا",
    "kuna",
    // Arab national agencies
    "واس",
    "وكالة الأنباء السعودية",
    "spa",
    "وام",
    "وكالة أنباء الإمارات",
    "wam",
    "قنا",
    "وكالة الأنباء القطرية",
    "qna",
    "وكالة الأنباء الكويتية",
    "بنا",
    "وكالة أنباء البحرين",
    "bna",
    "العمانية",
    "وكالة الأنباء العمانية",
    "ona",
    "بترا",
    "وكالة الأنباء الأردنية",
    "petra",
    "سانا",
    "الوكالة العربية السورية للأنباء",
    "sana",
    "أ ش أ",
    "ا ش ا",
    "وكالة أنباء الشرق الأوسط",
    "mena",
    "ماب",
    "وكالة المغرب العربي للأنباء",
    "لاماب",
    // و.م.ع, its dots read as spaces
    "و م ع",
    "map",
    "واج",
    "وكالة الأنباء الجزائرية",
    "aps",
    "وات",
    "وكالة تونس أفريقيا للأنباء",
    "tap",
    "سبأ",
    "وكالة سبأ",
    "سبأ نت",
    "saba",
    "وفا",
    "وكالة وفا",
    "wafa",
    "معا",
    "وكالة معا",
    "نينا",
    "الوكالة الوطنية العراقية للأنباء",
    "واع",
    "وكالة الأنباء العراقية",
    "ina",
    "الوكالة الوطنية للإعلام",
    "nna",
    "سونا",
    "وكالة السودان للأنباء",
    "suna",
    "وال",
    "وكالة الأنباء الليبية",
    "lana",
    "الوكالة الموريتانية للأنباء",
    "ami",
    "صونا",
    "وكالة الأنباء الصومالية",
    // Broadcasters and sites that credit their own reports
    "العربية",
    "العربية نت",
    "قناة العربية",
    "الجزيرة",
    "الجزيرة نت",
    "قناة الجزيرة",
    "سكاي نيوز عربية",
    "سكاي نيوز",
    "sky news",
    "فرانس 24",
    "فرانس24",
    "france 24",
    "cnn",
    "سي إن إن",
    "bbc",
    "بي بي سي",
    "بي بي سي عربي",
    "روسيا اليوم",
    "rt",
    "يورونيوز",
    "euronews",
    "دويتشه فيله",
    "dw",
    "مونت كارلو الدولية",
    // Generic credits
    "وكالات",
    "وكالات الأنباء",
    "متابعات",
    "agencies",
  };

  private static final WordTable TABLE;

  static {
    Map<String, Integer> m = new HashMap<>();
    for (String name : NAMES) {
      m.put(name, 1);
    }
    TABLE = new WordTable(m);
  }

  private Agencies() {}

  /**
   * The agency credit a short line gives, cleaned of brackets and dots ("(رويترز)" → "رويترز",
   * "أ.ف.ب" → "أ.ف.ب"), or null when the line is not a credit. Several agencies joined by {@code
   * /}, {@code -}, {@code ،} or {@code و} count as one credit.
   */
  public static String credit(String line) {
    if (line.length() > 80 || Labels.wordCount(line) > 8) {
      return null;
    }
    int from = 0;
    int to = line.length();
    while (from < to && isWrapper(line.charAt(from))) {
      from++;
    }
    while (to > from && isWrapper(line.charAt(to - 1))) {
      to--;
    }
    // Most short lines are no credit: nothing is copied until one is.
    return from < to && allAgencies(new DotsAsSpaces(line, from, to))
        ? line.substring(from, to)
        : null;
  }

  /**
   * Where the credit that closes a paragraph opens: the index of the bracket or quote of a trailing
   * "(أ ف ب)" or "«رويترز»" after a space or a full stop, or -1 when it ends otherwise.
   */
  public static int closingCredit(String p) {
    int end = p.length() - 1;
    if (end < 3) {
      return -1;
    }
    char close = p.charAt(end);
    char open = close == ')' ? '(' : close == '»' ? '«' : 0;
    if (open == 0) {
      return -1;
    }
    int at = p.lastIndexOf(open, end - 1);
    if (at < 1 || end - at > 40) {
      return -1;
    }
    // Only after the sentence has ended: "... لـ «العربية»" names a channel, it credits none.
    int end0 = Chars.trimWhitespace(p, 0, at);
    char before = end0 > 0 ? p.charAt(end0 - 1) : 0;
    if (!(before == '.'
        || before == '!'
        || before == '؟'
        || before == '?'
        || before == '"'
        || before == '»'
        || before == '”')) {
      return -1;
    }
    return credit(p.substring(at + 1, end)) != null && Chars.skipWhitespace(p, 0, at) < at
        ? at
        : -1;
  }

  /** A region of a line with its dots read as spaces, so that "أ.ف.ب" is looked up as "أ ف ب". */
  private static final class DotsAsSpaces implements CharSequence {
    private final String line;
    private final int from;
    private final int to;

    DotsAsSpaces(String line, int from, int to) {
      this.line = line;
      this.from = from;
      this.to = to;
    }

    @Override
    public int length() {
      return to - from;
    }

    @Override
    public char charAt(int index) {
      char c = line.charAt(from + index);
      return c == '.' ? ' ' : c;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new DotsAsSpaces(line, from + start, from + end);
    }

    @Override
    public String toString() {
      return line.substring(from, to).replace('.', ' ');
    }
  }

  /** True when a folded name (one agency) is in the gazetteer. */
  public static boolean isAgency(CharSequence name) {
    return isAgency(name, 0, name.length());
  }

  /**
   * True when the folded region {@code [from, to)} of {@code s} names one agency of the gazetteer.
   */
  public static boolean isAgency(CharSequence s, int from, int to) {
    return TABLE.contains(s, from, to);
  }

  private static boolean allAgencies(CharSequence s) {
    int start = 0;
    int n = s.length();
    boolean any = false;
    for (int i = 0; i <= n; i++) {
      if (i == n
          || s.charAt(i) == '/'
          || s.charAt(i) == '،'
          || s.charAt(i) == ','
          || s.charAt(i) == '-'
          || s.charAt(i) == '–'
          || s.charAt(i) == '+') {
        if (!part(s, start, i)) {
          return false;
        }
        any = true;
        start = i + 1;
      }
    }
    return any;
  }

  private static boolean part(CharSequence s, int from, int to) {
    while (from < to && Chars.isHorizontalSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && Chars.isHorizontalSpace(s.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      return false;
    }
    if (TABLE.contains(s, from, to)) {
      return true;
    }
    // "وكالات" vs "و رويترز": a joining waw before an agency name
    return s.charAt(from) == 'و' && to - from > 2 && TABLE.contains(s, from + 1, to);
  }

  private static boolean isWrapper(char c) {
    return Chars.isHorizontalSpace(c)
        || c == '('
        || c == ')'
        || c == '['
        || c == ']'
        || c == '«'
        || c == '»'
        || c == '-'
        || c == '–'
        || c == '—'
        || c == '.'
        || c == '*'
        || c == '"'
        || c == ':'
        || c == '\u0640';
  }
}
