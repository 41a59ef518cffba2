package dev.akhbar.formats;

import dev.akhbar.article.Article;
import dev.akhbar.article.WarningKind;
import dev.akhbar.formats.options.InputFormat;
import dev.akhbar.formats.options.OutputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Objects;

/**
 * One {@link Article} to and from Akhbar's JSON, the object {@code akhbar convert} writes a line
 * of: {@code fromJson(toJson(a))} writes the same JSON again (a date's calendar and the span of
 * text it was read from are not written). Stateless and thread-safe.
 */
public final class ArticleJson {
  private ArticleJson() {}

  private static final Dumps JSON = Dumps.builder().format(InputFormat.JSON).build();

  /** The article as one JSON object on one line, as JSON Lines output holds it. */
  public static String toJson(Article article) {
    Objects.requireNonNull(article, "article");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ArticleWriter w = ArticleWriter.of(out, OutputFormat.JSONL)) {
      w.write(article);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory does not fail", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * The article of one JSON object as {@link #toJson} writes it. Another JSON object is read as a
   * record of a JSON dump is (its keys mapped by {@code FieldMapping.DEFAULTS}).
   *
   * @throws IllegalArgumentException when the text is not one JSON object with article text
   */
  public static Article fromJson(String json) {
    Objects.requireNonNull(json, "json");
    try (DumpReader r =
        JSON.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "<json>")) {
      Iterator<Article> it = r.iterator();
      Article a = it.hasNext() ? it.next() : null;
      if (a == null) {
        throw new IllegalArgumentException("no article: the JSON holds no object with text");
      }
      if (it.hasNext()) {
        throw new IllegalArgumentException("more than one JSON value: read them with Dumps");
      }
      if (a.origin().input().equals("<json>")
          && !a.warnings().isEmpty()
          && a.warnings().get(0).kind() == WarningKind.UNREADABLE) {
        throw new IllegalArgumentException("not an article: " + a.warnings().get(0).message());
      }
      return a;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
