package dev.akhbar.cli;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One article of an evaluation set as a person wrote it down by reading the raw file: where it is
 * and what its fields hold. A field the article does not have is empty.
 *
 * @param source the source the article belongs to (its gold file's name)
 * @param file the data file, relative to the set's {@code data/} directory
 * @param index the article's 0-based place among the file's articles
 * @param firstLine the 1-based line the article starts on, or 0 where lines mean nothing (a
 *     pretty-printed JSON array)
 * @param goldLine the line of the gold file that holds this article
 * @param text the text fields by name ({@code title}, {@code source}, {@code dateline}, {@code
 *     credit}, {@code author})
 * @param published {@code YYYY-MM-DD}, with {@code THH:MM} where the text gave a time
 * @param keywords the keywords, empty if there are none
 * @param paragraphs the number of body paragraphs
 * @param related the number of related-article headlines
 */
record GoldArticle(
    String source,
    String file,
    int index,
    long firstLine,
    long goldLine,
    Map<String, String> text,
    Optional<String> published,
    List<String> keywords,
    int paragraphs,
    int related) {
  GoldArticle {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(file, "file");
    text = Map.copyOf(text);
    keywords = List.copyOf(keywords);
  }

  /** A text field, empty when the article does not have it. */
  Optional<String> text(String field) {
    return Optional.ofNullable(text.get(field));
  }
}
