package dev.akhbar.spi;

import dev.akhbar.NewsDateParser;
import dev.akhbar.NewsDumpParser;
import dev.akhbar.internal.Settings;

/** The engine's settings of a parser, from what the parser tells of itself. Stateless. */
final class Engine {
  private Engine() {}

  static Settings settings(NewsDumpParser parser) {
    NewsDateParser d = parser.dateParser();
    return Settings.of(
        parser.normalization().operations(),
        d.order(),
        d.defaultZone(),
        d.reference(),
        parser.features(),
        parser.limits());
  }
}
