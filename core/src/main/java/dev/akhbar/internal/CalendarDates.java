package dev.akhbar.internal;

import static dev.akhbar.internal.DateLexicon.GREGORIAN_MARK;
import static dev.akhbar.internal.DateLexicon.GREGORIAN_MONTH;
import static dev.akhbar.internal.DateLexicon.HIJRI_MARK;
import static dev.akhbar.internal.DateLexicon.HIJRI_MONTH;
import static dev.akhbar.internal.DateLexicon.ISO_T;
import static dev.akhbar.internal.DateLexicon.MEEM;
import static dev.akhbar.internal.DateLexicon.MONTH_STEM;
import static dev.akhbar.internal.DateLexicon.OF;
import static dev.akhbar.internal.DateLexicon.ORDINAL;
import static dev.akhbar.internal.DateLexicon.PAIR_JOINER;
import static dev.akhbar.internal.DateLexicon.UNIT;
import static dev.akhbar.internal.DateLexicon.WEEKDAY;

import dev.akhbar.date.DayMonthOrder;
import dev.akhbar.date.HijriDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Calendar dates in a date text: numeric ({@code 29/02/2024}, ISO), day first ({@code 29th,
 * February 2024}, {@code 15 رجب 1442هـ}), month first ({@code February 29, 2024}), years with their
 * calendar marks, month names (one or two words, dual names such as {@code مارس/آذار}) and a date
 * paired with the same date in the other calendar. The second layer of the date grammar.
 */
class CalendarDates extends DateTokens {
  final DayMonthOrder order;

  /** Scratch results of {@link #monthAt}. */
  int foundMonth;

  boolean foundHijri;
  private int yearValue;

  CalendarDates(DayMonthOrder order) {
    this.order = order;
  }

  int dateCore(int t, DateFields f) {
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
  int numeric(int p, DateFields f) {
    if (!isNum(p, 1, 4)
        || !punctIn(p + 1, "/-.")
        || !adjacent(p + 1)
        || !isNum(p + 2, 1, 2)
        || !adjacent(p + 2)) {
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
      if (month > 12 && month <= 31 && day >= 1 && day <= 12) {
        // 7/23/2012 read day first has no month 23; the other order is the only date it can be.
        int m = day;
        day = month;
        month = m;
        f.note(
            "read "
                + (dayFirst ? "month" : "day")
                + " first: "
                + day
                + " can be no month in '"
                + clip(s.subSequence(start[p], end[p + 4]))
                + "'");
      }
    } else {
      return -1;
    }
    int q = p + 5;
    if (day < 1 || day > 31) {
      // 2024-02-00 (found by fuzzing): no day 0 or 32 in any month.
      f.error =
          "day " + day + " does not exist in '" + clip(s.subSequence(start[p], end[p + 4])) + "'";
      return q;
    }
    if (month < 1 || month > 12) {
      f.error =
          "month "
              + month
              + " does not exist in '"
              + clip(s.subSequence(start[p], end[p + 4]))
              + "'";
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
  int dayFirst(int p, DateFields f) {
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
  int monthFirst(int p, DateFields f) {
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
      f.error =
          "a Hijri month and year without a day cannot be converted: '"
              + clip(s.subSequence(start[p], end[y - 1]))
              + "'";
      return y;
    }
    f.year = yearValue;
    f.month = month;
    return y;
  }

  /** A year at r, with an optional هـ or م mark; sets {@link #yearValue}. */
  int year(int r, boolean hijriMonth, DateFields f) {
    if (!isNum(r, hijriMonth ? 3 : 4, 4)) {
      return -1;
    }
    yearValue = (int) num[r];
    int q = r + 1;
    int mark = lexKind(q);
    if (mark == HIJRI_MARK && !hijriMonth) {
      f.error =
          "a Gregorian month with a Hijri year: '" + clip(s.subSequence(start[r], end[q])) + "'";
      return q + 1;
    }
    if (mark == GREGORIAN_MARK && hijriMonth) {
      f.error =
          "a Hijri month with a Gregorian year: '" + clip(s.subSequence(start[r], end[q])) + "'";
      return q + 1;
    }
    if (mark == HIJRI_MARK
        || mark == GREGORIAN_MARK
        || (mark == MEEM && !hijriMonth && !isNum(q + 1, 1, 2))) {
      q++;
    }
    return q;
  }

  private void setFields(DateFields f, int year, int month, int day, boolean hijri) {
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

  private void setHijri(DateFields f, int year, int month, int day) {
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
  int pair(int q, DateFields f) {
    int r = q;
    while (r < count && (punctIn(r, "-,،/|(") || lexKind(r) == PAIR_JOINER)) {
      r++;
    }
    DateFields g = new DateFields();
    int e = r < count ? dateCore(r, g) : -1;
    if (e < 0 || !g.complete() || g.hijri == f.hijri || g.error != null) {
      return q;
    }
    DateFields hijri = f.hijri ? f : g;
    DateFields greg = f.hijri ? g : f;
    LocalDate fromHijri = LocalDate.of(hijri.year, hijri.month, hijri.day);
    if (!YearMonth.of(greg.year, greg.month).isValidDay(greg.day)) {
      return q;
    }
    LocalDate gregorian = LocalDate.of(greg.year, greg.month, greg.day);
    long apart = Math.abs(ChronoUnit.DAYS.between(fromHijri, gregorian));
    if (apart > 1) {
      f.note(
          "the Hijri date "
              + new HijriDate(hijri.hijriYear, hijri.hijriMonth, hijri.hijriDay)
              + " is "
              + apart
              + " days from the Gregorian date "
              + gregorian
              + "; the Gregorian date is kept");
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
}
