/**
 * Dates as news texts write them, as {@link dev.akhbar.NewsDateParser} returns them: a {@link
 * dev.akhbar.date.NewsDate} that keeps the precision the text gave (English, ISO 8601, RFC 822,
 * numeric forms, Arabic month names of every region, Hijri dates and relative phrases), or a {@link
 * dev.akhbar.date.DateParseResult} that says why a text is not a date.
 */
package dev.akhbar.date;
