package dev.akhbar.internal;

import static dev.akhbar.internal.DateLexicon.AGO;
import static dev.akhbar.internal.DateLexicon.AGO_INTRO;
import static dev.akhbar.internal.DateLexicon.DAY_PERIOD;
import static dev.akhbar.internal.DateLexicon.FRACTION;
import static dev.akhbar.internal.DateLexicon.GREGORIAN_MARK;
import static dev.akhbar.internal.DateLexicon.GREGORIAN_MONTH;
import static dev.akhbar.internal.DateLexicon.HIJRI_MARK;
import static dev.akhbar.internal.DateLexicon.HIJRI_MONTH;
import static dev.akhbar.internal.DateLexicon.ISO_T;
import static dev.akhbar.internal.DateLexicon.LEAD;
import static dev.akhbar.internal.DateLexicon.LOCAL_TIME;
import static dev.akhbar.internal.DateLexicon.MEEM;
import static dev.akhbar.internal.DateLexicon.MONTH_STEM;
import static dev.akhbar.internal.DateLexicon.NUMBER_WORD;
import static dev.akhbar.internal.DateLexicon.OF;
import static dev.akhbar.internal.DateLexicon.ORDINAL;
import static dev.akhbar.internal.DateLexicon.PAIR_JOINER;
import static dev.akhbar.internal.DateLexicon.RELATIVE_DAY;
import static dev.akhbar.internal.DateLexicon.TIME_INTRO;
import static dev.akhbar.internal.DateLexicon.UNIT;
import static dev.akhbar.internal.DateLexicon.UNIT_DUAL;
import static dev.akhbar.internal.DateLexicon.WEEKDAY;
import static dev.akhbar.internal.DateLexicon.ZONE;
import static dev.akhbar.internal.DateLexicon.ZONE_INTRO;

import dev.akhbar.date.CalendarSystem;
import dev.akhbar.date.DateParseResult;
import dev.akhbar.date.DatePrecision;
import dev.akhbar.date.DayMonthOrder;
import dev.akhbar.date.HijriDate;
import dev.akhbar.date.NewsDate;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The date grammar behind {@link dev.akhbar.date.NewsDateParser}: a tokenizer and a hand-written
 * matcher. Every token is looked at a bounded number of times, so the work is linear in the text;
 * there are no regular expressions.
 *
 * <p>Immutable and thread-safe; each call works on its own token arrays.
 */
public final class DateGrammar {
  private static final byte C_PUNCT = 0;
  private static final byte C_DIGIT = 1;
  private static final byte C_WORD = 2;
  private static final byte C_SKIP = 3;
  /** What the tokenizer makes of each UTF-16 code unit, computed once. */
  private static final byte[] CHAR_CLASS = new byte[0x10000];

  static {
    for (int i = 0; i < 0x10000; i++) {
      char c = (char) i;
      CHAR_CLASS[i] = Chars.digitValue(c) >= 0 ? C_DIGIT
          : Chars.isArabicLetter(c) || Chars.isArabicMark(c) || Character.isLetter(c) ? C_WORD
          : Chars.isHorizontalSpace(c) || Chars.isInvisibleFormat(c) || c == '\u0640' || c == '\n' || c == '\r'
              || c == '\0' ? C_SKIP
          : C_PUNCT;
    }
  }

  /** Tatweel and invisible characters inside a word do not end it. */
  private static boolean isInWordFiller(char c) {
    return c == '\u0640' || Chars.isInvisibleFormat(c);
  }

  private static final int NUM = 1;
  private static final int WORD = 2;
  private static final int PUNCT = 3;

  private final DayMonthOrder order;
  private final Optional<ZoneId> defaultZone;
  private final Optional<Instant> reference;

  /** A grammar with these options. */
  public DateGrammar(DayMonthOrder order, Optional<ZoneId> defaultZone, Optional<Instant> reference) {
    this.order = order;
    this.defaultZone = defaultZone;
    this.reference = reference;
  }

