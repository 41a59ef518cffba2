package dev.akhbar.date;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A date as a news text wrote it: what it said and no more.
 *
 * <p>A date without a year keeps no year ({@link DatePrecision#MONTH_DAY}); a date without a time
 * keeps no time; a zone is kept only when the text named one (or the parser was given a default
 * zone for times). Dates written in the Hijri calendar carry their Hijri fields and their Gregorian
 * equivalent. {@link #start()} and {@link #end()} give the span of text it came from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the Gregorian year, absent for {@link DatePrecision#MONTH_DAY}
 * @param month the Gregorian month, 1-12
 * @param day the day of the month, 1-31, or 0 for {@link DatePrecision#YEAR_MONTH}
 * @param time the time of day, present for {@link DatePrecision#MINUTE} and {@link
 *     DatePrecision#SECOND}
 * @param zone the zone or offset the text named, if any
 * @param calendar the calendar the text was written in
 * @param hijri the Hijri fields, when the text gave a Hijri date (alone or beside a Gregorian one)
 * @param precision how much the text said
 * @param start the index of the first character of the mention in the parsed text
 * @param end the index after its last character
 */
public record NewsDate(
    OptionalInt year,
    int month,
    int day,
    Optional<LocalTime> time,
    Optional<ZoneId> zone,
    CalendarSystem calendar,
    Optional<HijriDate> hijri,
    DatePrecision precision,
    int start,
    int end) {

  /** Checks that the fields agree with each other and with the precision. */
  public NewsDate {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(hijri, "hijri");
    Objects.requireNonNull(precision, "precision");
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month must be 1-12: " + month);
    }
    boolean needsYear = precision != DatePrecision.MONTH_DAY;
    if (year.isPresent() != needsYear) {
      throw new IllegalArgumentException(
          "year must be " + (needsYear ? "present" : "absent") + " for " + precision);
    }
    if (precision == DatePrecision.YEAR_MONTH ? day != 0 : (day < 1 || day > 31)) {
      throw new IllegalArgumentException("day " + day + " does not fit " + precision);
    }
    // Days up to 28 exist in every month: the calendar is asked only past them.
    if (year.isPresent() && day > 28 && !YearMonth.of(year.getAsInt(), month).isValidDay(day)) {
      throw new IllegalArgumentException(
          "no such date: " + year.getAsInt() + "-" + month + "-" + day);
    }
    boolean hasTime = precision == DatePrecision.MINUTE || precision == DatePrecision.SECOND;
    if (time.isPresent() != hasTime) {
      throw new IllegalArgumentException(
          "time must be " + (hasTime ? "present" : "absent") + " for " + precision);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** The whole date, when the text gave a year and a day. */
  public Optional<LocalDate> date() {
    return year.isPresent() && day > 0
        ? Optional.of(LocalDate.of(year.getAsInt(), month, day))
        : Optional.empty();
  }

  /** The date and time with its offset, when the text gave a date, a time and a zone. */
  public Optional<OffsetDateTime> offsetDateTime() {
    if (date().isEmpty() || time.isEmpty() || zone.isEmpty()) {
      return Optional.empty();
    }
    LocalDateTime local = LocalDateTime.of(date().get(), time.get());
    ZoneId z = zone.get();
    ZoneOffset offset = z instanceof ZoneOffset ? (ZoneOffset) z : z.getRules().getOffset(local);
    return Optional.of(OffsetDateTime.of(local, offset));
  }

  /** This date with a year; used to anchor a mention that had none. */
  public NewsDate withYear(int newYear) {
    DatePrecision p = precision == DatePrecision.MONTH_DAY ? DatePrecision.DATE : precision;
    return new NewsDate(
        OptionalInt.of(newYear), month, day, time, zone, calendar, hijri, p, start, end);
  }

  /**
   * ISO-8601 text of exactly what is known: {@code 2024-02-29}, {@code 2024-02}, {@code --03-18}
   * (no year), {@code 2024-02-29T10:30}, {@code 2024-02-29T10:30+03:00}, {@code
   * 2024-02-29T10:30:15Z}.
   */
  public String toIso() {
    StringBuilder b = new StringBuilder(25);
    if (year.isPresent()) {
      int y = year.getAsInt();
      if (y < 0) {
        b.append('-');
      }
      pad(b, Math.abs(y), 4);
    } else {
      b.append('-');
    }
    b.append('-');
    pad(b, month, 2);
    if (precision == DatePrecision.YEAR_MONTH) {
      return b.toString();
    }
    b.append('-');
    pad(b, day, 2);
    if (time.isEmpty()) {
      return b.toString();
    }
    LocalTime t = time.get();
    b.append('T');
    pad(b, t.getHour(), 2);
    b.append(':');
    pad(b, t.getMinute(), 2);
    if (precision == DatePrecision.SECOND) {
      b.append(':');
      pad(b, t.getSecond(), 2);
    }
    Optional<OffsetDateTime> odt = offsetDateTime();
    if (odt.isPresent()) {
      b.append(odt.get().getOffset().getId());
    }
    return b.toString();
  }

  private static void pad(StringBuilder b, int value, int width) {
    String s = Integer.toString(value);
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    b.append(s);
  }

  @Override
  public String toString() {
    return toIso()
        + (calendar == CalendarSystem.HIJRI
            ? " (" + hijri.map(HijriDate::toString).orElse("AH") + ")"
            : "");
  }
}
