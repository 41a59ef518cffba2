package dev.akhbar.spi;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.Article;
import dev.akhbar.internal.Finisher;
import java.util.Objects;

/**
 * Turns {@link RawRecord}s into {@link Article}s with a parser's settings, by the same rules as the
 * parser's page text: every field repaired when it is mojibake and normalised; labelled body lines
 * (a trailing {@code المصدر:} line, keywords, a "read also" block) moved to their fields; the date
 * parsed, or taken from a date line under the title; the dateline and credit of the lead and a
 * credit line at the end; a one-string keywords field split; {@code MISSING_TITLE} and {@code
 * MISSING_DATE} where there is none; warnings capped by the parser's limits.
 *
 * <p>Not thread-safe: one per input.
 */
public final class RecordFinisher {
  private final Finisher finisher;

  private RecordFinisher(Finisher finisher) {
    this.finisher = finisher;
  }

  /** A finisher with the settings of {@code parser}. */
  public static RecordFinisher of(NewsDumpParser parser) {
    return new RecordFinisher(
        new Finisher(Engine.settings(Objects.requireNonNull(parser, "parser"))));
  }

  /** The finished article. */
  public Article finish(RawRecord record) {
    return finisher.record(record.parts());
  }
}
