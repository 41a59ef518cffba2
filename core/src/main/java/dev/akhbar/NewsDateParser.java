package dev.akhbar;

import dev.akhbar.date.DateParseResult;
import dev.akhbar.date.DayMonthOrder;
import dev.akhbar.date.NewsDate;
import dev.akhbar.internal.DateGrammar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses the dates Arabic news writes: English ({@code 29th, February 2024 GMT}, RFC 822, ISO
 * 8601), Arabic month names of every region (Egyptian and Gulf, Levantine and Iraqi, Maghrebi),
 * dual names ({@code مارس/آذار}), Hijri dates (Umm al-Qura), times and zones, relative phrases
 * ({@code منذ 3 ساعات}), in ASCII, Arabic-Indic or Extended Arabic-Indic digits.
 *
 * <p>{@link #parse(CharSequence)} reads a text that is one date and returns either the date or the
 * reason it is not one; it never throws on any input and never guesses silently (a guess such as
 * reading a numeric year 1442 as Hijri is stated in the result's notes). {@link
 * #find(CharSequence)} returns every date mention in running text.
 *
 * <p>Defaults: day before month in numeric dates, no default zone (a time without a zone stays a
 * local time), no reference instant (relative phrases are then reported as needing one).
 *
 * <p>Instances are immutable and thread-safe; share one across threads.
 */
public final class NewsDateParser {
  private static final NewsDateParser DEFAULT = builder().build();

  private final DayMonthOrder order;
  private final Optional<ZoneId> defaultZone;
  private final Optional<Instant> reference;
  private final DateGrammar grammar;

  private NewsDateParser(Builder b) {
    this.order = b.order;
    this.defaultZone = Optional.ofNullable(b.defaultZone);
    this.reference = Optional.ofNullable(b.reference);
    this.grammar = new DateGrammar(order, defaultZone, reference);
  }

  /** A parser with the defaults. */
  public static NewsDateParser defaults() {
    return DEFAULT;
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Parses a text that is exactly one date (punctuation around it is allowed). Never throws. */
  public DateParseResult parse(CharSequence text) {
    return grammar.parse(Objects.requireNonNull(text, "text"));
  }

  /**
   * Every date mention in running text, in order and not overlapping; year-less mentions keep no
   * year.
   */
  public List<NewsDate> find(CharSequence text) {
    return grammar.find(Objects.requireNonNull(text, "text"), Optional.empty());
  }

  /**
   * Every date mention in running text; a mention without a year takes the year that puts it
   * nearest on or before {@code anchor} (up to two months after it), such as an article's
   * publication date.
   */
  public List<NewsDate> find(CharSequence text, LocalDate anchor) {
    return grammar.find(Objects.requireNonNull(text, "text"), Optional.of(anchor));
  }

  /** The day/month order for numeric dates. */
  public DayMonthOrder order() {
    return order;
  }

  /** The zone given to times that name none. */
  public Optional<ZoneId> defaultZone() {
    return defaultZone;
  }

  /** The instant relative phrases count back from. */
  public Optional<Instant> reference() {
    return reference;
  }

  /** Builds a {@link NewsDateParser}. Not thread-safe; the parser it builds is. */
  public static final class Builder {
    private DayMonthOrder order = DayMonthOrder.DAY_FIRST;
    private ZoneId defaultZone;
    private Instant reference;

    private Builder() {}

    /** How numeric dates are read; default {@link DayMonthOrder#DAY_FIRST}. */
    public Builder order(DayMonthOrder order) {
      this.order = Objects.requireNonNull(order, "order");
      return this;
    }

    /**
     * The zone of times that name none, and of relative phrases; default none (UTC for relative).
     */
    public Builder defaultZone(ZoneId zone) {
      this.defaultZone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** The instant that {@code منذ 3 ساعات} and {@code أمس} count back from; default none. */
    public Builder reference(Instant reference) {
      this.reference = Objects.requireNonNull(reference, "reference");
      return this;
    }

    /** The parser. */
    public NewsDateParser build() {
      return new NewsDateParser(this);
    }
  }
}
