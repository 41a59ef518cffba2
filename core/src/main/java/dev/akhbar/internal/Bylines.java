package dev.akhbar.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a byline, as scrapers and corpora fill an author field, into its place, people and credit:
 * "جدة - واس:" is a dateline and an agency, "أبها - عبدالله الهاجري:" a dateline and a reporter,
 * "حمود الرميحي من الرس" a reporter and where he wrote from, "بغداد - الجزيرة - نصير النقيب:" all
 * three. Parts are cut at dashes with a space on at least one side (a tatweel run counts as a dash
 * there); a part naming an agency or an outlet (or written in quotes) is credit, the first other
 * part is the place when it is short and comes first or straight after the credits, and the rest
 * are people.
 *
 * <p>Stateless and thread-safe.
 */
public final class Bylines {
  /** How many words a place may have ("مايدوجوري (نيجيريا)", "بوينس آيرس"). */
  private static final int MAX_PLACE_WORDS = 3;

  /** The desks of a newsroom, which sign reports beside the outlet: "الجزيرة - المحليات". */
  private static final java.util.Set<String> DESKS =
      java.util.Set.of(
          "متابعة",
          "متابعات",
          "المحليات",
          "محليات",
          "الدولية",
          "الرياضة",
          "الاقتصاد",
          "خاص",
          "المحرر");

  /** "X من Y": a reporter (or outlet) and the place the report came from. */
  private static final String FROM = " من ";

  /**
   * What a byline says; each part null when it does not say it.
   *
   * @param place the place it was filed from (the dateline)
   * @param person the people who wrote it, joined by " - "
   * @param credit the agencies or outlets it credits, joined by " - "
   * @param photo who took the pictures, as it says so ("تصوير: وراق"), joined by " - "
   */
  public record Byline(String place, String person, String credit, String photo) {}

  private Bylines() {}

  /** How long a line standing alone as a byline may be. */
  static final int MAX_LINE = 80;

  private static final int MAX_LINE_WORDS = 8;

