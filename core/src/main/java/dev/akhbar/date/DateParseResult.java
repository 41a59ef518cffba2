package dev.akhbar.date;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link dev.akhbar.NewsDateParser#parse(CharSequence)} found: a date, or the reason the text
 * is not one. Never both, never neither. Notes are things worth knowing about a date that did
 * parse, such as a weekday that does not match it or a Hijri and a Gregorian date that disagree.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the date, when the text is one
 * @param error why the text is not a date, when it is not
 * @param notes remarks on a parsed date; empty when there are none
 */
public record DateParseResult(Optional<NewsDate> date, Optional<String> error, List<String> notes) {

  /** Checks that exactly one of date and error is present. */
  public DateParseResult {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(error, "error");
    notes = List.copyOf(notes);
    if (date.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException("exactly one of date and error must be present");
    }
  }

  /** A parsed date. */
  public static DateParseResult of(NewsDate date, List<String> notes) {
    return new DateParseResult(Optional.of(date), Optional.empty(), notes);
  }

  /** A failure with its reason. */
  public static DateParseResult failure(String reason) {
    return new DateParseResult(Optional.empty(), Optional.of(reason), List.of());
  }

  /** True when the text was a date. */
  public boolean isDate() {
    return date.isPresent();
  }
}
