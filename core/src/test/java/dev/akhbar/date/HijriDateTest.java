package dev.akhbar.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The built-in Umm al-Qura table against ICU4J's calendar and the JDK's, and days known from the
 * calendar.
 */
class HijriDateTest {
  private static IslamicCalendar icu() {
    IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
    cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    return cal;
  }

  private static LocalDate icuDay(IslamicCalendar cal, int year, int month, int day) {
    cal.clear();
    cal.set(year, month - 1, day);
    return LocalDate.ofEpochDay(Math.floorDiv(cal.getTimeInMillis(), 86_400_000L));
  }

  @Test
  void everyMonthOfTheTableStartsAndEndsAsInIcu() {
    IslamicCalendar cal = icu();
    for (int year = 1300; year <= 1600; year++) {
      for (int month = 1; month <= 12; month++) {
        LocalDate first = icuDay(cal, year, month, 1);
        LocalDate next = icuDay(cal, month == 12 ? year + 1 : year, month % 12 + 1, 1);
        HijriDate h = new HijriDate(year, month, 1);
        assertEquals(Optional.of(first), h.toGregorian(), h::toString);
        // The JDK's own Umm al-Qura calendar, a second and independent copy of the tables.
        assertEquals(
            first.toEpochDay(),
            HijrahChronology.INSTANCE.date(year, month, 1).toEpochDay(),
            h::toString);
        assertEquals(next.toEpochDay() - first.toEpochDay(), h.lengthOfMonth(), h::toString);
        assertEquals(h, HijriDate.fromGregorian(first));
        assertEquals(
            new HijriDate(year, month, h.lengthOfMonth()),
            HijriDate.fromGregorian(next.minusDays(1)));
      }
    }
  }

  @Test
  void yearsOutsideTheTableGoThroughIcu() {
    IslamicCalendar cal = icu();
    for (int year : new int[] {1000, 1299, 1601, 1700}) {
      HijriDate h = new HijriDate(year, 9, 1);
      assertEquals(Optional.of(icuDay(cal, year, 9, 1)), h.toGregorian(), h::toString);
      assertEquals(h, HijriDate.fromGregorian(h.toGregorian().orElseThrow()));
    }
    // The last day before the table and the first after it.
    LocalDate before = LocalDate.of(1882, 11, 11);
    HijriDate lastOf1299 = HijriDate.fromGregorian(before);
    assertEquals(1299, lastOf1299.year());
    assertEquals(12, lastOf1299.month());
    assertEquals(Optional.of(before), lastOf1299.toGregorian());
    LocalDate after =
        new HijriDate(1600, 12, 1)
            .toGregorian()
            .orElseThrow()
            .plusDays(new HijriDate(1600, 12, 1).lengthOfMonth());
    assertEquals(new HijriDate(1601, 1, 1), HijriDate.fromGregorian(after));
  }

  @Test
  void ramadan1445BeganOnTheEleventhOfMarch2024() {
    assertEquals(Optional.of(LocalDate.of(2024, 3, 11)), new HijriDate(1445, 9, 1).toGregorian());
    // Eid al-Adha 1444: 28 June 2023.
    assertEquals(new HijriDate(1444, 12, 10), HijriDate.fromGregorian(LocalDate.of(2023, 6, 28)));
  }

  @Test
  void theThirtiethOfAMonthOfTwentyNineDaysIsNoDate() {
    // Shaban 1445 had 29 days (11 February to 10 March 2024), Ramadan 30 (to 9 April).
    assertEquals(Optional.empty(), new HijriDate(1445, 8, 30).toGregorian());
    assertEquals(Optional.of(LocalDate.of(2024, 4, 9)), new HijriDate(1445, 9, 30).toGregorian());
  }
}
