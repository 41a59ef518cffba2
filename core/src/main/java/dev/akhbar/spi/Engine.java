package dev.akhbar.spi;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.date.NewsDateParser;
import dev.akhbar.internal.DateGrammar;
import dev.akhbar.internal.Settings;
import dev.akhbar.internal.TextNormalizer;

/** The engine's settings of a parser, from what the parser tells of itself. Stateless. */
final class Engine {
  private Engine() {}

  static Settings settings(NewsDumpParser parser) {
    NewsDateParser d = parser.dateParser();
    return new Settings(
        new TextNormalizer(parser.normalization().operations()),
        new DateGrammar(d.order(), d.defaultZone(), d.reference()),
        parser.features(),
        parser.limits());
  }
}
