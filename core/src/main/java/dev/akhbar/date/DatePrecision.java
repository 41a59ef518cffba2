package dev.akhbar.date;

/** How much of a date the text said. Immutable and thread-safe. */
public enum DatePrecision {
  /** Year and month, no day: {@code فبراير 2024}. */
  YEAR_MONTH,
  /** Day and month, no year: {@code 18 مارس/آذار}. */
  MONTH_DAY,
  /** A whole date. */
  DATE,
  /** A date with hours and minutes. */
  MINUTE,
  /** A date with hours, minutes and seconds. */
  SECOND
}
