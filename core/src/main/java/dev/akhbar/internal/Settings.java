package dev.akhbar.internal;

import dev.akhbar.article.ParseLimits;
import dev.akhbar.article.ParserFeature;
import dev.akhbar.date.DayMonthOrder;
import dev.akhbar.text.NormalizationOperation;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * What a parser was built with, as the engine uses it: the normaliser, the date grammar, the
 * features that are on and the limits. Immutable and thread-safe.
 *
 * @param text the normaliser of output text
 * @param dates the grammar of publication dates
 * @param features the features that are on, unmodifiable
 * @param limits the limits on input
 */
public record Settings(
    TextNormalizer text, DateGrammar dates, Set<ParserFeature> features, ParseLimits limits) {
  /**
   * The engine's settings from what a parser is built with: its normalisation operations, its date
   * parser's options, its features and limits.
   */
  public static Settings of(
      Set<NormalizationOperation> operations,
      DayMonthOrder order,
      Optional<ZoneId> defaultZone,
      Optional<Instant> reference,
      Set<ParserFeature> features,
      ParseLimits limits) {
    return new Settings(
        new TextNormalizer(operations),
        new DateGrammar(order, defaultZone, reference),
        features,
        limits);
  }

  /** Whether a feature is on. */
  public boolean on(ParserFeature feature) {
    return features.contains(feature);
  }
}
