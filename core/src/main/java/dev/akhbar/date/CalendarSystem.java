package dev.akhbar.date;

/** The calendar a date was written in. Immutable and thread-safe. */
public enum CalendarSystem {
  /** The Gregorian calendar, in any of its month-name families or in digits. */
  GREGORIAN,
  /** The Hijri calendar, converted with the Umm al-Qura tables. */
  HIJRI
}
