package dev.akhbar.internal;

import static dev.akhbar.internal.DateLexicon.DAY_PERIOD;
import static dev.akhbar.internal.DateLexicon.ISO_T;
import static dev.akhbar.internal.DateLexicon.LEAD;
import static dev.akhbar.internal.DateLexicon.LOCAL_TIME;
import static dev.akhbar.internal.DateLexicon.MEEM;
import static dev.akhbar.internal.DateLexicon.TIME_INTRO;
import static dev.akhbar.internal.DateLexicon.ZONE;
import static dev.akhbar.internal.DateLexicon.ZONE_INTRO;

import dev.akhbar.date.DayMonthOrder;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The time of day and the zone after a date: {@code 10:30}, {@code 08:15 م}, {@code 12:49:17 PM},
 * {@code GMT+3}, {@code +03:00}, {@code بتوقيت مكة المكرمة}. The third layer of the date grammar.
 */
class TimesAndZones extends CalendarDates {
  TimesAndZones(DayMonthOrder order) {
    super(order);
  }

  int timeAndZone(int q, DateFields f) {
    int r = q;
    while (r < count
        && (punctIn(r, ",،-|")
            || lexKind(r) == TIME_INTRO
            || lexKind(r) == LEAD
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

  /** 10:30, 08:15 م, 12:49:17 PM, 10:30:00.000; ISO basic 194300 or 1943 right after a T. */
  int time(int p, DateFields f) {
    int basic = basicTime(p, f);
    if (basic > 0) {
      return basic;
    }
    if (!isNum(p, 1, 2)
        || !punct(p + 1, ':')
        || !adjacent(p + 1)
        || !isNum(p + 2, 2, 2)
        || !adjacent(p + 2)) {
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

  /**
   * ISO 8601's basic time, HHMMSS or HHMM without colons ({@code 2017-01-22T194300}, as the ANT
   * corpus writes it): only directly after the date's T, where four digits cannot be a year.
   */
  private int basicTime(int p, DateFields f) {
    if (!(isNum(p, 4, 4) || isNum(p, 6, 6))
        || !adjacent(p)
        || lexKind(p - 1) != ISO_T
        || !adjacent(p - 1)) {
      return -1;
    }
    boolean seconds = digits[p] == 6;
    long v = num[p];
    int hour = (int) (seconds ? v / 10_000 : v / 100);
    int minute = (int) (seconds ? v / 100 % 100 : v % 100);
    int second = seconds ? (int) (v % 100) : -1;
    if (hour > 23 || minute > 59 || second > 59) {
      return -1;
    }
    f.hour = hour;
    f.minute = minute;
    f.second = second;
    return p + 1;
  }

  /** GMT, UTC, GMT+3, +03:00, +0400, Z, (GMT), بتوقيت مكة المكرمة, بالتوقيت المحلي. */
  int zone(int q, DateFields f, boolean afterTime) {
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
    if (lexKind(q) == ZONE_INTRO
        || (phrase(q, 2) >= 0 && DateLexicon.kind(phrase(q, 2)) == ZONE_INTRO)) {
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
}
