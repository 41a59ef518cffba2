package dev.akhbar.date;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A date in the Hijri calendar, converted to and from the Gregorian calendar with the Umm al-Qura
 * tables (through ICU4J).
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the Hijri year (AH)
 * @param month the month, 1 (محرم) to 12 (ذو الحجة)
 * @param day the day of the month, 1 to 30
 */
public record HijriDate(int year, int month, int day) {
  /** Arabic names of the twelve months, in their most common spelling. */
  private static final String[] MONTH_NAMES = {
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
    "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"
  };

  /**
   * Checks the ranges of the fields; the day is checked against the month by {@link
   * #toGregorian()}.
   */
  public HijriDate {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("Hijri month must be 1-12: " + month);
    }
    if (day < 1 || day > 30) {
      throw new IllegalArgumentException("Hijri day must be 1-30: " + day);
    }
  }

  /** The Arabic name of a Hijri month, 1 to 12. */
  public static String monthName(int month) {
    return MONTH_NAMES[month - 1];
  }

  /** The years the month table covers: those of ICU's Umm al-Qura data. */
  private static final int FIRST_YEAR = 1300;

  private static final int LAST_YEAR = 1600;

  /** Epoch day of the first of every month from 1 Muharram 1300, plus the day after the last. */
  private static final int[] MONTH_START = new int[(LAST_YEAR - FIRST_YEAR + 1) * 12 + 1];

  static {
    IslamicCalendar cal = calendar();
    for (int i = 0; i < MONTH_START.length; i++) {
      cal.clear();
      cal.set(FIRST_YEAR + i / 12, i % 12, 1);
      MONTH_START[i] = (int) Math.floorDiv(cal.getTimeInMillis(), 86_400_000L);
    }
  }

  private int monthIndex() {
    return year >= FIRST_YEAR && year <= LAST_YEAR ? (year - FIRST_YEAR) * 12 + month - 1 : -1;
  }

  /** The Gregorian date of this day, or empty when the month has fewer days (29 or 30). */
  public Optional<LocalDate> toGregorian() {
    if (day > lengthOfMonth()) {
      return Optional.empty();
    }
    int index = monthIndex();
    if (index >= 0) {
      return Optional.of(LocalDate.ofEpochDay(MONTH_START[index] + day - 1L));
    }
    IslamicCalendar cal = calendar();
    cal.clear();
    cal.set(year, month - 1, day);
    return Optional.of(LocalDate.ofEpochDay(Math.floorDiv(cal.getTimeInMillis(), 86_400_000L)));
  }

  /** The Hijri date of a Gregorian date. */
  public static HijriDate fromGregorian(LocalDate date) {
    long epochDay = date.toEpochDay();
    if (epochDay >= MONTH_START[0] && epochDay < MONTH_START[MONTH_START.length - 1]) {
      int i = java.util.Arrays.binarySearch(MONTH_START, (int) epochDay);
      int index = i >= 0 ? i : -i - 2;
      return new HijriDate(
          FIRST_YEAR + index / 12, index % 12 + 1, (int) (epochDay - MONTH_START[index]) + 1);
    }
    IslamicCalendar cal = calendar();
    cal.setTimeInMillis(epochDay * 86_400_000L);
    return new HijriDate(
        cal.get(IslamicCalendar.EXTENDED_YEAR),
        cal.get(IslamicCalendar.MONTH) + 1,
        cal.get(IslamicCalendar.DAY_OF_MONTH));
  }

  /** Days in this date's month: 29 or 30. */
  public int lengthOfMonth() {
    int index = monthIndex();
    if (index >= 0) {
      return MONTH_START[index + 1] - MONTH_START[index];
    }
    IslamicCalendar cal = calendar();
    cal.clear();
    cal.set(year, month - 1, 1);
    return cal.getActualMaximum(IslamicCalendar.DAY_OF_MONTH);
  }

  private static IslamicCalendar calendar() {
    IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
    cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    return cal;
  }

  /** {@code 1442-07-15 AH}. */
  @Override
  public String toString() {
    return String.format("%04d-%02d-%02d AH", year, month, day);
  }
}
