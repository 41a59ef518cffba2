package dev.akhbar.date;

/**
 * How all-numeric dates such as {@code 7/3/2012} are read. A four-digit first field always means
 * year-month-day. Immutable and thread-safe.
 */
public enum DayMonthOrder {
  /** {@code 7/3/2012} is 7 March 2012: the order used across the Arab world. The default. */
  DAY_FIRST,
  /** {@code 7/23/2012} is 23 July 2012: the US order some crawlers write. */
  MONTH_FIRST
}
