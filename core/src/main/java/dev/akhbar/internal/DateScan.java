package dev.akhbar.internal;

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
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One date text matched: a mention (a calendar date with its paired date, time and zone, or a
 * relative date) found by the layers below, and the {@link DateParseResult} built from what it
 * found. The top layer of the date grammar; {@link DateGrammar} keeps one per thread.
 *
 * <p>Not thread-safe: one per thread.
 */
final class DateScan extends RelativeDates {
  private final Optional<ZoneId> defaultZone;

  DateScan(DayMonthOrder order, Optional<ZoneId> defaultZone, Optional<Instant> reference) {
    super(order, reference);
    this.defaultZone = defaultZone;
  }

  /** A date mention starting at token t: date, optional paired date, time and zone; or relative. */
  int mention(int t, DateFields f) {
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

  DateParseResult build(DateFields f, int firstToken, int endToken) {
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
    if (f.year == 0) {
      // Written "0000": no year of a news date, and none a NewsDate can hold.
      return DateParseResult.failure("year 0 is no year: '" + clip(s.subSequence(from, to)) + "'");
    }
    // Days up to 28 exist in every month: the calendar is asked only past them.
    if (f.day > 28 && f.year > 0 && !YearMonth.of(f.year, f.month).isValidDay(f.day)) {
      return DateParseResult.failure(
          Month.of(f.month)
                  .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
              + " "
              + f.year
              + " has "
              + YearMonth.of(f.year, f.month).lengthOfMonth()
              + " days, not "
              + f.day
              + ": '"
              + clip(s.subSequence(from, to))
              + "'");
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
    if (precision != DatePrecision.MINUTE
        && precision != DatePrecision.SECOND
        && precision != DatePrecision.DATE) {
      zone = Optional.empty();
    }
    Optional<HijriDate> hijri =
        f.hijriYear > 0
            ? Optional.of(new HijriDate(f.hijriYear, f.hijriMonth, f.hijriDay))
            : Optional.empty();
    NewsDate date =
        new NewsDate(
            f.year > 0 ? OptionalInt.of(f.year) : OptionalInt.empty(),
            f.month,
            Math.max(f.day, 0),
            time,
            zone,
            f.hijri ? CalendarSystem.HIJRI : CalendarSystem.GREGORIAN,
            hijri,
            precision,
            from,
            to);
    if (f.weekday > 0
        && date.date().isPresent()
        && date.date().get().getDayOfWeek() != DayOfWeek.of(f.weekday)) {
      f.note(
          "the weekday says "
              + DayOfWeek.of(f.weekday)
              + " but "
              + date.date().get()
              + " is a "
              + date.date().get().getDayOfWeek());
    }
    return DateParseResult.of(date, f.notes);
  }

  private DateParseResult relativeDate(DateFields f, int from, int to) {
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
    return DateParseResult.of(
        new NewsDate(
            OptionalInt.of(date.getYear()),
            date.getMonthValue(),
            date.getDayOfMonth(),
            Optional.empty(),
            Optional.empty(),
            CalendarSystem.GREGORIAN,
            Optional.empty(),
            DatePrecision.DATE,
            from,
            to),
        List.of());
  }

  /**
   * A time "N units ago": minutes are what such phrases mean, seconds only when they say seconds.
   */
  private DateParseResult timeResult(
      ZonedDateTime at, ZoneId zone, DatePrecision precision, int from, int to) {
    LocalTime time = at.toLocalTime().withNano(0);
    if (precision == DatePrecision.MINUTE) {
      time = time.withSecond(0);
    }
    return DateParseResult.of(
        new NewsDate(
            OptionalInt.of(at.getYear()),
            at.getMonthValue(),
            at.getDayOfMonth(),
            Optional.of(time),
            Optional.of(zone),
            CalendarSystem.GREGORIAN,
            Optional.empty(),
            precision,
            from,
            to),
        List.of());
  }
}
