package dev.akhbar.internal;

import dev.akhbar.ParseLimits;
import dev.akhbar.ParserFeature;
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
  /** Whether a feature is on. */
  public boolean on(ParserFeature feature) {
    return features.contains(feature);
  }
}
