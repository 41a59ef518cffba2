package dev.akhbar.date;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A date in the Hijri calendar, converted to and from the Gregorian calendar with the Umm al-Qura
 * tables of 1300-1600 AH (built in); outside those years, with ICU4J's arithmetic Islamic calendar
 * (which its Umm al-Qura calendar falls back to there).
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

  /** The years the month table covers: those of the Umm al-Qura tables. */
  private static final int FIRST_YEAR = 1300;

  private static final int LAST_YEAR = 1600;

  /** Epoch day of 1 Muharram 1300 (12 November 1882). */
  private static final int FIRST_DAY = -31_826;

  /**
   * The Umm al-Qura month lengths of 1300-1600 AH: three hex digits a year, bit {@code m} set when
   * month {@code m + 1} has 30 days, else 29. The same data as ICU4J's Umm al-Qura calendar (a test
   * compares every month), held here so that the first Hijri date of a run sets up no ICU calendar,
   * whose set-up reads locale and calendar resource bundles.
   */
  private static final String MONTH_LENGTHS =
      "5552ab9372b657636cb55aaa95649e95d2ba5b53aab4ba9652e2ad56db5a752f25e8ad16"
          + "a56ab56b4da9b92b2564ba9b35a6d95d4da5d4aa955369752f46e96d46a953525d4bd9ba"
          + "3b4b69b2aa554ada5d2da6d9eaae94d2ac564aea6d56ad55d4aa9352ba5b53a6b5ea9d52"
          + "d29a554ad56daea6e4ed1da2aaa95a2da5b9bb27646c95552ab4dbaba5b4da9d52aa592d"
          + "26d8ed2daad5aa5a4b4979372b6975d69d52c9592b25b4db9d55d2da5d4aa9554daad3aa"
          + "bd2bc4b89a9552d5adb6a6d4dc9d92aa69562ae56d36ab55aaa94d49d95d2ba5b55aad55"
          + "a9a92e26e55dada6d46a5b27a4d4ad56db5a754f49e92d26a563566b5baab92b2568ba9b"
          + "55aada5b4da9b52a9a536276575af26d46a95552ad4bd9ba574b69b52a9552da5d4daad9"
          + "6b2e95e2ac9692eaad56ad65d4ad1562bc5b53a6b5db2d64d29a554ad96daea6e8ed1da4"
          + "d4aa6a2da5b9b72b686d16554ab95b2ba5b5da9d52ca694e46e95d4daad5aaaa4d49b937"
          + "4b6975d6ad52aa594b2ab55bad95d2dc5d92b25555ab55b4ba97a2745593aab4d69d65d2"
          + "ba5b4aa954ad15d2dd9da5b45a952d25b8b717656db6aacaa9652b15b2bb5b6daab94d46"
          + "a8d52da9d55a755749f13e4aa965566b5baab94";

  /** Epoch day of the first of every month from 1 Muharram 1300, plus the day after the last. */
  private static final int[] MONTH_START = new int[(LAST_YEAR - FIRST_YEAR + 1) * 12 + 1];

  static {
    int day = FIRST_DAY;
    int i = 0;
    for (int year = 0; year <= LAST_YEAR - FIRST_YEAR; year++) {
      int thirties = Integer.parseInt(MONTH_LENGTHS, year * 3, year * 3 + 3, 16);
      for (int month = 0; month < 12; month++) {
        MONTH_START[i++] = day;
        day += 29 + ((thirties >>> month) & 1);
      }
    }
    MONTH_START[i] = day;
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
