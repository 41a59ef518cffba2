package dev.akhbar.internal;

import static dev.akhbar.internal.DateLexicon.LEAD;

import dev.akhbar.date.DateParseResult;
import dev.akhbar.date.DayMonthOrder;
import dev.akhbar.date.NewsDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The date grammar behind {@code NewsDateParser}: a tokenizer and a hand-written matcher in layers,
 * each a file of its own: {@link DateTokens}, {@link CalendarDates}, {@link TimesAndZones}, {@link
 * RelativeDates} and {@link DateScan}, which builds the result. Every token is looked at a bounded
 * number of times, so the work is linear in the text; there are no regular expressions.
 *
 * <p>Immutable and thread-safe; each call works on its own token arrays.
 */
public final class DateGrammar {
  /** Token arrays are kept per thread and reused: a date parse then allocates only its result. */
  private final ThreadLocal<DateScan> scans;

  /** A grammar with these options. */
  public DateGrammar(
      DayMonthOrder order, Optional<ZoneId> defaultZone, Optional<Instant> reference) {
    this.scans = ThreadLocal.withInitial(() -> new DateScan(order, defaultZone, reference));
  }

  /**
   * Parses a text that is one date, with nothing but punctuation around it. Never throws for any
   * text: a bug in the grammar becomes a failure with a reason, not the caller's crash.
   */
  public DateParseResult parse(CharSequence text) {
    try {
      return match(text);
    } catch (RuntimeException e) {
      return DateParseResult.failure("internal error while parsing a date: " + e);
    }
  }

  private DateParseResult match(CharSequence text) {
    DateScan scan = scans.get();
    scan.use(text);
    if (scan.count == 0) {
      return DateParseResult.failure("no date: the text is empty");
    }
    int t = 0;
    while (t < scan.count && (scan.kind[t] == DateTokens.PUNCT || scan.lexKind(t) == LEAD)) {
      t++;
    }
    DateFields f = new DateFields();
    int end = t < scan.count ? scan.mention(t, f) : -1;
    if (end < 0) {
      return DateParseResult.failure(
          f.error != null ? f.error : "not a date: '" + DateTokens.clip(text) + "'");
    }
    if (f.error != null) {
      return DateParseResult.failure(f.error);
    }
    for (int k = end; k < scan.count; k++) {
      if (scan.kind[k] != DateTokens.PUNCT) {
        return DateParseResult.failure(
            "unexpected text after the date at character "
                + (scan.start[k] + 1)
                + ": '"
                + DateTokens.clip(text.subSequence(scan.start[k], text.length()))
                + "'");
      }
    }
    return scan.build(f, t, end);
  }

  /** Every date mention in running text, in order, none overlapping. */
  public List<NewsDate> find(CharSequence text, Optional<LocalDate> anchor) {
    DateScan scan = scans.get();
    scan.use(text);
    List<NewsDate> found = new ArrayList<>();
    int t = 0;
    while (t < scan.count) {
      DateFields f = new DateFields();
      int end = scan.mention(t, f);
      if (end > t
          && f.error == null
          && (f.month > 0 || f.relativeUnit >= 0 || f.relativeDays != Integer.MIN_VALUE)) {
        DateParseResult r = scan.build(f, t, end);
        if (r.date().isPresent()) {
          NewsDate d = r.date().get();
          found.add(anchor.isPresent() && d.year().isEmpty() ? anchorYear(d, anchor.get()) : d);
          t = end;
          continue;
        }
      }
      t++;
    }
    return found;
  }

  /**
   * Gives a year-less mention the year that puts it nearest on or before the anchor, allowing it up
   * to two months after (news reports on events just ahead, too).
   */
  static NewsDate anchorYear(NewsDate d, LocalDate anchor) {
    int year = anchor.getYear();
    if (d.month() == 2 && d.day() == 29 && !YearMonth.of(year, 2).isValidDay(29)) {
      year = year - 1;
      while (!YearMonth.of(year, 2).isValidDay(29)) {
        year--;
      }
      return d.withYear(year);
    }
    LocalDate candidate = LocalDate.of(year, d.month(), d.day());
    if (candidate.isAfter(anchor.plusMonths(2))) {
      year--;
    }
    return d.withYear(year);
  }
}