  /**
   * Parses a text that is one date, with nothing but punctuation around it. Never throws for any
   * text: a bug in the grammar becomes a failure with a reason, not the caller's crash.
   */
  public DateParseResult parse(CharSequence text) {
    try {
      return match(text);
    } catch (RuntimeException e) {
      return DateParseResult.failure("internal error while parsing a date: " + e);
    }
  }

  private DateParseResult match(CharSequence text) {
    Scan scan = scans.get().use(text);
    if (scan.count == 0) {
      return DateParseResult.failure("no date: the text is empty");
    }
    int t = 0;
    while (t < scan.count && (scan.kind[t] == PUNCT || scan.lexKind(t) == LEAD)) {
      t++;
    }
    Fields f = new Fields();
    int end = t < scan.count ? scan.mention(t, f) : -1;
    if (end < 0) {
      return DateParseResult.failure(f.error != null ? f.error : "not a date: '" + clip(text) + "'");
    }
    if (f.error != null) {
      return DateParseResult.failure(f.error);
    }
    for (int k = end; k < scan.count; k++) {
      if (scan.kind[k] != PUNCT) {
        return DateParseResult.failure("unexpected text after the date at character " + (scan.start[k] + 1)
            + ": '" + clip(text.subSequence(scan.start[k], text.length())) + "'");
      }
    }
    return scan.build(f, t, end);
  }

  /** Every date mention in running text, in order, none overlapping. */
  public List<NewsDate> find(CharSequence text, Optional<LocalDate> anchor) {
    Scan scan = scans.get().use(text);
    List<NewsDate> found = new ArrayList<>();
    int t = 0;
    while (t < scan.count) {
      Fields f = new Fields();
      int end = scan.mention(t, f);
      if (end > t && f.error == null && (f.month > 0 || f.relativeUnit >= 0 || f.relativeDays != Integer.MIN_VALUE)) {
        DateParseResult r = scan.build(f, t, end);
        if (r.date().isPresent()) {
          NewsDate d = r.date().get();
          found.add(anchor.isPresent() && d.year().isEmpty() ? anchorYear(d, anchor.get()) : d);
          t = end;
          continue;
        }
      }
      t++;
    }
    return found;
  }

  /**
   * Gives a year-less mention the year that puts it nearest on or before the anchor, allowing it
   * up to two months after (news reports on events just ahead, too).
   */
  static NewsDate anchorYear(NewsDate d, LocalDate anchor) {
    int year = anchor.getYear();
    if (d.month() == 2 && d.day() == 29 && !YearMonth.of(year, 2).isValidDay(29)) {
      year = year - 1;
      while (!YearMonth.of(year, 2).isValidDay(29)) {
        year--;
      }
      return d.withYear(year);
    }
    LocalDate candidate = LocalDate.of(year, d.month(), d.day());
    if (candidate.isAfter(anchor.plusMonths(2))) {
      year--;
    }
    return d.withYear(year);
  }

  private static String clip(CharSequence s) {
    String t = s.toString().strip();
    return t.length() > 60 ? t.substring(0, 60) + "…" : t;
  }

  /** What a match has found so far. */
  private static final class Fields {
    int weekday = -1;
    int year = -1;
    int month = -1;
    int day = -1;
    boolean hijri;
    int hijriYear = -1;
    int hijriMonth = -1;
    int hijriDay = -1;
    int hour = -1;
    int minute = -1;
    int second = -1;
    ZoneId zone;
    int relativeUnit = -1;
    long relativeAmount;
    int relativeDays = Integer.MIN_VALUE;
    String error;
    /** Remarks; allocated on the first one, most dates have none. */
    List<String> notes = List.of();

    void note(String text) {
      if (notes.isEmpty()) {
        notes = new ArrayList<>(2);
      }
      notes.add(text);
    }

    boolean complete() {
      return year > 0 && day > 0;
    }
  }

  /** Token arrays are kept per thread and reused: a date parse then allocates only its result. */
  private final ThreadLocal<Scan> scans = ThreadLocal.withInitial(Scan::new);

