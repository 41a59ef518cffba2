package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.akhbar.article.Article;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import java.util.List;

/**
 * The texts that the {@code UNREADABLE} warnings of a reader's articles carry, for the tests of
 * faults: where a text is found, and how many times.
 */
final class Carried {
  private final List<String> texts;
  private final String all;

  private Carried(List<String> texts) {
    this.texts = texts;
    this.all = String.join("\u0000", texts);
  }

  /** The carried texts of {@code out}, in order; a warning without text counts as "". */
  static Carried of(List<Article> out) {
    return new Carried(
        out.stream()
            .flatMap(a -> a.warnings().stream())
            .filter(w -> w.kind() == WarningKind.UNREADABLE)
            .map(ParseWarning::text)
            .map(t -> t.orElse(""))
            .toList());
  }

  /** The texts, one a warning. */
  List<String> texts() {
    return texts;
  }

  /** How many times {@code part} stands in the texts. */
  int count(String part) {
    int n = 0;
    for (int i = all.indexOf(part); i >= 0; i = all.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  /** Asserts that {@code part} is carried {@code times} times. */
  void assertCarried(int times, String part) {
    assertEquals(times, count(part), part + " in " + texts);
  }

  /** The one article of {@code out} with this title whose origin starts on {@code line}. */
  static Article titled(List<Article> out, String title, long line) {
    List<Article> found =
        out.stream().filter(a -> a.title().equals(title) && a.origin().line() == line).toList();
    assertEquals(1, found.size(), title + " on line " + line + " in " + out);
    return found.get(0);
  }
}
