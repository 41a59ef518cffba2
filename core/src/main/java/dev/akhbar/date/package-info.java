/**
 * Dates as news texts write them: {@link dev.akhbar.date.NewsDateParser} parses a date line (or
 * finds every date in running text) in English, ISO 8601, RFC 822, numeric forms and Arabic month
 * names of every region, Hijri dates and relative phrases, into a {@link dev.akhbar.date.NewsDate}
 * that keeps the precision the text gave.
 */
package dev.akhbar.date;
