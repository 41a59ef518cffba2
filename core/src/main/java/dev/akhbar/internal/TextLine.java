package dev.akhbar.internal;

import dev.akhbar.article.ParseWarning;
import java.util.List;

/**
 * One line of input after repair and normalisation, with its label and the warnings found on it.
 * Mutable only so that the page reader can reuse the lines of a page once its article is built
 * ({@link LinePreparer#release}): nothing of a line outlives its page but the strings it holds.
 */
final class TextLine {
  private long number;
  private String text;
  private Labels.Match label;
  private List<ParseWarning> warnings;

  TextLine(long number, String text, Labels.Match label, List<ParseWarning> warnings) {
    set(number, text, label, warnings);
  }

  TextLine set(long number, String text, Labels.Match label, List<ParseWarning> warnings) {
    this.number = number;
    this.text = text;
    this.label = label;
    this.warnings = warnings;
    return this;
  }

  /** The 1-based line number. */
  long number() {
    return number;
  }

  /** The text, repaired, normalised and trimmed; empty for a line that only carries warnings. */
  String text() {
    return text;
  }

  /** The label the line opens with, or null. */
  Labels.Match label() {
    return label;
  }

  /** The warnings found on the line. */
  List<ParseWarning> warnings() {
    return warnings;
  }
}
