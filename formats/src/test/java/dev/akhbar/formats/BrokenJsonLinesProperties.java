package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
import dev.akhbar.formats.BrokenJsonArrayProperties.Element;
import dev.akhbar.formats.BrokenJsonArrayProperties.Fault;
import dev.akhbar.formats.options.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * JSON Lines whose every line is an envelope written on one line ({@code {"status": "ok",
 * "articles": [...]}}, as {@code json.dump} writes an API's answer), or an array of articles, with
 * broken elements: every element that is whole is an article of its line, and every broken
 * element's text is carried whole on exactly one warning; the elements after a broken one are read.
 */
class BrokenJsonLinesProperties {
  private static final Dumps DUMPS = Dumps.builder().format(InputFormat.JSON).build();

  @Provide
  Arbitrary<List<List<Element>>> files() {
    return BrokenJsonArrayProperties.elements(
            5, Fault.MISSING_COMMA, Fault.TEXT_AFTER, Fault.STRING)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        // Every title and content numbered, so that each is found only where it belongs.
        .map(
            lines -> {
              List<List<Element>> out = new ArrayList<>();
              int n = 0;
              for (List<Element> line : lines) {
                List<Element> numbered = new ArrayList<>();
                for (Element e : line) {
                  String k = " #" + (n++) + "#";
                  numbered.add(new Element(e.title() + k, e.content() + k, e.fault()));
                }
                out.add(numbered);
              }
              return out;
            });
  }

  @Property(tries = 400)
  void everyElementIsAnArticleOrCarriedOnce(
      @ForAll("files") List<List<Element>> lines,
      @ForAll boolean crlf,
      @ForAll boolean arrays,
      @ForAll boolean cutAtTheEnd)
      throws IOException {
    String nl = crlf ? "\r\n" : "\n";
    StringBuilder json = new StringBuilder();
    for (List<Element> line : lines) {
      json.append(arrays ? "[" : "{\"status\": \"ok\", \"articles\": [");
      for (int k = 0; k < line.size(); k++) {
        json.append(k == 0 ? "" : ", ").append(line.get(k).json(nl));
      }
      json.append(arrays ? "]" : "], \"totalResults\": " + line.size() + "}").append(nl);
    }
    String cut = null;
    if (cutAtTheEnd) {
      // The input ends inside an element of a last line, as a scraper killed while writing leaves
      // it.
      cut = "{\"title\": \"المقطوع\", \"content\": \"نص لم";
      json.append(arrays ? "[" : "{\"status\": \"ok\", \"articles\": [").append(cut);
    }
    List<Article> out;
    try (DumpReader r =
        DUMPS.open(
            new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)),
            "a.jsonl")) {
      out = r.stream().toList();
    }
    Carried carried = Carried.of(out);
    for (int l = 0; l < lines.size(); l++) {
      for (Element e : lines.get(l)) {
        BrokenJsonArrayProperties.check(out, carried, e, l + 1, nl);
      }
    }
    if (cut != null) {
      carried.assertCarried(1, cut);
    }
    assertTrue(carried.texts().stream().noneMatch(String::isBlank), carried.texts().toString());
  }
}