  /** The tokens of one text and the matcher over them. */
  private final class Scan {
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
    /** Scratch results of {@link #monthAt}. */
    int foundMonth;
    boolean foundHijri;

    Scan use(CharSequence text) {
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

    /** A date mention starting at token t: date, optional paired date, time and zone; or relative. */
    int mention(int t, Fields f) {
      int q = dateCore(t, f);
      if (q < 0) {
        return relative(t, f);
      }
      if (f.complete()) {
        q = pair(q, f);
      }
      if (f.day > 0) {
        q = timeAndZone(q, f);
      }
      return q;
    }

    int dateCore(int t, Fields f) {
      int p = t;
      if (lexKind(p) == UNIT && lexValue(p) == DateLexicon.DAY && lexKind(p + 1) == WEEKDAY) {
        p++;
      }
      if (lexKind(p) == WEEKDAY) {
        f.weekday = lexValue(p);
        p++;
        while (punctIn(p, ",،-")) {
          p++;
        }
      }
      int q = numeric(p, f);
      if (q < 0) {
        q = dayFirst(p, f);
      }
      if (q < 0) {
        q = monthFirst(p, f);
      }
      return q;
    }

    /** 29/02/2024, 2024-02-29, 7/23/2012 with the declared order; ISO with 'T'. */
    int numeric(int p, Fields f) {
      if (!isNum(p, 1, 4) || !punctIn(p + 1, "/-.") || !adjacent(p + 1) || !isNum(p + 2, 1, 2) || !adjacent(p + 2)) {
        return -1;
      }
      char sep = s.charAt(start[p + 1]);
      if (!punct(p + 3, sep) || !adjacent(p + 3) || !isNum(p + 4, 1, 4) || !adjacent(p + 4)) {
        return -1;
      }
      long a = num[p];
      long b = num[p + 2];
      long c = num[p + 4];
      int year;
      int month;
      int day;
      if (digits[p] == 4) {
        year = (int) a;
        month = (int) b;
        day = (int) c;
      } else if (digits[p] <= 2 && (digits[p + 4] == 4 || digits[p + 4] == 2)) {
        year = digits[p + 4] == 2 ? (int) (c < 70 ? 2000 + c : 1900 + c) : (int) c;
        boolean dayFirst = order == DayMonthOrder.DAY_FIRST;
        day = (int) (dayFirst ? a : b);
        month = (int) (dayFirst ? b : a);
      } else {
        return -1;
      }
      int q = p + 5;
      if (day < 1 || day > 31) {
        // 2024-02-00 (found by fuzzing): no day 0 or 32 in any month.
        f.error = "day " + day + " does not exist in '" + clip(s.subSequence(start[p], end[p + 4])) + "'";
        return q;
      }
      if (month < 1 || month > 12) {
        f.error = "month " + month + " does not exist in '" + clip(s.subSequence(start[p], end[p + 4])) + "'";
        return q;
      }
      boolean hijriMark = lexKind(q) == HIJRI_MARK;
      // 15/07/1442 with no mark is read as Hijri (and said so); year-first ISO dates never are.
      boolean hijriYear = digits[p] != 4 && year >= 1300 && year <= 1500;
      if (hijriMark || (hijriYear && lexKind(q) != GREGORIAN_MARK && lexKind(q) != MEEM)) {
        if (!hijriMark) {
          f.note("year " + year + " read as a Hijri year");
        } else {
          q++;
        }
        setHijri(f, year, month, day);
        return q;
      }
      if (lexKind(q) == GREGORIAN_MARK || lexKind(q) == MEEM) {
        q++;
      }
      f.year = year;
      f.month = month;
      f.day = day;
      if (lexKind(q) == ISO_T && adjacent(q)) {
        q++;
      }
      return q;
    }

    /** 29th, February 2024; 18 مارس/آذار; 15 رجب 1442هـ; 24 فبراير/ شباط 2022م. */
    int dayFirst(int p, Fields f) {
      if (!isNum(p, 1, 2) || num[p] < 1 || num[p] > 31) {
        return -1;
      }
      int day = (int) num[p];
      int q = p + 1;
      if (lexKind(q) == ORDINAL && adjacent(q)) {
        q++;
      }
      while (punctIn(q, ",،.-/")) {
        q++;
      }
      if (lexKind(q) == OF) {
        q++;
      }
      int m = monthAt(q);
      if (m < 0) {
        return -1;
      }
      int month = foundMonth;
      boolean hijri = foundHijri;
      q = m;
      int r = q;
      while (punctIn(r, ",،-/.")) {
        r++;
      }
      int y = year(r, hijri, f);
      setFields(f, y > 0 ? yearValue : -1, month, day, hijri);
      return y > 0 ? y : q;
    }

    /** February 29, 2024; Feb 29 2024; فبراير 2024 (month and year only). */
    int monthFirst(int p, Fields f) {
      int m = monthAt(p);
      if (m < 0) {
        return -1;
      }
      int month = foundMonth;
      boolean hijri = foundHijri;
      int q = m;
      if (isNum(q, 1, 2) && num[q] >= 1 && num[q] <= 31) {
        int day = (int) num[q];
        q++;
        if (lexKind(q) == ORDINAL && adjacent(q)) {
          q++;
        }
        int r = q;
        while (punctIn(r, ",،")) {
          r++;
        }
        int y = year(r, hijri, f);
        setFields(f, y > 0 ? yearValue : -1, month, day, hijri);
        return y > 0 ? y : q;
      }
      int r = q;
      while (punctIn(r, ",،")) {
        r++;
      }
      if (!isNum(r, 4, 4)) {
        return -1;
      }
      int y = year(r, hijri, f);
      if (y < 0) {
        return -1;
      }
      if (hijri) {
        f.error = "a Hijri month and year without a day cannot be converted: '" + clip(s.subSequence(start[p], end[y - 1])) + "'";
        return y;
      }
      f.year = yearValue;
      f.month = month;
      return y;
    }

    private int yearValue;

    /** A year at r, with an optional هـ or م mark; sets {@link #yearValue}. */
    int year(int r, boolean hijriMonth, Fields f) {
      if (!isNum(r, hijriMonth ? 3 : 4, 4)) {
        return -1;
      }
      yearValue = (int) num[r];
      int q = r + 1;
      int mark = lexKind(q);
      if (mark == HIJRI_MARK && !hijriMonth) {
        f.error = "a Gregorian month with a Hijri year: '" + clip(s.subSequence(start[r], end[q])) + "'";
        return q + 1;
      }
      if (mark == GREGORIAN_MARK && hijriMonth) {
        f.error = "a Hijri month with a Gregorian year: '" + clip(s.subSequence(start[r], end[q])) + "'";
        return q + 1;
      }
      if (mark == HIJRI_MARK || mark == GREGORIAN_MARK || (mark == MEEM && !hijriMonth && !isNum(q + 1, 1, 2))) {
        q++;
      }
      return q;
    }

    private void setFields(Fields f, int year, int month, int day, boolean hijri) {
      if (hijri) {
        if (year < 0) {
          f.error = "a Hijri date without a year cannot be converted";
          f.month = month;
          f.day = day;
          return;
        }
        setHijri(f, year, month, day);
        return;
      }
      f.year = year;
      f.month = month;
      f.day = day;
    }

    private void setHijri(Fields f, int year, int month, int day) {
      f.hijri = true;
      f.hijriYear = year;
      f.hijriMonth = month;
      f.hijriDay = day;
      if (day < 1 || day > 30) {
        f.error = "day " + day + " does not exist in a Hijri month";
        return;
      }
      Optional<LocalDate> g = new HijriDate(year, month, day).toGregorian();
      if (g.isEmpty()) {
        f.error = HijriDate.monthName(month) + " " + year + " has only 29 days";
        return;
      }
      f.year = g.get().getYear();
      f.month = g.get().getMonthValue();
      f.day = g.get().getDayOfMonth();
    }

    /** A month name (one or two words, or كانون 2), with an optional dual such as مارس/آذار. */
    int monthAt(int q) {
      if (lexKind(q) == UNIT && lexValue(q) == DateLexicon.MONTH && monthName(q + 1) > 0) {
        q++;
      }
      int e = monthName(q);
      if (e < 0) {
        return -1;
      }
      int month = foundMonth;
      boolean hijri = foundHijri;
      if (punctIn(e, "/-(")) {
        boolean paren = punct(e, '(');
        int e2 = monthName(e + 1);
        if (e2 > 0 && foundMonth == month && foundHijri == hijri) {
          e = e2;
          if (paren && punct(e, ')')) {
            e++;
          }
        }
      }
      foundMonth = month;
      foundHijri = hijri;
      return e;
    }

    private int monthName(int q) {
      int two = phrase(q, 2);
      int k = DateLexicon.kind(two);
      if (k == GREGORIAN_MONTH || k == HIJRI_MONTH) {
        foundMonth = DateLexicon.value(two);
        foundHijri = k == HIJRI_MONTH;
        return q + 2;
      }
      k = lexKind(q);
      if (k == GREGORIAN_MONTH || k == HIJRI_MONTH) {
        foundMonth = lexValue(q);
        foundHijri = k == HIJRI_MONTH;
        return q + 1;
      }
      if (k == MONTH_STEM && isNum(q + 1, 1, 1) && (num[q + 1] == 1 || num[q + 1] == 2)) {
        boolean kanun = lexValue(q) == 1;
        boolean first = num[q + 1] == 1;
        foundMonth = kanun ? (first ? 12 : 1) : (first ? 10 : 11);
        foundHijri = false;
        return q + 2;
      }
      return -1;
    }

    /** A second date in the other calendar: السبت 15 رجب 1442هـ 27 فبراير 2021م. */
    int pair(int q, Fields f) {
      int r = q;
      while (r < count && (punctIn(r, "-,،/|(") || lexKind(r) == PAIR_JOINER)) {
        r++;
      }
      Fields g = new Fields();
      int e = r < count ? dateCore(r, g) : -1;
      if (e < 0 || !g.complete() || g.hijri == f.hijri || g.error != null) {
        return q;
      }
      Fields hijri = f.hijri ? f : g;
      Fields greg = f.hijri ? g : f;
      LocalDate fromHijri = LocalDate.of(hijri.year, hijri.month, hijri.day);
      if (!YearMonth.of(greg.year, greg.month).isValidDay(greg.day)) {
        return q;
      }
      LocalDate gregorian = LocalDate.of(greg.year, greg.month, greg.day);
      long apart = Math.abs(ChronoUnit.DAYS.between(fromHijri, gregorian));
      if (apart > 1) {
        f.note("the Hijri date " + new HijriDate(hijri.hijriYear, hijri.hijriMonth, hijri.hijriDay)
            + " is " + apart + " days from the Gregorian date " + gregorian + "; the Gregorian date is kept");
      }
      f.hijriYear = hijri.hijriYear;
      f.hijriMonth = hijri.hijriMonth;
      f.hijriDay = hijri.hijriDay;
      f.year = greg.year;
      f.month = greg.month;
      f.day = greg.day;
      f.hijri = false;
      if (f.weekday < 0) {
        f.weekday = g.weekday;
      }
      if (punct(e, ')')) {
        e++;
      }
      return e;
    }

    int timeAndZone(int q, Fields f) {
      int r = q;
      while (r < count && (punctIn(r, ",،-|") || lexKind(r) == TIME_INTRO || lexKind(r) == LEAD
          || (lexKind(r) == ISO_T && adjacent(r)))) {
        r++;
      }
      int t = time(r, f);
      if (t > 0) {
        int z = zone(t, f, true);
        return z > 0 ? z : t;
      }
      // The zone may come first: "27 فبراير 2021م GMT+3 03:47:01am".
      int z = zone(q, f, false);
      if (z < 0) {
        return q;
      }
      r = z;
      while (r < count && (punctIn(r, ",،-|") || lexKind(r) == TIME_INTRO)) {
        r++;
      }
      t = time(r, f);
      return t > 0 ? t : z;
    }

    /** 10:30, 08:15 م, 12:49:17 PM, 10:30:00.000. */
    int time(int p, Fields f) {
      if (!isNum(p, 1, 2) || !punct(p + 1, ':') || !adjacent(p + 1) || !isNum(p + 2, 2, 2) || !adjacent(p + 2)) {
        return -1;
      }
      int hour = (int) num[p];
      int minute = (int) num[p + 2];
      int second = -1;
      int q = p + 3;
      if (punct(q, ':') && adjacent(q) && isNum(q + 1, 2, 2) && adjacent(q + 1)) {
        second = (int) num[q + 1];
        q += 2;
        if (punct(q, '.') && adjacent(q) && isNum(q + 1, 1, 9) && adjacent(q + 1)) {
          q += 2;
        }
      }
      if (hour > 23 || minute > 59 || second > 59) {
        return -1;
      }
      int period = lexKind(q) == DAY_PERIOD ? lexValue(q) : lexKind(q) == MEEM ? 1 : -1;
      if (period >= 0) {
        if (hour < 1 || hour > 12) {
          return -1;
        }
        boolean afterNoon = period == 1 || (period == 2 && hour >= 5 && hour != 12);
        if (afterNoon && hour < 12) {
          hour += 12;
        } else if (!afterNoon && hour == 12) {
          hour = 0;
        }
        q++;
      }
      f.hour = hour;
      f.minute = minute;
      f.second = second;
      return q;
    }

    /** GMT, UTC, GMT+3, +03:00, +0400, Z, (GMT), بتوقيت مكة المكرمة, بالتوقيت المحلي. */
    int zone(int q, Fields f, boolean afterTime) {
      if (punct(q, '(')) {
        int z = zone(q + 1, f, afterTime);
        if (z > 0 && punct(z, ')')) {
          return z + 1;
        }
        f.zone = null;
        return -1;
      }
      if (lexKind(q) == ZONE && (afterTime || f.day > 0)) {
        ZoneId zone = DateLexicon.ZONES.get(lexValue(q));
        int e = q + 1;
        if (zone.equals(ZoneOffset.UTC) && punctIn(e, "+-")) {
          int o = offset(e);
          if (o > 0) {
            zone = offsetValue;
            e = o;
          }
        }
        f.zone = zone;
        return e;
      }
      if (afterTime && punctIn(q, "+-")) {
        int o = offset(q);
        if (o > 0) {
          f.zone = offsetValue;
            return o;
        }
      }
      if (lexKind(q) == ZONE_INTRO || (phrase(q, 2) >= 0 && DateLexicon.kind(phrase(q, 2)) == ZONE_INTRO)) {
        int r = lexKind(q) == ZONE_INTRO ? q + 1 : q + 2;
        if (lexKind(r) == LOCAL_TIME) {
          return r + 1;
        }
        for (int words = 3; words >= 1; words--) {
          int code = phrase(r, words);
          if (DateLexicon.kind(code) == ZONE) {
            f.zone = DateLexicon.ZONES.get(DateLexicon.value(code));
                return r + words;
          }
        }
      }
      return -1;
    }

    private ZoneOffset offsetValue;

    /** +3, +03, +03:00, +0300, -0530 at q (the sign); sets {@link #offsetValue}. */
    int offset(int q) {
      boolean minus = s.charAt(start[q]) == '-';
      if (!isNum(q + 1, 1, 4) || !adjacent(q + 1)) {
        return -1;
      }
      int hours;
      int minutes = 0;
      int e = q + 2;
      if (digits[q + 1] == 4) {
        hours = (int) (num[q + 1] / 100);
        minutes = (int) (num[q + 1] % 100);
      } else if (digits[q + 1] <= 2) {
        hours = (int) num[q + 1];
        if (punct(e, ':') && isNum(e + 1, 2, 2)) {
          minutes = (int) num[e + 1];
          e += 2;
        }
      } else {
        return -1;
      }
      if (hours > 18 || minutes > 59) {
        return -1;
      }
      int total = hours * 3600 + minutes * 60;
      offsetValue = ZoneOffset.ofTotalSeconds(minus ? -total : total);
      return e;
    }

    /** منذ 3 ساعات, قبل 5 دقائق, منذ يومين, أمس, أول أمس, اليوم, 3 hours ago. */
    int relative(int t, Fields f) {
      for (int words = 3; words >= 1; words--) {
        int code = phrase(t, words);
        if (DateLexicon.kind(code) == RELATIVE_DAY) {
          f.relativeDays = DateLexicon.value(code) - 100;
          return needsReference(f, t + words);
        }
      }
      if (lexKind(t) == AGO_INTRO) {
        int e = amount(t + 1, f);
        return e > 0 ? needsReference(f, e) : -1;
      }
      int e = amount(t, f);
      if (e > 0 && lexKind(e) == AGO) {
        return needsReference(f, e + 1);
      }
      f.relativeUnit = -1;
      return -1;
    }

    private int needsReference(Fields f, int e) {
      if (reference.isEmpty()) {
        f.error = "a relative date needs a reference instant: '" + clip(s.subSequence(start[0], end[e - 1])) + "'";
      }
      return e;
    }

    /** 3 ساعات, ثلاث ساعات, ساعتين, ساعة, نصف ساعة. */
    int amount(int p, Fields f) {
      long n;
      int q;
      if (p < count && kind[p] == NUM && digits[p] <= 6) {
        n = num[p];
        q = p + 1;
      } else if (lexKind(p) == NUMBER_WORD) {
        n = lexValue(p);
        q = p + 1;
      } else if (lexKind(p) == UNIT_DUAL) {
        f.relativeUnit = lexValue(p);
        f.relativeAmount = 2;
        return p + 1;
      } else if (lexKind(p) == FRACTION && lexKind(p + 1) == UNIT && lexValue(p + 1) == DateLexicon.HOUR) {
        f.relativeUnit = DateLexicon.MINUTE;
        f.relativeAmount = lexValue(p);
        return p + 2;
      } else if (lexKind(p) == UNIT && lexValue(p) < 10) {
        f.relativeUnit = lexValue(p);
        f.relativeAmount = 1;
        return p + 1;
      } else {
        return -1;
      }
      if (lexKind(q) != UNIT) {
        return -1;
      }
      f.relativeUnit = lexValue(q) % 10;
      f.relativeAmount = n;
      return q + 1;
    }

    DateParseResult build(Fields f, int firstToken, int endToken) {
      int from = start[firstToken];
      int to = end[endToken - 1];
      if (f.error != null) {
        return DateParseResult.failure(f.error);
      }
      if (f.relativeUnit >= 0 || f.relativeDays != Integer.MIN_VALUE) {
        return relativeDate(f, from, to);
      }
      if (f.month < 1) {
        return DateParseResult.failure("not a date: '" + clip(s.subSequence(from, to)) + "'");
      }
      // Days up to 28 exist in every month: the calendar is asked only past them.
      if (f.day > 28 && f.year > 0 && !YearMonth.of(f.year, f.month).isValidDay(f.day)) {
        return DateParseResult.failure(Month.of(f.month).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
            + " " + f.year + " has " + YearMonth.of(f.year, f.month).lengthOfMonth() + " days, not " + f.day
            + ": '" + clip(s.subSequence(from, to)) + "'");
      }
      if (f.day > 0 && f.year < 0 && f.day > Month.of(f.month).maxLength()) {
        return DateParseResult.failure("day " + f.day + " does not exist in month " + f.month);
      }
      DatePrecision precision;
      Optional<LocalTime> time = Optional.empty();
      if (f.year < 0) {
        precision = DatePrecision.MONTH_DAY;
      } else if (f.day < 0) {
        precision = DatePrecision.YEAR_MONTH;
      } else if (f.hour >= 0) {
        precision = f.second >= 0 ? DatePrecision.SECOND : DatePrecision.MINUTE;
        time = Optional.of(LocalTime.of(f.hour, f.minute, Math.max(f.second, 0)));
      } else {
        precision = DatePrecision.DATE;
      }
      Optional<ZoneId> zone = Optional.ofNullable(f.zone);
      if (zone.isEmpty() && time.isPresent()) {
        zone = defaultZone;
      }
      if (precision != DatePrecision.MINUTE && precision != DatePrecision.SECOND && precision != DatePrecision.DATE) {
        zone = Optional.empty();
      }
      Optional<HijriDate> hijri = f.hijriYear > 0
          ? Optional.of(new HijriDate(f.hijriYear, f.hijriMonth, f.hijriDay)) : Optional.empty();
      NewsDate date = new NewsDate(f.year > 0 ? OptionalInt.of(f.year) : OptionalInt.empty(), f.month,
          Math.max(f.day, 0), time, zone, f.hijri ? CalendarSystem.HIJRI : CalendarSystem.GREGORIAN,
          hijri, precision, from, to);
      if (f.weekday > 0 && date.date().isPresent()
          && date.date().get().getDayOfWeek() != DayOfWeek.of(f.weekday)) {
        f.note("the weekday says " + DayOfWeek.of(f.weekday) + " but " + date.date().get() + " is a "
            + date.date().get().getDayOfWeek());
      }
      return DateParseResult.of(date, f.notes);
    }

    private DateParseResult relativeDate(Fields f, int from, int to) {
      ZoneId zone = defaultZone.orElse(ZoneOffset.UTC);
      ZonedDateTime now = reference.orElseThrow().atZone(zone);
      LocalDate today = now.toLocalDate();
      if (f.relativeDays != Integer.MIN_VALUE) {
        return dayResult(today.plusDays(f.relativeDays), from, to);
      }
      long n = f.relativeAmount;
      switch (f.relativeUnit) {
        case DateLexicon.SECOND:
          return timeResult(now.minusSeconds(n), zone, DatePrecision.SECOND, from, to);
        case DateLexicon.MINUTE:
          return timeResult(now.minusMinutes(n), zone, DatePrecision.MINUTE, from, to);
        case DateLexicon.HOUR:
          return timeResult(now.minusHours(n), zone, DatePrecision.MINUTE, from, to);
        case DateLexicon.DAY:
          return dayResult(today.minusDays(n), from, to);
        case DateLexicon.WEEK:
          return dayResult(today.minusWeeks(n), from, to);
        case DateLexicon.MONTH:
          return dayResult(today.minusMonths(n), from, to);
        default:
          return dayResult(today.minusYears(n), from, to);
      }
    }

    private DateParseResult dayResult(LocalDate date, int from, int to) {
      return DateParseResult.of(new NewsDate(OptionalInt.of(date.getYear()), date.getMonthValue(),
          date.getDayOfMonth(), Optional.empty(), Optional.empty(), CalendarSystem.GREGORIAN,
          Optional.empty(), DatePrecision.DATE, from, to), List.of());
    }

    /** A time "N units ago": minutes are what such phrases mean, seconds only when they say seconds. */
    private DateParseResult timeResult(ZonedDateTime at, ZoneId zone, DatePrecision precision, int from, int to) {
      LocalTime time = at.toLocalTime().withNano(0);
      if (precision == DatePrecision.MINUTE) {
        time = time.withSecond(0);
      }
      return DateParseResult.of(new NewsDate(OptionalInt.of(at.getYear()), at.getMonthValue(),
          at.getDayOfMonth(), Optional.of(time), Optional.of(zone), CalendarSystem.GREGORIAN,
          Optional.empty(), precision, from, to), List.of());
    }
  }
}