  /**
   * The byline a line of text is, when it credits an agency or outlet ("AHDATH.INFO", "العربية.نت -
   * دبي", "Hespress.com - متابعة") or signs the text with its writer ("بقلم محمد علي", "كتب: سارة
   * أحمد"); null for any other line, a sentence above all.
   */
  public static Byline line(String text) {
    if (text.length() > MAX_LINE || Labels.wordCount(text) > MAX_LINE_WORDS) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '!' || c == '?' || c == '؟' || c == '؛' || (c == '.' && isSentenceEnd(text, i))) {
        return null;
      }
    }
    char first = text.isEmpty() ? 0 : text.charAt(0);
    if (first == '«' || first == '"' || first == '“') {
      // A line in quotes above the text is a pull-quote, not a byline.
      return null;
    }
    String writer = writer(text);
    if (writer != null) {
      return new Byline(null, writer, null, null);
    }
    Byline b = read(text);
    return b.credit() == null ? null : b;
  }

  /** Words that sign a text with its writer's name. */
  private static final String BY_PEN = "بقلم";

  private static final java.util.Set<String> WROTE = java.util.Set.of("كتب", "كتبت", "إعداد");

  private static final int MAX_NAME_WORDS = 5;

  /** Words that credit the pictures: "تصوير: وراق", "عدسة سمير بناني". */
  private static final java.util.Set<String> PHOTO = java.util.Set.of("تصوير", "عدسة", "بعدسة");

  private static String firstWord(String part) {
    int end = 0;
    while (end < part.length() && !Chars.isHorizontalSpace(part.charAt(end))) {
      end++;
    }
    return part.substring(0, end);
  }

  /**
   * A place and the agency it was filed through, in one part: "الرباط (و.م.ع)" or "طنجة و.م.ع"
   * gives {@code {place, agency}}; null for any other part.
   */
  private static String[] placeAndAgency(String part) {
    String place;
    String agency;
    if (part.endsWith(")") && part.indexOf('(') > 0) {
      int open = part.lastIndexOf('(');
      place = part.substring(0, open).trim();
      agency = part.substring(open + 1, part.length() - 1).trim();
    } else {
      int space = part.lastIndexOf(' ');
      if (space < 0) {
        return null;
      }
      place = part.substring(0, space).trim();
      agency = part.substring(space + 1);
    }
    return !place.isEmpty()
            && Labels.wordCount(place) <= 2
            && isPlace(place)
            && Agencies.credit(agency) != null
        ? new String[] {place, agency}
        : null;
  }

  /**
   * The writer a signing line names: "بقلم محمد علي", "بقلم: محمد علي", "كتب: محمد علي", "كتبت -
   * سارة أحمد"; null for any other line. "كتب" needs its colon or dash: "كتب الرئيس على تويتر" is a
   * sentence.
   */
  private static String writer(String text) {
    int end = 0;
    while (end < text.length()
        && !Chars.isHorizontalSpace(text.charAt(end))
        && text.charAt(end) != ':') {
      end++;
    }
    String word = text.substring(0, end);
    boolean pen = word.equals(BY_PEN);
    if (!pen && !WROTE.contains(word)) {
      return null;
    }
    int i = end;
    while (i < text.length() && Chars.isHorizontalSpace(text.charAt(i))) {
      i++;
    }
    boolean mark = i < text.length() && (text.charAt(i) == ':' || Chars.isDash(text.charAt(i)));
    if (mark) {
      i++;
    } else if (!pen) {
      return null;
    }
    String name = trimmed(text.substring(i));
    int words = Labels.wordCount(name);
    return words >= 1 && words <= MAX_NAME_WORDS && isName(name) ? name : null;
  }

  /** Letters and spaces, a dot for a title ("د. أحمد"): what a name looks like. */
  private static boolean isName(String name) {
    for (int k = 0; k < name.length(); k++) {
      char c = name.charAt(k);
      if (!(Character.isLetter(c)
          || Chars.isArabicMark(c)
          || Chars.isHorizontalSpace(c)
          || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /** A full stop that ends a sentence, not one inside "AHDATH.INFO" or "أ.ف.ب". */
  private static boolean isSentenceEnd(String text, int i) {
    return i + 1 >= text.length() || Chars.isHorizontalSpace(text.charAt(i + 1));
  }

  /** The parts of a byline; a byline with no place and no credit is all person. */
  public static Byline read(String text) {
    String t = trimmed(text);
    if (t.isEmpty()) {
      return new Byline(null, null, null, null);
    }
    String writer = writer(t);
    if (writer != null) {
      return new Byline(null, writer, null, null);
    }
    List<String> parts = split(t);
    if (parts.size() == 1) {
      return single(parts.get(0));
    }
    List<String> credits = new ArrayList<>();
    List<String> people = new ArrayList<>();
    List<String> photos = new ArrayList<>();
    String place = null;
    int placeParts = 0;
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (place != null && people.isEmpty() && credits.isEmpty()) {
        placeParts = i;
      }
      if (i + 1 < parts.size() && (part.equals(BY_PEN) || WROTE.contains(part))) {
        // "بقلم: عبد الرحمان المنسي", cut at its colon: the signing word names the next part.
        people.add(parts.get(++i));
        continue;
      }
      if (PHOTO.contains(firstWord(part))) {
        // "تصوير: وراق", "عدسة سمير بناني": who took the pictures, neither author nor credit.
        photos.add(
            part.indexOf(' ') < 0 && i + 1 < parts.size() ? part + ": " + parts.get(++i) : part);
        continue;
      }
      String[] placed = placeAndAgency(part);
      if (placed != null && place == null && people.isEmpty()) {
        // "الرباط (و.م.ع)", "طنجة و.م.ع": the place and its agency in one part.
        place = placed[0];
        credits.add(placed[1]);
        continue;
      }
      String credit = outlet(part);
      if (credit != null) {
        credits.add(credit);
      } else if (!credits.isEmpty() && DESKS.contains(part)) {
        credits.add(part);
      } else if (place == null
          && people.isEmpty()
          && isPlace(part)
          && (i == 0 || (i == credits.size() && Labels.wordCount(part) == 1))) {
        place = part;
      } else if (place != null
          && people.isEmpty()
          && credits.isEmpty()
          && i == placeParts
          && Labels.wordCount(part) == 1
          && isPlace(part)
          && i + 1 < parts.size()
          && outlet(parts.get(i + 1)) != null) {
        // "فرانكفورت - واشنطن: «الشرق الأوسط»": filed from two places (a credit follows; a
        // one-word name after a place, "بروكسل - خالدالمنصوري", is a reporter).
        place = place + " - " + part;
      } else {
        peel(part, people, credits);
      }
    }
    return new Byline(place, join(people), join(credits), join(photos));
  }

  private static Byline single(String part) {
    String credit = outlet(part);
    if (credit != null) {
      return new Byline(null, null, credit, null);
    }
    int from = part.lastIndexOf(FROM);
    if (from > 0) {
      String who = part.substring(0, from).trim();
      String where = part.substring(from + FROM.length()).trim();
      if (!who.isEmpty() && isPlace(where)) {
        String whoCredit = outlet(who);
        return whoCredit != null
            ? new Byline(where, null, whoCredit, null)
            : new Byline(where, who, null, null);
      }
    }
    List<String> people = new ArrayList<>();
    List<String> credits = new ArrayList<>();
    peel(part, people, credits);
    return new Byline(null, join(people), join(credits), null);
  }

  /** A part with a trailing ", agency" ("نور الدين الفريضي، وكالات") gives both. */
  private static void peel(String part, List<String> people, List<String> credits) {
    int comma = Math.max(part.lastIndexOf('،'), part.lastIndexOf(','));
    if (comma > 0) {
      String credit = outlet(part.substring(comma + 1));
      String rest = part.substring(0, comma).trim();
      if (credit != null && !rest.isEmpty()) {
        people.add(rest);
        credits.add(credit);
        return;
      }
    }
    people.add(part);
  }

  /**
   * Whether a name is an agency's or an outlet's: "الخبر" is not, "العربية.نت" and "هسبريس.كوم"
   * are.
   */
  public static boolean isOutlet(String name) {
    return outlet(name) != null && name.charAt(0) != '«' && name.charAt(0) != '"';
  }

  /** The credit a part names, without its quotes, or null when it names no agency or outlet. */
  private static String outlet(String part) {
    String p = part.trim();
    if (p.length() > 2
        && ((p.charAt(0) == '«' && p.charAt(p.length() - 1) == '»')
            || (p.charAt(0) == '"' && p.charAt(p.length() - 1) == '"'))) {
      String inner = p.substring(1, p.length() - 1).trim();
      return inner.isEmpty() ? null : inner;
    }
    if (p.startsWith("مكتب ") && Agencies.credit(p.substring(5)) != null) {
      return p;
    }
    return Agencies.credit(p) != null || isDomain(p) || isNetOutlet(p) ? p : null;
  }

  /** A site named as Arabic names them, "... نت" ("براقش نت", "سبأ نت"): two to four words. */
  private static boolean isNetOutlet(String p) {
    int words = Labels.wordCount(p);
    return words >= 2 && words <= 4 && (p.endsWith(" نت") || p.endsWith(".نت"));
  }

  /** A web address standing for its site: "AHDATH.INFO", "Hespress.com". */
  private static boolean isDomain(String p) {
    int dot = p.lastIndexOf('.');
    if (dot < 1 || dot > p.length() - 3) {
      return false;
    }
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
          && c != '.'
          && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** A short run of letters, perhaps with a region in brackets: what a place name looks like. */
  private static boolean isPlace(String p) {
    int words = Labels.wordCount(p);
    if (words < 1 || words > MAX_PLACE_WORDS) {
      return false;
    }
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (!(Character.isLetter(c)
          || Chars.isArabicMark(c)
          || Chars.isHorizontalSpace(c)
          || c == '('
          || c == ')')) {
        return false;
      }
    }
    return true;
  }

  /** The parts between dashes that have a space on at least one side. */
  private static List<String> split(String t) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == ':' && i > 0 && i + 1 < t.length() && Chars.isHorizontalSpace(t.charAt(i + 1))) {
        // A colon and a space cut too: "واشنطن: «الشرق الأوسط»".
        String part = t.substring(start, i).trim();
        if (!part.isEmpty()) {
          parts.add(part);
        }
        start = i + 1;
        i++;
        continue;
      }
      if (Chars.isDash(c) || c == '\u0640') {
        int end = i;
        while (end < t.length() && (Chars.isDash(t.charAt(end)) || t.charAt(end) == '\u0640')) {
          end++;
        }
        boolean spaced =
            (i > 0 && Chars.isHorizontalSpace(t.charAt(i - 1)))
                || (end < t.length() && Chars.isHorizontalSpace(t.charAt(end)));
        boolean tatweelOnly = t.substring(i, end).chars().allMatch(ch -> ch == '\u0640');
        // A tatweel run is a dash only with spaces on both sides; inside a word it stretches it.
        boolean separates =
            tatweelOnly
                ? i > 0
                    && end < t.length()
                    && Chars.isHorizontalSpace(t.charAt(i - 1))
                    && Chars.isHorizontalSpace(t.charAt(end))
                : spaced;
        if (separates) {
          String part = t.substring(start, i).trim();
          if (!part.isEmpty()) {
            parts.add(part);
          }
          start = end;
        }
        i = end;
      } else {
        i++;
      }
    }
    String last = t.substring(start).trim();
    if (!last.isEmpty()) {
      parts.add(last);
    }
    return parts;
  }

  /** The text without the spaces, colons and dashes that often close a byline. */
  private static String trimmed(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && (Chars.isHorizontalSpace(text.charAt(from)) || text.charAt(from) == ':')) {
      from++;
    }
    while (to > from
        && (Chars.isHorizontalSpace(text.charAt(to - 1))
            || text.charAt(to - 1) == ':'
            || Chars.isDash(text.charAt(to - 1)))) {
      to--;
    }
    return text.substring(from, to);
  }

  private static String join(List<String> parts) {
    return parts.isEmpty() ? null : String.join(" - ", parts);
  }
}
